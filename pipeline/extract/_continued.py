"""A reported count continued after a trailing attribution: "A, X said, and B".

Wire copy often puts the attribution in the middle of a tally ("A man was killed in
Huliaipole, Fedorov said, and four people were injured in the regional capital"). The
second clause, opening with a count of its own and carrying a finite verb, continues the
same tally, so it is still the speaker's. Other clauses after the attribution are left
alone: "..., the mayor said, and walked back to her car" is an act, and "..., he said,
and a university building was damaged" or "..., it said, and the third fell ..." may be
the reporter's own narration, so precision wins there. A colon after the attribution
("A, Lavrov said: B") hands B to the speaker too, as translated German copy writes it.
"""

from __future__ import annotations

import re

from pipeline.extract._lexicon import words
from pipeline.extract._subjects import FINITE

_AND = re.compile(r",[ \t]+(?:and|but)[ \t]+(?=[a-z0-9])")
"""The conjunction right after the attribution's verb."""
_CARDINALS: frozenset[str] = words(
    """two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    dozens hundreds thousands"""
)
"""Counts a continued tally opens with (the ordinal "the third" continues a narration)."""
_APPROXIMATE = frozenset({"at least", "more than", "about", "another", "nearly", "around"})
"""Words before the count itself."""
_STOPS = '.!?;“”"«»'
_HEARSAY = frozenset({"reported", "reportedly", "confirmed", "unconfirmed"})
"""Words that attribute the clause to someone else again."""


_COLON = re.compile(r"[ \t]*:[ \t]+(?=[A-Z][a-z])")
"""A colon right after the trailing attribution: "A, Lavrov said: B" (B is his too)."""


def clause(text: str, verb_end: int) -> tuple[int, int] | None:
    """Sentence-relative span of the clause after ", and" right after the verb, or None."""
    colon = _COLON.match(text, verb_end) if ":" in text[verb_end : verb_end + 3] else None
    if colon is not None:
        end = len(text.rstrip().rstrip(".!?"))
        tokens = text[colon.end() : end].split()
        if len(tokens) >= 4 and any(w in FINITE for w in tokens[1:8]):
            return colon.end(), end
        return None
    m = _AND.match(text, verb_end)
    if m is None:
        return None
    start = m.end()
    end = len(text)
    for ch in _STOPS:
        at = text.find(ch, start)
        end = at if 0 <= at < end else end
    tokens = text[start:end].split()
    if len(tokens) < 3 or not _counted(tokens):
        return None
    if any(w in _HEARSAY for w in tokens):
        return None  # "..., it said, and no injuries were reported": nobody's in particular
    if not any(w in FINITE or w.endswith("ed") for w in tokens[1:7]):
        return None
    while end > start and text[end - 1] in " ,":
        end -= 1
    return start, end


def _counted(tokens: list[str]) -> bool:
    """The clause opens with a cardinal count ("four people", "at least 12 houses")."""
    skip = 2 if f"{tokens[0]} {tokens[1]}" in _APPROXIMATE else int(tokens[0] in _APPROXIMATE)
    first = tokens[skip]
    return first[:1].isdigit() or first in _CARDINALS
