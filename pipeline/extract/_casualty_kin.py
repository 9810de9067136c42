"""Kin counted after one person: "killed a woman and her two sons", "The death toll ...
included a man and his three daughters, while six other people were wounded".

Split from :mod:`pipeline.extract.casualties` (at its size limit). The figure of the kin
shares the harm of the person before it, which the verb or lead before that person names;
the nearest harm word can belong to another clause ("..., while six others were wounded").
"""

from __future__ import annotations

import re
from typing import Literal

# "<harm lead> a man and his", "<harm lead> an elderly woman and her".
_KIN = re.compile(
    r"\b(?P<lead>kill(?:ed|ing)|injur(?:ed|ing)|wound(?:ed|ing)|included?|were|are|"
    r"bod(?:y|ies)\s+of)\s+"
    r"(?:an?|one)\s+(?:[\w-]+\s+){1,2}?and\s+(?:his|her|their)\s+$",
    re.IGNORECASE,
)
_KILLED_LEAD = re.compile(r"\b(?:death\s+toll|dead|killed|fatalities)\b", re.IGNORECASE)
_INJURED_LEAD = re.compile(r"\b(?:injured|wounded|hurt)\b", re.IGNORECASE)
_REACH = 80


def kin_harm(text: str, start: int) -> Literal["killed", "injured"] | None:
    """The harm of a figure at ``start`` told as one person's kin, from the lead before."""
    tail = text[max(0, start - 6) : start]
    if not tail.endswith(("his ", "her ", "heir ")):
        return None
    m = _KIN.search(text, max(0, start - 60), start)
    if m is None:
        return None
    lead = m.group("lead").lower()
    if lead.startswith(("kill", "bod")):  # "the bodies of a woman and her two children"
        return "killed"
    if lead.startswith(("injur", "wound")):
        return "injured"
    lo = max(0, m.start() - _REACH)
    if _KILLED_LEAD.search(text, lo, m.start()):  # "The death toll ... included"
        return "killed"
    if _INJURED_LEAD.search(text, lo, m.start()):  # "Among the injured were"
        return "injured"
    return None
