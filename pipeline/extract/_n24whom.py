"""A condition share told inside the subject that points back to the injured.

Literal French and Italian copy puts the share into an aside of "the wounded" ("Les
blessés, dont trois dans un état grave, ont été transportés ..." -> "The wounded, of whom
three in serious condition, were taken to the hospital"). The sentence before it told the
toll; the aside is a condition share of its injured, as "The injured were taken to
hospital; one of them was in critical condition" is (``dev_numeric48``), one record
(injured N, people) when N is below the toll's injured.
"""

from __future__ import annotations

import re

from pipeline.extract.model import Casualty, Document
from pipeline.extract.numbers import Quantity, find_quantities

_LEAD = re.compile(
    r"\W*The\s+(?:injured|wounded)\s*,\s*(?:of\s+whom|among\s+(?:them|whom)|including)\s+$",
    re.IGNORECASE,
)
_HEAD = re.compile(r"\W*The\s+(?:injured|wounded)\s*,", re.IGNORECASE)
_CONDITION = re.compile(
    r"\s+(?:(?:are|were)\s+)?in\s+(?:an?\s+)?(?:(?:very|extremely)\s+)?"
    r"(?:critical|serious|grave|severe|life-threatening)\s+(?:condition|state)s?\b",
    re.IGNORECASE,
)


def whom_share(doc: Document, idx: int, prev: Casualty) -> tuple[Quantity, int] | None:
    """The figure and end of the condition share opening sentence ``idx`` ("The wounded, of
    whom three in serious condition") when it is a share of ``prev``'s injured, else None."""
    text = doc.sentences[idx].text
    if prev.injured is None or _HEAD.match(text) is None or not (qs := find_quantities(text)):
        return None
    q = qs[0]
    if q.value is None or q.total is not None or not q.value < prev.injured:
        return None
    if _LEAD.fullmatch(text, 0, q.start) is None:
        return None
    m = _CONDITION.match(text, q.end)
    return (q, m.end()) if m is not None else None
