"""Headlines and ticker headings whose figures the story below restates (no events).

Translated German copy opens with a sentence-case headline in its own paragraph ("Night
of heavy air raids: Russia attacks Ukraine with more than 500 drones and missiles") and
a live ticker heads each entry with a line of its own ("+++ 08:30 +++ Fedorov: 512
attacks in one day", the time stamp removed as boilerplate) before the entry's body. The
conventions (``dev_numeric34``) read such a line as the same event as the body's figure,
never one of its own; the headline usually rounds it ("more than 500" for 537, "almost
50" for 48), so the strike read from it would not be recognised as a restatement.

:func:`restated_heads` names those lines: no closing punctuation, a paragraph of their
own (the headline) or the first line of a paragraph that goes on (a ticker entry), and
every figure restated in the body: the same number, or the rounded form's range ("more
than/over N" for N to 1.25 N, "almost/nearly N" for 0.8 N to N, "around/about N" within
a tenth). A line with a figure the body never states stays read as before.
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._num22head import restated_parts
from pipeline.extract.model import Document
from pipeline.extract.numbers import Quantity, find_quantities

# "512 attacks in one day": the "one" of a period is no figure to restate.
_PERIOD_AFTER = re.compile(r"\s+(?:hours?|days?|nights?|weeks?|months?|years?)\b", re.I)
_CLOSING = '.!?:;"”’)»“'
# A ticker entry's time stamp before its heading (the parser keeps it out of the sentence).
_STAMP = re.compile(r"\+{3}\s*\d{1,2}[:.]\d{2}\s*(?:Uhr\s*)?\+{3}[ \t]*$")
_HEAD_MAX = 160
"""Longer lines are prose, not headings."""
_TICKER_REACH = 6
"""How many sentences of its entry a ticker heading's figures may be restated in."""


def _fits(head: Quantity, value: int) -> bool:
    """True when the body's ``value`` is what the heading's rounded figure stands for."""
    n = head.value
    if head.approx == "at_least":
        return n <= value <= n * 1.25
    if head.approx == "at_most":
        return n * 0.8 <= value <= n
    if head.approx == "about":
        return abs(value - n) <= n * 0.1
    return value == n


def _restated(head: str, body: list[str]) -> bool:
    """True when ``head`` states figures and the ``body`` restates every one of them."""
    figures = [q for q in find_quantities(head) if _PERIOD_AFTER.match(head, q.end) is None]
    if not figures:
        return False
    values = [v for text in body for q in find_quantities(text) for v in (q.value, q.total) if v]
    for q in figures:
        if not any(_fits(q, v) for v in values):
            return False
        if q.total is not None and q.total not in values:
            return False  # "19 of 23 cruise missiles": both figures
    return True


def _stamped(doc: Document, start: int) -> bool:
    """True when a ticker time stamp stands right before the sentence at ``start``."""
    return (
        body_has(doc.body, "+++") and _STAMP.search(doc.body, max(0, start - 24), start) is not None
    )


def _heading(text: str) -> bool:
    text = text.rstrip()
    return bool(text) and len(text) <= _HEAD_MAX and text[-1] not in _CLOSING


_LAST: list[tuple[Document, frozenset[int]]] = []
"""The last document's answer: the gate and the casualty reader both ask for it."""


def restated_heads(doc: Document) -> frozenset[int]:
    """Indices of heading sentences whose every figure the story restates."""
    if _LAST and _LAST[0][0] is doc:
        return _LAST[0][1]
    found = _restated_heads(doc)
    _LAST[:] = [(doc, found)]
    return found


def _restated_heads(doc: Document) -> frozenset[int]:
    sents = doc.sentences
    out: set[int] = restated_parts(doc, _restated)  # "...: 3 dead. Moscow: «Shot down 112»"
    for idx, sent in enumerate(sents):
        if idx + 1 >= len(sents) or not _heading(sent.text):
            continue
        if idx > 0 and sents[idx - 1].paragraph == sent.paragraph:
            continue  # not the first line of its paragraph
        nxt = sents[idx + 1]
        if nxt.paragraph != sent.paragraph and all(_heading(s.text) for s in sents[:idx]):
            body = [s.text for s in sents[idx + 1 :]]  # the headline (under a kicker line)
        elif nxt.paragraph == sent.paragraph and not _heading(nxt.text) and sent.text[:1].isalnum():
            end = idx + 1 + _TICKER_REACH
            body = [s.text for s in sents[idx + 1 : end] if s.paragraph == sent.paragraph]
        elif _stamped(doc, sent.start) and not _heading(nxt.text):
            # "+++ 08:05 +++ Night attack with 104 drones" over its entry's own paragraph
            end = idx + 1 + _TICKER_REACH
            body = [s.text for s in sents[idx + 1 : end] if s.paragraph == nxt.paragraph]
        else:
            continue
        if _restated(sent.text, body):
            out.add(idx)
    return frozenset(out)
