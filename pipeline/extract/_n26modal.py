"""A shoot-down figure inside a German modal frame, translated word for word (h_num26).

German puts the modal second and the participle last: "Davon konnten nach eigenen Angaben
120 abgeschossen werden" comes out as "Of these could, according to own statements, 120 be
shot down", "Thereof could 120 be shot down", "120 could according to own statements be shot
down" or "..., of which according to own statements 120 could be shot down". The air reader
knew "45 could be shot down" and "of which 24 could be shot down"; these helpers let the
figure stand between the modal and "be", and an "according to" aside stand in the frame.
"""

from __future__ import annotations

import re

from pipeline.extract._airnoun import DOWNED

_ASIDE = r"(?:,?\s*(?:according\s+to|as\s+per)\s+[^,.;:\d]{1,40}?,?\s+)"
"""'according to own statements' between the frame's words (commas optional)."""

_MODAL_BEFORE = re.compile(
    r"(?:^|[,;]\s*|\b(?:of\s+(?:these|them|those|which)|thereof|among\s+them)\s*,?\s*)"
    rf"(?:could|can|were\s+able\s+to)\s*{_ASIDE}?$",
    re.IGNORECASE,
)
_BE_DOWNED = re.compile(rf"\s+(?:also\s+)?be\s+{DOWNED}\b", re.IGNORECASE)
_MODAL_AFTER = re.compile(rf"\s+(?:could|can)\s*{_ASIDE}(?:also\s+)?be\s+{DOWNED}\b", re.IGNORECASE)
_FRONT = re.compile(
    r"\b(?:of\s+(?:these|them|those|which)|thereof|among\s+them)\s*"
    rf"(?:(?:could|can|were\s+able\s+to)\s*)?{_ASIDE}?$",
    re.IGNORECASE,
)


def modal_split(text: str, start: int, end: int) -> re.Match[str] | None:
    """The "be shot down" (or "could ... be shot down") a figure at ``start``-``end`` is the
    subject of when a modal or an aside splits the frame ("Of these could 120 be shot down",
    "120 could according to own statements be shot down"); None otherwise."""
    if _MODAL_BEFORE.search(text, max(0, start - 90), start) is not None:
        return _BE_DOWNED.match(text, end)
    return _MODAL_AFTER.match(text, end)


def modal_front(text: str, start: int) -> bool:
    """True when the figure at ``start`` opens a share of a launch told before it, behind a
    German front ("Of these could, according to own statements, 120 ...", "of which according
    to own statements 120 could ...")."""
    return _FRONT.search(text, max(0, start - 90), start) is not None
