""" "Professor X Y of the University of Warsaw said": the person, not the institution.

A name followed by its affiliation ("of the University of Warsaw", "of the Carnegie
Endowment") resolves as no phrase the registry knows; the name before "of" does. Own
module: ``speakers`` and ``_names`` are at their size limits.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.extract._apposed import Resolved

_OF = " of "


def person(subject: str, resolve: Callable[[str], Resolved | None]) -> Resolved | None:
    """The person a "NAME of (the) Institution" subject names, else None."""
    if _OF not in subject:
        return None
    head, tail = subject.split(_OF, 1)
    tail = tail.removeprefix("the ")
    words = head.split()
    if len(words) < 2 or not tail[:1].isupper() or not all(w[:1].isupper() for w in words[-2:]):
        return None
    if words[-1].lower() in _INSTITUTION_HEADS:  # "the Kyiv School of Economics": the
        name = subject.removeprefix("the ").removeprefix("The ")  # institution's own name
        named = words[-1].lower() in _SEATS_OF_LEARNING and name[:1].isupper()
        return Resolved(name, "org") if named else None
    found = resolve(head)
    return found if found is not None and found.kind == "person" else None


_INSTITUTION_HEADS = frozenset(
    {"school", "institute", "university", "academy", "college", "centre", "center", "bank"}
    | {"fund", "foundation", "council", "ministry", "office", "agency", "service", "department"}
)
"""Last words of an institution's name before its "of" complement."""
_SEATS_OF_LEARNING = frozenset(
    {"school", "institute", "university", "academy", "college", "centre", "center"}
)
"""Heads of names no registry knows ("Kyiv School of Economics"): the name speaks itself."""
