"""A figure restated later in the same article is one event, not two.

Wire copy states the figures in the lede and then again in a quote or a
follow-up paragraph ("... destroying 28 drones, the military said." then
"'Air defence destroyed 28 Shahed drones,' the air force said."). Each
detector reads one sentence at a time, so both readings come out; this pass
keeps one. Two numeric findings are the same event when they are of one type
and weapon or group, agree on every figure both state, share at least one
figure, and name no conflicting place or target. Of the two, the one stating
more figures is kept (the earlier on a tie), so nothing stated is lost. A toll marked as
further people ("Two more people died in hospital") restates nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.model import Casualty, Finding, Interception, Strike

_Numeric = Strike | Interception | Casualty


def drop_restated(found: list[Finding]) -> list[Finding]:
    """``found`` (in body order) without numeric findings that restate another one.

    Candidates are looked up by (type, weapon or group, figure), so a long article
    costs one dictionary probe per finding, not a comparison with every other one.
    """
    kept: list[Finding | None] = []
    index: dict[tuple[object, ...], list[int]] = {}
    for f in found:
        if not isinstance(f, (Strike, Interception, Casualty)):
            kept.append(f)
            continue
        keys = _keys(f)
        match = None if _further_people(f) else _find(kept, index, keys, f)
        if match is not None:
            if _stated(f) <= _stated(match[1]):
                continue
            kept[match[0]] = None  # the later reading states more: it replaces the earlier
            f = _merged(f, match[1])
        for key in keys:
            index.setdefault(key, []).append(len(kept))
        kept.append(f)
    return [f for f in kept if f is not None]


# "Two more people died", "Another three were killed": people beyond those counted, so
# never a restatement of an equal figure told before.
_FURTHER = re.compile(
    r"\s*(?:(?:another|a\s+further|an\s+additional)\s+[\w,-]+|[\w,-]+\s+(?:more|further|"
    r"additional)\b(?!\s+than))",
    re.IGNORECASE,
)


def _further_people(f: Finding) -> bool:
    return isinstance(f, Casualty) and _FURTHER.match(f.evidence.text) is not None


def _find(
    kept: list[Finding | None],
    index: dict[tuple[object, ...], list[int]],
    keys: list[tuple[object, ...]],
    f: _Numeric,
) -> tuple[int, _Numeric] | None:
    for key in keys:
        for pos in index.get(key, ()):
            other = kept[pos]
            if isinstance(other, (Strike, Interception, Casualty)) and _same_event(other, f):
                return pos, other
    return None


def _keys(f: _Numeric) -> list[tuple[object, ...]]:
    """The figures a restatement must share, each tagged with its type and weapon or group."""
    if isinstance(f, Strike):
        return [("strike", f.weapon, f.count)]
    if isinstance(f, Interception):
        pairs = (("launched", f.launched), ("intercepted", f.intercepted))
        return [("interception", f.weapon, name, n) for name, n in pairs if n is not None]
    pairs = (("killed", f.killed), ("injured", f.injured))
    group = "people" if f.group in _GENERIC_PEOPLE else f.group
    return [("casualty", group, name, n) for name, n in pairs if n is not None]


def _same_event(a: _Numeric, b: _Numeric) -> bool:
    if isinstance(a, Strike) and isinstance(b, Strike):
        return (
            a.weapon == b.weapon
            and a.count == b.count
            and _agree(a.target, b.target)
            and _agree(a.attacker, b.attacker)
        )
    if isinstance(a, Interception) and isinstance(b, Interception):
        return (
            a.weapon == b.weapon
            and _agree(a.weapon_model, b.weapon_model)
            and _figures_agree((a.launched, a.intercepted), (b.launched, b.intercepted))
            and _agree(a.location, b.location)
        )
    if isinstance(a, Casualty) and isinstance(b, Casualty):
        return (
            _same_group(a.group, b.group)
            and _figures_agree((a.killed, a.injured), (b.killed, b.injured))
            and _agree(a.location, b.location)
        )
    return False


# Words for the same unspecific people: a lede's "killed four workers" restated in a
# quote as "Four employees of the port died" is one toll. Subgroups (children, women,
# soldiers) never match a generic word.
_GENERIC_PEOPLE = frozenset(["people", "residents", "civilians", "workers", "employees", "staff"])


def _same_group(a: str, b: str) -> bool:
    return a == b or (a in _GENERIC_PEOPLE and b in _GENERIC_PEOPLE)


def _agree(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def _figures_agree(a: tuple[int | None, ...], b: tuple[int | None, ...]) -> bool:
    """Every figure both state is equal, and at least one is stated by both."""
    shared = False
    for x, y in zip(a, b, strict=True):
        if x is not None and y is not None:
            if x != y:
                return False
            shared = True
    return shared


def _merged(fuller: _Numeric, other: _Numeric) -> _Numeric:
    """``fuller`` with the cause it left unstated taken from the reading it replaces.

    A lede's "a Russian missile and drone attack ... killed four people" gives the cause
    the mayor's later "Four people were killed ... Eleven more are injured" leaves out.
    """
    if isinstance(fuller, Casualty) and isinstance(other, Casualty) and fuller.cause is None:
        return replace(fuller, cause=other.cause)
    return fuller


def _stated(f: _Numeric) -> tuple[int, int]:
    """How many figures, then details, a finding states (the fuller one is kept).

    Figures come first: a lede's "killing two people in Kyiv" (with its cause and
    speaker) gives way to the paragraph's "two people were killed and nine wounded".
    """
    if isinstance(f, Strike):
        figures: tuple[object, ...] = (f.count,)
        details: tuple[object, ...] = (f.target, f.attacker, f.period, f.reported_by)
    elif isinstance(f, Interception):
        figures = (f.launched, f.intercepted)
        details = (f.location, f.weapon_model, f.reported_by)
    else:
        figures = (f.killed, f.injured)
        details = (f.location, f.cause, f.reported_by)
    return sum(x is not None for x in figures), sum(x is not None for x in details)
