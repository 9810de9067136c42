"""Statements on agency copy, statement round 65 (phrasing survey, ``dev_statements91``):
five phrasings of real wire copy (Reuters and AP datelines, TASS and Sputnik briefings,
UN and EU joint statements, Al Jazeera and Times of Israel quotes of Hamas and the army)
that the reader missed or gave to the wrong speaker.

Each reading is a mechanism, not a sentence:

- a dateline ("May 25 (Reuters) - ", "KYIV, Feb 11 (AP) - ") before a sentence the reader
  left without a statement although it has a verb of saying ("... said early on Sunday
  that C") is read again without the dateline;
- a participle aside between the verb of saying and its "that" ("said on Monday, responding
  to a question about X, that C", "told a briefing, referring to Y, that C") is no part of
  the reported clause: the quote is C, and a sentence left without a statement is read
  again without the aside;
- two named speakers joined by "and" before one verb of saying ("A and B said (in a joint
  statement) (that) C", "C, TITLE A and TITLE B said") each said C: the sentence is read
  once per speaker, and a later "The (joint) statement said / added (that) C2" is both
  speakers' too (also after "A and B issued a joint statement");
- "A called / described the remarks from TITLE B "C"" gives the partial C to A, the
  subject, never to the person whose remarks A judged.

Sentences the reader missed are read again through the whole extractor (the passage with
that one sentence simplified), so naming and canonical forms stay the reader's own; such
a re-reading is never nested. Each reading starts with a literal test of the sentence.
A re-reading costs a whole extraction: :mod:`pipeline.extract._reread` bounds them.

Runs last in :mod:`pipeline.extract._latepasses`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from pipeline.extract import _reread
from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement, split
from pipeline.extract._stmtindex import BySentence, outside, within
from pipeline.extract.model import Document, Finding, Sentence, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_VERB = r"(?:said|says|told|stated|wrote|added|announced|warned|stressed|noted)"
_SAYING = re.compile(rf"\b{_VERB}\b")
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z .'-]{1,30},[ \t]+)?(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}[ \t]+)?"
    r"\([A-Za-z][\w .&/-]{1,30}\)[ \t]*[-\u2013\u2014]{1,2}[ \t]+"
)
_ASIDE_QUOTE = re.compile(
    r"^(?:[a-z]{3,}ing|asked|when[ \t]+asked)\b[^\"\u201c\u201d]{2,160}?,[ \t]+that[ \t]+"
    r"(?P<c>.{8,})$"
)
_ASIDE = re.compile(
    rf"\b{_VERB}(?:[ \t]+[^,\"\u201c\u201d]{{1,40}}?)?(?P<a>,[ \t]+(?:[a-z]{{3,}}ing|asked)\b"
    r"[^,\"\u201c\u201d]{2,120},)[ \t]+that[ \t]"
)
_NAME = (
    r"[A-Z][\w'\u2019.-]*(?:[ \t]+(?:(?:von|van|der|den|de|al|bin|ibn|la|le|da)[ \t]+)*"
    r"(?:(?:al|el|ad|ash|abu)-)?[A-Z][\w'\u2019-]+)+"
)
_JOINT = re.compile(
    rf"(?:^|,[ \t]+)(?P<a>(?:[^,\"\u201c\u201d]{{0,60}}?[ \t])?{_NAME})[ \t]+and[ \t]+"
    rf"(?P<b>(?:[^,\"\u201c\u201d]{{0,60}}?[ \t])?{_NAME})[ \t]+"
    rf"(?P<v>{_VERB}|issued|released)\b"
)
_JOINT_VERBS = (*_VERB[3:-1].split("|"), "issued", "released")
"""The verbs :data:`_JOINT` ends with, as literals (a sentence with none skips it)."""
_JOINT_PREFIX = re.compile(
    r"^in[ \t]+a[ \t]+(?:joint[ \t]+)?statement(?:[ \t]+\w+){0,3},?[ \t]+that[ \t]+"
)
_STATEMENT_SAID = re.compile(
    r"^The[ \t]+(?:joint[ \t]+)?statement[ \t]+(?:said|added|noted|stressed|mentioned)"
    r"(?:[ \t]+that)?,?[ \t]+(?P<c>[^\"\u201c\u201d]{8,}?)[ \t]*\.?$"
)
_CALLED = re.compile(
    r"^(?P<s>[^\"\u201c\u201d]{3,100}?)[ \t]+(?:called|described|dubbed|termed|labell?ed)[ \t]+"
    r"(?:the|his|her|their)[ \t]+(?:remarks|comments|words|statement|briefing|claims?|"
    r"proposal|demands)[ \t]+(?:from|by|of)[ \t]+(?P<o>[^\"\u201c\u201d]{3,100}?)[ \t]+"
    r"(?:as[ \t]+)?(?:an?[ \t]+)?[\"\u201c]"
)
_SUBJECT_NAME = re.compile(rf"(?P<n>{_NAME})$")
_TITLE_WORDS = r"Minister|President|Secretary|Chancellor|Premier|Chief|Commander|General|Spokes\w+"
_TITLE = re.compile(
    rf"^(?:{_TITLE_WORDS}|Head|Affairs|Policy|Security|Integration|Defen[cs]e|Council)$"
)


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    if _reread.nested():
        return found
    statements, others = split(found)
    statements = [_trim_aside(s) for s in statements]
    body = doc.body
    if body_has(body, ") ") or body_has(body, ", that "):
        statements = _missed(doc, statements)
    if body_has(body, " and "):
        statements = _joint(doc, statements)
    if body_has(body, " called ") or body_has(body, " described "):
        statements = _called(doc, speakers, statements)
    return [*others, *statements]


def _trim_aside(s: Statement) -> Statement:
    """ "said, responding to X, that C": the quote is C."""
    if s.mode != "indirect" or ", that " not in s.quote:
        return s
    m = _ASIDE_QUOTE.match(s.quote)
    if m is None or f", {s.quote}" not in s.evidence.text:
        return s
    return replace(s, quote=m.group("c").rstrip(" ."))


def _missed(doc: Document, statements: list[Statement]) -> list[Statement]:
    """A sentence with a verb of saying but no statement, read again without its dateline
    or without the aside between its verb and "that"."""
    out = list(statements)
    read = sorted(s.evidence.start for s in statements)
    for sentence in doc.sentences:
        text = sentence.text
        if _SAYING.search(text) is None:
            continue
        k = bisect_left(read, sentence.start)
        if k < len(read) and read[k] < sentence.end:
            continue  # the sentence has a statement
        simpler = text
        if ") " in text:
            m = _DATELINE.match(text)
            if m is not None:
                simpler = simpler[m.end() :]
        if ", that " in simpler:
            a = _ASIDE.search(simpler)
            if a is not None:
                simpler = simpler[: a.start("a")] + simpler[a.end("a") :]
        if simpler != text and _reread.left() > 0:
            out.extend(_trim_aside(s) for s in _reread.statements_in(doc, sentence, simpler))
    out.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return out


def _joint(doc: Document, statements: list[Statement]) -> list[Statement]:
    """ "A and B said C": C for each of them, and a later "The statement said C2" too."""
    out = list(statements)
    index = BySentence(doc.sentences, out)
    pair: tuple[str, ...] = ()
    for k, sentence in enumerate(doc.sentences):
        text = sentence.text
        if pair and text.startswith("The ") and " statement " in text:
            m = _STATEMENT_SAID.match(text)
            if m is not None:
                out = _for_pair(out, sentence, pair, m.group("c"))
                index = BySentence(doc.sentences, out)
                continue
        if " and " not in text:
            continue
        if _reread.left() <= 0:
            continue  # no re-reading left for this document
        if not any(v in text for v in _JOINT_VERBS):
            continue  # no verb :data:`_JOINT` can end with
        j = _JOINT.search(text)
        if j is None:
            continue
        if j.group("v") in ("issued", "released"):
            if "statement" in text[j.end() : j.end() + 30]:
                pair = _pair_names(doc, sentence, j)
            continue
        if any(" and " in s.speaker for s in index.of(k)):
            continue  # "the National Security and Defence Council said": one body
        read = _pair_reads(doc, sentence, j)
        if read:
            out = outside(out, sentence) + read
            out.sort(key=lambda s: (s.evidence.start, s.evidence.end))
            index = BySentence(doc.sentences, out)
            pair = tuple(dict.fromkeys(s.speaker for s in read))
    return out


def _pair_reads(doc: Document, sentence: Sentence, j: re.Match[str]) -> list[Statement]:
    """The sentence read once with A alone and once with B alone before the verb."""
    text = sentence.text
    reads: list[list[Statement]] = []
    for side in ("a", "b"):
        last = j.group(side).split()[-1]
        if _TITLE.match(last):  # "Deputy Prime Minister and Defence Minister NAME": one person
            return []
        alone = text[: j.start("a")] + j.group(side) + text[j.end("b") :]
        read = [_joint_quote(s) for s in _reread.statements_in(doc, sentence, alone)]
        if any(last not in s.speaker for s in read):  # the side names no speaker of its own
            return []
        reads.append(read)
    first, second = reads
    if not first or not second:
        return []
    if {s.speaker for s in first} & {s.speaker for s in second}:
        return []
    return [*first, *second]


def _pair_names(doc: Document, sentence: Sentence, j: re.Match[str]) -> tuple[str, ...]:
    """The speakers A and B as the extractor names them ("A said it." read per side)."""
    names: list[str] = []
    for side in ("a", "b"):
        read = _reread.statements_in(
            doc, sentence, f"{j.group(side)} said it was ready.", verbatim=False
        )
        if not read:
            return ()
        names.append(read[0].speaker)
    return tuple(names) if names[0] != names[1] else ()


def _joint_quote(s: Statement) -> Statement:
    m = _JOINT_PREFIX.match(s.quote)
    return s if m is None else replace(s, quote=s.quote[m.end() :])


def _for_pair(
    statements: list[Statement], sentence: Sentence, pair: tuple[str, ...], clause: str
) -> list[Statement]:
    kept = [s for s in statements if not (within(s, sentence) and s.mode == "indirect")]
    cue = "said"
    added = [
        new_statement(sentence.text, sentence.start, name, "indirect", clause, cue) for name in pair
    ]
    return sorted([*kept, *added], key=lambda s: (s.evidence.start, s.evidence.end))


def _called(doc: Document, speakers: Speakers, statements: list[Statement]) -> list[Statement]:
    """ "A called the remarks from TITLE B "C"": the partial C is A's."""
    out = list(statements)
    index = BySentence(doc.sentences, out)
    for k, sentence in enumerate(doc.sentences):
        text = sentence.text
        if " called " not in text and " described " not in text:
            continue
        m = _CALLED.match(text)
        if m is None:
            continue
        n = _SUBJECT_NAME.search(m.group("s"))
        if n is None:
            continue
        subject = speakers.canonical(n.group("n"))
        obj = m.group("o")
        for i in index.positions(k):  # a new speaker keeps the statement's offsets
            s = out[i]
            if s.mode == "partial" and s.speaker != subject and s.speaker.split()[-1] in obj:
                out[i] = replace(s, speaker=subject)
    return out
