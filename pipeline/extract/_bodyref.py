"""A bare generic head naming the body that spoke just before: "the department specified".

Translated Russian, Ukrainian and Romance copy refers back to the body it has just quoted
with a bare noun the body's own name does not contain: "The Russian Ministry of Defence
reported that ... . ..., the department specified." (ведомство), "According to the
authority, ..." after the aviation authority Rosaviatsia, "..., specified the organisation
in a communiqué" after a named network, "According to the quoted source, ..." (sursa
citată) after a ministry. The registry cannot match these words to a name, so the speaker
came out as "department" or "quoted source". The body is the last organisation that spoke
in the few sentences before (for "the quoted source" a person too), else the organisation
the sentence before opens with ("The aviation authority Rosaviatsia restricted ...").
Kept apart from :mod:`pipeline.extract.speakers` (at its size limit).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from pipeline.extract._names import Kind, Resolved

_HEADS: frozenset[str] = frozenset(
    {"the department", "the authority", "the organisation", "the organization"}
)
_SOURCES: frozenset[str] = frozenset(
    {"the quoted source", "the cited source", "the aforementioned source", "the said source"}
)
_MINISTRY_HEADS: frozenset[str] = frozenset(
    {"the head of the ministry", "the chief of the ministry", "the head of the department"}
)
"""The minister by the house he heads (a minisztérium vezetője, șeful ministerului)."""
_WINDOW = 4
"""How many sentences back the body may have spoken."""


class _Said(Protocol):
    @property
    def speaker(self) -> str: ...
    @property
    def kind(self) -> Kind: ...


def is_head(subject: str) -> bool:
    """Whether ``subject`` is one of the bare back-referring heads."""
    lower = _the(subject)
    return lower in _HEADS or lower in _SOURCES or lower in _MINISTRY_HEADS


def _the(subject: str) -> str:
    lower = subject.lower()
    return lower if lower.startswith("the ") else f"the {lower}"


def referred(
    subject: str,
    index: int,
    attributed: Sequence[int],
    said: Sequence[_Said | None],
    subject_of: Callable[[int], Resolved | None],
    body: str,
) -> Resolved | None:
    """The body ``subject`` ("the department", "the quoted source") points back to."""
    lower = _the(subject)
    if lower in _MINISTRY_HEADS:
        return _minister(index, attributed, said, body)
    if lower not in _HEADS and lower not in _SOURCES:
        return None
    kinds = ("org", "person") if lower in _SOURCES else ("org",)
    for j in _recent(index, attributed):
        found = said[j]
        if found is not None and found.kind in kinds and found.speaker.lower() != lower[4:]:
            return Resolved(found.speaker, found.kind)
    if index:
        opening = subject_of(index - 1)
        if opening is not None and opening.kind == "org" and opening.canonical.lower() != lower[4:]:
            return opening
    return None


def _recent(index: int, attributed: Sequence[int]) -> list[int]:
    """The ``attributed`` sentences before ``index``, nearest first, up to the first one more
    than :data:`_WINDOW` back."""
    out: list[int] = []
    for j in reversed(attributed):
        if j >= index:
            continue
        if j < index - _WINDOW:
            break
        out.append(j)
    return out


def _minister(
    index: int, attributed: Sequence[int], said: Sequence[_Said | None], body: str
) -> Resolved | None:
    """The person who spoke last in the few sentences before, when the article titles him
    a minister next to his name ("Foreign Minister NAME", "NAME, minister of ...")."""
    for j in _recent(index, attributed):
        found = said[j]
        if found is None or found.kind != "person":
            continue
        name = re.escape(found.speaker.rsplit(" ", 1)[-1])
        titled = re.search(
            rf"(?<!Prime )[Mm]inister[^.\n]{{0,40}}{name}|{name}[^.\n]{{0,40}}[Mm]inister", body
        )
        return Resolved(found.speaker, "person") if titled else None
    return None
