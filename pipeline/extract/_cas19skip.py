"""Figures of literal Romance and Turkish translations that count no harmed people of the
story (thirteenth session, ``dev_articles61`` / ``dev_numeric61``).

Copy translated word for word from French, Italian, Spanish, Portuguese, Romanian or Turkish
keeps those languages' syntax, which the English patterns of :mod:`_casualty_skip` miss:

- a past month or war dated with "of": "In July of 2024, a drone ... killed one person",
  "During the war of 2024 between Israel and Hezbollah, more than 4 000 people were killed"
  (the English "In July 2024" / "in 2024" is background already);
- the superseded first count told as a balance: "The first balance, in the morning, spoke of
  3 dead and 19 wounded", "a figure which in the morning was of 2 dead", "The provisional
  balance, at dawn, indicated 2 dead" (a balance told in the present stays the toll);
- the second kind of a running total after its first: "since 7 October 2023 the number of
  the dead rose to 61.158, and the number of wounded to 151.442";
- the dead of hunger told as a number: "The number of people who lost their lives because of
  hunger and malnutrition rose to 212" (as "died of starvation" is);
- a hospital's habit told with "at the moment": "treats at the moment 40 wounded soldiers",
  and the patients it still expects ("300 more are expected");
- people seized before a harm verb ("arrested 11 people in Nablus and wounded 2 young
  men"): :func:`seized_before` keeps the harm from reading as a background toll's tail.

:func:`romance_not_harmed` is asked by :func:`_casualty_skip.not_harmed`; the literal tests
run before any pattern.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract._cas22read import previous_toll
from pipeline.extract._numback import background
from pipeline.extract.numbers import MONTH, QUALIFIER, Quantity

_DATED_OF = re.compile(
    # "In July of 2024, ...", "in March of 2022"
    rf"\b(?:in|during|throughout)\s+(?:(?:early|late|mid)[\s-]+)?(?-i:(?=[A-Z])){MONTH}\.?\s+"
    r"of\s+(?:19|20)\d\d\b"
    # "During the war of 2024 between ...", "in the conflict of 2020 in Nagorno-Karabakh"
    r"|\b(?:in|during|throughout)\s+the\s+(?:[\w-]+\s+)?(?:war|conflict|fighting|hostilities|"
    r"offensive|invasion)\s+of\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_COUNT_NOUN = r"(?:balance|toll|count|tally|report|figure|estimate|bulletin)s?"
_FIRST_COUNT = re.compile(
    r"\b(?:first|initial|provisional|preliminary|previous|earlier|morning)\s+"
    rf"{_COUNT_NOUN}\b(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
    r"(?:\s*,[^,.;]{1,40},)?\s+(?:had\s+)?"
    r"(?:spoke|spoken|talked|indicated|gave|given|mentioned|reported|counted|put|was|were|"
    r"stood|showed|listed)\b[^.;]{0,50}$",
    re.IGNORECASE,
)
# "a figure which in the morning was of 2 dead", "a number that at midday was 6"
_WHICH_WAS = re.compile(
    r"\b(?:a|the)\s+(?:figure|number|toll|balance|count)\s*,?\s+(?:which|that)\b[^.;]{0,40}?"
    rf"\b(?:was|had\s+been|stood\s+at)\s+(?:of\s+)?{QUALIFIER}$",
    re.IGNORECASE,
)
# ", and the number of wounded to 151.442": the second kind of the figure before it.
_NUMBER_TO = re.compile(
    r",?\s+and\s+(?:that\s+|the\s+number\s+)?of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:wounded|injured|dead|killed|deaths?)(?:\s+[\w-]+)?\s+to\s+{QUALIFIER}$",
    re.IGNORECASE,
)
_ROSE_TO = re.compile(
    r"\b(?:rose|risen|rises|increased|climbed|reached|reaches)\s+(?:to\s+)?"
    rf"{QUALIFIER}(?P<n>\d[\d., ]*\d|\d)",
    re.IGNORECASE,
)
# "The number of people who lost their lives because of hunger and malnutrition rose to"
_HUNGER_NUMBER = re.compile(
    r"\b(?:died|dead|lost\s+their\s+lives|perished|deaths?)\s+(?:of|from|because\s+of|due\s+to)"
    r"\s+(?:acute\s+|severe\s+)?(?:starvation|malnutrition|hunger|famine|dehydration)\b"
    rf"[^.;]{{0,50}}\b(?:rose|risen|rises|increased|climbed|reached|is|was|stands)\s+(?:to\s+|at\s+)?"
    rf"{QUALIFIER}$",
    re.IGNORECASE,
)
_HUNGER_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:(?:had|have|has)\s+)?(?:lost\s+their\s+lives|died|perished)\s+"
    r"(?:because\s+of|due\s+to)\s+(?:acute\s+|severe\s+)?"
    r"(?:starvation|malnutrition|hunger|famine|dehydration)\b",
    re.IGNORECASE,
)
_CARING_NOW = re.compile(
    r"\b(?:treats|cares\s+for|assists|hosts)\s+(?:at\s+(?:the|this)\s+moment|right\s+now|"
    r"at\s+the\s+present|presently)\s+"
    rf"{QUALIFIER}$",
    re.IGNORECASE,
)
# "300 more are expected": people still to come, no harm of this story.
_EXPECTED = re.compile(
    r"(?:\s+(?:more|others?|further|wounded|injured))?\s+(?:are|were|is|was)\s+(?:still\s+)?"
    r"expected\b",
    re.IGNORECASE,
)
_REACH = 160


def romance_not_harmed(text: str, q: Quantity, running: Callable[[str, Quantity], bool]) -> bool:
    """True when the figure ``q`` of the sentence ``text`` counts no harmed people of this
    story in a literal translation's syntax (``running`` is the running-total test)."""
    lo = max(0, q.start - _REACH, text.rfind(";", 0, q.start) + 1)
    before = text[lo : q.start]
    low = before.lower()
    if (" of 19" in low or " of 20" in low) and _DATED_OF.search(before):
        return True
    if (
        "balance" in low or "toll" in low or "count" in low or "report" in low or "figure" in low
    ) and (_FIRST_COUNT.search(before) or _WHICH_WAS.search(before)):
        return True
    if "number" in low and " to" in low[-30:] and (m := _NUMBER_TO.search(before)) is not None:
        prior = list(_ROSE_TO.finditer(text, lo, lo + m.start()))
        if prior:
            p = prior[-1]
            first = Quantity(0, "exact", p.start("n"), p.end("n"), num_start=p.start("n"))
            if running(text, first) or background(text, max(0, p.start() - _REACH), p.start()):
                return True
    if ("hunger" in low or "starv" in low or "malnutrition" in low or "famine" in low) and (
        _HUNGER_NUMBER.search(before)
    ):
        return True
    tail = text[q.end : q.end + 90].lower()
    if "expected" in tail[:30] and _EXPECTED.match(text, q.end):
        return True  # "and 300 more are expected in the coming weeks": not yet harmed here
    if ("because of" in tail or "due to" in tail) and _HUNGER_AFTER.match(text, q.end):
        return True
    if previous_toll(text, q.start, q.end):
        return True  # "..., against 3 dead and 30 injured in a previous toll"
    if "moment" in low or "present" in low or "now" in low:
        return _CARING_NOW.search(before) is not None
    return False


# "arrested 11 people in Nablus and wounded 2 young men": the people seized before the harm.
_SEIZED = re.compile(
    r"\b(?:arrested|detained|abducted|kidnapped|seized|captured|took|taken)\s+"
    rf"{QUALIFIER}[\w.,]+(?:\s+[\w'’-]+){{0,3}}$",
    re.IGNORECASE,
)


def seized_before(text: str, skipped_end: int) -> bool:
    """True when the skipped figure ending at ``skipped_end`` counts people seized
    ("detained 21 Palestinians"), so an "and wounded 3 others" after it is harm of its own,
    not the continuation of a background toll."""
    lo = max(0, skipped_end - 60)
    low = text[lo:skipped_end].lower()
    if not any(
        w in low for w in ("arrest", "detain", "abduct", "kidnap", "seiz", "captur", "took")
    ):
        return False
    return _SEIZED.search(text, lo, skipped_end) is not None
