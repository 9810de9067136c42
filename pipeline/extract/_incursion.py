"""Drones told crossing a border or an airspace: a route, not an attack.

"crossed from/into/over" stays an attack verb for fire that lands ("30 projectiles
crossed into Israeli territory in the first barrage"), but a crossing told by its
route through a neighbour's sky ("at least one drone had crossed from the direction of
Belarus", "three drones had crossed into Ukraine from Belarus", "crossed into Polish
airspace") reports an incursion, no strike: the attack, if any, is counted elsewhere.
"""

from __future__ import annotations

import re

_CROSS = re.compile(r"cross", re.IGNORECASE)
_ROUTE = re.compile(
    r"\b(?:airspace|air\s+space|border|frontier|(?:the\s+)?direction\s+of|from\s+Belarus)\b",
    re.IGNORECASE,
)


def incursion(text: str, verb: re.Match[str] | None, start: int, end: int) -> bool:
    """True when the strike verb is a crossing whose clause ``start``..``end`` names the
    route (an airspace, a border, "the direction of X", Belarus) rather than fire."""
    if verb is None or _CROSS.match(verb.group()) is None:
        return False
    return _ROUTE.search(text, start, max(end, verb.end() + 60)) is not None
