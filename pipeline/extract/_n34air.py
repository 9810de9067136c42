"""Round n34's air-defence revisions: "One rocket was fired ... The rocket was intercepted",
drones named as "unmanned fixed-wing aerial vehicles".

Real Israeli and Russian copy (the real6 page set: an Israeli army statement relayed by
Anadolu-style copy, a TASS relay of the Bryansk governor) showed two shapes:

- a counted launch answered in the next sentence by the definite noun with no figure:
  "One rocket was fired from the Gaza Strip into Israeli territory. The rocket was
  intercepted by the Iron Dome" (also "Two rockets were launched ...; the rockets were
  shot down") - the conventions' "the drones were shot down" after a counted launch is
  all of that launch, so one interception (N/N, all) and no strike; :func:`strikes`
  drops the strike the readers made, :func:`interceptions` adds the report;
- "detected and eliminated 12 unmanned fixed-wing aerial vehicles" (also "aircraft-type
  unmanned aerial vehicles") is a drone figure, not a mix of kinds; when the same figure
  was told as drones just before (the lede, then the governor's quote) it is one report.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._barestrike import bare_interception
from pipeline.extract._bodylits import body_has
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Interception, Strike
from pipeline.extract.numbers import find_quantities

__all__ = ["interceptions", "strikes"]

_LAUNCH = re.compile(
    r"(?:^|(?<=\s))(?P<q>[\w-]+)\s+(?P<w>rockets?|missiles?|drones?|projectiles?)\s+"
    r"(?:was|were|had\s+been|have\s+been)\s+(?:fired|launched)\b"
)
_DOWN = re.compile(
    r"^\W*(?:The|the|Both|All)\s+(?:(?:of\s+the\s+)?(?P<w>rockets?|missiles?|drones?|projectiles?)\s+)?"
    r"(?:was|were|had\s+been|have\s+been)\s+(?:successfully\s+)?(?:intercepted|shot\s+down|downed)\b"
)
_FIXED_WING = re.compile(
    r"\bunmanned\s+(?:fixed-wing|aircraft-type|airplane-type|plane-type)\s+aerial\s+vehicles?\b"
    r"|\b(?:fixed-wing|aircraft-type|airplane-type|plane-type)\s+(?:unmanned\s+aerial\s+vehicles?|"
    r"UAVs?|drones?)\b",
    re.I,
)


def _answered(doc: Document) -> list[tuple[int, int, int, str]]:
    """(start, end, count, weapon) of each counted launch the next clause answers in full."""
    out: list[tuple[int, int, int, str]] = []
    sents = doc.sentences
    for i, sent in enumerate(sents[:-1]):
        if "fired" not in sent.text and "launched" not in sent.text:
            continue  # the launch verb every reading ends on
        if "was" not in sent.text and "were" not in sent.text and "been" not in sent.text:
            continue  # the auxiliary every :data:`_LAUNCH` reading holds before it
        for m in _LAUNCH.finditer(sent.text):
            qs = [q for q in find_quantities(m.group("q")) if q.total is None]
            if len(qs) != 1 or qs[0].value < 1:
                continue
            nxt = sents[i + 1]
            d = _DOWN.match(nxt.text)
            if d is None or nxt.paragraph != sent.paragraph:
                continue
            if d.group("w") and d.group("w").rstrip("s") != m.group("w").rstrip("s"):
                continue
            if qs[0].value == 1 and d.group(0).lstrip().split()[0] in ("Both", "All"):
                continue
            weapon = "drone" if m.group("w").startswith("drone") else "missile"
            out.append((sent.start + m.start(), sent.start + m.end(), qs[0].value, weapon))
    return out


def strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the strikes of launches answered in full."""
    if not body_has(doc.body, "intercepted") and not body_has(doc.body, "shot down"):
        return found
    spans = _answered(doc)
    if not spans:
        return found
    return [
        f
        for f in found
        if not (
            isinstance(f, Strike)
            and any(f.evidence.start < e and s < f.evidence.end for s, e, _, _ in spans)
        )
    ]


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with answered launches as interceptions and fixed-wing drones as drones."""
    out = (
        _fixed_wing(doc, found)
        if body_has(doc.body, "-type") or body_has(doc.body, "fixed-wing")
        else found
    )
    if not body_has(doc.body, "intercepted") and not body_has(doc.body, "shot down"):
        return out
    new: list[Finding] = []
    for s, e, n, weapon in _answered(doc):
        idx = sentence_of(doc, s)
        if any(
            isinstance(f, Interception)
            and abs(sentence_of(doc, f.evidence.start) - idx) <= 1
            and n in (f.launched, f.intercepted)
            for f in out
        ):
            continue
        new.append(
            bare_interception(
                doc,
                s,
                e,
                "drone" if weapon == "drone" else "missile",
                launched=n,
                intercepted=n,
                approx="exact",
                confidence=0.6,
                all_intercepted=True,
            )
        )
    if not new:
        return out
    return sorted([*out, *new], key=lambda f: f.evidence.start)


def _fixed_wing(doc: Document, found: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    for f in found:
        if (
            isinstance(f, Interception)
            and f.weapon == "mixed"
            and _FIXED_WING.search(f.evidence.text)
            and not re.search(r"\b(?:missiles?|rockets?|bombs?)\b", f.evidence.text, re.I)
        ):
            f = replace(f, weapon="drone")
            idx = sentence_of(doc, f.evidence.start)
            if any(
                isinstance(g, Interception)
                and g.weapon == "drone"
                and (g.launched, g.intercepted) == (f.launched, f.intercepted)
                and g.evidence.start < f.evidence.start
                and idx - sentence_of(doc, g.evidence.start) <= 3
                for g in out
            ):
                continue  # the lede's figure told again in the quote
        out.append(f)
    return out
