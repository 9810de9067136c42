"""A subtype named inside a fronted launch: "Of the 60 missiles, among them 40 Kh-101, ...".

Translated German copy fronts the launch figure of a report and names a subtype before the
outcome: "Of the 60 missiles, among them 40 cruise missiles of the type Kh-101, the air
defence brought down 21" ("Von den 60 Raketen, darunter 40 Marschflugkörper ..., wehrte
die Luftabwehr 21 ab"). The subtype is part of the launch (``dev_numeric34``: a subtype
named right after a report's launch figure is part of that one interception), never a
shoot-down figure of its own; the bare outcome after it ("21") answers the fronted
launch, whose weapon it takes.
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import QUALIFIER

_SUBTYPE_IN_FRONT = re.compile(
    r"\s*(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?\d[\d,.]*\s+[^,;.:\d]{1,60}?,\s*"
    r"(?:including|among\s+(?:them|these|those|which)|thereof|of\s+which)\s+"
    rf"{QUALIFIER}(?=\S)",
    re.IGNORECASE,
)


def front_subtype(text: str, start: int) -> bool:
    """True when the figure at ``start`` is the subtype an "Of the N X, among them M Y, ..."
    opening names (its own clause closes with a comma before the report's verb)."""
    if start > 120 or text.lstrip()[:3].lower() not in ("of ", "out"):
        return False
    m = _SUBTYPE_IN_FRONT.match(text)
    if m is None or m.end() != start:
        return False
    comma = text.find(",", start)
    return comma != -1 and not any(v in text[start:comma] for v in _VERB_HINTS)


_VERB_HINTS: tuple[str, ...] = (" were ", " was ", " shot ", " down", " destroyed", " intercepted")
"""Words that would make the "including N" clause an outcome of its own."""
