"""Round n45's casualty revisions: extra records the real15/real16 page sets showed.

Real agency copy (AP, AFP, dpa, Sudan and Ukraine relays) made the earlier readers emit
records the conventions do not have, and split one toll into two:

- a killed-only toll whose wounded follow in the next sentence as the same attack's
  ("The attack also wounded 21 people, including five children", "..., which also left 70
  injured", "It also wounded 11 others"): one toll (the conventions' unmarked other harm),
  and each "including N X" subgroup of the wounded completes the lede's subgroup of X;
- one figure for the killed and the injured together ("has killed or injured 17 members
  of ground staff", the shape the earlier pass misses when read as injured) and "damaging
  N others" (aircraft, buildings): no record (tested in :mod:`_n45bg`);
- a toll whose wounded were uncounted ("and several were injured") completed by "Around
  12 injured people were taken to hospital" one or two sentences on;
- "the two dead in X were civilians": an earlier sentence's toll named again with "the";
- "N others" who were rescued, pulled out alive or who carried someone: no harm;
- an earlier attack beside the story's own news, and war-long totals: background
  (the tests are in :mod:`_n45bg`, split out to keep each module short).

Every pass is gated on a literal of the body before its regex runs; records are looked up
by their sentence index (one bisection each), never by a scan over all findings.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._n45bg import background, no_harm, other_news
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import parse_number

__all__ = ["revise"]

_ALSO = re.compile(
    r"^(?:The|This|That|Its)\s+(?:[\w'’-]+\s+){0,3}?(?:attacks?|strikes?|assault|bombing|"
    r"shelling|raids?|airstrikes?|air\s+strikes?|explosions?|blasts?|barrage)\b[^.;]{0,60}?"
    r"\balso\s+(?:wounded|injured|left)\b|^It\s+also\s+(?:wounded|injured|left)\b|"
    r",\s+which\s+also\s+(?:left|wounded|injured)\b"
)
_SEVERAL = re.compile(
    r"\band\s+(?:several|some|many|dozens|a\s+number)\s+(?:others\s+|more\s+)?"
    r"(?:were|have\s+been|had\s+been)\s+(?:injured|wounded|hurt)\b"
)
_COUNTED = re.compile(
    r"(?:[\w,.]+\s+){1,3}(?:injured|wounded)\s+(?:people|persons|individuals|civilians)\s+"
    r"(?:were|had\s+been|have\s+been)\s+(?:taken|brought|transferred|admitted|rushed)\b"
)
_RESTATED = re.compile(r"[Tt]he\s+(?P<n>[\w,]+)\s+(?:dead|killed|victims|deceased)\b")
_PLAIN = frozenset({"people", "persons", "civilians", "residents"})


def _killed(f: Finding) -> int:
    """A casualty record's dead (0 when none)."""
    return (f.killed or 0) if isinstance(f, Casualty) else 0


def _completions(
    doc: Document, out: list[Finding], by_sent: dict[int, list[int]], drop: set[int]
) -> None:
    """Give a next sentence's "The attack also wounded N" to the killed-only toll before."""
    for j, idxs in by_sent.items():
        if j < 1 or (j - 1) not in by_sent:
            continue
        sent = doc.sentences[j]
        if " also " not in sent.text:
            continue
        m = _ALSO.search(sent.text)
        if m is None or doc.sentences[j - 1].paragraph < sent.paragraph - 1:
            continue
        at = sent.start + m.start()
        hurt = [
            i
            for i in idxs
            if i not in drop
            and isinstance(c := out[i], Casualty)
            and c.killed is None
            and c.injured is not None
            and c.evidence.start >= at
        ]
        if not hurt:
            continue
        head_i = hurt[0]
        head = out[head_i]
        assert isinstance(head, Casualty)
        before = [
            i
            for i in by_sent[j - 1]
            if i not in drop
            and isinstance(c := out[i], Casualty)
            and c.killed is not None
            and c.injured is None
        ]
        tolls = [
            i
            for i in before
            if isinstance(c := out[i], Casualty)
            and (c.group == head.group or head.group == "people")
        ]
        if not tolls:
            continue
        toll_i = max(tolls, key=lambda i: _killed(out[i]))
        toll = out[toll_i]
        assert isinstance(toll, Casualty)
        out[toll_i] = replace(toll, injured=head.injured)
        drop.add(head_i)
        subs = {c.group: i for i in before if i != toll_i and isinstance(c := out[i], Casualty)}
        for i in hurt[1:]:
            c = out[i]
            assert isinstance(c, Casualty)
            k = subs.pop(c.group, None)
            sub = out[k] if k is not None else None
            if k is not None and isinstance(sub, Casualty):
                out[k] = replace(sub, injured=c.injured)
                drop.add(i)


