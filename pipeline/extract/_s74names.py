"""Speaker names one letter off the table, and demonstrative back-references, round 74 (helper
h_fix_s74, the speaker errors of the real11..real16 excerpts, ``dev_statements100``).

- A transliteration one letter away from a person of ``speakers.csv`` with the same given
  name ("Rustem Umierov", "Denys Shmygal", "Sergei Rjabkov") is that person: the table's own
  German, Czech and French spellings miss these agency variants, and the conventions give
  every spelling of a listed person the table's form. Surnames under six letters are left
  alone (too many real neighbours), and "Oleh Synehubov" and the German "Oleh Synjehubow"
  stay as written (the German-spelling call and the ``dev_statements81``/``82`` calls).
- "This official said C" / "That diplomat added that C" / "This spokesperson ..." open a
  sentence with a demonstrative pointing at the speaker just quoted: that speaker.

The table index is built once at import; a statement is looked at only when its speaker is
two or three capitalised words the table does not know (memoised per name), or starts with
"This " / "That ".
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract._roles import ALIASES, norm

__all__ = ["demonstrative", "respelled"]

_MIN = 6  # shortest surname read with a letter's slack
_AS_WRITTEN = frozenset(["oleh synehubov", "oleh synjehubow"])  # written calls keep these
_WORD = re.compile(r"^[A-Z][a-z\u00c0-\u017f'\u2019-]+$")
_DEMONSTRATIVE = re.compile(
    r"^(?:[Tt]his|[Tt]hat) (?P<n>official|diplomat|source|spokesperson|spokesman|spokeswoman"
    r"|officer|representative|minister|commander)$"
)


def _index() -> tuple[dict[tuple[str, str], str | None], dict[tuple[str, str], str | None]]:
    """(given, surname) -> canonical for the table's people, and (given, one-letter edit key)
    -> canonical (None where two people share a key)."""
    exact: dict[tuple[str, str], str | None] = {}
    edits: dict[tuple[str, str], str | None] = {}

    def put(table: dict[tuple[str, str], str | None], key: tuple[str, str], name: str) -> None:
        table[key] = name if table.get(key, name) == name else None

    for alias, entry in ALIASES.items():
        words = alias.split()
        if entry.kind != "person" or len(words) < 2 or len(words[-1]) < _MIN:
            continue
        given, sur = words[0], words[-1]
        put(exact, (given, sur), entry.canonical)
        for i in range(len(sur)):
            put(edits, (given, sur[:i] + sur[i + 1 :]), entry.canonical)  # a letter dropped
            put(edits, (given, sur[:i] + "?" + sur[i + 1 :]), entry.canonical)  # one changed
    return exact, edits


_EXACT, _EDITS = _index()


@lru_cache(maxsize=512)
def respelled(name: str) -> str | None:
    """The table's person ``name`` spells one letter differently, else None."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(_WORD.match(w) for w in words):
        return None
    key = norm(name)
    if key in ALIASES or key in _AS_WRITTEN:
        return None
    given, sur = norm(words[0]), norm(words[-1])
    if len(sur) < _MIN - 1:
        return None
    found: set[str | None] = set()
    if (given, sur) in _EDITS:  # the article dropped a letter ("Synehubov")
        found.add(_EDITS[(given, sur)])
    for i in range(len(sur)):
        changed = sur[:i] + "?" + sur[i + 1 :]
        if (given, changed) in _EDITS:  # one letter changed ("Shmygal")
            found.add(_EDITS[(given, changed)])
        dropped = (given, sur[:i] + sur[i + 1 :])
        if dropped in _EXACT:  # the article added a letter ("Umierov")
            found.add(_EXACT[dropped])
    if len(found) != 1:
        return None
    return next(iter(found))


def demonstrative(name: str, prior: str | None) -> str | None:
    """The speaker "This official" / "That diplomat" points back at (``prior``), else None."""
    if prior is None or not name.startswith(("This ", "That ", "this ", "that ")):
        return None
    return prior if _DEMONSTRATIVE.match(name) is not None else None
