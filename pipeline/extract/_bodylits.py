"""Whole-body literal tests answered from one Aho-Corasick pass per body.

Hundreds of passes gate themselves on ``"literal" in body``; each miss scans the whole
body, and a 4 KB article got ~670 such tests (~2 ms). :func:`body_has` gives the same
answer from the set of literals one automaton pass found in the body (remembered, by
identity like :func:`pipeline.extract._perdoc.per_document`, for the last two texts: the
body and its one lower-cased copy, :func:`pipeline.extract._nlit.lowered`).

Literals register themselves: an unknown one is answered with a plain ``in`` and queued,
and the automaton is rebuilt before the next body, so after a few articles every literal
is known (fixed literals only: a name from the text stays a plain ``in`` at its call
site, and :data:`_LIMIT` bounds what is learnt). Single characters stay plain ``in`` (a
``memchr``, cheaper than the automaton's match per occurrence). Without ``pyahocorasick``
every test is a plain ``in``.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

try:
    import ahocorasick
except ImportError:  # pragma: no cover - the dependency is declared; same answers without
    ahocorasick = None

_SECOND = itemgetter(1)
"""The literal of an automaton match ``(end, literal)``."""
_LIMIT = 4096
"""At most this many literals are learnt: the gates' fixed words are ~600; a caller passing
names from the text would otherwise grow the automaton (and its rebuilds) without end in a
long-running worker. Past the limit a new literal is answered with a plain ``in``."""
_KNOWN: set[str] = set()
"""Literals the current automaton looks for."""
_QUEUED: set[str] = set()
"""Literals asked about since the last build, to add at the next body."""
_AUTOMATON: list[Any] = []
"""The automaton over ``_KNOWN`` (empty until the first build)."""
_last_body: str | None = None
"""The last text scanned (kept, so its identity cannot be reused)."""
_last_found: set[str] = set()
"""The known literals found in ``_last_body``."""
_prev_body: str | None = None
"""The text scanned before it: a body and its lower-cased copy take turns."""
_prev_found: set[str] = set()
"""The known literals found in ``_prev_body``."""


def _rebuild() -> None:
    _KNOWN.update(_QUEUED)
    _QUEUED.clear()
    automaton = ahocorasick.Automaton()
    for literal in _KNOWN:
        automaton.add_word(literal, literal)
    automaton.make_automaton()
    _AUTOMATON[:] = [automaton]


def _scan(body: str) -> set[str]:
    """Remember ``body`` and the known literals occurring in it (one automaton pass)."""
    global _last_body, _last_found, _prev_body, _prev_found
    if _QUEUED:
        # New literals: both remembered sets would lack them.
        _rebuild()
        _last_body = None
    # set(map(...)) keeps the ~450 matches of a 4 KB body (most of them "the ", ", ", ...)
    # out of a Python-level loop.
    found: set[str] = set(map(_SECOND, _AUTOMATON[0].iter(body))) if _AUTOMATON else set()
    _prev_body, _prev_found = _last_body, _last_found
    _last_body, _last_found = body, found
    return found


def body_has(body: str, literal: str) -> bool:
    """Exactly ``literal in body``, for a whole article body (or its one lower-cased copy,
    :func:`pipeline.extract._nlit.lowered`) tested against many literals."""
    if body is _last_body:
        found = _last_found
    elif body is _prev_body:
        found = _prev_found
    else:
        found = _scan(body)
    if literal in found:
        return True
    if literal in _KNOWN:
        return False
    if ahocorasick is not None and len(literal) > 1 and len(_KNOWN) + len(_QUEUED) < _LIMIT:
        _QUEUED.add(literal)
    return literal in body