def _restated(
    doc: Document, out: list[Finding], by_sent: dict[int, list[int]], drop: set[int]
) -> None:
    """Drop "the two dead in Naqura were civilians": the toll of an earlier sentence named
    again with "the" (no new record)."""
    seen: set[int] = set()
    for j in sorted(by_sent):
        later: set[int] = set()
        for i in by_sent[j]:
            c = out[i]
            assert isinstance(c, Casualty)
            if c.killed is None or i in drop:
                continue
            ev = c.evidence
            m = _RESTATED.match(ev.text) if seen and ev.text[:1] in "tT" else None
            if m is not None and c.injured is None and parse_number(m.group("n")) in seen:
                drop.add(i)
                continue
            later.add(c.killed)
        seen |= later


def _counted(
    doc: Document, out: list[Finding], by_sent: dict[int, list[int]], drop: set[int]
) -> None:
    """Give "N injured people were taken to hospital" to a toll whose wounded were uncounted
    ("Nine people were killed and several others were wounded ...")."""
    for j, idxs in by_sent.items():
        sent = doc.sentences[j]
        if " and " not in sent.text or not ("injured" in sent.text or "wounded" in sent.text):
            continue
        m = _SEVERAL.search(sent.text)
        if m is None:
            continue
        tolls = [
            i
            for i in idxs
            if i not in drop
            and isinstance(c := out[i], Casualty)
            and c.killed is not None
            and c.injured is None
            and c.group in _PLAIN
            and c.evidence.start < sent.start + m.start()
        ]
        if not tolls:
            continue
        for k in (j + 1, j + 2):
            if k >= len(doc.sentences) or doc.sentences[k].paragraph != sent.paragraph:
                break
            hit = next(
                (
                    i
                    for i in by_sent.get(k, ())
                    if i not in drop
                    and isinstance(c := out[i], Casualty)
                    and c.killed is None
                    and c.injured is not None
                    and c.group in _PLAIN
                    and _COUNTED.match(doc.body, c.evidence.start, doc.sentences[k].end)
                ),
                None,
            )
            if hit is not None:
                toll = out[tolls[0]]
                got = out[hit]
                assert isinstance(toll, Casualty) and isinstance(got, Casualty)
                out[tolls[0]] = replace(toll, injured=got.injured)
                drop.add(hit)
                break


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with the module's merges done and its extra records dropped."""
    body = doc.body
    gates = (
        body_has(body, " also "),
        body_has(body, "or injured")
        or body_has(body, "or wounded")
        or body_has(body, "damag")
        or body_has(body, "others"),
        body_has(body, "last ")
        or body_has(body, "earlier this")
        or body_has(body, ", which")
        or body_has(body, "include")
        or body_has(body, " during ")
        or body_has(body, " been killed"),
        (body_has(body, "injured") or body_has(body, "wounded"))
        and any(
            body_has(body, w) for w in (" several ", " many ", " some ", " dozens ", " a number ")
        ),
    )
    if not any(gates):
        return found
    by_sent: dict[int, list[int]] = {}
    for i, f in enumerate(found):
        if isinstance(f, Casualty):
            k = sentence_of(doc, f.evidence.start)
            if k >= 0:
                by_sent.setdefault(k, []).append(i)
    if not by_sent:
        return found
    out = list(found)
    drop: set[int] = set()
    if gates[1] or gates[2]:
        back: list[int] = []
        for k, idxs in by_sent.items():
            for i in idxs:
                c = out[i]
                assert isinstance(c, Casualty)
                if gates[1] and no_harm(doc, c, k):
                    drop.add(i)
                elif gates[2] and background(doc, c, k):
                    back.append(i)
        if back and other_news(doc, out, back, drop):
            drop.update(back)  # an earlier attack beside the story's own news (a story made
            # of the recalled attack alone keeps it)
    if body_has(body, "the ") or body_has(body, "The "):
        _restated(doc, out, by_sent, drop)
    if gates[0]:
        _completions(doc, out, by_sent, drop)
    if gates[3]:
        _counted(doc, out, by_sent, drop)
    if not drop and all(a is b for a, b in zip(out, found, strict=True)):
        return found
    return [f for i, f in enumerate(out) if i not in drop]
