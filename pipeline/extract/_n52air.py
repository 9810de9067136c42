"""Round n52's interception revisions: weapons destroyed on the ground, "were all intercepted".

A fixing round on real US CENTCOM, IDF and Hezbollah copy found two shapes the air-defence
readers got wrong:

- "American forces later destroyed three anti-ship missiles and three naval drones in
  Houthi-controlled areas of Yemen" tells of weapons hit on the ground before launch (a
  strike on the launcher's side), not of a shoot-down: :func:`grounded` drops an
  interception whose figures are all inside such a "destroyed ... in X-controlled areas /
  on the ground" list and are stated nowhere else in the sentence;
- "the rockets were all successfully intercepted" with no figure is an outcome of its own
  (launched and intercepted unknown, all intercepted): :func:`all_of` reads it where no
  interception covers the sentence yet.

Both passes are gated on a literal before any regex and use the bisected sentence index.
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._nlit import sentences_with
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Evidence, Finding, Interception, InterceptWeapon
from pipeline.extract.numbers import parse_number

__all__ = ["interceptions"]

_GROUND = re.compile(
    r"\bdestroy(?:ed|s)\s+(?P<list>[^.;]{3,160}?)\s+(?:in|on|at)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:[\w'’]+-(?:controlled|held)\s+(?:areas?|territory|parts)|ground)\b"
)
_WORD = re.compile(r"\d[\d,]*|[a-z]+")
_ALL = re.compile(
    r"\b[Tt]he\s+(?P<w>rockets|missiles|projectiles|drones|UAVs)\s+were\s+all\s+"
    r"(?:successfully\s+)?(?:intercepted|shot\s+down|downed)\b"
)


def _nums(text: str) -> set[int]:
    out: set[int] = set()
    for w in _WORD.findall(text):
        n = parse_number(w.replace(",", ""))
        if n is not None:
            out.add(n)
    return out


def grounded(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without weapons destroyed on the ground told as shoot-downs."""
    if not body_has(doc.body, "destroy") or not (
        body_has(doc.body, "-controlled") or body_has(doc.body, "ground")
    ):
        return found
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Interception) and f.intercepted is not None:
            idx = sentence_of(doc, f.evidence.start)
            text = doc.sentences[idx].text if idx >= 0 else ""
            m = _GROUND.search(text) if "destroy" in text else None
            if m is not None and f.launched is None:
                rest = text[: m.start()] + text[m.end() :]
                if f.intercepted in _nums(m.group("list")) and f.intercepted not in _nums(rest):
                    continue
        out.append(f)
    return out


def all_of(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with "the rockets were all intercepted" read as an all-intercepted outcome."""
    if not body_has(doc.body, "were all"):
        return found
    out = list(found)
    for sent in sentences_with(doc, "were all"):
        m = _ALL.search(sent.text)
        if m is None or any(
            isinstance(f, Interception) and sent.start <= f.evidence.start < sent.end for f in out
        ):
            continue
        lo, hi = sent.start + m.start(), sent.start + m.end()
        weapon: InterceptWeapon = "drone" if m.group("w") in ("drones", "UAVs") else "missile"
        ev = Evidence(doc.body[lo:hi], lo, hi)
        out.append(Interception(ev, 0.7, weapon, None, None, None, True, "exact", None, None))
    out.sort(key=lambda f: f.evidence.start)
    return out


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """Round n52's passes over the interception chain's result."""
    return all_of(doc, grounded(doc, found))
