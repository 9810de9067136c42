"""Round n65's casualty revision (helper h_fix_n65, ``dev_numeric114``), hooked last in
:func:`pipeline.extract._n28cas.revise`, after ``_n64cas``.

The real-text set ``real16`` (studied, never copied) showed a governor's breakdown "two
people were found ... in one district and another person died in another area": the
written "another" rule (README, seventh session) makes "another" continuing a counted harm
list one more person of that group, but no reader took a lone "another person died / was
killed / was wounded" whose harm is its own verb. Such a clause, in a sentence where a
counted toll was already read before it, is a record of one more person (killed 1 or
injured 1) of the clause's group, with the toll's cause and source. "Another man was
wounded" with no counted toll before it stays no count, as the rule says, and a clause an
earlier reader already covers is left alone.

A literal gate on "another" per document and per sentence runs before the one regex.
"""

from __future__ import annotations

import re

from pipeline.extract._barestrike import anchored_casualty
from pipeline.extract.model import Casualty, Document, Finding

__all__ = ["revise"]

_GROUPS: dict[str, str] = {
    "person": "people",
    "man": "men",
    "woman": "women",
    "resident": "residents",
    "civilian": "civilians",
    "child": "children",
    "soldier": "soldiers",
}
_ANOTHER = re.compile(
    r"\b(?:and|while|but)\s+another\s+(?P<g>person|man|woman|resident|civilian|child|soldier)"
    r"\s+(?:(?P<d>died|was\s+killed|has\s+died|had\s+died|was\s+found\s+dead)"
    r"|(?:was|has\s+been|had\s+been)\s+(?:also\s+)?(?:injured|wounded|hurt))\b",
    re.IGNORECASE,
)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Add "... and another person died / was wounded" after a counted toll of its sentence."""
    if "another" not in doc.body:
        return found
    tolls: list[Casualty] | None = None
    added: list[Finding] = []
    for sent in doc.sentences:
        text = sent.text
        if "another" not in text:
            continue
        for m in _ANOTHER.finditer(text):
            if tolls is None:
                tolls = [f for f in found if isinstance(f, Casualty)]
            start, end = sent.start + m.start(), sent.start + m.end()
            if any(f.evidence.start < end and start < f.evidence.end for f in tolls):
                continue  # read already
            before = [
                f for f in tolls if sent.start <= f.evidence.start and f.evidence.end <= start
            ]
            if not before:
                continue  # no counted toll before it: "another man" stays no count
            anchor = before[-1]
            dead = m.group("d") is not None
            rec = anchored_casualty(
                doc,
                start + m.group(0).lower().index("another"),
                end,
                _GROUPS[m.group("g").lower()],
                1 if dead else None,
                None if dead else 1,
                anchor,
            )
            tolls.append(rec)
            added.append(rec)
    return found + added if added else found
