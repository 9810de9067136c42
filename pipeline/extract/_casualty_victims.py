"""A subgroup listed after "Among the victims were" takes the kind of the toll before it.

Sudan, Gaza and Myanmar copy gives the toll, then who the victims were, often with the
injured in the same sentence: "At least 32 civilians were killed in an RSF attack on El
Fasher. Among the victims were four women and ten children, and 17 others were injured."
The women and children have no harm word of their own, and the nearest one ("injured")
belongs to the others. As the conventions read "Among the victims there are two doctors"
after a toll (``dev_numeric28``), the subgroups take the kind of the toll the sentence
before states: killed when it counts the dead. Applied by
:func:`pipeline.extract._casualty_update.drop_updated` to the sentence's records that come
before its first harm word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract.model import Casualty, Document, Finding

_VICTIMS_OPEN = re.compile(
    r"\s*[\"“]?\s*among\s+(?:the\s+)?(?:victims|casualties)\s+(?:were|are|was|is)\b",
    re.IGNORECASE,
)
_HARM = re.compile(r"\b(?:kill|dead|died|death|injur|wound|hurt)", re.IGNORECASE)


def victims_of_toll(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with the injured-only subgroups of an "Among the victims were ..." sentence
    turned to killed when the record before that sentence counts the dead."""
    starts = [s.start for s in doc.sentences]
    out = list(found)
    for i, f in enumerate(out):
        if not isinstance(f, Casualty) or f.killed is not None or f.injured is None:
            continue
        sent = doc.sentences[max(0, bisect_right(starts, f.evidence.start) - 1)]
        opener = _VICTIMS_OPEN.match(sent.text)
        if opener is None:
            continue
        harm = _HARM.search(sent.text, opener.end())
        if harm is not None and sent.start + harm.start() < f.evidence.end:
            continue  # the figure's own harm word, or one before it
        before = (p for p in reversed(out[:i]) if isinstance(p, Casualty))
        prev = next((p for p in before if p.evidence.end <= sent.start), None)
        if prev is not None and prev.killed is not None:
            out[i] = replace(f, killed=f.injured, injured=None)
    return out
