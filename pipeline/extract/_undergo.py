"""The country that suffered an attack is its target, not its attacker.

Translated copy turns the attack round: "Ukraine suffered an air attack with 115 drones"
(Spanish "sufrió un ataque"), "Ukraine came under attack by 40 drones". The subject
is the side hit, so it names the target; the attacker is left to a "by X" or the
paragraph's context.
"""

from __future__ import annotations

import re

from pipeline.extract import _places

_STEMS = ("suffer", "endur", "weather", "experienc", "under", "subjected")
_UNDERGOES = re.compile(
    r"\b(?:(?:has|had|have)\s+(?:again\s+|once\s+again\s+)?)?(?:suffered|endured|weathered|"
    r"experienced|c[ao]me\s+under|(?:was|were|been)\s+subjected\s+to)\s",
    re.IGNORECASE,
)


def undergone(subject: str) -> str | None:
    """The actor named before "suffered"/"came under" in ``subject``, or None."""
    if not any(stem in subject for stem in _STEMS):
        return None
    verb = _UNDERGOES.search(subject)
    if verb is None:
        return None
    return _places.last_actor(subject[: verb.start()])
