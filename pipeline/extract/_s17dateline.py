"""A two-place dateline glued to a paragraph's first sentence (statement round 17).

German online copy opens a report with the places it was filed from, then the lead sentence
with no dash: "Kyiv, Berlin Chancellor Friedrich Merz has assured ...", "Istanbul, Kyiv
Turkish President ... has offered ...", "Brussels, Kyiv EU foreign policy chief Kaja Kallas
has warned ...". One place ("Kyiv Chancellor Friedrich Merz") was read as part of the
name; with two, the sentence's subject was taken to be the first place, and "the CDU
politician said" in the next sentence went to "Kyiv" (``dev_articles47``,
``dev_statements42``). :func:`past_pair` gives the offset after "FIRST, " when the
sentence opens with a known place, a comma, a second capitalised place and then another
capitalised word (the subject), so the reader sees the one-place form.
"""

from __future__ import annotations

import re

from pipeline.extract._lexicon import CAPITALS, CITIES

__all__ = ["past_pair"]

_MORE_PLACES = frozenset(
    [
        "brussels",
        "rome",
        "vienna",
        "helsinki",
        "istanbul",
        "budapest",
        "prague",
        "madrid",
        "stockholm",
        "oslo",
        "copenhagen",
        "riga",
        "vilnius",
        "tallinn",
        "bratislava",
        "bucharest",
        "sofia",
        "athens",
        "lisbon",
        "dublin",
        "amsterdam",
        "hague",
        "geneva",
        "bern",
        "munich",
        "hamburg",
        "frankfurt",
        "dresden",
        "strasbourg",
        "luxembourg",
        "chisinau",
        "tbilisi",
        "baku",
        "yerevan",
        "new",
        "delhi",
        "cairo",
        "doha",
        "riyadh",
        "dubai",
        "abu",
        "dhabi",
    ]
)
_PAIR = re.compile(
    r"(?P<first>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? [A-Z]"
)


def _place(name: str) -> bool:
    words = name.lower().split()
    return all(w in _MORE_PLACES or w in CITIES or w in CAPITALS for w in words)


def past_pair(text: str, pos: int) -> int:
    """The offset of the second place when ``text`` opens at ``pos`` with "A, B Subject"
    (A a known place), else ``pos``."""
    if text[pos : pos + 40].find(", ") < 0:
        return pos
    m = _PAIR.match(text, pos)
    if m is None or not _place(m.group("first")):
        return pos
    return m.end("first") + 2
