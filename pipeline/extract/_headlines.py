"""Headlines and subheads: the sentences whose quotes are no statements.

The conventions (dev_articles12-16 section of tests/data/README.md) read headlines as no
statements. A headline or subhead is a one-sentence paragraph without closing punctuation,
or a "NAME: «QUOTE»" line (moved here unchanged from :mod:`pipeline.extract.statements`).
A live ticker's entry heading is the same kind of line although the entry's body follows
it in the same paragraph: "+++ 21:40 +++ Selenskyj: «...»" over "«...», he wrote." - the
heading repeats (or, as "Moscow: deliveries «prolong the suffering»", condenses) the
entry, so its quote is the entry's, never a statement of its own (and a "NAME:" that is
not the body's speaker would take the quote from the entry's real speaker).
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract.model import Document

_TERMINAL = (".", "!", "?", "”", '"', "’", "»", ")", ":", "…")
_OPENING = '«„“"'
_HEAD_MAX = 160
"""Longer lines are prose, not headings."""


def ticker_heads(doc: Document) -> set[int]:
    """Indexes of ticker entry headings: a whole line right after a removed "+++ 21:40 +++"
    stamp, with no closing punctuation of its own (or a quoted "NAME: «...»" heading)."""
    if not body_has(doc.body, "+++"):
        return set()
    ends = {span.end for span in doc.removed if doc.body.startswith("+++", span.start)}
    heads: set[int] = set()
    body = doc.body
    for i, sentence in enumerate(doc.sentences):
        if sentence.start not in ends or len(sentence.text) >= _HEAD_MAX:
            continue
        line_end = body.find("\n", sentence.start)
        if body[sentence.end : line_end if line_end >= 0 else len(body)].strip():
            continue  # the line goes on: the stamp opens a prose entry
        text = sentence.text.rstrip()
        if not text.endswith(_TERMINAL) or _quoted_headline(text):
            heads.add(i)
    return heads


def titles(doc: Document) -> set[int]:
    """Headlines and subheads: one-sentence paragraphs without closing punctuation."""
    sentences = doc.sentences
    titles: set[int] = ticker_heads(doc)
    if sentences[-1].paragraph == sentences[0].paragraph:
        return titles
    last = len(sentences) - 1
    for i, sentence in enumerate(sentences):
        if len(sentence.text) >= 160 or (
            sentence.text.endswith(_TERMINAL) and not _quoted_headline(sentence.text)
        ):
            continue  # nearly every sentence: one C call, then a short look at quotes
        paragraph = sentence.paragraph
        alone = (
            i == 0 or sentences[i - 1].paragraph != paragraph or _stamp(sentences[i - 1].text)
        ) and (i == last or sentences[i + 1].paragraph != paragraph)  # "10:15 GMT\nHEADLINE"
        closed = sentence.text.rstrip().endswith(_TERMINAL) or _german_close(sentence.text)
        if alone and (not closed or _quoted_headline(sentence.text)):
            titles.add(i)
    return titles


_STAMP = re.compile(
    r"\d{1,2}[:.]\d{2}(?:[ \t]+(?:GMT|BST|CET|CEST|EET|EEST|UTC|ET|EST|EDT|[ap]\.?m\.?))?"
)


def _german_close(text: str) -> bool:
    """ "„We want talks, not weapons.“": German marks close with “ (the English opening
    mark), so a quote-only paragraph ends in “ after its own full stop; a heading has none."""
    return text.rstrip().endswith((".“", "!“", "?“", "…“"))


def _stamp(text: str) -> bool:
    """A live page's time stamp line ("10:15 GMT") standing before an entry's headline."""
    return _STAMP.fullmatch(text.strip()) is not None


def _quoted_headline(text: str) -> bool:
    """ "Selenskyj: «Russia wants to plunge us into darkness»": a name, a colon and a quote
    with no closing punctuation of its own (a subhead, not the body's quote)."""
    if text[-1:] not in '»”“"' or text[-2:-1] in ".!?…,":
        return False
    colon = text.find(": ", 0, 40)
    if colon > 0 and text[colon + 2 : colon + 3] in _OPENING and len(text[:colon].split()) <= 3:
        return True
    # Round 35: Italian headlines put a longer lead before the colon ("Pope, new appeal for
    # Ukraine: «...»", "NAME from the Pope at X, then at Y: «...»"); a lead with no sentence
    # punctuation and a quote that is the line's only one and runs to its end is a headline.
    colon = text.rfind(": ", 0, 100)
    lead = text[:colon]
    return (
        colon > 0
        and text[colon + 2 : colon + 3] in _OPENING
        and len(lead.split()) <= 12
        and not any(mark in lead for mark in '.!?«»“”"')
    )
