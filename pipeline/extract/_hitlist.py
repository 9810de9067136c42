"""Weapon lists that are the subject of a hit verb: the ones that got through.

"The air force said 19 drones and two missiles had struck targets" -- every figure of
the list is a hit, not a shoot-down or a launch, although only the last one touches
the verb. Only a list in subject position (sentence start, after a verb of saying or a
clause break) counts: in "shot down 50 drones and two missiles hit a school" the first
figure is the object of its own verb.
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import QUALIFIER

_SUBJECT_BEFORE = re.compile(
    r"(?:^|\b(?:said|says|that|reported|added|stated|while|whereas|but)\s+|[,;:]\s+)"
    rf"{QUALIFIER}$",
    re.IGNORECASE,
)
_NOT_ITEM = r"(?!(?:were|was|are|is|have|had|has|been|be|being|and)\b|[\w-]*ed\b)"
_REST_HIT = re.compile(
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:{_NOT_ITEM}[\w-]+\s+){{1,4}}?){{1,3}}?"
    r"(?:(?:also|still|then)\s+)?(?:(?:have|had|has)\s+)?"
    r"(?:hit|struck|reached|landed|crashed|exploded|penetrated|got\s+through)\b",
    re.IGNORECASE,
)


def hit_list(text: str, start: int, noun_end: int) -> bool:
    """True when the figure at ``start`` (its noun ending at ``noun_end``) opens a weapon
    list that a hit verb follows ("19 drones and two missiles had struck ...")."""
    if _SUBJECT_BEFORE.search(text[max(0, start - 20) : start]) is None:
        return False
    return _REST_HIT.match(text, noun_end) is not None
