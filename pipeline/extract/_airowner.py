"""Whose air weapons a figure counts ("31 Ukrainian drones", "Russia launched 40").

Split from :mod:`pipeline.extract._airmention` (which reads the figures) to keep that
module under the size limit: the owner is one self-contained question about a figure.
"""

from __future__ import annotations

import re

from pipeline.extract import _places

_OWNER_WORD = re.compile(
    r"\b(?P<who>Russian|Ukrainian|Iranian|Houthi|Israeli|Hezbollah|Hamas)\s+(?:[\w-]+\s+){0,2}?$"
)
_BY_BEFORE = re.compile(r"\bby\s+(?:some\s+|about\s+|around\s+)?$", re.IGNORECASE)


def owner_of(text: str, s: int, q_start: int, noun_end: int, launch: bool) -> str | None:
    """The side whose weapons a figure counts, from a word before its noun ("31 Ukrainian
    drones") or, for a launch, the subject before the figure ("Russia launched 40")."""
    head = text[q_start:noun_end]
    m = _OWNER_WORD.search(
        head, 0, max(0, len(head) - len(head.split()[-1]) if head.split() else 0)
    )
    if m is not None:
        return _places.actor(m.group("who"))
    if launch and not _BY_BEFORE.search(text, max(0, q_start - 12), q_start):
        return _places.first_actor(text[s:q_start])  # not "oblasts attacked by 23 drones"
    return None
