"""Counted people who are no toll of the day (thirteenth session, h_prec13).

- The harmed named as a standing group: "provided prosthetics to 1,200 wounded veterans",
  "raised money for 30 injured veterans" (people who were hurt long ago, now served).
- Kin lost in the war: "He lost two brothers in the war" (a life story, no attack's toll).
- "was one of N X killed ...": the person picked out of a total, never a count of one
  ("The 35-year-old was one of 6 journalists killed in Gaza this year"); "One of the three
  injured is in serious condition" stays a condition share.

:func:`not_a_toll` is asked by :func:`pipeline.extract._casualty_skip.not_harmed`.
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import Quantity

_VETERANS = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:wounded|injured|disabled|maimed)\s+(?:veterans|ex-servicemen)\b",
    re.IGNORECASE,
)
_KIN = (
    r"(?:brothers|sisters|sons|daughters|children|relatives|cousins|uncles|nephews|"
    r"family\s+members|comrades|friends)"
)
_LOST_KIN = re.compile(
    rf"\s+{_KIN}\s+(?:in|to)\s+the\s+(?:war|fighting|conflict)\b|\s+{_KIN}\s+at\s+the\s+front\b",
    re.IGNORECASE,
)
_LOST = re.compile(r"\blost\s+$", re.IGNORECASE)
_ONE_OF = re.compile(r"one\s+of\s+(?:the\s+)?\S+\s+[a-z][\w-]*\s+(?:killed|wounded|injured)\b")
_WAS = re.compile(r"\b(?:was|is|became|becomes)\s+$", re.IGNORECASE)


def not_a_toll(text: str, q: Quantity) -> bool:
    """True when the figure ``q`` counts wounded veterans, kin lost in the war or "one of
    N" people picked out of a total."""
    if _VETERANS.match(text, q.end):
        return True
    if _LOST.search(text, max(0, q.start - 12), q.start) and _LOST_KIN.match(text, q.end):
        return True
    if q.total is None or not _WAS.search(text, max(0, q.start - 12), q.start):
        return False
    return _ONE_OF.match(text.lower(), q.start) is not None  # "was one of 6 journalists killed"
