"""Which earlier body "the group" means: the last named non-state body, passing over an
army, a ministry or an agency named in between.

"The Houthis said they had seized a ship. UKMTO said the crew was unharmed. The group said
..." : "the group" is the Houthis, not the maritime agency; "Hezbollah said ... The Israeli
army said ... The group said ..." is Hezbollah. Wire copy calls an armed movement, a party or
a company "the group", never an army, a ministry, a state agency or an international body.
With no such body in the last sentences the nearest named body stays the reading, as before.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.extract._lexicon import CAPITALS, COUNTRIES
from pipeline.extract._names import Resolved

_STATE_HEADS = frozenset(
    {
        "army",
        "military",
        "ministry",
        "police",
        "government",
        "agency",
        "office",
        "command",
        "navy",
        "staff",
        "service",
        "services",
        "guard",
        "guards",
        "administration",
        "kremlin",
        "pentagon",
        "embassy",
        "mission",
        "council",
        "court",
        "parliament",
        "presidency",
        "directorate",
        "chancellery",
        "commission",
        "house",
    }
)
"""Last words of a state or international body's name ("Israeli army", "White House")."""
_STATE_NAMES = frozenset(
    {"IDF", "UKMTO", "IAEA", "CENTCOM", "WHO", "UN", "OCHA", "UNICEF", "NATO", "EU", "UNIFIL"}
)
"""Acronyms of state and international bodies (an acronym alone says neither)."""
_LOOKBACK = 3


def state_body(canonical: str) -> bool:
    """Whether ``canonical`` names a state or international body rather than a group."""
    words = canonical.split()
    lower = canonical.lower()
    if lower in CAPITALS or lower in COUNTRIES:
        return True  # "Kyiv said", "Russia said": a state speaking
    return canonical in _STATE_NAMES or words[-1].lower() in _STATE_HEADS


def group_body(index: int, subject: Callable[[int], Resolved | None]) -> Resolved | None:
    """The named non-state body among the subjects of the sentences before ``index``
    (nearest first, ``_LOOKBACK`` back), or None."""
    for j in range(index - 1, max(-1, index - 1 - _LOOKBACK), -1):
        found = subject(j)
        if found is None or found.kind not in ("org", "other") or not found.canonical[:1].isupper():
            continue
        if not state_body(found.canonical):
            return found
    return None
