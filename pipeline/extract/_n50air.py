"""Round n50's air-defence readings (h_fix_n50), from real front-line and cross-border copy.

- "Around 50 rockets launched from Lebanon within 15 minutes struck ..., adding some of them
  were intercepted" is a launch with an outcome without a number (launched N, intercepted
  null; the written `dev_numeric49` call), however long the clause between;
- "air defences failed to stop only four drones" counts what got through, no shoot-down:
  the launch keeps an outcome without a number, and a later "The air force said that 359
  drones were shot down" by the same reporter answers that launch (363/359);
- a ticker "Update: the air force now says 40 of the 44 drones were shot down" restates the
  story's report of the same launch: one record, the update's.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract._barestrike import bare_launch, merged, one_count
from pipeline.extract._n50shape import failed_stops, update_sentences, vague_launches
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Interception

__all__ = ["interceptions"]


def _in(doc: Document, found: list[Finding], idx: int) -> list[int]:
    return [
        i
        for i, f in enumerate(found)
        if isinstance(f, Interception) and sentence_of(doc, f.evidence.start) == idx
    ]


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after the readings of the module docstring."""
    out = list(found)
    new: list[Finding] = []
    for vague in vague_launches(doc):
        q = one_count(vague.figure)
        here = [out[i] for i in _in(doc, out, vague.sentence)]
        if q is None or any(isinstance(f, Interception) and f.launched == q.value for f in here):
            continue
        new.append(bare_launch(doc, vague.start, vague.end, vague.drone, None, q))
    for idx, got, lnc in failed_stops(doc):
        g = one_count(got)
        q = one_count(lnc.figure) if lnc is not None else None
        if g is None:
            continue
        seen = False
        for i in _in(doc, out, idx) + (_in(doc, out, lnc.sentence) if lnc else []):
            f = out[i]
            assert isinstance(f, Interception)
            if q is not None and f.launched == q.value:
                seen = True
                if f.intercepted == g.value:
                    out[i] = replace(f, intercepted=None, all_intercepted=False)
                    _answer(doc, out, i)
                    break
        if not seen and lnc is not None and q is not None:
            new.append(bare_launch(doc, lnc.start, lnc.end, lnc.drone, None, q))
    for idx in update_sentences(doc):
        here = [out[i] for i in _in(doc, out, idx)]
        keys = {(f.weapon, f.launched) for f in here if isinstance(f, Interception) and f.launched}
        start = doc.sentences[idx].start
        out = [
            f
            for f in out
            if not (
                isinstance(f, Interception)
                and f.evidence.start < start
                and (f.weapon, f.launched) in keys
            )
        ]
    return merged(out, new)


def _answer(doc: Document, out: list[Finding], at: int) -> None:
    """Pair the launch at ``at`` with a later shoot-down of its weapon by its reporter."""
    launch = out[at]
    assert isinstance(launch, Interception)
    if launch.launched is None:
        return
    said = doc.sentences[sentence_of(doc, launch.evidence.start)].text
    for i in range(len(out)):
        f = out[i]
        if (
            isinstance(f, Interception)
            and f.evidence.start > launch.evidence.end
            and f.launched is None
            and f.intercepted is not None
            and f.intercepted < launch.launched
            and f.weapon == launch.weapon
            and f.reported_by is not None
            and (f.reported_by == launch.reported_by or f.reported_by in said)
        ):
            out[at] = replace(launch, intercepted=f.intercepted, evidence=f.evidence)
            del out[i]
            return
