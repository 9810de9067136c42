"""Counts of attacks that are not strikes (kept apart: strikes.py is near its size limit).

"35 Russian attacks were reported around Pokrovsk", "attacks ... were repelled",
"41 attacks in the Pokrovsk direction": ground assaults of a front-line summary (like
"combat clashes"), not shelling or air attacks.
"""

from __future__ import annotations

import re

_ASSAULTS = re.compile(
    r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:repelled|repulsed|"
    r"(?:reported|registered|recorded)\s+(?:around|near|along|on\s+the\s+front))\b"
    r"|\s+(?:\w+\s+){0,3}?in\s+the\s+[\w-]+\s+direction\b",
    re.IGNORECASE,
)


def front_assaults(text: str, noun: str, noun_end: int) -> bool:
    """True when a count of "attacks" is a front-line summary's ground assaults."""
    return noun == "attacks" and _ASSAULTS.match(text, noun_end) is not None
