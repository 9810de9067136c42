"""Which sentence holds a body offset: one bisection over the document's sentence starts.

Dozens of passes ask this for every finding; a linear scan over the sentences made long
articles quadratic. The starts are remembered for the last document asked about (the
passes run one document at a time), held by identity so a new document is never mistaken
for the old one.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise

from pipeline.extract.model import Document

_SEEN: list[Document] = []
"""The document whose sentence starts :data:`_STARTS` holds."""
_STARTS: list[int] = []


def sentence_starts(doc: Document) -> list[int]:
    """The start offsets of ``doc``'s sentences (shared: callers must not mutate it)."""
    if not _SEEN or _SEEN[0] is not doc:
        _SEEN[:] = [doc]
        _STARTS[:] = [s.start for s in doc.sentences]
    return _STARTS


def sentence_of(doc: Document, pos: int) -> int:
    """Index of the sentence holding body offset ``pos``, -1 in a gap or outside."""
    i = bisect_right(sentence_starts(doc), pos) - 1
    return i if i >= 0 and pos < doc.sentences[i].end else -1


def disjoint(doc: Document) -> bool:
    """Whether ``doc``'s sentences come in body order and never overlap: then the one
    sentence holding an offset is the first in order that holds it, as a scan finds it."""
    sentences = doc.sentences
    return all(s.start <= s.end for s in sentences) and all(
        a.end <= b.start for a, b in pairwise(sentences)
    )
