"""Linked headlines standing in the middle of a scraped story: no events.

Ukrinform, UNN and Censor.NET pages set links to related stories between the paragraphs
of a report, and a scrape keeps only the link's words, often with the link's own anchor
lost ("Russian forces fire 318 shells atregion in past day, civilian injured"). Such a
line is a paragraph of one sentence with no closing punctuation, told between two prose
paragraphs: a headline of another story, whose figures are no events (README: "a wire
headline's figure ... is no event", "a ticker or kicker headline's figures are no
events"). The article's own headline and a standfirst at the top (before any prose
paragraph) are left to the readers, which already weigh them against the body.
"""

from __future__ import annotations

from pipeline.extract._bodylits import body_has
from pipeline.extract._headlines import titles
from pipeline.extract._perdoc import per_document
from pipeline.extract.model import Document, Finding

_CLOSED = (".", "!", "?", "”", '"', "’", "»", ")", "…")
_MAX = 140


@per_document
def spans(doc: Document) -> list[tuple[int, int]]:
    """The (start, end) offsets of the linked headlines between prose paragraphs."""
    sents = doc.sentences
    if len(sents) < 3 or sents[-1].paragraph == sents[0].paragraph:
        return []
    out: list[tuple[int, int]] = []
    for i in sorted(titles(doc)):
        if i < 1 or i >= len(sents) - 1:
            continue
        s, prev, nxt = sents[i], sents[i - 1], sents[i + 1]
        if len(s.text) > _MAX or s.text.rstrip().endswith((":", *_CLOSED)):
            continue
        if not prev.text.rstrip().endswith(_CLOSED):
            continue  # the story's own headline or standfirst at the top
        if not nxt.text.rstrip().endswith(_CLOSED):
            continue  # a run of headings (a page's link list, a section heading)
        if any(c.isdigit() for c in s.text):
            out.append((s.start, s.end))
    return out


def drop(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the events read from linked headlines inside the story."""
    if not body_has(doc.body, "\n"):
        return found
    cut = spans(doc)
    if not cut:
        return found
    return [f for f in found if not any(a <= f.evidence.start < b for a, b in cut)]
