"""People given psychological help after an attack: no casualties.

Emergency-service posts close with the aftercare: "Psychologists of the State Emergency
Service provided assistance to 36 people, among them relatives of the dead", "Psychologists
gave support to 23 people". Those helped are survivors, relatives and witnesses, not a
toll, though the sentence may name the dead ("relatives of the dead") that a harm word near
the figure would otherwise give it (``dev_articles51`` art51-09, ``dev_numeric54``).
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import QUALIFIER

_HELPED = re.compile(
    r"\bpsycholog\w*\b[^.;:]{0,80}?\b(?:assistance|help|support|aid|care)\s+"
    r"(?:was\s+|were\s+)?(?:to|for)\s+(?:another\s+)?"
    rf"{QUALIFIER}$",
    re.IGNORECASE,
)


def consoled(text: str, start: int) -> bool:
    """True when the figure at ``start`` counts people given psychological help."""
    lo = max(0, start - 140)
    if "sycholog" not in text[lo:start]:
        return False
    return _HELPED.search(text, lo, start) is not None
