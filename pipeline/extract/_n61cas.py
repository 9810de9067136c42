"""Round n61's casualty readings (helper h_fix_n61, ``dev_numeric110``), the outermost call
of :func:`pipeline.extract._n28cas.revise`.

The real-text set ``real23`` (studied, never copied) showed two tolls the chain missed:

* a family's children: "N of his (brother's) children were killed", "had lost his wife
  and N of his children": the toll readers want the counted noun right after the count,
  so "N of POSS children" was lost; it is a toll of N children (killed, or injured with
  "wounded" / "injured"); with no harm word ("live abroad", "attend school") no toll;
* a second group after "N of those killed were X and M Y" ("... were police officers and
  two suicide bombers"): the reader took X; Y is a toll of its own of M killed.

Each reading is gated on a literal before its regex; new tolls skip any casualty already
found over the same words.
"""

from __future__ import annotations

import re

from pipeline.extract._barestrike import bare_casualty
from pipeline.extract._n25update import value
from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import SMALL_WORDS

__all__ = ["revise"]

_N = rf"(?:\d{{1,3}}|{SMALL_WORDS})"
_POSS = r"(?:(?:his|her|their|my|our)(?:\s+[a-z]+[’']s)?|[A-Z][a-z]+[’']s)"
_KIDS = re.compile(
    rf"\b(?P<n>{_N})\s+of\s+{_POSS}\s+children\s+"
    r"(?:(?:were|had\s+been|have\s+been)\s+(?P<v>killed|wounded|injured)\b|died\b)"
    rf"|\blost\s+(?:(?:his|her|their)\s+[a-z]+\s+and\s+)?(?P<n2>{_N})\s+of\s+{_POSS}\s+children\b",
    re.IGNORECASE,
)
_SECOND = re.compile(
    rf"\b{_N}\s+of\s+(?:those\s+killed|the\s+dead)\s+were\s+[\w -]{{3,40}}?"
    rf"\s+and\s+(?P<ev>(?P<n>{_N})\s+(?:an?\s+)?(?P<g>[a-z-]+(?:\s+[a-z-]+)?))\s*(?=[,.;])",
    re.IGNORECASE,
)
_SINGULAR = {"gunman": "gunmen", "attacker": "attackers", "bomber": "bombers"}


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Add the family-children tolls and the second group of a split death toll."""
    body = doc.body
    kids = " children" in body
    second = " of those killed were " in body or " of the dead were " in body
    if not (kids or second):
        return found
    spans = [(f.evidence.start, f.evidence.end) for f in found if isinstance(f, Casualty)]
    added: list[Finding] = []
    for sent in doc.sentences:
        text = sent.text
        hits: list[tuple[int, int, str, int | None, bool]] = []
        if kids and " children" in text and " of " in text:
            for m in _KIDS.finditer(text):
                n = value(m.group("n") or m.group("n2"))
                hurt = (m.group("v") or "").lower() in ("wounded", "injured")
                hits.append((m.start(), m.end(), "children", n, hurt))
        if second and (" of those killed were " in text or " of the dead were " in text):
            for m in _SECOND.finditer(text):
                g = m.group("g").lower()
                hits.append(
                    (
                        m.start("ev") - 4,
                        m.end("ev"),
                        _SINGULAR.get(g, g),
                        value(m.group("n")),
                        False,
                    )
                )
        for s, e, group, n, hurt in hits:
            start, end = sent.start + s, sent.start + e
            if n is None or any(a < end and start < b for a, b in spans):
                continue
            spans.append((start, end))
            killed, injured = (None, n) if hurt else (n, None)
            added.append(bare_casualty(doc, start, end, group, killed, injured, confidence=0.7))
    return found + added if added else found
