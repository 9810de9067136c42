"""An update of both kinds replacing a toll that was told as two groups.

A first report often names its dead and its injured as different groups in one sentence
("killing three patients and injuring 21 people", "two soldiers were killed and 14
civilians wounded"), which the casualty reader keeps as two one-kind records. When a later
sentence of the paragraph updates the toll with both kinds at once ("In the evening they
updated the figures to four dead and 20 injured"), the update replaces both records, as it
replaces a one-record toll: every figure as large or larger, or the dead grown by at least
as many as the injured fell (wounded who died since,
:func:`pipeline.extract._casualty_raised.moved_to_dead`).

:func:`drop_split_tolls` drops such pairs; :func:`pipeline.extract._casualty_update.drop_updated`
asks it first.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.extract._bodylits import body_has
from pipeline.extract.model import Casualty, Document, Finding, Sentence

# "updated the figures to", "raised the toll to", "the toll rose to", "has risen to".
_UPDATE = re.compile(
    r"\b(?:updated|revised|raised|corrected|increased)\s+(?:the|its|their|his|her)\s+"
    r"(?:death\s+)?(?:figures?|toll|numbers?|count)\s+(?:upwards?\s+)?to\b"
    r"|\b(?:rose|(?:has|had|have)\s+(?:since\s+|now\s+)?risen|climbed)\s+to\b",
    re.IGNORECASE,
)
_CUES = ("updated", "revised", "raised", "corrected", "increased", "rose", "risen", "climbed")


def _sentence(doc: Document, starts: list[int], at: int) -> tuple[int, Sentence]:
    idx = max(0, bisect_right(starts, at) - 1)
    return idx, doc.sentences[idx]


def _fits(killed: Casualty, injured: Casualty, new: Casualty) -> bool:
    """True when ``new`` (both kinds) replaces the toll ``killed`` + ``injured``."""
    assert new.killed is not None and new.injured is not None
    k, i = killed.killed, injured.injured
    if k is None or i is None or new.killed < k:
        return False
    gained = new.killed - k
    if new.injured < i:
        return 0 < i - new.injured <= gained  # wounded who died since the first report
    return gained > 0 or new.injured > i


def drop_split_tolls(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the two one-kind records of one sentence that a later update of
    both kinds in the same paragraph replaces."""
    records = [(i, f) for i, f in enumerate(found) if isinstance(f, Casualty)]
    if not any(f.killed is not None and f.injured is not None for _, f in records):
        return found  # no update of both kinds
    if not any(body_has(doc.body, c) for c in _CUES):
        return found
    starts = [s.start for s in doc.sentences]
    drop: set[int] = set()
    for n, new in records:
        if new.killed is None or new.injured is None:
            continue
        idx, sent = _sentence(doc, starts, new.evidence.start)
        if _UPDATE.search(doc.body[sent.start : new.evidence.end]) is None:
            continue
        by_sent: dict[int, list[tuple[int, Casualty]]] = {}
        for j, old in records:
            if j == n or j in drop or old.evidence.end > sent.start:
                continue
            at, where = _sentence(doc, starts, old.evidence.start)
            if where.paragraph == sent.paragraph and at < idx:
                by_sent.setdefault(at, []).append((j, old))
        if not by_sent:
            continue
        latest = by_sent[max(by_sent)]
        killed = [(j, o) for j, o in latest if o.killed is not None and o.injured is None]
        injured = [(j, o) for j, o in latest if o.injured is not None and o.killed is None]
        if len(killed) != 1 or len(injured) != 1 or len(latest) != 2:
            continue
        if killed[0][1].group == injured[0][1].group:
            continue  # one group: the usual update reading handles it
        if _fits(killed[0][1], injured[0][1], new):
            drop.update((killed[0][0], injured[0][0]))
    return [f for i, f in enumerate(found) if i not in drop] if drop else found
