"""Subtype shares of a reported launch ("45 missiles, including 8 Iskander missiles").

When the launch figure belongs to an air-defence report (launched N, shot down M), a share
named right after it is part of that report, not a strike of its own. Kept apart from
``strikes`` (at its size limit).
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import Quantity

# The gap between the launch figure and the share: the launch's noun, then the share cue.
_SHARE_GAP = re.compile(
    r"[^\d.;:!?()]{1,50}?,\s*(?:including|among\s+(?:them|which)|of\s+(?:them|which)|thereof)\s+"
    r"(?:about\s+|around\s+|some\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)
# "among them three Iskander-M and two Kh-59": the next item of a list of models is a
# share too (dev_numeric66); a list of kinds ("among them 144 drones and 6 missiles")
# splits a mixed total, whose unanswered kind stays a strike.
_KIND = re.compile(r"\b(?:drones?|UAVs?|missiles?|rockets?|bombs?|shells?|means)\b", re.I)
_LIST_GAP = re.compile(r"\s+[\w-]+(?:\s+[\w-]+){0,2}?(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")


def share_of_report(text: str, quantities: tuple[Quantity, ...], qi: int, taken: bool) -> bool:
    """True when figure ``qi`` is a share named right after a report's launch figure."""
    if not taken or qi == 0:
        return False
    prev, here = quantities[qi - 1], quantities[qi]
    gap = text[prev.end : here.start]
    if qi >= 2 and _LIST_GAP.fullmatch(gap) is not None and _KIND.search(gap) is None:
        return share_of_report(text, quantities, qi - 1, taken)  # "... and two Kh-59"
    if not any(w in gap for w in ("includ", "among", "of them", "of which", "ereof")):
        return False
    return _SHARE_GAP.fullmatch(gap) is not None
