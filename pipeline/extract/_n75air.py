"""Round n75's interception revision (helper h_gen_n75, ``dev_numeric125``), the outermost
call of :func:`pipeline.extract._n28air._later`.

Two interception mechanisms the real sets (studied, never copied) still left open:

- a capability clause is not an outcome: "among them were two Kinzhal missiles, which are
  said to be almost impossible to shoot down" was read as two shot down; a figure whose own
  evidence has no outcome verb, in a sentence that only says the weapon is hard to intercept,
  goes;
- a subset inside a counted total is not its own report: "All 14 drones, including 13
  Shaheds, were shot down" gave the 13 a record of its own; a named-model figure read right
  after "including" goes when another interception of the same sentence holds a larger
  figure. A regional share ("including 36 over the Rostov region") stays: the conventions
  count it as a report of its own.

Gated on body literals ("to shoot down", "to intercept", "including") before any regex;
sentences are found by bisect, so the pass is linear.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.extract.model import Document, Finding, Interception

__all__ = ["interceptions"]

_CAPABLE = re.compile(
    r"\b(?:impossible|difficult|hard|harder|tough|tricky)\s+to\s+(?:shoot\s+down|intercept|"
    r"down|stop)\b",
    re.IGNORECASE,
)
_OUTCOME = re.compile(
    r"\b(?:shot\s+down|intercepted|destroyed|downed|neutrali[sz]ed|repelled|eliminated)\b",
    re.IGNORECASE,
)
_PLACE = re.compile(r"\b(?:in|over|above|near|across|around)\s+(?:the\s+)?[A-Z]")
_INCL = re.compile(r"\bincluding\s*$", re.IGNORECASE)


def _figure(f: Interception) -> int:
    return max(f.intercepted or 0, f.launched or 0)


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without capability-clause figures and "including N" subsets."""
    body = doc.body
    capable = "to shoot down" in body or "to intercept" in body or "to stop" in body
    if not capable and "including" not in body:
        return found
    starts = [s.start for s in doc.sentences]
    by_sent: dict[int, list[Interception]] = {}
    for f in found:
        if isinstance(f, Interception):
            by_sent.setdefault(bisect_right(starts, f.evidence.start) - 1, []).append(f)
    drop: set[int] = set()
    for i, rows in by_sent.items():
        if i < 0:
            continue
        sent = doc.sentences[i]
        for f in rows:
            ev = f.evidence
            if (
                capable
                and f.intercepted is not None
                and not _OUTCOME.search(ev.text)
                and _CAPABLE.search(sent.text)
            ):
                drop.add(id(f))
                continue
            stop = body.find(",", ev.end, sent.end)
            if f.weapon_model is None or _PLACE.search(
                body, ev.start, sent.end if stop < 0 else stop
            ):
                continue
            head = ev.text.lower().startswith("including ")
            if head or _INCL.search(body[max(sent.start, ev.start - 12) : ev.start]):
                n = _figure(f)
                if f.launched is None and any(
                    g is not f and g.weapon == f.weapon and _figure(g) > n for g in rows
                ):
                    drop.add(id(f))
    if not drop:
        return found
    return [f for f in found if id(f) not in drop]
