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


Air = tuple[int | None, int | None, bool]


def read_numbers_with_all(text: str) -> tuple[list[tuple[str, int]], list[Air], list[Pair]]:
    """As :func:`read_numbers`, the interceptions as (launched, intercepted, all_intercepted)."""
    found = extract(text)
    return (
        sorted((f.weapon, f.count) for f in found if isinstance(f, Strike)),
        sorted(
            (
                (f.launched, f.intercepted, f.all_intercepted)
                for f in found
                if isinstance(f, Interception)
            ),
            key=str,
        ),
        sorted(((f.killed, f.injured) for f in found if isinstance(f, Casualty)), key=str),
    )


def _figure(value: int | None) -> int:
    return value if value is not None else -1


def casualty_figures(text: str) -> list[tuple[int, int]]:
    """Casualties as sorted (killed, injured) pairs, -1 where the record has no figure."""
    return sorted(
        (_figure(f.killed), _figure(f.injured)) for f in extract(text) if isinstance(f, Casualty)
    )


def air_figures(text: str) -> tuple[list[tuple[int, int]], list[tuple[str, int]]]:
    """Interceptions as sorted (launched, intercepted) pairs (-1 for no figure) and strikes
    as sorted (weapon, count) pairs."""
    found = extract(text)
    ints = sorted(
        (_figure(f.launched), _figure(f.intercepted)) for f in found if isinstance(f, Interception)
    )
    strikes = sorted((f.weapon, f.count) for f in found if isinstance(f, Strike))
    return ints, strikes
