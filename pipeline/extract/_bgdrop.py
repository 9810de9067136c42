"""Dropping numeric findings read from a background part of their sentence.

Two background rounds (``_n30bg``, ``_n32bg``) each find, per sentence, the span that
tells background ("..., which had killed 12 people last year") rather than news; the
findings whose evidence starts inside that span go. The walk is the same for both: one
span computation per sentence, findings of other kinds and findings in gaps kept.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding, Interception, Sentence, Strike

__all__ = ["drop_background"]

NumericFinding = Strike | Interception | Casualty


def drop_background(
    doc: Document,
    found: list[Finding],
    span_of: Callable[[int], tuple[int, int] | None],
    also: Callable[[Sentence, NumericFinding], bool] | None = None,
) -> list[Finding]:
    """``found`` without the numeric findings starting inside ``span_of(index)`` of their
    sentence (offsets into the sentence text), nor those ``also`` rejects."""
    spans: dict[int, tuple[int, int] | None] = {}
    kept: list[Finding] = []
    for f in found:
        if isinstance(f, (Strike, Interception, Casualty)):
            idx = sentence_of(doc, f.evidence.start)
            if idx >= 0:
                sent = doc.sentences[idx]
                if idx not in spans:
                    spans[idx] = span_of(idx)
                span = spans[idx]
                if (
                    span is not None
                    and sent.start + span[0] <= f.evidence.start < sent.start + span[1]
                ):
                    continue
                if also is not None and also(sent, f):
                    continue
        kept.append(f)
    return kept if len(kept) != len(found) else found
