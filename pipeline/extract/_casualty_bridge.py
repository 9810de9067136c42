"""A toll split over two sentences with a sentence between them that states no harm of its own.

Translated copy tells a toll, then who reported it, then the other harm: "At least four
people were killed. This was reported by the regional military administration. In
addition, 17 people were injured". The casualty reader completes a record only from the
very next sentence (:mod:`pipeline.extract._casualty_link`); this pass lets that test look
past one bridging sentence of the same paragraph that is an attribution with no clause of
its own ("This was reported by X.", "X announced this on Telegram.", "So said the mayor.").
Everything else the completion needs (one kind each, same people, no other place or attack,
an opening that names no other incident) is :func:`_casualty_link.completes`'s own test.
A superseded figure between the two ("Previously, six dead had been reported.") bridges
nothing: ``dev_numeric29`` (dnum29-004) labels the toll after it a record of its own.

Split from :mod:`pipeline.extract.casualties` (at its size limit); it runs on the records
that module found, before the update pass.
"""

from __future__ import annotations

import re

from pipeline.extract import _casualty_link as link
from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import find_quantities

_SAID = r"(?:reported|announced|said|stated|confirmed|written|made\s+known|communicated)"
# "This was reported by the regional military administration.", "The governor announced
# this on Telegram.", "So said the mayor."
_ATTRIBUTION = re.compile(
    rf"\s*(?:(?:This|That|It)\s+(?:was|has\s+been|had\s+been|is)\s+{_SAID}\b[^.\d;:]{{0,90}}"
    rf"|[^.\d;:]{{1,80}}?\b(?:said|announced|reported|wrote|stated|confirmed)\s+(?:this|that|so)\b"
    r"[^.\d;:]{0,60}|So\s+said\s+[^.\d;:]{1,80})[.!]?\s*",
    re.IGNORECASE,
)
# A subgroup ("including two children", "six of them seriously") is never completed.
_SUBGROUP = re.compile(r"\s*(?:including|among|of\s+whom|[\w-]+\s+of\s+(?:them|the|those))\b", re.I)


def _bridge(text: str) -> bool:
    return _ATTRIBUTION.fullmatch(text) is not None


def _figure(text: str, offset: int, rec: Casualty) -> tuple[int, int, link.Kind, str, int] | None:
    """(start, end, kind, group, value) of the one-kind record ``rec`` in its sentence."""
    kind: link.Kind = "killed" if rec.killed is not None else "injured"
    value = rec.killed if rec.killed is not None else rec.injured
    lo, hi = rec.evidence.start - offset, rec.evidence.end - offset
    for q in find_quantities(text):
        if q.value == value and lo <= q.num_start < hi:
            return q.num_start, q.end, kind, rec.group, q.value
    return None


def bridged(doc: Document, out: list[Finding]) -> list[Finding]:
    """``out`` with a one-kind record folded into the other-kind record two sentences before
    it, when the sentence between bridges them (see the module doc)."""
    sents = doc.sentences
    if len(sents) < 3 or len(out) < 2:
        return out
    starts = [s.start for s in sents]

    def index_of(rec: Finding) -> int:
        pos = rec.evidence.start
        lo, hi = 0, len(starts)
        while lo < hi:  # the last sentence starting at or before pos
            mid = (lo + hi) // 2
            if starts[mid] <= pos:
                lo = mid + 1
            else:
                hi = mid
        return lo - 1

    where = [index_of(f) for f in out]
    drop: set[int] = set()
    for i in range(1, len(out)):
        rec, prev = out[i], out[i - 1]
        si, sp = where[i], where[i - 1]
        if not isinstance(rec, Casualty) or not isinstance(prev, Casualty) or si != sp + 2:
            continue
        if (rec.killed is None) == (rec.injured is None) or i - 1 in drop:
            continue
        if _SUBGROUP.match(prev.evidence.text) or (
            prev.group != rec.group and prev.group not in link._ANYONE
        ):
            continue
        if (
            sents[si].paragraph != sents[sp].paragraph
            or sents[si - 1].paragraph != sents[sp].paragraph
        ):
            continue
        if not _bridge(sents[si - 1].text):
            continue
        fig = _figure(sents[si].text, sents[si].start, rec)
        if fig is None:
            continue
        if link.completes(out, i - 1, sents[si].text, fig, sents[sp].text, True):
            drop.add(i)
    return [f for i, f in enumerate(out) if i not in drop] if drop else out
