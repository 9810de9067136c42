"""Paragraph context a strike reading asks of the document: the paragraph's text, the
actor an earlier sentence names, and whether a hit count is part of a launch just read.

Split from :mod:`pipeline.extract.strikes` (at its size limit): these look at other
sentences, not at the figure's own clause.
"""

from __future__ import annotations

from pipeline.extract import _places
from pipeline.extract.model import Document, Finding, Strike

_PRONOUN_REACH = 3
"""How many sentences back a pronoun subject's actor may be named."""


def paragraph_text(doc: Document, idx: int) -> str:
    """The text of sentence ``idx``'s paragraph."""
    para = doc.sentences[idx].paragraph
    return " ".join(s.text for s in doc.sentences if s.paragraph == para)


def earlier_actor(doc: Document, idx: int) -> str | None:
    """The actor the nearest earlier sentence of the paragraph names first."""
    para = doc.sentences[idx].paragraph
    for back in range(idx - 1, max(-1, idx - 1 - _PRONOUN_REACH), -1):
        if doc.sentences[back].paragraph != para:
            break
        found = _places.first_actor(doc.sentences[back].text)
        if found is not None:
            return found
    return None


def part_of_launch(out: list[Finding], idx: int, doc: Document, weapon: str, n: int) -> bool:
    """True when a strike of the same weapon with a larger count was just read in sentence
    ``idx`` or the one before: hits that are some of that launch."""
    lo = doc.sentences[max(0, idx - 1)].start
    return any(
        isinstance(f, Strike) and f.weapon == weapon and f.count > n and f.evidence.start >= lo
        for f in out[-4:]
    )
