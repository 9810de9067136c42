"""Shapes round n49 (h_fix_n49) shares between its strike and air-defence readings.

Two shapes tell a hit and a shoot-down, or several launches and one outcome, in a sentence;
the strike reader (:mod:`_n49strike`) and the air-defence reader (:mod:`_n49air`) must read
them the same way, so the patterns live here once:

- "attacked the village with four drones, and air defence shot down two more" (also "; ...
  destroyed three more drones", "downed another seven"): the attack is a strike of the first
  figure and the shoot-down an outcome of its own (launched unknown), never N/M;
- "launched 30 drones at A and 20 at B, 41 of which were shot down": the combined outcome
  answers both items (no strike for either), and the sum the text never states is no launch.
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._nlit import sentences_with
from pipeline.extract._perdoc import per_document
from pipeline.extract.model import Document
from pipeline.extract.numbers import SMALL_WORDS, TEEN_WORDS

__all__ = ["NUM", "MoreShape", "more_shapes", "split_launch_spans"]

NUM = rf"(?:\d[\d,]*|{SMALL_WORDS}|{TEEN_WORDS}|twenty|thirty|forty|fifty|sixty)"
_DOWN = r"(?:shot\s+down|destroyed|downed|intercepted|neutrali[sz]ed)"
_MORE = re.compile(
    r"\bwith\s+(?P<l>" + NUM + r")\s+(?P<n>(?:[\w-]+\s+){0,2}?(?:drones|missiles|rockets|UAVs))"
    r"\b[^.;]{0,40}?[,;]?\s+(?:and\s+|while\s+)?[^.;]{0,60}?\b" + _DOWN + r"\s+"
    r"(?:(?P<m>" + NUM + r")\s+more|another\s+(?P<m2>" + NUM + r"))\b"
)
_MORE_NOUNS = ("drones", "missiles", "rockets", "UAVs")
"""The launched nouns of :data:`_MORE` (a sentence holding none is not searched)."""
_SPLIT = re.compile(
    r"\b(?P<a>" + NUM + r")\s+(?:[\w-]+\s+){0,2}?(?:drones|missiles|rockets|UAVs)\s+"
    r"(?:at|toward|towards|on|against)\s+[^,.;]{2,40}?\s+and\s+(?:another\s+)?(?P<b>"
    + NUM
    + r")\s+(?:at|toward|towards|on|against)\s+[^,.;]{2,40}?,\s+(?:(?P<q>"
    + NUM
    + r")\s+of\s+which|of\s+which\s+(?P<q2>"
    + NUM
    + r"))\s+(?:were|was)\s+"
    + _DOWN
    + r"\b"
)


class MoreShape:
    """One "with N drones ... shot down M more" reading: body offsets and the two counts."""

    __slots__ = ("end", "launch_end", "launched", "more", "noun", "start")

    def __init__(self, start: int, launch_end: int, end: int, launched: str, more: str, noun: str):
        self.start = start
        self.launch_end = launch_end
        self.end = end
        self.launched = launched
        self.more = more
        self.noun = noun


@per_document
def more_shapes(doc: Document) -> list[MoreShape]:
    """Every hit-and-more-shot-down shape of ``doc`` (cheap gate on " more" / "another").

    Asked by the strike and the interception rounds: read once per document (the list is
    shared, callers only read it)."""
    body = doc.body
    if (not body_has(body, " more") and not body_has(body, "another ")) or not body_has(
        body, "with "
    ):
        return []
    out: list[MoreShape] = []
    for sent in doc.sentences:
        text = sent.text
        if "with " not in text or (" more" not in text and "another " not in text):
            continue
        if not any(w in text for w in _MORE_NOUNS):
            continue  # every match counts one of these nouns
        for m in _MORE.finditer(text):
            more = m.group("m") or m.group("m2")
            out.append(
                MoreShape(
                    sent.start + m.start(),
                    sent.start + m.end("n"),
                    sent.start + m.end(),
                    m.group("l"),
                    more,
                    m.group("n"),
                )
            )
    return out


def split_launch_spans(doc: Document) -> list[tuple[int, int]]:
    """Body spans of "N drones at A and M at B, K of which were shot down" launches."""
    body = doc.body
    if not body_has(body, " of which "):
        return []
    out: list[tuple[int, int]] = []
    for sent in sentences_with(doc, " of which "):
        for m in _SPLIT.finditer(sent.text):
            out.append((sent.start + m.start(), sent.start + m.end()))
    return out
