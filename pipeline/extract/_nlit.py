"""Which sentences hold a literal: one ``str.find`` run over the body, not one test per sentence.

Numeric passes that scan every sentence with a costly pattern first ask which sentences
can match at all: a pattern whose every match holds one of a few literals needs only the
sentences holding one. The literals are found in the body (or in a copy of it with one
character per character, such as its lower-cased form) and placed with one bisection
over the sentence starts, so a sentence without any is never visited.

Passes whose per-sentence work is cheap need no bisection: :func:`sentences_with` is their
shared gate (the body test, then each sentence's text), in place of a loop each wrote again.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from pipeline.extract._bodylits import body_has
from pipeline.extract._perdoc import per_document
from pipeline.extract._sentindex import sentence_starts
from pipeline.extract.model import Document, Sentence


@per_document
def _disjoint(doc: Document) -> bool:
    """True when ``doc``'s sentences run in order without overlapping (a hit then lies in
    the one sentence bisection names)."""
    sents = doc.sentences
    return all(sents[k].end <= sents[k + 1].start for k in range(len(sents) - 1))


@per_document
def lowered(doc: Document) -> str:
    """``doc.body`` lower-cased (once per document; its length may differ from the body's)."""
    return doc.body.lower()


def holding(doc: Document, text: str, words: Iterable[str]) -> set[int]:
    """Indices of the sentences whose stretch of ``text`` holds one of ``words``.

    ``text`` is ``doc.body`` or a copy of the same length (one character for each of the
    body's), so sentence ``i``'s stretch is ``text[start:end]``: for the body itself that
    is the sentence's text. When the lengths differ every sentence is returned.
    """
    sents = doc.sentences
    if len(text) != len(doc.body) or not _disjoint(doc):
        return set(range(len(sents)))
    if not (_HITS and _HITS[0][0] is doc):
        _HITS[:] = [(doc, {})]
    memo = _HITS[0][1]
    # several passes ask for the same word: remember its sentences, for the body and for
    # its lower-cased copy (other texts are not remembered)
    kind = 1 if text is doc.body else (2 if text is lowered(doc) else 0)
    found: set[int] = set()
    for word in words:
        key = (kind, word)
        hits = memo.get(key) if kind else None
        if hits is None:
            # the body and its lower-cased copy: an absent word is known without a find
            absent = kind != 0 and not body_has(text, word)
            hits = frozenset() if absent else _hits(doc, text, word)
            if kind:
                memo[key] = hits
        found |= hits
    return found


def sentences_with(doc: Document, *words: str) -> list[Sentence]:
    """The sentences whose text holds one of ``words``, in order: the gate-then-visit loop of
    the literal passes (none when the body holds no word, with no sentence visited)."""
    body = doc.body
    if len(words) == 1:  # the common case: one literal, no generator per sentence
        word = words[0]
        return [s for s in doc.sentences if word in s.text] if body_has(body, word) else []
    if len(words) == 2:  # "one"/"One"
        a, b = words
        if not body_has(body, a) and not body_has(body, b):
            return []
        return [s for s in doc.sentences if a in s.text or b in s.text]
    if not any(body_has(body, word) for word in words):
        return []
    return [s for s in doc.sentences if any(word in s.text for word in words)]


_HITS: list[tuple[Document, dict[tuple[int, str], frozenset[int]]]] = []
"""The last document asked about and its remembered hits, by (text kind, word)."""


def _hits(doc: Document, text: str, word: str) -> frozenset[int]:
    """The sentences whose stretch of ``text`` holds ``word`` (one ``find`` per hit)."""
    sents = doc.sentences
    starts = sentence_starts(doc)
    found: set[int] = set()
    at = text.find(word)
    while at != -1:
        idx = bisect_right(starts, at) - 1
        if idx >= 0 and at + len(word) <= sents[idx].end:
            found.add(idx)
            at = text.find(word, sents[idx].end)  # one hit per sentence is enough
        else:
            at = text.find(word, at + 1)
    return frozenset(found)
