"""The total a subgroup is told among: "Two children were among the 14 wounded".

The figure after "among the" restates the toll the article gave before (or counts the
people the subgroup belongs to); the record is the subgroup's own figure ("children
injured 2"), never a second record of the total under the subgroup's name. Read from the
figure's left ("were among the ") and its right (a harm word right after it).
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import Quantity, find_quantities

_AMONG_BEFORE = re.compile(
    r"\b(?:were|are|was|is)\s+(?:also\s+)?(?:among|amongst)\s+(?:the|those)\s+$", re.IGNORECASE
)
_HARM_AFTER = re.compile(
    r"\s+(?:people\s+|persons\s+)?(?:dead|killed|injured|wounded|hurt|victims|casualties"
    r"|fatalities)\b",
    re.IGNORECASE,
)


def among_total(text: str, q: Quantity) -> bool:
    """True when ``q`` is the total of "N X were among the <q> wounded/dead"."""
    if "mong" not in text[max(0, q.start - 30) : q.start]:
        return False
    if _AMONG_BEFORE.search(text, max(0, q.start - 40), q.start) is None:
        return False
    return _HARM_AFTER.match(text, q.end) is not None


def drop_among_restated(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without a "people" record read from "among the 14 wounded" when an earlier
    record already counted that toll ("killing three people and wounding 14 ... Two children
    were among the 14 wounded"); with no earlier toll the figure is the story's own."""
    if not body_has(doc.body, "mong"):
        return found
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Casualty) and f.group == "people" and _restated(doc, f, out):
            continue
        out.append(f)
    return out


def _restated(doc: Document, c: Casualty, earlier: list[Finding]) -> bool:
    if (c.killed is None) == (c.injured is None):
        return False
    value = c.killed if c.killed is not None else c.injured
    sent = next((s for s in doc.sentences if s.start <= c.evidence.start < s.end), None)
    if sent is None or "mong" not in sent.text:
        return False
    text = sent.text
    if not any(q.value == value and among_total(text, q) for q in find_quantities(text)):
        return False
    kind = "killed" if c.killed is not None else "injured"
    return any(isinstance(e, Casualty) and getattr(e, kind) == value for e in earlier)
