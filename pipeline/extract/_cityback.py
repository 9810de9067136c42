"""The city a city body belongs to when its own sentence names none.

German copy names the city in one paragraph ("a drone attack on a residential area of
Odesa", "the north-eastern Ukrainian city of Kharkiv") and writes "the city's military
administration" or "According to the city administration" in the next: that is the city's
body ("Odesa city military administration"). Like :mod:`pipeline.extract._regionback`, only
the same or the previous paragraph counts, and it runs only for a city body left unqualified
by its phrase, sentence and memory, so it costs nothing per sentence.
"""

from __future__ import annotations

import re

from pipeline.extract import _lexicon as lex

_CITY_RE = re.compile(
    r"(?<![\w-])(?:city[ \t]+of[ \t]+(?P<a>[A-Z][\w’'-]+)|(?P<b>[A-Z][\w’'-]+))"
    r"(?![\w-]|[ \t]+(?:[Rr]egion|[Oo]blast|[Pp]rovince|district))"
)
_WINDOW = 800
"""How far back (characters) the city is looked for."""


def city_of(before: str) -> str | None:
    """The listed city (or "city of X") named last in ``before``, the text before the body,
    looking back no further than the previous paragraph."""
    text = before[-_WINDOW:]
    cut = text.rfind("\n\n")
    if cut > 0:
        cut = text.rfind("\n\n", 0, cut)
    found: str | None = None
    for m in _CITY_RE.finditer(text, max(0, cut)):
        named = m.group("a")
        if named is None and m.group("b").lower() in lex.CITIES:
            named = m.group("b")
        if named is not None:
            found = named
    return found


def sole_city(before: str) -> str | None:
    """The one listed city the whole text before the body names (a Kharkiv story whose
    "The city council announced" comes paragraphs after the dateline), else None."""
    found: str | None = None
    for m in _CITY_RE.finditer(before):
        named = m.group("a")
        if named is None and m.group("b").lower() in lex.CITIES:
            named = m.group("b")
        if named is not None and found is not None and named != found:
            return None  # two cities: the paragraph rule alone decides
        found = named or found
    return found
