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
    found = -1
    for m in re.compile(rf"(?<![\w-]){re.escape(surname)}(?![\w-])").finditer(body, 0, offset):
        found = m.start()
    return found
