"""Round c75's tolls of an earlier attack dated relative to the news (helper h_gen_c75,
``dev_numeric124``), asked by :mod:`pipeline.extract._c75cas`.

Real pages (studied, never copied; real24, real28) recall the previous attack's toll in a
sentence dated back from the story's own day. The conventions make an earlier attack's toll
background ("an earlier attack dated to a day ... is background"). Examples are this
module's own words: "The same town was hit a day earlier, wounding four people", "Three days
before the strike, a drone killed two residents"; "shelling killed one man over the previous
day" is not (a daily report's "over the previous day" is the news), nor "received eight
injured a day earlier" with no "similar / same / another / separate" attack named. A sentence
that also tells an update or the news day ("today", "now") keeps its toll.

Gated on the literal "day" and "earlier" or "before".
"""

from __future__ import annotations

import re

from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding

__all__ = ["revise"]

# dated back from the story's own attack: "two days before the strike"
_BEFORE = re.compile(
    r"\b(?:a|one|two|three|four|five|six|several|\d+)\s+days?\s+before\s+(?:the|that)\s+"
    r"(?:strike|attack|shelling|bombing|raid)\b",
    re.IGNORECASE,
)
# "a day earlier" marks another attack only beside "similar / same / another / separate"
# (a daily report's "received eight injured a day earlier" is the news)
_EARLIER = re.compile(
    r"\b(?:a|one|two|three|four|five|six|several|\d+)\s+days?\s+earlier\b", re.IGNORECASE
)
_OTHER = re.compile(r"\b(?:similar|same|another|separate)\b", re.IGNORECASE)
_NOW = re.compile(
    r"\b(?:today|tonight|now|risen|rose|raising|toll|on\s+(?:this|that)\s+day)\b", re.IGNORECASE
)


def _prior(doc: Document, c: Casualty) -> bool:
    i = sentence_of(doc, c.evidence.start)
    text = doc.sentences[i].text if i >= 0 else c.evidence.text
    if "day" not in text:
        return False
    if _NOW.search(text) is not None:
        return False
    if _BEFORE.search(text) is not None:
        return True
    return _EARLIER.search(text) is not None and _OTHER.search(text) is not None


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Drop the tolls of an attack dated a day or days before the story's."""
    body = doc.body
    if "day" not in body or ("earlier" not in body and "before" not in body):
        return found
    return [f for f in found if not (isinstance(f, Casualty) and _prior(doc, f))]
