"""Headlines of several parts whose figures the story restates (h_num22, ``dev_articles67``).

Italian headlines join a summary and a quoted reaction with a full stop: "Ukraine, night of
attacks on Odesa: 3 dead. Moscow: «Shot down 112 Ukrainian drones»". The sentence splitter
cuts such a line in two, and neither part looks like a heading to
:mod:`pipeline.extract._headfigs` (the first closes with a full stop, the second with a
quotation mark and shares its paragraph), so the quoted claim was read as a shoot-down of
its own, with the place of the other part ("Odesa"), beside the body's report of it.

:func:`restated_parts` names the parts of such a headline when every figure of the part is
restated in the story below: the article's first paragraph is short, is cut into several
sentences, does not close with a full stop (a heading, not a lede) and has a story after it.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.extract.model import Document

_HEAD_MAX = 200
"""Longer first paragraphs are a lede, not a headline."""


def restated_parts(doc: Document, restated: Callable[[str, list[str]], bool]) -> set[int]:
    """Indices of the first paragraph's sentences when it is a headline of several parts
    and ``restated(part, body)`` holds for the part (its figures told in the story)."""
    sents = doc.sentences
    if len(sents) < 3 or sents[1].paragraph != sents[0].paragraph:
        return set()
    first = [i for i, s in enumerate(sents) if s.paragraph == sents[0].paragraph]
    if first[-1] + 1 >= len(sents):
        return set()
    span = doc.body[sents[0].start : sents[first[-1]].end].rstrip()
    if len(span) > _HEAD_MAX or span[-1:] in ".!?":
        return set()
    body = [s.text for s in sents[first[-1] + 1 :]]
    return {i for i in first if restated(sents[i].text, body)}
