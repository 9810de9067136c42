"""Quotes inside a clause that a trailing cue reports (statement round 21, split out of
:mod:`pipeline.extract._s21post` to keep it small).

The quote reader gives "It had been “useful and constructive”, but C2, Ushakov said" the
fragment only; a fragment closing the first of two joined clauses stays inside the indirect
statement (the written convention for a fragment closing its clause), and so does a quoted
name after "operation"/"mission" ("The operation “Eastern Sentry” was running successfully,
Rutte said"), which the readers otherwise drop with the whole sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Evidence, Sentence, Statement

__all__ = ["NAMED_MARKS", "clause_quotes", "in_sentence", "sentence_of"]

_VERBS = r"(?:said|added|wrote|stressed|explained|emphasi[sz]ed|stated|reported|told [^,.]{2,30})"
_TRAILING = re.compile(rf", (?P<who>[^,;“”\"«»]{{2,60}}?) {_VERBS}(?: [^,;“”\"«»]{{0,40}})?\.$")
_NAMING = frozenset({"operation", "mission", "so-called", "dubbed", "codenamed", "code-named"})
_OPEN_MARKS = ("“", "„", "«")
NAMED_MARKS = ("peration “", 'peration "', "ission “", 'ission "')
_JOINERS = (", but ", ", and ", ", while ", ", although ")


def sentence_of(doc: Document, speakers: _Lookup, s: Statement) -> tuple[int, Sentence]:
    index = speakers.sentence_at(s.evidence.start)
    return index, doc.sentences[index]


def in_sentence(statements: list[Statement], sentence: Sentence) -> list[int]:
    return [
        i for i, s in enumerate(statements) if sentence.start <= s.evidence.start < sentence.end
    ]


def clause_quotes(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """A fragment closing a joined clause, or a quoted name, inside "C, X said": indirect C."""
    for i, s in enumerate(statements):
        if s.mode != "partial":
            continue
        _, sentence = sentence_of(doc, speakers, s)
        text = sentence.text
        at = text.find(s.quote)
        if at < 2 or not text[:1].isupper():
            continue
        cue = _TRAILING.search(text)
        if cue is None or cue.start() < at + len(s.quote):
            continue
        after = text[at + len(s.quote) + 1 :]
        word = text[: at - 1].rstrip().rsplit(" ", 1)[-1].lower()
        if word in _NAMING:
            if any(
                j != i and statements[j].mode == "indirect"
                for j in in_sentence(statements, sentence)
            ):
                continue
        elif not (after.startswith(_JOINERS) and at + len(s.quote) + 1 < cue.start()):
            continue
        clause = text[: cue.start()]
        if sum(clause.count(mark) for mark in _OPEN_MARKS) != 1:
            continue  # "would “stand by Ukraine”, but “not at any price”": two partials
        start = sentence.start
        statements[i] = replace(
            s, mode="indirect", quote=clause, evidence=Evidence(clause, start, start + len(clause))
        )
    _named_quotes(doc, speakers, statements)


def _named_quotes(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "The operation “X” was running successfully, Rutte said." with nothing read at all."""
    if not any(body_has(doc.body, mark) for mark in NAMED_MARKS):
        return  # every sentence is a slice of the body: none holds a mark the body lacks
    for sentence in doc.sentences:
        text = sentence.text
        if not any(mark in text for mark in NAMED_MARKS):
            continue
        if in_sentence(statements, sentence):
            continue
        cue = _TRAILING.search(text)
        if cue is None or not text[:1].isupper():
            continue
        who = speakers.named(cue.group("who"), sentence.start + cue.start("who"))
        if who is None:
            continue
        clause = text[: cue.start()]
        evidence = Evidence(clause, sentence.start, sentence.start + len(clause))
        statements.append(Statement(evidence, 0.7, who, "indirect", clause, "said"))
