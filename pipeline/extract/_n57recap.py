"""Round n57's shared background spans: recaps (helper h_fix_n57).

The real-text set ``real21`` (studied, never copied) showed figures the conventions call
background (``tests/data/README.md``: "It must be recalled that ..." opens a recap, like
"Recall, ..."; a past period is no event) that every reader took as news:

- "Recall that at 21:15, a drone attack began ..." and the lone heading line "Recall" open
  a recap: the rest of that paragraph (the heading: the next one) is background, up to a
  sentence fronted by a fresh day ("On Tuesday, ..."); "Recall, ..." is its one sentence;

(A launch tally over "the last days of 2023" stays a strike: ``dev_numeric2``'s dnum2-005
and the weekly totals (``P7D``) of the conventions; the real label calling it background
was not followed.)

:func:`recap_spans` gives those body ranges, sorted, for the strike and casualty passes of
this round; it is gated on a literal and memoised per body (both passes ask).
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract.model import Document

__all__ = ["inside", "recap_spans"]

_RECALL = re.compile(r"^\W*Recall(?:\s+that\b|\s*,|\s*$)")
_FRESH = re.compile(
    r"^\W*(?:On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|Overnight|"
    r"Today|Tonight|This\s+(?:morning|evening|afternoon)|Now)\b"
)
_memo: tuple[str | None, list[tuple[int, int]]] = (None, [])


def recap_spans(doc: Document) -> list[tuple[int, int]]:
    """Sorted ``(start, end)`` body ranges that are recap background."""
    global _memo
    body = doc.body
    if _memo[0] is body:
        return _memo[1]
    spans: list[tuple[int, int]] = []
    if body_has(body, "Recall"):
        sents = doc.sentences
        for idx, sent in enumerate(sents):
            text = sent.text
            if "Recall" in text and _RECALL.match(text):
                para = sent.paragraph
                if text.strip(" \n\t:.") == "Recall" and idx + 1 < len(sents):
                    para = sents[idx + 1].paragraph
                end = sent.end
                if "," not in text[: text.find("Recall") + 8]:  # "Recall, ..." is one sentence
                    for later in sents[idx + 1 :]:
                        if later.paragraph > para or _FRESH.match(later.text):
                            break
                        end = later.end
                spans.append((sent.start, end))
    spans.sort()
    _memo = (body, spans)
    return spans


def inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether offset ``at`` falls in one of ``spans`` (few: a linear test is cheapest)."""
    return any(a <= at < b for a, b in spans)
