"""Round n62's strike revision (helper h_fix_n62, ``dev_numeric111``), the outermost call
of :func:`pipeline.extract._n28strike.revise`.

The real-text set ``real22`` (studied, never copied) showed four strike misreadings:

- a launch answered by a counted shoot-down several sentences later
  (:mod:`pipeline.extract._n62pair`) is one interception by the conventions: the launch
  is no strike;
- "N (US / Israeli) raids (also) targeted / hit / struck X" counts air strikes, as "launched
  N raids" does; a sentence about arrests or searches (police raids) counts none;
- "a (military) jet / warplane / aircraft released N bombs" is N air strikes, as "a
  military jet dropped N bombs" (``dev_numeric100``); a weight before "bombs" is left to
  the glide-bomb reader (round n44's call);
- "with N bombs dropped on X" read as glide bombs in a sentence about an air strike ("The
  air strike ... with four bombs dropped on a village") is N air strikes: the sentence
  names the aircraft's attack, not a glide-bomb tally;
- "N drones crashed / slammed into (private) homes / houses / buildings" is a drone strike
  of N; debris or downed drones ("debris of two downed drones crashed into") are none.

Gated on body literals before any regex; one search per gated sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._barestrike import bare_strike, merged, small_count
from pipeline.extract._bodylits import body_has
from pipeline.extract._n62pair import pairs
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Strike, StrikeWeapon
from pipeline.extract.numbers import Quantity

__all__ = ["strikes"]

_NUM = (
    r"(?P<q>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|[a-z]+ty)"
)
_RAIDS = re.compile(
    rf"(?<![\w,.])(?i:{_NUM})\s+(?:(?:US|U\.S\.|American|Israeli|Saudi|Russian|[a-z]+)\s+)?"
    r"(?:air\s+)?raids\s+(?:also\s+|reportedly\s+)?(?:targeted|hit|struck|pounded)\b"
)
_ARREST = re.compile(r"\b(?:arrest|detain|police|search|suspect)", re.I)
_RELEASED = re.compile(
    rf"\b(?:jet|warplane|aircraft|plane|bomber)s?\s+(?:had\s+)?released\s+{_NUM}\s+bombs\b"
)
_DROPPED = re.compile(rf"\bwith\s+{_NUM}\s+bombs\s+dropped\s+on\b")
_AIR = re.compile(r"\bair\s*strike|\bair\s+raid|\bairstrike", re.I)
_CRASH = re.compile(
    rf"(?<![\w,.])(?i:{_NUM})\s+(?:[A-Za-z-]+\s+){{0,2}}?drones\s+(?:crashed|slammed|smashed)\s+"
    r"into\s+(?:[\w’'-]+\s+){0,3}?(?:homes|houses|buildings|apartment|residential|a\s+house|"
    r"a\s+home|a\s+building)"
)
_NOT_HIT = re.compile(r"\b(?:downed|intercepted|shot|debris|fragments|wreckage)\b", re.I)


def _new(doc: Document, found: list[Finding]) -> list[Finding]:
    """The strikes of the raid, released-bomb and crash readings not already found."""
    body = doc.body
    gates: list[tuple[re.Pattern[str], StrikeWeapon]] = []
    if body_has(body, "raids"):
        gates.append((_RAIDS, "airstrike"))
    if body_has(body, "released"):
        gates.append((_RELEASED, "airstrike"))
    if body_has(body, "crashed") or body_has(body, "slammed") or body_has(body, "smashed"):
        gates.append((_CRASH, "drone"))
    if not gates:
        return []
    strikes = [f for f in found if isinstance(f, Strike)]
    new: list[Finding] = []
    for pattern, weapon in gates:
        for m in pattern.finditer(body):
            n = small_count(m.group("q"))
            if n is None:
                continue
            idx = sentence_of(doc, m.start())
            if idx < 0:
                continue
            sent = doc.sentences[idx].text
            if pattern is _RAIDS and _ARREST.search(sent):
                continue
            lo = max(doc.sentences[idx].start, m.start() - 40)
            if pattern is _CRASH and _NOT_HIT.search(body, lo, m.end()):
                continue
            start, end = m.start(), m.end()
            if any(s.evidence.start < end and start < s.evidence.end for s in strikes):
                continue
            q = Quantity(n, "exact", m.start("q"), m.end("q"))
            new.append(bare_strike(doc, start, end, weapon, q))
    return new


def _air_dropped(doc: Document, f: Strike) -> bool:
    """True when glide-bomb ``f`` is "with N bombs dropped on" in an air-strike sentence."""
    if f.weapon != "glide_bomb" or "dropped" not in f.evidence.text:
        return False
    idx = sentence_of(doc, f.evidence.start)
    if idx < 0:
        return False
    sent = doc.sentences[idx].text
    m = _DROPPED.search(sent)
    return m is not None and small_count(m.group("q")) == f.count and _AIR.search(sent) is not None


def strikes(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n62's pairing, raid, released-bomb and crash readings."""
    done = pairs(doc)
    if done:
        launches = {(at, w, n) for at, _, w, n, _, _ in done}
        found = [
            f
            for f in found
            if not (
                isinstance(f, Strike)
                and any(
                    f.evidence.start <= at < f.evidence.end and f.weapon == w and f.count == n
                    for at, w, n in launches
                )
            )
        ]
    if body_has(doc.body, "bombs dropped"):
        found = [
            replace(f, weapon="airstrike") if isinstance(f, Strike) and _air_dropped(doc, f) else f
            for f in found
        ]
    return merged(found, _new(doc, found))
