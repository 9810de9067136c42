"""Compact rows of what the extractor finds, so the reading tests compare plain tuples."""

from __future__ import annotations

from pipeline.extract import extract
from pipeline.extract.model import Interception, Strike

Air = tuple[str, int | None, int | None, bool]
"""weapon, launched, intercepted, all_intercepted"""


def air_rows(text: str) -> list[Air]:
    """Every interception of ``text`` as (weapon, launched, intercepted, all_intercepted)."""
    return [
        (f.weapon, f.launched, f.intercepted, f.all_intercepted)
        for f in extract(text)
        if isinstance(f, Interception)
    ]


def strike_rows(text: str) -> list[tuple[str, int]]:
    """Every strike of ``text`` as (weapon, count)."""
    return [(f.weapon, f.count) for f in extract(text) if isinstance(f, Strike)]
