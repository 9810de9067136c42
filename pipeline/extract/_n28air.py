"""Round n28's air-defence readings: outcomes stated without a shoot-down figure.

Two outcome forms of translated copy turn a launch figure into an air-defence report
(one interception, not a strike), though no figure of shot-down weapons is given:

- the missiles got through: "..., while the missiles had reached their targets, it was
  said", "the missiles, according to the same source, have reached their objectives",
  "None of them could be intercepted" - an interception of the missiles launched with
  ``intercepted`` 0 (the launch may be a sentence or two before, in the same paragraph);
- a quoted share: "of which «the majority» were intercepted" - an interception with the
  launch figure only, as the plain "most were intercepted" already is.

:func:`reports` finds them once per document; :mod:`pipeline.extract.interceptions` adds
them (:func:`revise`) and :mod:`pipeline.extract.strikes` drops the strikes their launch
figures made (:func:`unstruck`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import (
    _n29air,
    _n30bg,
    _n32air,
    _n33air,
    _n34air,
    _n37air,
    _n38air,
    _n39air,
    _n41air,
    _n43strike,
    _n44strike,
    _n46air,
    _n49air,
    _n50air,
    _n52air,
    _n54strike,
    _n55air,
    _n57air,
    _n58air,
    _n60air,
    _n61air,
    _n62air,
    _n66air,
    _n67air,
    _n69air,
    _n71air,
    _n73air,
    _n75air,
    _n77air,
    _n78air,
)
from pipeline.extract._barestrike import bare_launch
from pipeline.extract._bodylits import body_has
from pipeline.extract._nlit import lowered
from pipeline.extract._numsource import report_source
from pipeline.extract.model import Document, Finding, Interception, Strike
from pipeline.extract.numbers import find_quantities
from pipeline.extract.speakers import Speakers
from pipeline.extract.weapons import find_models

__all__ = ["MISSILE_AFTER", "launch", "reports", "revise", "unstruck"]

_GOT_THROUGH = re.compile(
    r"(?<!of\s)\b(?:(?:the|all|both|these|those)(?:\s+[\w-]+)?\s+(?:(?:ballistic|cruise|guided|hypersonic)"
    r"\s+)?missiles?\b(?:,\s*according\s+to\s+[^,]{3,40},)?\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:reached|hit|struck)\s+their\s+(?:targets?|objectives?)"
    r"|\bnone\s+of\s+them\s+(?:could\s+be|was|were|had\s+been|has\s+been)\s+"
    r"(?:intercepted|shot\s+down))",
    re.I,
)
_MAJORITY = re.compile(
    r"\bof\s+which\s+[«\"“]\s*the\s+(?:majority|most)\s*[»\"”]\s+(?:were|was|have\s+been|had\s+been)"
    r"\s+(?:intercepted|shot\s+down|destroyed)",
    re.I,
)
_MISSILE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:missiles?)\b(?:\s+of\s+the\s+type)?", re.I)
MISSILE_AFTER = _MISSILE_AFTER
_ROCKET_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:rockets?|projectiles?|missiles?)\b", re.I)
_DRONE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?drones?\b", re.I)

_SAME_SOURCE = re.compile(
    r"\baccording\s+to\s+the\s+same\s+source\b|\bthe\s+same\s+source\s+(?:said|added)", re.I
)
_DOWNED = re.compile(
    r"(?P<n>\d[\d,.]*)\s+(?:(?:attack|combat|enemy)\s+)?drones\s+(?:were|had\s+been|have\s+been)\s+"
    r"(?:shot\s+down|destroyed|neutrali[sz]ed|intercepted)",
    re.I,
)

_SEEN: list[object] = []
_FOUND: list[tuple[int, int, Interception]] = []  # (sentence, figure offset, report)


def reports(doc: Document) -> list[tuple[int, int, Interception]]:
    """(sentence, body offset of the launch figure, interception) of both forms in ``doc``."""
    if _SEEN and _SEEN[0] is doc:
        return list(_FOUND)
    found: list[tuple[int, int, Interception]] = []
    low = lowered(doc)  # the document's one lower-cased copy, its literals found at once
    if (
        body_has(low, "their")
        or body_has(low, "same source")
        or body_has(low, "none of them")
        or body_has(low, "majority")
        or body_has(low, "most")
    ):
        for idx, sent in enumerate(doc.sentences):
            cues = _cues(sent.text)
            m = _GOT_THROUGH.search(sent.text) if cues[0] else None
            if m is not None:
                hit = _launch(doc, idx, m.start(), _MISSILE_AFTER, "missile")
                if hit is not None:
                    found.append((hit[0], hit[1], replace(hit[2], intercepted=0)))
            m = _DOWNED.search(sent.text) if cues[1] else None
            if m is not None and _SAME_SOURCE.search(sent.text[: m.start()]) and idx > 0:
                hit = _launch(doc, idx - 1, 10**6, _DRONE_AFTER, "drone", True)
                n = int(m.group("n").replace(",", "").replace(".", ""))
                if hit is not None and hit[2].launched is not None and hit[2].launched > n:
                    found.append((hit[0], hit[1], replace(hit[2], intercepted=n)))
            m = _MAJORITY.search(sent.text) if cues[2] else None
            if m is not None:
                hit = _launch(doc, idx, m.start(), _ROCKET_AFTER, "missile")
                hit = hit or _launch(doc, idx, m.start(), _DRONE_AFTER, "drone")
                if hit is not None and hit[0] == idx:
                    found.append(hit)
    _SEEN[:] = [doc]
    _FOUND[:] = found
    return list(found)


def _cues(text: str) -> tuple[bool, bool, bool]:
    """Whether ``text`` may hold a match of :data:`_GOT_THROUGH` ("their" / "none"),
    :data:`_DOWNED` ("drones") and :data:`_MAJORITY` ("which"): cheap literal tests that
    spare three case-blind scans of most sentences. Non-ASCII text, where a case-blind
    letter may lower-case to something else, is always scanned."""
    if not text.isascii():
        return True, True, True
    low = text.lower()
    return "their" in low or "none" in low, "drones" in low, "which" in low


def launch(
    doc: Document, idx: int, before: int, noun: re.Pattern[str], weapon: str
) -> tuple[int, int, Interception] | None:
    """:func:`_launch` for round n29's readers."""
    return _launch(doc, idx, before, noun, weapon)


