"""Counts of attacks that are not strikes (kept apart: strikes.py is near its size limit).

"35 Russian attacks were reported around Pokrovsk", "attacks ... were repelled",
"41 attacks in the Pokrovsk direction", "In the Pokrovsk direction, the enemy attacked 52
times": ground assaults of a front-line summary (like "combat clashes"), not shelling or air
attacks.
"""

from __future__ import annotations

import re

_ASSAULTS = re.compile(
    r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:repelled|repulsed|"
    r"(?:reported|registered|recorded)\s+(?:around|near|along|on\s+the\s+front))\b"
    r"|\s+(?:\w+\s+){0,3}?in\s+the\s+[\w-]+\s+direction\b",
    re.IGNORECASE,
)


# "In the Pokrovsk direction, the enemy attacked 52 times near Myrnohrad": a sentence of the
# General Staff's per-direction summary that names no weapon counts ground assaults.
_DIRECTION = re.compile(r"\b(?i:in|on)\s+the\s+[A-Z][\w-]+\s+(?:direction|sector|axis)\b")
_WEAPONISH = re.compile(
    r"\b(?:artillery|shell|mortar|drone|uav|missile|rocket|bomb|kab|mlrs|grad|aircraft|air\s*strike|"
    r"aviation|tank|fpv|kamikaze)",
    re.IGNORECASE,
)


def front_assaults(text: str, noun: str, noun_end: int) -> bool:
    """True when a count of "attacks" is a front-line summary's ground assaults."""
    if noun == "attacks" and _ASSAULTS.match(text, noun_end) is not None:
        return True
    if noun not in ("attacks", "times") or "direction" not in text:
        return False
    lo = text.rfind(";", 0, noun_end) + 1  # the figure's own part of a ";" list
    hi = text.find(";", noun_end)
    hi = len(text) if hi < 0 else hi
    return _DIRECTION.search(text, lo, hi) is not None and _WEAPONISH.search(text, lo, hi) is None
