"""The holder of a role a bare title means: the one the text mentioned last, not titled last.

TASS and Ukrinform copy titles two governors early ("Governor Vyacheslav Gladkov said ...
In the neighbouring Kursk region, Governor Alexander Khinshtein said ...") and later cites
the first by surname only ("..., Gladkov said in a recent interview.") before closing with
"“...,” the governor said." The bare title takes back the holder the reader met last - the
one whose surname stands nearest before it - not the holder whose title came last. Only for
offices over a place (governor, mayor): a story's "president" stays its protagonist.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Set as AbstractSet

_PLACED = frozenset({"governor", "mayor"})
"""Offices held over one place: several holders in one story are told apart by place, and
wire copy switches between them by surname."""
Role = tuple[int, str, str, str]
"""(offset of the title, scope, role, canonical person) as :mod:`_titled` registers them."""


def nearest_holder(
    body: str, roles: list[Role], held: AbstractSet[str], best: str, offset: int
) -> str:
    """Among the holders of ``held`` titled before ``offset``, the one whose surname is
    mentioned last before it; ``best`` when it is that one or no other is nearer."""
    if not held <= _PLACED:
        return best  # "the president" of a summit story stays its protagonist
    holders = {c for at, _, r, c in roles if r in held and at <= offset}
    if len(holders) < 2:
        return best
    last = {name: _last_mention(body, name, offset) for name in holders}
    nearest = max(last, key=lambda name: last[name])
    return nearest if last[nearest] > last.get(best, -1) else best


def _last_mention(body: str, canonical: str, offset: int) -> int:
    """Offset of the last whole-word mention of ``canonical``'s surname before ``offset``."""
    surname = canonical.split()[-1]
    pattern = re.compile(rf"(?<![\w-]){re.escape(surname)}(?![\w-])")
    # The whole body's mentions, found once per body and surname; those ending before
    # ``offset`` are the ones a scan stopped at ``offset`` finds, and only its last
    # ``len(surname)`` characters are scanned again (the lookahead there sees the cut).
    starts, ends = _mentions(body, surname, pattern)
    kept = bisect_left(ends, offset)
    found = starts[kept - 1] if kept else -1
    pos = max(ends[kept - 1] if kept else 0, offset - len(surname))
    for m in pattern.finditer(body, pos, offset):
        found = m.start()
    return found


_MENTIONS: dict[str, tuple[list[int], list[int]]] = {}
_MENTIONS_BODY: list[str] = []


def _mentions(body: str, surname: str, pattern: re.Pattern[str]) -> tuple[list[int], list[int]]:
    """Starts and ends of ``pattern``'s matches over all of ``body`` (one body remembered)."""
    if not _MENTIONS_BODY or _MENTIONS_BODY[0] is not body:
        _MENTIONS.clear()
        _MENTIONS_BODY[:] = [body]
    if surname not in _MENTIONS:
        spans = [m.span() for m in pattern.finditer(body)]
        _MENTIONS[surname] = ([a for a, _ in spans], [b for _, b in spans])
    return _MENTIONS[surname]