def _launch(
    doc: Document,
    idx: int,
    before: int,
    noun: re.Pattern[str],
    weapon: str,
    anywhere: bool = False,
) -> tuple[int, int, Interception] | None:
    """The nearest launch figure of ``noun`` before the outcome, in its sentence or the two
    before it in the same paragraph (or any paragraph after "according to the same
    source", which ties the outcome to the report before it)."""
    para = doc.sentences[idx].paragraph
    anywhere = anywhere or _SAME_SOURCE.search(doc.sentences[idx].text[:before]) is not None
    for k in (idx, idx - 1, idx - 2):
        if k < 0 or (doc.sentences[k].paragraph != para and not anywhere):
            return None
        sent = doc.sentences[k]
        stop = min(before, len(sent.text)) if k == idx else len(sent.text)
        for q in reversed(find_quantities(sent.text[:stop])):
            if q.total is not None:
                continue
            m = noun.match(sent.text, q.end)
            if m is None:
                continue
            tail = sent.text[q.start : min(len(sent.text), m.end() + 30)]
            models = [mod for mod, _, _ in find_models(tail) if mod.category == weapon]
            start = sent.start + q.start
            end = sent.start + m.end()
            model = models[0].name if models else None
            launch = bare_launch(doc, start, end, weapon == "drone", model, q)
            return k, sent.start + q.num_start, launch
    return None


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the reports of both forms the earlier readers did not make."""
    new = reports(doc)
    if not new:
        return _later(doc, speakers, found)
    out = list(found)
    for idx, _, rep in new:
        same = [
            i
            for i, f in enumerate(out)
            if isinstance(f, Interception)
            and f.launched == rep.launched
            and f.weapon == rep.weapon
            and abs(f.evidence.start - rep.evidence.start) < 400
        ]
        if same:
            old = out[same[0]]
            if isinstance(old, Interception) and old.intercepted is None:
                out[same[0]] = replace(old, intercepted=rep.intercepted)
            continue  # the report is read already
        half = [
            i
            for i, f in enumerate(out)
            if isinstance(f, Interception)
            and f.launched is None
            and f.intercepted == rep.intercepted
            and f.weapon == rep.weapon
            and 0 < f.evidence.start - rep.evidence.start < 600
        ]
        if half:  # "According to the same source, 98 drones were shot down": the launch's
            old = out[half[0]]
            if isinstance(old, Interception):
                out[half[0]] = replace(old, launched=rep.launched, weapon_model=rep.weapon_model)
            continue
        by = report_source(doc, idx, speakers) or speakers.reported_by(idx)
        out.append(rep if by is None else replace(rep, reported_by=by))
    out.sort(key=lambda f: f.evidence.start)
    return _later(doc, speakers, out)


def _later(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` through the later rounds' revisions of the air-defence figures."""
    found = _n30bg.drop(doc, _n29air.revise(doc, speakers, found))
    found = _n33air.interceptions(doc, _n32air.revise(doc, speakers, found))
    found = _n37air.interceptions(doc, _n34air.interceptions(doc, found))
    found = _n41air.interceptions(
        doc, _n39air.interceptions(doc, _n38air.interceptions(doc, found))
    )
    found = _n44strike.interceptions(doc, _n43strike.interceptions(doc, found))
    found = _n50air.interceptions(
        doc, _n49air.interceptions(doc, _n46air.interceptions(doc, found))
    )
    found = _n55air.interceptions(
        doc, _n54strike.interceptions(doc, _n52air.interceptions(doc, found))
    )
    found = _n57air.interceptions(doc, found)  # h_fix_n57: a launch total split by kind
    found = _n58air.interceptions(doc, found)  # h_fix_n58: first claims, earlier incidents
    found = _n60air.interceptions(doc, found)  # h_fix_n60: a rounded tally restated exactly
    found = _n61air.interceptions(doc, found)  # h_fix_n61: listed rocket-system shoot-downs
    found = _n62air.interceptions(doc, found)  # h_fix_n62: late-answered launches, Shahed 136
    found = _n66air.interceptions(doc, found)  # h_fix_n66: vague outcome clauses
    found = _n67air.interceptions(doc, found)  # h_fix_n67: counted sea-drone shoot-downs
    found = _n69air.interceptions(doc, found)  # h_gen_n69: ordinal / deflected outcomes, ranges
    found = _n71air.interceptions(doc, found)  # h_gen_n71: model digits, few of the N
    found = _n73air.interceptions(doc, found)  # h_gen_n73: quantified shares of a salvo
    found = _n75air.interceptions(doc, found)  # h_gen_n75: capability clauses, subsets
    found = _n77air.interceptions(doc, found)  # h_gen_n77: region shares of a total
    return _n78air.interceptions(doc, found)  # h_gen_n78: late combined / noun outcomes


def unstruck(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the strikes made of the launch figures of :func:`reports`."""
    new = reports(doc)
    if not new:
        return found
    offsets = {at: rep.launched for _, at, rep in new}
    return [
        f
        for f in found
        if not (
            isinstance(f, Strike)
            and any(
                f.evidence.start <= at < f.evidence.end and f.count == n
                for at, n in offsets.items()
            )
        )
    ]
