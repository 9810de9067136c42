"""What the statement post-passes share: the statements of a finished finding list, the
sentences one of their shapes matches, and the statements they read themselves.

Several statement rounds (:mod:`pipeline.extract._postpasses`) walk the statements in
body order and hand the other findings back untouched, and scan the sentences for one
shape behind a cheap literal test; both are written once here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from pipeline.extract.model import Evidence, Finding, Sentence, Statement, StatementMode


def new_statement(
    text: str, start: int, speaker: str, mode: StatementMode, quote: str, cue: str
) -> Statement:
    """A statement a post-pass reads itself: evidence ``text`` at ``start`` (confidence .75,
    below the main reader's, as a later round's reading)."""
    return Statement(Evidence(text, start, start + len(text)), 0.75, speaker, mode, quote, cue)


def split(found: list[Finding]) -> tuple[list[Statement], list[Finding]]:
    """The statements of ``found`` in body order, and every other finding as it came."""
    statements = [f for f in found if isinstance(f, Statement)]
    others: list[Finding] = [f for f in found if not isinstance(f, Statement)]
    statements.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return statements, others


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
