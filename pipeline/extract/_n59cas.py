"""Round n59's casualty revision (helper h_fix_n59, ``dev_numeric108``), the outermost call
of :func:`pipeline.extract._n28cas.revise`.

The real-text set ``real14`` (studied, never copied) showed a headline toll ("Two dead and
five wounded: troops attacked 19 settlements ...") told again paragraphs below in other
words ("2 people died and 5 more were injured") where the two readings name the place at
different grain ("X region" in the headline, "X" after a list of shelled places): the
equal-record merge compares places, so both stayed. By the conventions a headline in a
line of its own whose figures the story restates gives no record of its own, so the
headline's record is dropped when a later casualty of the same group states the same
killed and injured figures (the story's telling keeps its reporter).

Gated on the body having a first line break; one dict of the body's tolls, no scan of
every pair of findings.
"""

from __future__ import annotations

from pipeline.extract.model import Casualty, Document, Finding

__all__ = ["revise"]

_TERMINAL = (".", "!", "?", "”", '"', "»", ")", "…")
_HEAD_MAX = 200
"""A longer first line is prose, not a headline."""


def _head_end(body: str) -> int:
    """End of the body's first line when it reads as a headline, else -1."""
    end = body.find("\n")
    if end <= 0 or end > _HEAD_MAX:
        return -1
    line = body[:end].rstrip()
    if not line or line.endswith(_TERMINAL):
        return -1
    return end


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Drop a headline's toll that a later casualty of the same group restates."""
    end = _head_end(doc.body)
    if end < 0:
        return found
    heads = [
        f
        for f in found
        if isinstance(f, Casualty) and f.evidence.end <= end and f.approx == "exact"
    ]
    if not heads:
        return found
    later: set[tuple[str, int | None, int | None]] = {
        (f.group, f.killed, f.injured)
        for f in found
        if isinstance(f, Casualty) and f.evidence.start > end
    }
    drop = {
        id(f)
        for f in heads
        if f.killed is not None
        and f.injured is not None
        and (f.group, f.killed, f.injured) in later
    }
    if not drop:
        return found
    return [f for f in found if id(f) not in drop]
