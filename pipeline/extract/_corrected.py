"""Figures a correction takes back: "not with 112 drones as stated in the morning".

A source correcting its own figures later in the day names the old figure beside the new
one: "Russia had attacked with 126 drones, not with 112 as stated in the morning, the air
force now announced", "and not 64 as reported earlier", "not 45 but 52 drones". The old
figure is no count (:func:`corrected_away`, asked by :mod:`pipeline.extract.numbers`), and
an earlier report of the same article that launched that figure ("84 of 112 drones" in the
morning's ticker entry) is superseded by the correction (:func:`corrected_values`).
"""

from __future__ import annotations

import re

_NOT_BEFORE = re.compile(r"\bnot\s+(?:with\s+|about\s+|around\s+|some\s+|the\s+)?$", re.IGNORECASE)
_AS_STATED = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s*,?\s+(?:as\s+(?:(?:was|had\s+been|it\s+had|they\s+had)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:had\s+|have\s+)?(?:been\s+)?(?:(?:first|initially|previously|"
    r"earlier|originally)\s+)?(?:stated|reported|announced|said|written|given|claimed)\b"
    r"|but\s+(?:with\s+|about\s+|around\s+)?\d)",
    re.IGNORECASE,
)


def corrected_away(text: str, start: int, end: int) -> bool:
    """True when the figure ``text[start:end]`` is the old one a correction denies."""
    if _NOT_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    return _AS_STATED.match(text, end) is not None
