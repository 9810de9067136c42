"""Compact rows of what the extractor finds, so the reading tests compare plain tuples."""

from __future__ import annotations

from pipeline.extract import extract
from pipeline.extract.model import Casualty, Interception, Statement, Strike

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


def statement_rows(text: str) -> list[tuple[str, str, str]]:
    """Every statement of ``text`` as (speaker, mode, quote), in order."""
    return [(f.speaker, f.mode, f.quote) for f in extract(text) if isinstance(f, Statement)]


def statement_set(text: str) -> set[tuple[str, str, str]]:
    """The statements of ``text`` as a set of (speaker, mode, quote)."""
    return set(statement_rows(text))


def quote_rows(text: str) -> list[tuple[str, str]]:
    """Every statement of ``text`` as (speaker, quote), in order."""
    return [(f.speaker, f.quote) for f in extract(text) if isinstance(f, Statement)]


def quote_set(text: str) -> set[tuple[str, str]]:
    """The statements of ``text`` as a set of (speaker, quote)."""
    return set(quote_rows(text))


def speaker_rows(text: str) -> list[str]:
    """The speaker of every statement of ``text``, in order."""
    return [f.speaker for f in extract(text) if isinstance(f, Statement)]


Toll = tuple[str, int | None, int | None]
"""group, killed, injured"""


def toll_rows(text: str) -> list[Toll]:
    """Every casualty record of ``text`` as (group, killed, injured), in order."""
    return [(f.group, f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]


def report_rows(text: str) -> list[tuple[int | None, int | None]]:
    """Every interception of ``text`` as (launched, intercepted)."""
    return [(f.launched, f.intercepted) for f in extract(text) if isinstance(f, Interception)]


def air_counts(text: str) -> list[tuple[int | None, int | None, bool]]:
    """Every interception of ``text`` as (launched, intercepted, all_intercepted)."""
    return [
        (f.launched, f.intercepted, f.all_intercepted)
        for f in extract(text)
        if isinstance(f, Interception)
    ]


def indirect_set(text: str) -> set[tuple[str, str]]:
    """The indirect statements of ``text`` as a set of (speaker, quote)."""
    return {
        (f.speaker, f.quote)
        for f in extract(text)
        if isinstance(f, Statement) and f.mode == "indirect"
    }
