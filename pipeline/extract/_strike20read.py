"""Strike readings of translated copy that count no attack (thirteenth session, h_air20).

- Drones that *fell*, *crashed* or *landed* on a territory or soil ("two drones fell on
  Moldovan territory in the night", "three more drones fell on Moldovan soil near the
  border") are told by where they came down: an incursion or a crash, no strike
  (``dev_articles64``'s call, art64-11), as a crossing "into Polish airspace" is
  (:mod:`pipeline.extract._incursion`). "fell on" a named town or object stays a hit.
- "one of the strikes / attacks" as a subject ("one of the strikes had targeted a
  motorcycle", "One of the attacks targeted a petrol station") picks out one attack of
  those told, never a count of one, as "in one of the attacks" is
  (:func:`pipeline.extract._strikelead.one_of_many`).
"""

from __future__ import annotations

import re

from pipeline.extract._strikelead import one_of_many

# "on Moldovan soil", "on the territory of Moldova" (a country's, never "of a school").
_FELL_ON = re.compile(
    r"(?:fell|crashed|came\s+down|landed)\s+(?:on|in|into|onto)\s+"
    r"(?:(?-i:[A-Z])[\w-]+\s+(?:territory|soil)|(?:the\s+)?(?:territory|soil)\s+of\s+"
    r"(?-i:[A-Z])[\w-]+)\b",
    re.IGNORECASE,
)


def fell_abroad(text: str, verb: re.Match[str] | None) -> bool:
    """True when the strike verb is a fall onto a territory ("fell on Moldovan soil")."""
    if verb is None or verb.group()[:1].lower() not in "fcl":
        return False
    return _FELL_ON.match(text, verb.start()) is not None


_OF_THE_ATTACKS = re.compile(
    r"\s+of\s+(?:the|these|those|its|their)\s+(?:[\w-]+\s+)?(?:strikes|attacks|raids)\b",
    re.IGNORECASE,
)


def one_picked(text: str, start: int, end: int) -> bool:
    """True when the figure ``text[start:end]`` is "one" picked out of the attacks told: "in
    one of the attacks" (:func:`pipeline.extract._strikelead.one_of_many`) or "one of the
    strikes" as a subject."""
    word = text[start:end]
    if one_of_many(text, start, word):
        return True
    return word.lower() == "one" and _OF_THE_ATTACKS.match(text, end) is not None
