"""Round n38's casualty revision: an earlier attack recalled in a relative clause.

Real AzVision/Anadolu copy (the real8 page set) recalls the attack that set off today's
story inside a "following" phrase: "Tension has mounted ... following a deadly airstrike on
Friday that killed at least 45 people".  The written conventions make an earlier attack
recalled background ("Already on Tuesday ...", "had left 17 people dead"); the toll sits in
a relative clause of a phrase that only dates the main clause, and the main clause tells
no harm of its own.

:func:`revise` drops such a casualty when the attack is dated to a day, a date or "last
week" and the article reports a toll of its own in another sentence (a story made of the
recalled attack alone keeps it).
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding

__all__ = ["revise"]

_DAY = (
    r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})|last\s+(?:week|month|weekend|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|earlier\s+this\s+(?:week|month))"
)
_RECALL = re.compile(
    r"\b(?:following|since|after|in\s+the\s+wake\s+of)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:strike|airstrike|air\s+strike|attack|raid|bombing|shelling|missile\s+strike)\s+"
    r"(?:[^.;,]{0,60}?\s)?" + _DAY + r"(?:[^.;]{0,60}?)\s+(?:that|which)\s+"
    r"(?:killed|left|wounded|injured)\b"
)
"""A dated earlier attack with a relative clause of harm: "following a deadly airstrike on
Friday that killed"."""
_MAIN_HARM = re.compile(
    r"\b(?:killed|killing|dead|died|injured|injuring|wounded|wounding|hurt)\b|\d", re.I
)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the tolls of earlier attacks recalled in a relative clause."""
    if not body_has(doc.body, " that ") and not body_has(doc.body, " which "):
        return found
    drop: set[int] = set()
    for k, f in enumerate(found):
        if not isinstance(f, Casualty):
            continue
        idx = sentence_of(doc, f.evidence.start)
        if idx < 0:
            continue
        sent = doc.sentences[idx]
        m = _RECALL.search(sent.text)
        if m is None or f.evidence.start < sent.start + m.end() - 12:
            continue
        if _MAIN_HARM.search(sent.text[: m.start()]):
            continue
        others = any(
            isinstance(g, Casualty) and sentence_of(doc, g.evidence.start) != idx
            for j, g in enumerate(found)
            if j != k
        )
        if others:
            drop.add(k)
    if not drop:
        return found
    return [f for k, f in enumerate(found) if k not in drop]
