"""What the statement post-passes share: the statements of a finished finding list, the
sentences one of their shapes matches, and the statements they read themselves.

Several statement rounds (:mod:`pipeline.extract._postpasses`) walk the statements in
body order and hand the other findings back untouched, scan the sentences for one
shape behind a cheap literal test, or rename each statement on its own; all are written
once here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from operator import attrgetter

from pipeline.extract.model import Evidence, Finding, Sentence, Statement, StatementMode


def new_statement(
    text: str, start: int, speaker: str, mode: StatementMode, quote: str, cue: str
) -> Statement:
    """A statement a post-pass reads itself: evidence ``text`` at ``start`` (confidence .75,
    below the main reader's, as a later round's reading)."""
    return Statement(Evidence(text, start, start + len(text)), 0.75, speaker, mode, quote, cue)


_SPAN = attrgetter("evidence.start", "evidence.end")
"""A finding's (start, end): the sort key of :func:`split` (no Python-level lambda call)."""


def split(found: list[Finding]) -> tuple[list[Statement], list[Finding]]:
    """The statements of ``found`` in body order, and every other finding as it came."""
    statements = [f for f in found if isinstance(f, Statement)]
    others: list[Finding] = [f for f in found if not isinstance(f, Statement)]
    statements.sort(key=_SPAN)
    return statements, others


def renamed(found: list[Finding], pick: Callable[[Statement], str | None]) -> list[Finding]:
    """``found`` with each statement renamed to ``pick``'s name for it (None or its own
    name: kept as it is), every other finding in its place; ``found`` itself when no
    statement was renamed. ``pick`` sees each statement alone, in list order."""
    out: list[Finding] = []
    changed = False
    for f in found:
        if isinstance(f, Statement):
            name = pick(f)
            if name is not None and name != f.speaker:
                f = replace(f, speaker=name)
                changed = True
        out.append(f)
    return out if changed else found


def matching(
    sentences: Sequence[Sentence], literal: str, find: Callable[[str], re.Match[str] | None]
) -> Iterator[tuple[Sentence, re.Match[str]]]:
    """Each sentence holding ``literal`` that ``find`` (a pattern's search or match) matches."""
    for sentence in sentences:
        text = sentence.text
        if literal not in text:
            continue
        m = find(text)
        if m is not None:
            yield sentence, m


def holding(statements: Iterable[Statement]) -> Callable[[Sentence], bool]:
    """A test of whether a sentence overlaps the evidence of one of ``statements`` (two
    bisections over their sorted starts and ends, not a scan)."""
    spans = [s.evidence for s in statements]
    ends = sorted(e.end for e in spans)
    starts = sorted(e.start for e in spans)

    def held(sentence: Sentence) -> bool:
        """True when a statement's evidence overlaps the sentence."""
        return bisect_right(starts, sentence.end - 1) - bisect_right(ends, sentence.start) > 0

    return held


def hit_sentences(sentences: Sequence[Sentence], hits: Iterable[int]) -> list[int]:
    """The indices, in body order and once each, of the sentences holding an offset of
    ``hits`` (an offset before the first sentence has none)."""
    firsts = [x.start for x in sentences]
    return sorted({bisect_right(firsts, at) - 1 for at in hits} - {-1})
