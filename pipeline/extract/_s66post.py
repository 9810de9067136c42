"""Statements on agency copy, statement round 66 (real-page fixing round h_fix_s66,
``dev_statements92``): six readings of wire copy (Reuters, AFP and AP reprints, Ukrainian
and Middle East agencies) that the reader missed, cut wrongly or gave to the wrong speaker.

Each reading is a mechanism, not a sentence:

- a reported clause that runs on into a second source ("X reported that C1, but later NAME,
  TITLE, said C2") is C1 for X and C2 for NAME, not one clause; one that ends in ", according
  to (the group's spokesperson) NAME" ("saying C, according to ...") is C for NAME;
- "C, X said two days after / hours after EVENT" is C, not the time phrase after the verb;
- "was described by X as “Q”" is X's partial, not the passage's last speaker's;
- a participial opener ("Denying reports of ..., a Hamas official told AFP that C") is no
  speaker: the subject after the comma is;
- "COUNTRY, in a statement from its BODY, said C" is the country's BODY ("Egyptian Foreign
  Ministry"), not the country.

Each reading starts with a literal test of the sentence, the quote or the speaker.

Runs last in :mod:`pipeline.extract._latepasses`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement, split
from pipeline.extract._lexicon import DEMONYMS, PRONOUNS
from pipeline.extract._stmtindex import BySentence
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_CAP = r"[A-Z][\w'’-]*"
_VERB = r"(?:said|stated|reported|added|told[ \t]+(?:reporters|journalists|[A-Z][\w-]*))"
_RUNON = re.compile(
    r",[ \t]+but[ \t]+(?:(?:later|then|afterwards)[ \t]+)?"
    rf"(?P<n>{_CAP}(?:[ \t]+{_CAP}){{1,2}}),[ \t]+(?P<t>[^,\n]{{3,80}}),[ \t]+"
    rf"{_VERB}(?:[ \t]+that)?[ \t]+(?P<c>[^\n]{{8,}}?)[ \t]*\.?$"
)
_ACCORDING = re.compile(r",[ \t]+according[ \t]+to[ \t]+(?P<x>[^,\n“”\"]{3,80}?)[ \t]*\.?$")
_NAME_END = re.compile(rf"(?:^|(?<=[a-z] )){_CAP}(?:[ \t]+{_CAP}){{1,2}}$")
_COUNT = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a[ \t]+few|\d+)"
_SPAN = rf"(?:{_COUNT}[ \t]+)?(?:minutes?|hours?|days?|weeks?|months?)"
_TIMED_QUOTE = re.compile(rf"^{_SPAN}[ \t]+(?:after|before)\b")
_TIMED = re.compile(
    rf"^(?P<c>[^\n]{{8,}}?),[ \t]+(?P<sp>[^,\n]{{2,60}}?)[ \t]+(?:said|says)[ \t]+"
    rf"{_SPAN}[ \t]+(?:after|before)\b[^,\n]*\.?$"
)
_DESCRIBED = re.compile(
    r"\bdescribed[ \t]+by[ \t]+(?P<x>[^,“”\"\n]{2,60}?)[ \t]+as[ \t]+"
    r"[\"“](?P<q>[^\"“”\n]{2,200})[\"”]"
)
_OPENER = re.compile(r"^[A-Z][a-z]+ing\b")
_AFTER_OPENER = re.compile(
    r",[ \t]+(?:an?|the)[ \t]+(?P<x>[A-Za-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2})[ \t]+"
    r"(?P<v>told[ \t]+[^,\n]{2,60}?[ \t]+that|told[ \t]+(?:reporters|journalists|[A-Z][\w-]*)"
    r"|said(?:[ \t]+that)?)[ \t]+(?P<c>[^\n]{8,}?)[ \t]*\.?$"
)
_ITS_BODY = re.compile(
    r"(?:^|,[ \t]+)(?P<c>[A-Z][a-z]+),[ \t]+in[ \t]+a[ \t]+statement[ \t]+"
    r"(?:from|by|issued[ \t]+by|released[ \t]+by)[ \t]+its[ \t]+(?P<b>[A-Za-z][A-Za-z ]{2,50}?)"
    r"(?:[ \t]+on[ \t]+\w+)?,[ \t]+(?:said|says|stated)\b"
)


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    statements, others = split(found)
    statements = [t for s in statements for t in _split(speakers, s)]
    body = doc.body
    if body_has(body, " after ") or body_has(body, " before "):
        statements = _timed(doc, speakers, statements)
    if body_has(body, "described by"):
        statements = _described(doc, speakers, statements)
    if body_has(body, "ing "):
        statements = _openers(doc, speakers, statements)
    if body_has(body, ", but "):
        statements = _second_source(doc, speakers, statements)
    if body_has(body, "in a statement"):
        statements = _its_body(doc, speakers, statements)
    statements.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return [*others, *_dedupe(statements)]


def _dedupe(statements: list[Statement]) -> list[Statement]:
    seen: set[tuple[int, str, str, str]] = set()
    out: list[Statement] = []
    for s in statements:
        key = (s.evidence.start, s.speaker, s.mode, s.quote)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _split(speakers: Speakers, s: Statement) -> list[Statement]:
    """A run-on clause into a second source, or ending in ", according to NAME"."""
    if s.mode != "indirect":
        return [s]
    q = s.quote
    if ", but " in q:
        m = _RUNON.search(q)
        if m is not None and m.start() >= 8:
            name = speakers.canonical(m.group("n"))
            second = replace(s, speaker=name, quote=m.group("c").rstrip(" ."), confidence=0.75)
            return [replace(s, quote=q[: m.start()]), second]
    if s.cue == "saying" and ", according to " in q:  # "claimed X, saying C, according to N"
        m = _ACCORDING.search(q)
        if m is not None and m.start() >= 8:
            named = _NAME_END.search(m.group("x"))  # a name, not "a preliminary toll"
            if named is not None:
                speaker = speakers.canonical(named.group(0))
                return [replace(s, speaker=speaker, quote=q[: m.start()], cue="according to")]
    return [s]


def _second_source(
    doc: Document, speakers: Speakers, statements: list[Statement]
) -> list[Statement]:
    """ "..., but later NAME, TITLE, said C2" read with the title as speaker: NAME's."""
    out = list(statements)
    index = BySentence(doc.sentences, out)
    for k, sentence in enumerate(doc.sentences):
        if ", but " not in sentence.text:
            continue
        m = _RUNON.search(sentence.text.rstrip())
        if m is None:
            continue
        clause = m.group("c").rstrip(" .")
        name = speakers.canonical(m.group("n"))
        title = m.group("t").lower()
        for i in index.positions(k):  # a new speaker keeps the statement's offsets
            s = out[i]
            if s.quote == clause and s.speaker.lower() in title:
                out[i] = replace(s, speaker=name)
    return out


