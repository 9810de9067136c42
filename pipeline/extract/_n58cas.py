"""Round n58's casualty revisions (helper h_fix_n58, ``dev_numeric107``), the outermost call
of :func:`pipeline.extract._n28cas.revise`. The real-text set ``real23`` (studied, never
copied) showed these shapes, each handled in general form:

- "killed four policemen ... and harmed five others": "harmed" is injured, so the "harmed
  N others" the readers took for a second death toll completes the sentence's toll as its
  injured (a new injured record when the sentence holds no toll);
- a toll told in a sentence that opens "Prior to this attack," / "Prior to the latest
  raid," is an earlier report (background): no record;
- one report told over two sentences, "there were 773 bodies in hospital morgues ..." and
  then "It said ... 2,880 wounded were recorded", is one record killed/injured, and so is
  "Four Palestinians were killed ..." with "One other person was injured ..." next (a
  nationality or "people"; "two men ... Four other people" stay two records, art14-01);
- a toll "since Prime Minister X announced the start of an operation" (since an operation's
  opening told by its launch) is a running total, and so is "another 14 ... over the same
  period" after it: no records.

Every pass is gated on a literal of the body before its pattern runs.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from pipeline.extract._bodylits import body_has
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Evidence, Finding
from pipeline.extract.numbers import parse_number

__all__ = ["revise"]

_HARMED = re.compile(r"^harmed\s+(?P<n>[\w,]+)\s+(?:others|other\s+people|more)\b")
_PRIOR = re.compile(r"^\W*Prior\s+to\s+(?:this|that|the|the\s+latest)\s+(?:\w+\s+)?\w+,")
_SAID = re.compile(
    r"^\W*(?:It|He|She|They|The\s+(?:ministry|office|agency))\s+(?:also\s+)?"
    r"(?:said|added|reported)\b"
)
_BODIES = re.compile(r"\bbod(?:y|ies)\b|\bmorgues?\b")
_OTHER = re.compile(r"^(?:One|Two|Three|Four|Five|\d{1,2})\s+other\s+(?:person|people|persons)\b")
_WIDE = frozenset({"people", "persons", "civilians", "residents"})
"""Groups an "other person" may belong to (a nationality, capitalised, too): never "men"."""
_SINCE = re.compile(
    r"\bsince\s+(?:[A-Z][\w.-]*\s+){1,5}(?:announced|launched|began|started)\b|"
    r"\bover\s+the\s+same\s+period\b"
)


def _harmed(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with each "harmed N others" read as the injured of its sentence's toll."""
    if not body_has(doc.body, "harmed "):
        return found
    out = list(found)
    dropped: set[int] = set()
    changed = False
    for k, f in enumerate(found):
        if not isinstance(f, Casualty) or not f.evidence.text.startswith("harmed "):
            continue
        m = _HARMED.match(f.evidence.text)
        n = parse_number(m["n"].replace(",", "").lower()) if m else None
        if n is None or f.killed != n or f.injured is not None:
            continue
        idx = sentence_of(doc, f.evidence.start)
        host = None
        for j in range(k - 1, -1, -1):
            if j in dropped:
                continue
            g = out[j]
            if isinstance(g, Casualty) and sentence_of(doc, g.evidence.start) == idx:
                if g.killed is not None and g.injured is None:
                    host = j
                break
        changed = True
        if host is None:
            out[k] = replace(f, killed=None, injured=n)
            continue
        g = out[host]
        assert isinstance(g, Casualty)
        ev = Evidence(doc.body[g.evidence.start : f.evidence.end], g.evidence.start, f.evidence.end)
        out[host] = replace(g, injured=n, evidence=ev)
        dropped.add(k)  # folded into its host (a typed list holds no None when compiled)
    if not changed:
        return found
    return [f for k, f in enumerate(out) if k not in dropped]


def _prior(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the tolls of a sentence opening "Prior to this attack,"."""
    if not body_has(doc.body, "Prior to "):
        return found
    sents = doc.sentences
    out = [
        f
        for f in found
        if not (
            isinstance(f, Casualty)
            and (idx := sentence_of(doc, f.evidence.start)) >= 0
            and sents[idx].text.lstrip()[:9] == "Prior to "
            and _PRIOR.match(sents[idx].text)
        )
    ]
    return out if len(out) != len(found) else found


def _joined(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with a bodies count and the wounded told next by "It said" as one record."""
    body = doc.body
    bodies = body_has(body, "bodies") or body_has(body, "morgue")
    if not (bodies or body_has(body, " other person") or body_has(body, " other people")):
        return found
    cas = [f for f in found if isinstance(f, Casualty)]
    drop: set[int] = set()
    repl: dict[int, Casualty] = {}
    for a, b in pairwise(cas):
        if not (a.killed and a.injured is None and b.injured and b.killed is None):
            continue
        other = (
            b.group == "people"
            and (a.group[:1].isupper() or a.group in _WIDE)
            and _OTHER.match(b.evidence.text) is not None
        )
        if not other and (a.group != b.group or not bodies or not _BODIES.search(a.evidence.text)):
            continue
        ia, ib = sentence_of(doc, a.evidence.start), sentence_of(doc, b.evidence.start)
        if ia < 0 or ib != ia + 1 or not (other or _SAID.match(doc.sentences[ib].text)):
            continue
        if sum(1 for c in cas if sentence_of(doc, c.evidence.start) in (ia, ib)) != 2:
            continue
        repl[id(a)] = replace(a, injured=b.injured)
        drop.add(id(b))
    if not repl:
        return found
    return [repl.get(id(f), f) for f in found if id(f) not in drop]


def _running(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the killed-only tolls counted since an operation's announced start."""
    body = doc.body
    if not (body_has(body, "since ") or body_has(body, "same period")):
        return found
    sents = doc.sentences
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Casualty) and f.killed and f.injured is None:
            idx = sentence_of(doc, f.evidence.start)
            if idx >= 0 and _SINCE.search(sents[idx].text, f.evidence.start - sents[idx].start):
                continue
        out.append(f)
    return out if len(out) != len(found) else found


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after this round's casualty revisions."""
    return _running(doc, _joined(doc, _prior(doc, _harmed(doc, found))))
