"""Figures dated before the story's day by a past month or an earlier week.

Split from ``_numclause`` (at its size limit): "last July, when it launched 728 drones",
"The week before, he had said ...", "than last week, when Russia had used 500
drones", "a bombing on May 14, in which 19 officers were
killed" and a sentence opened by "Since October 2023" all report background, not the news.
Each test is behind a literal check, as most sentences hold none of these words.
"""

from __future__ import annotations

import re

from pipeline.extract._num23date import dated_day
from pipeline.extract.numbers import MONTH

# "last July", "last April": a month of the past year ("last month" is handled apart).
_LAST_MONTH = re.compile(rf"\blast\s+(?-i:(?=[A-Z])){MONTH}\b", re.IGNORECASE)
# "in October of last year", "in May last year": a month of the past year, wherever it stands.
_MONTH_LAST_YEAR = re.compile(
    rf"\b(?-i:(?=[A-Z])){MONTH}\.?\s+(?:of\s+)?(?:last|the\s+previous)\s+year\b", re.IGNORECASE
)
# "The week before,", "A month earlier", "the previous week": an earlier report.
_EARLIER_SPAN = re.compile(
    r"\b(?:(?:the|a)\s+(?:week|month)\s+(?:before|earlier)|the\s+previous\s+(?:week|month))\b",
    re.IGNORECASE,
)
# A named past incident with its own date: "a bombing in Pulwama on May 14, in which ...",
# "Russia's largest attack came on Sept. 7, when 810 drones ...".
# ... or by its month alone: "an attack on tourists at Pahalgam in April in which 26 men ...".
_DATED_WHICH = re.compile(
    rf"(?:\b(?:on|of|from)\s+(?:(?-i:(?=[A-Z])){MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?-i:(?=[A-Z])){MONTH})"
    r"(?:st|nd|rd|th)?\b(?:,?\s+(?:19|20)\d\d\b)?"  # "on 7 October 2023, in which"
    rf"|\bin\s+(?:(?:early|mid|late)[\s-]+)?(?-i:(?=[A-Z])){MONTH}\b)"
    r",?\s+(?:in\s+which|when)\b",
    re.IGNORECASE,
)
# "smaller than at the weekend, when Russia had sent almost 480 drones": an earlier
# night the story compares with, told in the pluperfect.
_EARLIER_WHEN = re.compile(
    r"\b(?:last\s+(?:week|weekend|month)|(?:at|on|over)\s+the\s+weekend|(?:a|one|two|three|"
    r"several|a\s+few)\s+(?:days?|nights?|weeks?|months?)\s+ago|the\s+(?:day|night|week)\s+"
    r"before)\s*,\s*when\s+[^.;]{0,60}?\bhad\b",
    re.IGNORECASE,
)
# "Since October 2023 Hezbollah has fired ..., killing 45": the opening governs the sentence.
_SINCE_LEAD = re.compile(
    rf"\s*since\s+(?:(?-i:(?=[A-Z])){MONTH}\s+)?(?:19|20)\d\d\b", re.IGNORECASE
)


def past_dated(text: str, lo: int, hi: int) -> bool:
    """True when ``text[lo:hi]`` dates its figure to a past month or an earlier week."""
    if dated_day(text, lo, hi) or ("ast " in text and _LAST_MONTH.search(text, lo, hi)):
        return True
    if " year" in text and _MONTH_LAST_YEAR.search(text, lo, hi) is not None:
        return True
    if (" before" in text or "earlier" in text or "previous" in text) and _EARLIER_SPAN.search(
        text, lo, hi
    ) is not None:
        return True
    if " which" not in text and " when" not in text:
        return False
    if "had " in text and _EARLIER_WHEN.search(text, max(0, lo - 40), hi) is not None:
        return True
    return _DATED_WHICH.search(text, max(0, lo - 40), hi) is not None


def since_lead(text: str) -> bool:
    """True when the sentence opens with a running-total date ("Since October 2023 ...")."""
    return text[:6].lower() == "since " and _SINCE_LEAD.match(text) is not None
