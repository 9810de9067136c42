"""Round n64's casualty readings (helper h_fix_n64, ``dev_numeric113``), the outermost call
of :func:`pipeline.extract._n28cas.revise`.

The real-text set ``real16`` (studied, never copied) told a toll's subgroup in two shapes
the readers want in their plain form ("Two of the injured were in serious condition",
"Four of the injured are firefighters": the written condition / subgroup rule):

* the harm noun widened: "N of those injured / the people injured (in the attack)" and a
  hedge before the condition ("was said to be / is reported to be / remains in severe
  condition") - a record of N injured (or killed) people;
* the subgroup told after the widened noun: "N of the people injured in the attack are
  emergency response workers" - a record of N injured (or killed) of that group.

The reading is gated on the literal " of th" and a harm word in the sentence before its
regex; a toll already found over the same words is kept and nothing is added.
"""

from __future__ import annotations

import re

from pipeline.extract._barestrike import bare_casualty
from pipeline.extract._n25update import value
from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import SMALL_WORDS

__all__ = ["revise"]

_N = rf"(?:\d{{1,3}}|{SMALL_WORDS})"
_PLURAL = (
    r"(?:workers|firefighters|rescuers|children|women|soldiers|officers|policemen|civilians|"
    r"medics|paramedics|journalists|students|teenagers|servicemen|employees|volunteers|"
    r"doctors|nurses|pupils|minors|miners|farmers)"
)
_SUB = re.compile(
    rf"\b(?P<n>{_N})\s+of\s+(?:those|the(?:\s+people|\s+persons)?)\s+"
    r"(?P<h>injured|wounded|hurt|killed|dead)"
    r"(?:\s+(?:in|by)\s+(?:the|this|that)\s+(?:[a-z]+\s+)?[a-z]+)?\s+(?:was|were|is|are|remains?)\s+"
    r"(?:(?:said|reported|believed)\s+to\s+be\s+|reportedly\s+|now\s+|still\s+)?"
    r"(?:in\s+(?:an?\s+)?(?:very\s+|extremely\s+)?(?P<c>severe|serious|critical|grave)\s+condition\b"
    rf"|(?P<g>(?:[a-z-]+\s+){{0,2}}{_PLURAL})\b)",
    re.IGNORECASE,
)
_HARMS = ("injured", "wounded", "hurt", "killed", "dead")


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Add a toll's subgroup told with a widened harm noun ("N of those injured was ...")."""
    if " of th" not in doc.body:
        return found
    spans: list[tuple[int, int]] | None = None
    added: list[Finding] = []
    for sent in doc.sentences:
        text = sent.text
        if " of th" not in text:
            continue
        if not any(h in text for h in _HARMS):
            continue
        for m in _SUB.finditer(text):
            n = value(m.group("n"))
            if n is None:
                continue
            if spans is None:
                spans = [
                    (f.evidence.start, f.evidence.end) for f in found if isinstance(f, Casualty)
                ]
            start, end = sent.start + m.start(), sent.start + m.end()
            if any(a < end and start < b for a, b in spans):
                continue
            spans.append((start, end))
            group = m.group("g").lower() if m.group("g") else "people"
            dead = m.group("h").lower() in ("killed", "dead")
            killed, injured = (n, None) if dead else (None, n)
            added.append(bare_casualty(doc, start, end, group, killed, injured, confidence=0.7))
    return found + added if added else found
