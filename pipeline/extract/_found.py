"""The statements of a finished finding list, for the post-passes that re-read them.

Several statement rounds (:mod:`pipeline.extract._postpasses`) walk the statements in
body order and hand the other findings back untouched; this is that split, written once.
"""

from __future__ import annotations

from pipeline.extract.model import Finding, Statement


def split(found: list[Finding]) -> tuple[list[Statement], list[Finding]]:
    """The statements of ``found`` in body order, and every other finding as it came."""
    statements = [f for f in found if isinstance(f, Statement)]
    others: list[Finding] = [f for f in found if not isinstance(f, Statement)]
    statements.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return statements, others
