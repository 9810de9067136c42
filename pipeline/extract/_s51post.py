"""Statement round 51 (``dev_statements77``): real wire copy re-read after every other pass.

The round worked from the statement errors on real agency pages, read as mechanisms:
speaker names of bodies and officials in real wording (:mod:`pipeline.extract._s51names`)
and agency source lines and restated headlines (:mod:`pipeline.extract._s51frames`).

Tried and left out (they lowered measured sets): a quoted fragment inside an inverted or
plain "said" clause read as the whole clause, indirect (the dev sets label the fragment a
partial), and "C, it added." continuing the statement just before it.
"""

from __future__ import annotations

from pipeline.extract import _s51frames, _s51names
from pipeline.extract._found import split
from pipeline.extract.model import Document, Finding
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's speakers, source lines and headlines re-read."""
    statements, others = split(found)
    if not statements:
        return found
    revised = _s51frames.reframed(doc, speakers, statements)
    revised = _s51names.renamed(doc, speakers, revised)
    if revised == statements:
        return found
    return [*others, *revised]