def _timed(doc: Document, speakers: Speakers, statements: list[Statement]) -> list[Statement]:
    """ "C, X said two days after EVENT": C, not the time phrase."""
    out: list[Statement] = []
    dropped: list[Statement] = []
    for s in statements:
        if s.mode != "indirect" or not _TIMED_QUOTE.match(s.quote):
            out.append(s)
        elif " that " in s.quote:  # "said a week before the summit that C": C
            out.append(replace(s, quote=s.quote.split(" that ", 1)[1]))
        else:
            dropped.append(s)
    here_out = BySentence(doc.sentences, out)  # ``out`` grows at its end only
    here_dropped = BySentence(doc.sentences, dropped)
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        if " said " not in text and " says " not in text:
            continue
        m = _TIMED.match(text)
        if m is None:
            continue
        clause = m.group("c")
        if here_out.positions(index):  # the clause (or its quoted words, as a partial) read
            continue
        gone = here_dropped.of(index)
        speaker = gone[0].speaker if gone else _speaker(doc, speakers, index, m.group("sp"))
        if speaker is None:
            continue
        out.append(new_statement(text, sentence.start, speaker, "indirect", clause, "said"))
    return out


def _speaker(doc: Document, speakers: Speakers, index: int, run: str) -> str | None:
    words = run.split()
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        for back in (index - 1, index - 2):
            if back >= 0 and doc.sentences[back].paragraph == doc.sentences[index].paragraph:
                found = speakers.subject(back)
                if found is not None:
                    return found
        return None
    if not run[:1].isupper() and words[0].lower() not in ("the", "a", "an"):
        return None
    return speakers.canonical(run)


def _described(doc: Document, speakers: Speakers, statements: list[Statement]) -> list[Statement]:
    """ "was described by X as “Q”": X's partial."""
    out = list(statements)
    index = BySentence(doc.sentences, out)  # ``out`` grows at its end only
    for k, sentence in enumerate(doc.sentences):
        if "described by" not in sentence.text:
            continue
        for m in _DESCRIBED.finditer(sentence.text):
            speaker = speakers.canonical(m.group("x"))
            quote = m.group("q")
            same = [i for i in index.positions(k) if out[i].quote == quote]
            if same:
                for i in same:
                    out[i] = replace(out[i], speaker=speaker)
            else:
                out.append(
                    new_statement(
                        sentence.text, sentence.start, speaker, "partial", quote, "described"
                    )
                )
    return out


def _openers(doc: Document, speakers: Speakers, statements: list[Statement]) -> list[Statement]:
    """ "Denying reports ..., a Hamas official told AFP that C": the official's."""
    out = list(statements)
    index = BySentence(doc.sentences, out)  # ``out`` grows at its end only
    for k, sentence in enumerate(doc.sentences):
        text = sentence.text
        o = _OPENER.match(text)
        if o is None:
            continue
        word = o.group(0)
        m = _AFTER_OPENER.search(text)
        if m is None:
            continue
        speaker = speakers.canonical(m.group("x"))
        here = index.positions(k)
        if not here:
            clause = m.group("c")
            if clause[:1] in ("“", '"'):
                continue
            out.append(new_statement(text, sentence.start, speaker, "indirect", clause, "said"))
            continue
        for i in here:
            if out[i].speaker == word:
                out[i] = replace(out[i], speaker=speaker)
    return out


def _its_body(doc: Document, speakers: Speakers, statements: list[Statement]) -> list[Statement]:
    """ "COUNTRY, in a statement from its BODY, said C": the country's BODY."""
    out = list(statements)
    index = BySentence(doc.sentences, out)
    for k, sentence in enumerate(doc.sentences):
        if "in a statement" not in sentence.text:
            continue
        m = _ITS_BODY.search(sentence.text)
        if m is None:
            continue
        country = m.group("c")
        adjective = DEMONYMS.get(country.lower())
        if adjective is None:
            continue
        body = speakers.canonical(f"{adjective} {m.group('b')}")
        for i in index.positions(k):  # a new speaker keeps the statement's offsets
            s = out[i]
            if s.speaker in (country, adjective, speakers.canonical(country)):
                out[i] = replace(s, speaker=body)
    return out
