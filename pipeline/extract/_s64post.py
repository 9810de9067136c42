"""Statements on agency copy, statement round 64 (phrasing survey, ``dev_statements90``):
three phrasings of real wire copy (TASS, UNN, Ukrinform, Reuters, Interfax-Ukraine) that
the reader missed or gave to the wrong speaker.

Each reading is a mechanism, not a sentence:

- a reported clause that opens with a quotation and runs on past it with "and" ("says “C”
  and is urging ...", "said that “C” and that C2") is a partial quote of the quoted words
  (and "and that C2" the same speaker's indirect statement), not an indirect clause with
  the quotation marks inside; the clause is dropped when the quotation was read as a partial
  already ("said “C” in a short video, and ..."), and kept when the quotation is the
  clause's subject ("said “a leap” in defence is needed");
- "TITLE of PLACE (REGION) NAME said C" (a parenthetical region between the office and the
  name: "Mayor of Izium (Kharkiv region) Valerii Marchenko") is NAME's statement, and the
  later "the mayor said" / "He added" are NAME's, not "Izium mayor"'s;
- "C, OUTLET reports, citing (a statement from / by) BODY" gives C to BODY, not to the
  outlet, and a following "the statement said" is BODY's too (a named body only: "citing
  its own correspondent" stays the outlet's; "OUTLET reported, citing BODY, that C", the
  clause after the credit, stays the outlet's as the sets label it).

Each reading starts with a literal test of the sentence or the quote.

Runs last in :mod:`pipeline.extract._latepasses`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement, split
from pipeline.extract.model import Document, Finding, Sentence, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_OPEN = ('"', "\u201c")
_CLOSE = re.compile(r"[\"\u201d]")
_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d\n]{2,200})[\"\u201d]")
_AND = re.compile(r"[ \t]*,?[ \t]*and[ \t]")
_AND_THAT = re.compile(r"^[ \t]*,?[ \t]*and[ \t]+that,?[ \t]+(?P<c>.{8,}?)[ \t]*$")
_CAP = r"[A-Z][\w'’-]*"
_TITLED = re.compile(
    r"\b(?P<t>Mayor|Head|Governor|Chief|Chairman|Chairwoman)[ \t]+of[ \t]+(?:the[ \t]+)?"
    rf"(?P<p>{_CAP}(?:[ \t]+{_CAP}){{0,2}})(?:[ \t]+(?:district|region|oblast|community|city))?"
    rf"[ \t]+\([^()\n]{{2,40}}\),?[ \t]+(?P<n>{_CAP}(?:[ \t]+{_CAP}){{1,2}}),?[ \t]+"
    r"(?P<v>(?:said|says|stated|told[ \t]+reporters)(?:[ \t]+that)?"
    r"|(?:reported|wrote)[ \t]+that)[ \t]+"
    r"(?P<c>[^\n]{8,}?)[ \t]*\.?$"
)
_CITING = re.compile(
    rf"(?P<o>{_CAP}(?:[ \t]+{_CAP})?)[ \t]+report(?:s|ed),?[ \t]+citing[ \t]+"
    r"(?P<st>an?[ \t]+statement[ \t]+(?:from|by)[ \t]+|the[ \t]+press[ \t]+service[ \t]+of[ \t]+)?"
    rf"(?:the[ \t]+)?(?P<b>{_CAP}(?:[ \t]+{_CAP}){{0,5}})[ \t]*\.?[ \t]*$"
)
_STATEMENT_SAID = re.compile(r"\bthe[ \t]+statement[ \t]+(?:said|added|read|noted)\b")


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    statements, others = split(found)
    statements = _opening_quotes(statements)
    body = doc.body
    if body_has(body, "(") and body_has(body, " of "):
        statements = _titled(doc, speakers, statements)
    if body_has(body, "citing"):
        statements = _citing(doc, speakers, statements)
    return [*others, *statements]


def _opening_quotes(statements: list[Statement]) -> list[Statement]:
    """An indirect clause opening with a quotation that runs on past it, re-read as the
    quoted words (partial) and an "and that C2" after them (indirect)."""
    out: list[Statement] = []
    seen = {(s.speaker, s.quote) for s in statements}
    for s in statements:
        q = s.quote
        if s.mode != "indirect" or not q.startswith(_OPEN):
            out.append(s)
            continue
        close = _CLOSE.search(q, 1)
        if close is None or close.start() < 3 or not q[close.end() :].strip():
            out.append(s)
            continue
        inner = q[1 : close.start()].strip()
        if (s.speaker, inner) in seen:  # the quotation already read as a partial
            continue
        if _AND.match(q, close.end()) is None:  # "said “F” in defence is needed": a clause
            out.append(s)
            continue
        out.append(replace(s, mode="partial", quote=inner))
        more = _AND_THAT.match(q[close.end() :])
        if more is None:
            continue
        quoted = _QUOTED.findall(more.group("c"))
        if quoted:  # "and that, so far, “F” can be ..." quotes again: its partials
            out.extend(
                replace(s, mode="partial", quote=f) for f in quoted if (s.speaker, f) not in seen
            )
        elif (s.speaker, more.group("c")) not in seen:
            out.append(replace(s, mode="indirect", quote=more.group("c")))
    return out


def _within(s: Statement, sentence: Sentence) -> bool:
    return sentence.start <= s.evidence.start < sentence.end


def _titled(doc: Document, speakers: Speakers, statements: list[Statement]) -> list[Statement]:
    """ "TITLE of PLACE (REGION) NAME said C": NAME's statement, and NAME for the later
    bare-title and "Place title" speakers of the passage."""
    hits: list[tuple[Sentence, re.Match[str]]] = []
    for sentence in doc.sentences:
        if "(" in sentence.text and " of " in sentence.text:
            m = _TITLED.search(sentence.text)
            if m is not None:
                hits.append((sentence, m))
    if len(hits) != 1:
        return statements
    sentence, m = hits[0]
    name = speakers.canonical(m.group("n"))
    title = m.group("t").lower()
    place = m.group("p")
    out: list[Statement] = []
    read = False
    for s in statements:
        if _within(s, sentence):
            read = True
            if s.speaker != name and m.group("n") in s.speaker:
                s = replace(s, speaker=name)
        elif s.evidence.start >= sentence.end and _is_title(s.speaker, title, place):
            s = replace(s, speaker=name)
        out.append(s)
    if not read:
        clause = m.group("c").rstrip(" .")
        out.append(
            new_statement(sentence.text, sentence.start, name, "indirect", clause, m.group("v"))
        )
        out.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return out


def _is_title(speaker: str, title: str, place: str) -> bool:
    """``speaker`` is the office alone: "mayor", "Izium mayor", "head of the district"."""
    low = speaker.lower()
    if low == title or low == f"{place.lower()} {title}":
        return True
    return low.startswith(f"{title} of the ") and len(low.split()) <= 5


def _citing(doc: Document, speakers: Speakers, statements: list[Statement]) -> list[Statement]:
    """ "C, OUTLET reports, citing BODY": C (and a later "the statement said") is BODY's."""
    out = list(statements)
    for sentence in doc.sentences:
        text = sentence.text
        if "citing" not in text:
            continue
        m = _CITING.search(text)
        if m is None:
            continue
        outlet = m.group("o").split()[-1].split("-")[0]
        body = speakers.canonical(m.group("b"))
        statement_cited = bool(m.group("st")) and "statement" in m.group("st")
        for i, s in enumerate(out):
            if outlet not in s.speaker or s.speaker == body:
                continue
            if _within(s, sentence) or (
                statement_cited
                and s.evidence.start >= sentence.end
                and "statement" in s.evidence.text
                and _STATEMENT_SAID.search(s.evidence.text) is not None
            ):
                out[i] = replace(s, speaker=body)
    return out
