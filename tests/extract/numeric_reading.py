"""The numeric events of a short passage, as the minimal-passage tests compare them."""

from __future__ import annotations

from pipeline.extract import extract
from pipeline.extract.model import Casualty, Interception, Strike

Pair = tuple[int | None, int | None]


def read_numbers(text: str) -> tuple[list[tuple[str, int]], list[Pair], list[Pair]]:
    """Strikes as (weapon, count), interceptions as (launched, intercepted), casualties as
    (killed, injured), each sorted so that a test compares them without caring for order."""
    found = extract(text)
    return (
        sorted((f.weapon, f.count) for f in found if isinstance(f, Strike)),
        sorted(
            ((f.launched, f.intercepted) for f in found if isinstance(f, Interception)), key=str
        ),
        sorted(((f.killed, f.injured) for f in found if isinstance(f, Casualty)), key=str),
    )
