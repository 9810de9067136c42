"""The capital of a glued one-place dateline, for "the Defence Ministry" (statement round 27).

German online copy (and the shared sample's layout) opens its first copy paragraph with the
place it was filed from glued to the lead sentence, no comma and no dash: "Berlin The
Bundestag has approved ...". :mod:`pipeline.extract._ministers` placed "the Defence
Ministry" after "Defence Minister NAME" by an upper-case wire dateline only ("BERLIN, Nov 27
(Newswire) -"), so such an article's ministry stayed unqualified, a form no set labels
(``dev_articles58`` art58-04: "German Defence Ministry"). :func:`glued_capital` reads the
glued form: a paragraph among the first few that opens with a capital city and then another
capitalised word (:mod:`pipeline.extract._s27places` uses it for "the Defence Ministry").
"""

from __future__ import annotations

import re

from pipeline.extract._roles import CAPITALS

__all__ = ["glued_capital"]

_GLUED = re.compile(r"(?:^|\n\n)(?P<c>[A-Z][a-z]+)[ \t]+(?=[A-Z][a-z]*[ \t])")
_HEAD = 900
"""How far into the body (characters) the dateline may stand: after the page furniture."""


def glued_capital(body: str) -> str | None:
    """The country of "Berlin The Bundestag ..." (a paragraph opening with a capital glued
    to its first sentence) in the head of ``body``, else None."""
    for m in _GLUED.finditer(body, 0, _HEAD):
        country = CAPITALS.get(m.group("c").lower())
        if country is not None:
            return country
    return None
