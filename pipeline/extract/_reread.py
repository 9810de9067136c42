"""One sentence read again through the whole extractor, with that sentence changed.

Statement rounds 65 and 67 recover a statement by simplifying one sentence (a dateline
dropped, a name put for a role description, one of two speakers kept) and asking the whole
reader what it reads there now, so speaker naming stays the reader's own. Each such reading
is a whole extraction, so it is bounded in one place:

- never nested: passes ask :func:`nested` and leave the text alone inside a re-reading;
- at most ``MAX_PER_DOCUMENT`` per document (:func:`new_document` resets the count);
- over a window of the body around the sentence (``BEFORE`` characters of context for its
  speakers' earlier mentions, ``AFTER`` for a quotation running on), so a long body with
  many such sentences costs a few small extractions, not one extraction of the body apiece.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from pipeline.extract._found import new_statement
from pipeline.extract.model import Document, Sentence, Statement

__all__ = ["MAX_PER_DOCUMENT", "nested", "new_document", "statements_in"]

MAX_PER_DOCUMENT = 4
BEFORE = 8000
AFTER = 2000
_depth = [0]
_left = [MAX_PER_DOCUMENT]


def nested() -> bool:
    """True inside a re-reading: the passes that re-read leave such text alone."""
    return _depth[0] > 0


def new_document() -> None:
    """A fresh budget of re-readings for the document about to be revised."""
    if not _depth[0]:
        _left[0] = MAX_PER_DOCUMENT


def left() -> int:
    """Re-readings the current document may still make."""
    return _left[0]


def statements_in(
    doc: Document, sentence: Sentence, text: str, verbatim: bool = True
) -> list[Statement]:
    """The statements the whole extractor reads in ``sentence`` once it is ``text``, as
    statements of the original sentence (their quotes verbatim in it unless not
    ``verbatim``: a probe for the speaker alone); nothing once the budget is spent."""
    from pipeline.extract import extract  # the package imports the passes: read late

    if _left[0] <= 0 or _depth[0]:
        return []
    _left[0] -= 1
    body, sentences = doc.body, doc.sentences
    starts = [s.start for s in sentences]
    first = sentences[bisect_left(starts, sentence.start - BEFORE)].start
    after = bisect_right(starts, sentence.end + AFTER) - 1
    last = max(sentences[after].end, sentence.end) if after >= 0 else sentence.end
    _depth[0] += 1
    try:
        found = extract(body[first : sentence.start] + text + body[sentence.end : last])
    finally:
        _depth[0] -= 1
    start = sentence.start - first
    end = start + len(text)
    return [
        new_statement(sentence.text, sentence.start, f.speaker, f.mode, f.quote, f.cue or "")
        for f in found
        if isinstance(f, Statement)
        and start <= f.evidence.start < end
        and f.quote
        and (f.quote in sentence.text or not verbatim)
    ]
