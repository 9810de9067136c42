"""Round n38's air-defence revision: a vague share of a counted salvo named by its noun.

Real Israeli-army relays (the real6 page set) tell the outcome of a counted salvo as a
vague share of that very figure: "the army said it intercepted some of the approximately
65 launches", "most of the 20 launches were intercepted".  The written conventions make a
launch figure with an outcome stated without a number one interception (launched N,
intercepted null), not a strike; the earlier readers knew "some of the N rockets" but not
the Israeli army's noun "launches" nor the fronted "Most of the N ... were intercepted".

:func:`interceptions` adds the report when no interception of that launch is read yet;
:func:`strikes` drops a strike of the same count read from the same sentence.
"""

from __future__ import annotations

import re

from pipeline.extract._barestrike import bare_interception
from pipeline.extract._bodylits import body_has
from pipeline.extract._nlit import holding
from pipeline.extract._perdoc import per_document
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Approx, Document, Finding, Interception, Strike
from pipeline.extract.numbers import find_quantities

__all__ = ["interceptions", "strikes"]

_SHARE = r"(?:some|most|many|several|part|a\s+number|a\s+portion|the\s+majority|the\s+bulk)"
_QUAL = (
    r"(?:(?:about|some|around|roughly|nearly|almost|approximately|more\s+than|over|at\s+least|"
    r"up\s+to)\s+)?"
)
_NOUN = r"(?P<w>launches|rockets|missiles|projectiles|drones|UAVs)"
_DOWN = r"(?:intercepted|shot\s+down|downed|destroyed|neutrali[sz]ed)"
_DOWN_WORDS = ("intercepted", "shot", "downed", "destroyed", "neutrali")
"""Literals of :data:`_DOWN`: a sentence with none of them holds no reading."""
_VAGUE_OF = re.compile(
    r"\b"
    + _DOWN
    + r"\s+"
    + _SHARE
    + r"\s+of\s+the\s+(?P<q>"
    + _QUAL
    + r"[\w,.-]+)\s+"
    + _NOUN
    + r"\b"
    r"|\b(?:[Ss]ome|[Mm]ost|[Mm]any|[Ss]everal|[Pp]art|[Tt]he\s+majority)\s+of\s+the\s+"
    r"(?P<q2>" + _QUAL + r"[\w,.-]+)\s+(?P<w2>launches|rockets|missiles|projectiles|drones|UAVs)"
    r"\s+(?:\w+\s+){0,6}?(?:were|was|had\s+been|have\s+been)\s+" + _DOWN + r"\b"
)
"""A vague shoot-down share of a counted salvo: "intercepted some of the approximately 65
launches", "Most of the 20 launches were intercepted"."""


@per_document
def _reports(doc: Document) -> list[Interception]:
    out: list[Interception] = []
    cands = holding(doc, doc.body, _DOWN_WORDS)  # found once in the whole body
    for idx, sent in enumerate(doc.sentences):
        if idx not in cands or not any(w in sent.text for w in _DOWN_WORDS):
            continue
        for m in _VAGUE_OF.finditer(sent.text):
            q_text = m.group("q") or m.group("q2") or ""
            qs = [q for q in find_quantities(q_text) if q.total is None]
            if len(qs) != 1 or qs[0].value < 2:
                continue
            w = (m.group("w") or m.group("w2") or "").lower()
            approx: Approx = qs[0].approx
            start, end = sent.start + m.start(), sent.start + m.end()
            out.append(
                bare_interception(
                    doc,
                    start,
                    end,
                    "drone" if w in ("drones", "uavs") else "missile",
                    launched=qs[0].value,
                    intercepted=None,
                    approx=approx,
                    confidence=0.55,
                )
            )
    return out


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with the vague shares of counted salvos no reader made."""
    if not body_has(doc.body, " of the "):
        return found
    reps = _reports(doc)
    have = [f for f in found if isinstance(f, Interception)]
    new: list[Finding] = [
        r
        for r in reps
        if not any(
            f.launched == r.launched or f.evidence.start <= r.evidence.start < f.evidence.end
            for f in have
        )
    ]
    if not new:
        return found
    return sorted([*found, *new], key=lambda f: f.evidence.start)


def strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without a strike counting the salvo of a vague share in its sentence."""
    if not body_has(doc.body, " of the "):
        return found
    reps = _reports(doc)
    if not reps:
        return found
    idxs = {(sentence_of(doc, r.evidence.start), r.launched) for r in reps}
    return [
        f
        for f in found
        if not (
            isinstance(f, Strike)
            and f.weapon in ("rocket", "missile", "drone", "other")
            and (sentence_of(doc, f.evidence.start), f.count) in idxs
        )
    ]
