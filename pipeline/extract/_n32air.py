"""Round n32's air-defence readings of real wire copy, run last (:func:`revise`).

Real Ukrainian, Israeli and agency pages showed shapes the earlier readers get wrong:

- a body sentence restating the lede's report with another spelling of the model ("17
  enemy Shahed-136/131 attack UAVs were destroyed" after "eliminated 17 out of 22 UAVs of
  the Shahed-136/131 type"): one report, the later copy goes;
- the launch told after the shoot-down: "destroyed 15 Shahed drones over the Kyiv, Poltava
  and Cherkasy regions. ... A total of 20 launches were recorded" (15 of 20);
- "Both the drone and the missile were intercepted": one of each, no count ("a drone" is
  none), never "all of 2";
- General Staff tallies "carried out two missile and 28 air strikes": strikes, not a
  missile shoot-down (:mod:`pipeline.extract._n32strike` adds the missile strike);
- "in what appears to be a challenge of Iron Dome's ability to intercept": no outcome;
- a launch with a vague outcome told as an absolute clause ("15 rockets were launched ...
  with some being intercepted") or after the IDF's "N projectiles were identified
  crossing from Lebanon" ("Most were intercepted" opening one of the next two sentences):
  one interception, launched N, intercepted null, not a strike (:func:`vague_reports`).

Background figures (:mod:`pipeline.extract._n32bg`) go too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _n31heads, _n32bg
from pipeline.extract._barestrike import bare_launch
from pipeline.extract._bodylits import body_has
from pipeline.extract._n25update import value
from pipeline.extract._nlit import holding, lowered
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Interception, Strike
from pipeline.extract.numbers import find_quantities
from pipeline.extract.speakers import Speakers

__all__ = ["revise", "unstruck", "vague_reports"]

_NUM = r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_TOTAL_LAUNCHES = re.compile(
    rf"\b(?:A\s+total\s+of|In\s+total,?|Total,?|Overall,?)\s+(?P<m>{_NUM})\s+"
    r"(?:[\w-]+\s+){0,2}?launches\s+(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:recorded|registered|detected|tracked)",
    re.I,
)
_BOTH = re.compile(r"^\W*Both\s+the\s+[\w-]+\s+and\s+the\s+[\w-]+\b", re.I)
_MISSILE_AND_AIR = re.compile(
    rf"\b{_NUM}\s+missile\s+and\s+{_NUM}\s+(?:air\s*strikes|airstrikes|air\s+raids)\b", re.I
)
_ABILITY = re.compile(
    r"\b(?:ability|capacity|capability|attempt|bid|effort)\s+to\s+(?:intercept|shoot\s+down)\b",
    re.I,
)
_OUTCOME = re.compile(
    r"\b(?:were|was|been|being)\s+(?:\w+\s+)?(?:intercepted|shot\s+down|downed|destroyed)\b", re.I
)
_WITH_SOME = re.compile(
    r"\bwith\s+(?:some|several|a\s+few|most|many)\s+(?:of\s+them\s+)?being\s+"
    r"(?:intercepted|shot\s+down|downed|destroyed)\b",
    re.I,
)
_CROSSING = re.compile(r"\b(?:identified|detected)\s+(?:as\s+)?crossing\s+(?:from|into)\b", re.I)
_VAGUE_NEXT = re.compile(
    r"^\W*(?:Most|Some|Several|A\s+few|The\s+majority|Many)\s+(?:of\s+(?:them|the\s+\w+)\s+)?"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:intercepted|shot\s+down|downed)\b",
    re.I,
)
_NOUN = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?P<w>rockets?|projectiles?|missiles?|drones?|UAVs?)\b", re.I
)

_SEEN: list[object] = []
_FOUND: list[tuple[int, Interception]] = []


def vague_reports(doc: Document) -> list[tuple[int, Interception]]:
    """(body offset of the launch figure, interception) of the two vague-outcome forms."""
    if _SEEN and _SEEN[0] is doc:
        return list(_FOUND)
    found: list[tuple[int, Interception]] = []
    low = lowered(doc)
    if body_has(low, "being") or body_has(low, "crossing"):
        sents = doc.sentences
        # each pattern holds its word ("being", "crossing"); in an ASCII body the lower-cased
        # body tells which sentences hold one (elsewhere a non-ASCII letter may read as "i")
        ascii = doc.body.isascii()
        cands = holding(doc, low, ("being", "crossing")) if ascii else set(range(len(sents)))
        for idx, sent in enumerate(sents):
            if idx not in cands:
                continue
            m = _WITH_SOME.search(sent.text)
            stop = m.start() if m is not None else -1
            c = _CROSSING.search(sent.text) if m is None else None
            if c is not None and any(
                _VAGUE_NEXT.match(sents[k].text) for k in (idx + 1, idx + 2) if k < len(sents)
            ):
                stop = c.start()
            if stop < 0:
                continue
            hit = _launch(doc, idx, stop)
            if hit is not None:
                found.append(hit)
    _SEEN[:] = [doc]
    _FOUND[:] = found
    return list(found)


def _launch(doc: Document, idx: int, stop: int) -> tuple[int, Interception] | None:
    sent = doc.sentences[idx]
    for q in reversed(find_quantities(sent.text[:stop])):
        if q.total is not None:
            continue
        m = _NOUN.match(sent.text, q.end)
        if m is None:
            continue
        start, end = sent.start + q.start, sent.start + m.end()
        drone = m.group("w").lower().startswith(("drone", "uav"))
        return sent.start + q.num_start, bare_launch(doc, start, end, drone, None, q)
    return None


def unstruck(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the strikes made of the launch figures of :func:`vague_reports`."""
    new = vague_reports(doc)
    if not new:
        return found
    return [
        f
        for f in found
        if not (
            isinstance(f, Strike)
            and any(
                f.evidence.start <= at < f.evidence.end and f.count == rep.launched
                for at, rep in new
            )
        )
    ]


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` after round n32's interception revisions."""
    found = _vague(doc, speakers, found)
    if any(isinstance(f, Interception) for f in found):
        found = _dropped(doc, found)
        found = _launches_after(doc, found)
        found = _restated(_n31heads.drop(doc, found))  # a linked headline never outlives
    return _n32bg.drop(doc, found)  # the body report it restates


def _vague(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    new = vague_reports(doc)
    if not new:
        return found
    out = list(found)
    for at, rep in new:
        if any(
            isinstance(f, Interception) and f.evidence.start <= at < f.evidence.end for f in out
        ):
            continue
        idx = sentence_of(doc, at)
        out.append(replace(rep, reported_by=speakers.reported_by(idx)) if idx >= 0 else rep)
    return sorted(out, key=lambda f: f.evidence.start)


def _dropped(doc: Document, found: list[Finding]) -> list[Finding]:
    """Without "Both the X and the Y", "N missile and M air strikes" and "ability to
    intercept" readings."""
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Interception):
            idx = sentence_of(doc, f.evidence.start)
            text = doc.sentences[idx].text if idx >= 0 else ""
            if f.launched == 2 and f.all_intercepted and _BOTH.match(f.evidence.text):
                continue
            if _MISSILE_AND_AIR.search(f.evidence.text) and f.intercepted is not None:
                m = _MISSILE_AND_AIR.search(f.evidence.text)
                assert m is not None
                if value(m.group().split()[0]) in (f.intercepted, f.launched):
                    continue
            if _ABILITY.search(text) and not _OUTCOME.search(text):
                continue
        out.append(f)
    return out if len(out) != len(found) else found


def _launches_after(doc: Document, found: list[Finding]) -> list[Finding]:
    """A shoot-down with no launch takes "A total of N launches were recorded" from one of
    the two sentences after it (the nearest such report before that sentence)."""
    if not body_has(doc.body, "launches"):
        return found
    out = list(found)
    # a match holds "launches" and "total" or "overall" (lower-cased, "s" left out: case-blind
    # matching also reads it in a non-ASCII letter)
    low = lowered(doc)
    cands = holding(doc, low, ("launche",)) & holding(doc, low, ("total", "overall"))
    for idx, sent in enumerate(doc.sentences):
        m = _TOTAL_LAUNCHES.search(sent.text) if idx in cands else None
        if m is None or (n := value(m.group("m").replace(",", ""))) is None:
            continue
        best: int | None = None
        for j, f in enumerate(out):
            if not isinstance(f, Interception) or f.evidence.start >= sent.start:
                continue
            fidx = sentence_of(doc, f.evidence.start)
            if idx - fidx > 2 or fidx < 0:
                continue
            if best is None or f.evidence.start > out[best].evidence.start:
                best = j
        if best is None:
            continue
        old = out[best]
        assert isinstance(old, Interception)
        if old.launched is None and old.intercepted is not None and old.intercepted < n:
            out[best] = replace(old, launched=n)
    return out


def _restated(found: list[Finding]) -> list[Finding]:
    """Without a later report of the same weapon with both figures equal."""
    seen: set[tuple[str, int, int]] = set()
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Interception) and f.launched is not None and f.intercepted is not None:
            key = (f.weapon, f.launched, f.intercepted)
            if key in seen:
                continue
            seen.add(key)
        out.append(f)
    return out if len(out) != len(found) else found
