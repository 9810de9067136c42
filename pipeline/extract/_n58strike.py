"""Round n58's strike revisions (helper h_fix_n58, ``dev_numeric107``), the outermost call
of :func:`pipeline.extract._n28strike.revise`. The real-text set ``real23`` (studied, never
copied) showed these shapes, each handled in general form:

- "mounted 25 attacks on Ukrainian positions" / "conducted five attacks near the settlement
  of X" with no weapon in the sentence are ground assaults (the written convention for
  "undertook 33 attacks"): no strike;
- "conducted three collective self-defense airstrikes" (adjectives between the count and
  the noun) is an ``airstrike`` strike of three;
- "fired 60 volleys of rockets with MLRS" / "41 salvos from MLRS" is an ``mlrs`` strike.

Every pass is gated on a literal of the body before its pattern runs.
"""

from __future__ import annotations

import re

from pipeline.extract._barestrike import bare_strike, merged, one_count
from pipeline.extract._bodylits import body_has
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Strike, StrikeWeapon

__all__ = ["strikes"]

_ASSAULTS = re.compile(
    r"\b(?:mounted|conducted|undertook|made|carried\s+out)\s+(?:[\w,]+)\s+"
    r"(?:attacks|assaults)\s+(?:on\s+(?:Ukrainian|our|the\s+defenders'|defen[cs]e|"
    r"(?:Ukrainian\s+)?defensive)\s+(?:defensive\s+)?positions|near\s+the\s+(?:settlement|"
    r"village)\s+of)\b"
)
_WEAPONS = re.compile(
    r"shell|artillery|drone|missile|rocket|bomb|air\s*strike|airstrike|MLRS|mortar|UAV|aircraft"
)
_AIR = re.compile(
    r"\b(?:conducted|carried\s+out|launched)\s+(?P<q>[\w,]+)\s+(?P<a>(?:[\w-]+\s+){1,3}?)"
    r"(?:air\s*strikes|airstrikes)\b"
)
_VOLLEYS = re.compile(
    r"\b(?:fired|firing|launched)\s+(?:almost\s+|nearly\s+|some\s+)?(?P<q>[\w,]+)\s+"
    r"(?:volleys|salvos)\s+(?:of\s+rockets\s+)?(?:with|from|using)\s+(?:the\s+)?"
    r"(?:MLRS|multiple[- ]launch(?:\s+rocket)?\s+systems|multiple\s+(?:launch\s+)?rocket\s+"
    r"(?:launchers|systems))"
)


def _no_assaults(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the ``other`` strikes that count weaponless ground assaults."""
    body = doc.body
    if not (body_has(body, " attacks") or body_has(body, " assaults")):
        return found
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Strike) and f.weapon == "other" and _ASSAULTS.search(f.evidence.text):
            idx = sentence_of(doc, f.evidence.start)
            if idx >= 0 and _WEAPONS.search(doc.sentences[idx].text) is None:
                continue
        out.append(f)
    return out if len(out) != len(found) else found


def _added(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with the adjective-led airstrikes and the MLRS volleys no reader made."""
    body = doc.body
    air = body_has(body, "airstrikes") or body_has(body, "air strikes")
    volleys = body_has(body, "volleys") or body_has(body, "salvos")
    if not (air or volleys):
        return found
    spans = [(f.evidence.start, f.evidence.end) for f in found if isinstance(f, Strike)]
    new: list[Finding] = []

    def add(m: re.Match[str], weapon: StrikeWeapon) -> None:
        q = one_count(m["q"])
        if q is None or q.value > 5000:
            return
        lo, hi = m.start("q"), m.end()
        if any(s < hi and lo < e for s, e in spans):
            return
        new.append(bare_strike(doc, m.start(), hi, weapon, q))

    if air:
        for m in _AIR.finditer(body):
            if m["a"].strip() and one_count(m["a"]) is None:
                add(m, "airstrike")
    if volleys:
        for m in _VOLLEYS.finditer(body):
            add(m, "mlrs")
    return merged(found, new)


def strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after this round's strike revisions."""
    return _added(doc, _no_assaults(doc, found))
