"""The region a regional body belongs to when its own sentence names none.

Wire copy names the region once ("drones over the Odesa region", "over Sumy Oblast") and
then writes "the regional administration" or "the regional prosecutor's office". Only a
region named as one counts (a city name alone is no region: earlier sets label "shelling of
Kherson, the regional administration said" unqualified), and only in the same or the
previous paragraph, so a roundup's earlier oblast does not leak into the next one. Kept
apart from :mod:`pipeline.extract._roles` (near its size limit); it runs only for a
regional body left unqualified by its phrase and sentence, so it costs nothing per sentence.
"""

from __future__ import annotations

import re

from pipeline.extract import _lexicon as lex

_PLACE = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+"
_REGION_RE = re.compile(
    rf"(?<![\w-])(?:(?P<a>{_PLACE})[ \t]+(?:[Rr]egion|[Oo]blast|[Pp]rovince)(?![\w-])"
    rf"|(?:region|oblast|province)[ \t]+of[ \t]+(?P<b>{_PLACE}))"
)
_NOT_PLACES = lex.words("The A An In On At Of Its Their Russian Ukrainian")
_WINDOW = 800
"""How far back (characters) the region is looked for."""


def _bare(word: str) -> str:
    return word.split("’")[0].split("'")[0]


def region_of(before: str) -> str | None:
    """The region named last in ``before`` (the text before the body), looking back no
    further than the previous paragraph."""
    text = before[-_WINDOW:]
    cut = text.rfind("\n\n")
    if cut > 0:
        cut = text.rfind("\n\n", 0, cut)
    found: str | None = None
    for m in _REGION_RE.finditer(text, max(0, cut)):
        name = _bare(m.group("a") or m.group("b"))
        if name not in _NOT_PLACES and name.lower() not in lex.COUNTRIES:
            found = name
    return found
