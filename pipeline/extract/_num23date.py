"""Figures dated to a full past day or summed over a month (h_num23, ``dev_numeric69``).

Asked by :func:`pipeline.extract._pastdate.past_dated`:

- a day given with its year inside the sentence ("fired 82 missiles at Ukraine on 10 October
  2022", "hit the city on 14 January 2023, killing 46 people") or opening a sentence that
  marks it as recalled (the pluperfect, "recalled", "anniversary", "at the time"): wire copy
  names the news day by its weekday, a day with its year is an earlier attack the story
  recalls, background like "Hamas's October 7, 2023 attack" in the written conventions. A
  bare dated lead stays news ("On 14 March 2025, Russia attacked Ukraine with 112 drones":
  translated reports date the news day with its year too - the lead's merge check);
- a shoot-down total over a month ("Interceptor drones destroyed 1,500 Shaheds in September",
  "downed 3,100 drones and 40 missiles in June"): a month's tally, not a night's report
  (casualty summaries "in August" stay news: the verb must be a shoot-down's).
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import MONTH

_YEAR = r"(?:19|20)\d\d\b"
# "on 10 October 2022", "on October 1, 2024", "On 8 July 2024".
_FULL_DAY = re.compile(
    rf"\bon\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?-i:(?=[A-Z])){MONTH}\.?,?\s+{_YEAR}|"
    rf"(?-i:(?=[A-Z])){MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR})",
    re.IGNORECASE,
)
_DOWN = r"(?:destroyed|shot\s+down|downed|brought\s+down|intercepted|neutrali[sz]ed|eliminated)"
# "destroyed 1,500 Shaheds in September", "downed 3,100 drones and 40 missiles in June".
_MONTH_TALLY = re.compile(
    rf"\b{_DOWN}\s+(?:more\s+than\s+|over\s+|about\s+|some\s+|almost\s+|nearly\s+)?\d[\d,.]*"
    rf"\s+[^.;:,]{{0,60}}?\bin\s+(?:the\s+month\s+of\s+)?(?:early\s+|late\s+|mid-)?"
    rf"(?-i:(?=[A-Z])){MONTH}\b"  # "in the month of September" (French "au mois de")
    r"(?!\.?\s+\d)",
    re.IGNORECASE,
)


_RECALLED = re.compile(
    r"\bhad\b|\brecall|\banniversar|\bat\s+the\s+time\b|\bback\s+then\b|\bthat\s+day\b",
    re.IGNORECASE,
)
"""What marks a dated day as a recalled one, not the news day."""


def dated_day(text: str, lo: int, hi: int) -> bool:
    """True when ``text[lo:hi]`` dates its figure to a recalled day with its year, or sums
    shoot-downs over a month."""
    if ("19" in text or "20" in text) and (day := _FULL_DAY.search(text, lo, hi)) is not None:
        opening = not text[lo : day.start()].strip()
        if not opening or _RECALLED.search(text, lo, hi) is not None:
            return True
    return " in " in text and _MONTH_TALLY.search(text, lo, hi) is not None
