"""Tolls summed since an earlier weekday: "Israeli strikes had killed 224 people since
Friday, ... and wounded 1,277" (said on Sunday), "bringing the toll since Sunday to 248".

Split from :mod:`pipeline.extract._casualty_skip` (kept small). A toll counted from a day
before the one the sentence reports on spans days of a campaign: a running total, as
"since the start of the Israeli attacks on Friday" is. "since Saturday morning" (a part of
the day) stays the day's news, and a figure of its own clause without "since" ("116 were
killed on Tuesday alone, bringing the toll since Sunday to 248") is that day's toll.
The clause after a semicolon ("; a further 104 have been wounded") continues that total. A
sentence naming no day of its own is told after the day it counts from: a running total
("In Iran, the health ministry put the number of dead at 224 since Friday; more than 1.200
had been injured" in Sunday's story, art30-04; :func:`since_day_after_total` reads it after a
running total whatever else it holds), while a hospital's intake stays a record ("its
hospital had received 31 wounded people from Darfur since Saturday", art4-05).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.extract._lexicon import WEEKDAY
from pipeline.extract.numbers import Quantity, find_quantities

_DAY = WEEKDAY
_SINCE_DAY = re.compile(
    rf"\b(?i:since)\s+(?:last\s+)?(?P<day>{_DAY})\b(?!\s+(?:morning|afternoon|evening|night)\b)"
)
_ON_DAY = re.compile(rf"\b(?:on|this)\s+(?P<day>{_DAY})\b")
# "The number of people killed ... since Friday had risen to 11": the toll of the story's
# attacks updated (as ``dev_numeric19`` labels it), not a sum "bringing the toll" to N.
_RISEN_TO = re.compile(
    r"\b(?:risen|rose|climbed|increased|grown|jumped)\s+to\s+(?:(?:at\s+least|about)\s+)?$"
)
# The clause after a semicolon opening with its figure: "; more than 1,200 had been injured".
_CONTINUED = re.compile(
    r"\s*(?:(?:and\s+)?(?:a\s+further|another|more\s+than|over|at\s+least|about|some)\s+)?$",
    re.IGNORECASE,
)
# "its hospital had received 31 wounded people ... since Saturday": a hospital's intake.
_INTAKE = re.compile(
    r"\b(?:received|admitted|took\s+in|treated|taken\s+in)\s+(?:some\s+|about\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r",(?!\d)|;|\.(?:\s|$)")
_BACK = 120


def since_earlier_day(text: str, start: int, end: int) -> bool:
    """True when the figure ``text[start:end]`` is a toll counted since an earlier weekday
    than the one its sentence names."""
    if "ince " not in text or _RISEN_TO.search(text, max(0, start - 30), start):
        return False
    stop = _CLAUSE_END.search(text, end)
    hi = stop.start() if stop is not None else len(text)
    semi = text.rfind(";", 0, start)
    lo = max(0, start - _BACK, semi + 1)
    since = _SINCE_DAY.search(text, lo, hi)
    if since is None and semi > 0 and _CONTINUED.match(text, semi + 1, start):
        since = _SINCE_DAY.search(text, max(0, semi - _BACK), semi)  # "; 1,200 injured"
    if since is None:
        return False
    days = [m.group("day") for m in _ON_DAY.finditer(text)]
    if not days:  # told after the day it counts from, unless a hospital's intake (art4-05)
        return _INTAKE.search(text, max(0, start - 40), start) is None
    return any(day != since.group("day") for day in days)


def since_day_after_total(
    text: str, before: list[str], is_background: Callable[[str, Quantity], bool]
) -> bool:
    """True when ``text`` counts a toll since a weekday, names no day of its own, and one of
    the sentences ``before`` it holds a running total ("Since the start of the Israeli attacks
    on Friday, ... In Israel, 22 people have been killed since then. In Iran, the health
    ministry put the number of dead at 224 since Friday": the campaign's total, art30-04)."""
    if "ince " not in text or _ON_DAY.search(text) is not None:
        return False
    since = _SINCE_DAY.search(text)
    if since is None or _RISEN_TO.search(text, 0, since.start()):
        return False
    return any(is_background(prev, q) for prev in before for q in find_quantities(prev))
