"""Tolls summed since an earlier weekday: "Israeli strikes had killed 224 people since
Friday, ... and wounded 1,277" (said on Sunday), "bringing the toll since Sunday to 248".

Split from :mod:`pipeline.extract._casualty_skip` (kept small). A toll counted from a day
before the one the sentence reports on spans days of a campaign: a running total, as
"since the start of the Israeli attacks on Friday" is. "since Saturday morning" (a part of
the day) stays the day's news, and a figure of its own clause without "since" ("116 were
killed on Tuesday alone, bringing the toll since Sunday to 248") is that day's toll.
"""

from __future__ import annotations

import re

_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SINCE_DAY = re.compile(
    rf"\bsince\s+(?:last\s+)?(?P<day>{_DAY})\b(?!\s+(?:morning|afternoon|evening|night)\b)"
)
_ON_DAY = re.compile(rf"\b(?:on|this)\s+(?P<day>{_DAY})\b")
# "The number of people killed ... since Friday had risen to 11": the toll of the story's
# attacks updated (as ``dev_numeric19`` labels it), not a sum "bringing the toll" to N.
_RISEN_TO = re.compile(
    r"\b(?:risen|rose|climbed|increased|grown|jumped)\s+to\s+(?:(?:at\s+least|about)\s+)?$"
)
_CLAUSE_END = re.compile(r",(?!\d)|;|\.(?:\s|$)")
_BACK = 120


def since_earlier_day(text: str, start: int, end: int) -> bool:
    """True when the figure ``text[start:end]`` is a toll counted since an earlier weekday
    than the one its sentence names."""
    if "since " not in text or _RISEN_TO.search(text, max(0, start - 30), start):
        return False
    stop = _CLAUSE_END.search(text, end)
    hi = stop.start() if stop is not None else len(text)
    lo = max(0, start - _BACK, text.rfind(";", 0, start) + 1)
    since = _SINCE_DAY.search(text, lo, hi)
    if since is None:
        return False
    return any(m.group("day") != since.group("day") for m in _ON_DAY.finditer(text))
