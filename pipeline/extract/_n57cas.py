"""Round n57's casualty revisions (helper h_fix_n57, ``dev_numeric106``), the outermost
call of :func:`pipeline.extract._n28cas.revise`. The real-text set ``real21`` (studied,
never copied) showed these shapes, each handled in general form:

- a toll inside a recap ("Recall that ...", the heading "Recall") is background
  (:mod:`pipeline.extract._n57recap`);
- an earlier report restated: "He said earlier (in the day) that ..." and "Earlier, X
  reported that ..." standing anywhere in a sentence (a glued promo line may precede it)
  are superseded tolls, no records;
- a daily rate ("between 40 and 60 people are being killed every day", "30 people a day")
  is background, not a range's toll ("7 people were injured per day: ..." is the day's
  report of translated Ukrainian copy and stays);
- "the two dead in Naqura were civilians" restates an earlier equal toll: no record;
- a headline's toll told again by the lead in the same words is one record;
- new records: "There were four interior ministry employees among those injured" (a
  multi-word group), "wounding 16 people—four seriously—" (a dash-framed condition share),
  "and 11 other injured people in light condition" (a condition share of the toll).

Every pass is gated on a literal of the body before its pattern runs.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extract._barestrike import bare_casualty, merged
from pipeline.extract._bodylits import body_has
from pipeline.extract._n57recap import inside, recap_spans
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import TWO_TO_TEN, parse_number

__all__ = ["revise"]

_EARLIER = re.compile(
    r"\bsaid\s+earlier(?:\s+(?:in\s+the\s+(?:day|morning|evening|afternoon|night)|today|"
    r"on\s+[A-Z]\w+))?\s+that\b|(?:^|[.!?]\s*|\b)Earlier,\s+(?:[A-Z][\w.-]*\s+){1,4}"
    r"(?:reported|said|wrote)\s+that\b"
)
_RATE = re.compile(
    r"\b(?:killed|wounded|injured|hurt|dying|die)\s+(?:each|every)\s+(?:day|week)\b|"
    r"\b(?:people|civilians|persons)\s+(?:a|per|each|every)\s+(?:day|week)\b"
    r"(?!\s+(?:earlier|before|later|after|ago)\b)"
)
_THE_DEAD = re.compile(
    rf"\bthe\s+(?P<n>{TWO_TO_TEN}|\d{{1,3}})\s+"
    r"(?P<h>dead|killed|injured|wounded)\s+(?:in|at|from|near)\s+[A-Z][\w'’-]+\s+(?:were|was)\b"
)
_AMONG = re.compile(
    rf"\bThere\s+were\s+(?P<n>{TWO_TO_TEN}|\d{{1,3}})\s+"
    r"(?P<g>(?:[a-z]+\s+){1,3}[a-z]+s)\s+among\s+(?:those|the)\s+(?P<h>injured|wounded|killed|dead)\b"
)
_DASH = re.compile(
    r"\b(?:wounding|injuring)\s+(?:\d{1,4}|[a-z]+)\s+people\s*[—–]\s*"
    rf"(?P<m>(?P<n>{TWO_TO_TEN}|\d{{1,3}})\s+"
    r"(?:seriously|critically|severely|badly|gravely))\s*[—–]"
)
_OTHER = re.compile(
    rf"\band\s+(?P<n>{TWO_TO_TEN}|\d{{1,3}})\s+other\s+"
    r"(?:injured|wounded)\s+(?:people|persons)\s+in\s+(?:light|mild|moderate|serious|"
    r"critical|stable)\s+condition"
)


def _sentence_dropped(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the tolls of recaps, earlier reports, rates and restated dead."""
    body = doc.body
    spans = recap_spans(doc)
    earlier = body_has(body, "earlier") or body_has(body, "Earlier,")
    rate = body_has(body, " day") or body_has(body, " week")
    dead = body_has(body, "the ") and (body_has(body, " dead ") or body_has(body, "ed in "))
    if not (spans or earlier or rate or dead):
        return found
    out: list[Finding] = []
    prior: set[tuple[int | None, int | None]] = set()
    for f in found:
        if not isinstance(f, Casualty):
            out.append(f)
            continue
        at = f.evidence.start
        if spans and inside(spans, at):
            continue
        idx = sentence_of(doc, at)
        if idx >= 0 and (earlier or rate or dead):
            sent = doc.sentences[idx]
            text = sent.text
            if earlier and "arlier" in text:
                m = _EARLIER.search(text)
                if (
                    m is not None
                    and sent.start + m.start() <= at
                    and (
                        m.group().startswith(("Earlier", ".", "!", "?"))
                        or _other_toll(doc, found, idx)
                    )
                ):
                    continue
            if rate and _RATE.search(text):
                continue
            if dead and f.evidence.text.startswith("the "):
                m = _THE_DEAD.match(f.evidence.text)
                n = parse_number(m["n"]) if m else None
                if n is not None and ((n, None) in prior or (None, n) in prior):
                    continue
        prior.add((f.killed, f.injured))
        out.append(f)
    return out


def _other_toll(doc: Document, found: list[Finding], idx: int) -> bool:
    """Whether a toll outside sentence ``idx`` stands in ``found`` (the report it precedes)."""
    return any(isinstance(g, Casualty) and sentence_of(doc, g.evidence.start) != idx for g in found)


def _headline_twice(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without a headline toll the lead tells again in the same words."""
    sents = doc.sentences
    if len(sents) < 2 or sents[0].text.rstrip()[-1:] in '.!?"”':
        return found
    head = [f for f in found if isinstance(f, Casualty) and f.evidence.end <= sents[0].end]
    if not head:
        return found
    drop: set[int] = set()
    for h in head:
        for g in found:
            if (
                isinstance(g, Casualty)
                and g.evidence.start >= sents[1].start
                and g.evidence.text == h.evidence.text
                and (g.group, g.killed, g.injured) == (h.group, h.killed, h.injured)
            ):
                drop.add(id(h))
                break
    return [f for f in found if id(f) not in drop] if drop else found


def _added(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with the among-those, dash-framed and "N other injured" records."""
    body = doc.body
    starts = sorted(f.evidence.start for f in found if isinstance(f, Casualty))
    new: list[Finding] = []

    def taken(lo: int, hi: int) -> bool:
        k = bisect_left(starts, lo)
        return k < len(starts) and starts[k] < hi

    if body_has(body, "There were ") and body_has(body, " among "):
        for m in _AMONG.finditer(body):
            n = parse_number(m["n"].lower())
            if n and not taken(m.start(), m.end()):
                killed = n if m["h"] in ("killed", "dead") else None
                injured = None if killed else n
                new.append(bare_casualty(doc, m.start(), m.end(), m["g"], killed, injured))
    if body_has(body, "—") or body_has(body, "–"):
        for m in _DASH.finditer(body):
            n = parse_number(m["n"].lower())
            if n and not taken(m.start("m"), m.end("m")):
                new.append(bare_casualty(doc, m.start("m"), m.end("m"), "people", None, n))
    if body_has(body, " other injured ") or body_has(body, " other wounded "):
        for m in _OTHER.finditer(body):
            n = parse_number(m["n"].lower())
            if n and not taken(m.start(), m.end()):
                lo = m.start("n")
                new.append(bare_casualty(doc, lo, m.end(), "people", None, n))
    return merged(found, new)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after this round's casualty revisions."""
    return _added(doc, _headline_twice(doc, _sentence_dropped(doc, found)))
