"""A second care share elided after the first in the same sentence.

Translated agency copy (TASS, Suspilne, WAFA) splits the injured by where they were
treated in one sentence: "Three of the wounded were taken to the Shebekino hospital, two
received medical assistance at the scene", "Four of the injured were hospitalised in
Kharkiv, and two received first aid on site". The first share is read by
:mod:`pipeline.extract.casualties` ("N of the wounded were taken to"); the second has no
"of them" and no harm word, only the care it got - a care subgroup of the same injured,
one record of its own as the conventions have care shares (``dev_numeric41``: "Seven are in
hospital, five were treated ambulantly"). :func:`next_care` finds its end.
"""

from __future__ import annotations

import re

# "received medical assistance at the scene", "were treated on the spot", "got first aid".
_CARE = re.compile(
    r"\s+(?:(?:were|was|are|have\s+been|had\s+been)\s+)?"
    r"(?:(?:received|given|got|needed)\s+(?:first\s+aid|(?:medical\s+|emergency\s+)?"
    r"(?:help|assistance|care|treatment|attention))|treated)\s+"
    r"(?:at\s+the\s+scene|on\s+(?:the\s+)?(?:spot|site)|on-site|in\s+the\s+field|"
    r"by\s+(?:paramedics|medics|ambulance\s+crews))\b",
    re.IGNORECASE,
)
# Between the first share's care phrase and the figure: its place, then a comma or "and".
_GAP = re.compile(r"[^\d.;:!?]{0,60}?(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|\s+while\s+)")


def next_care(text: str, prev_end: int, start: int, end: int) -> int | None:
    """End of the care phrase after the figure ``text[start:end]`` when it follows the
    care share ending at ``prev_end`` with only a place and a comma between, else None."""
    if _GAP.fullmatch(text, prev_end, start) is None:
        return None
    m = _CARE.match(text, end)
    return m.end() if m is not None else None
