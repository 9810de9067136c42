"""Last reading of finished statements for the sample's overview style (statement round 21).

Round 21 read the translated-German overview and ticker copy of ``dev_articles52`` and the
agency English of ``dev_articles53`` (``dev_statements46``). The readers before this pass
leave these shapes wrong or unread:

- a bare title or body noun closing a sentence points back into its paragraph: "..., the
  president said" after a head of state's statements is that head of state; "the ministry
  said" is the ministry that already spoke in the paragraph ("The Russian Defence Ministry
  spoke of ..."), "the rescue service / the service said" the service it named ("the State
  Emergency Service had raised ..."); a ministry only named there is no antecedent;
- "the military administration said" after "the head of the regional military
  administration" takes the region its sentence names ("Sumy regional military
  administration"), and an "it said" after it follows;
- a quoted fragment closing the first of two joined clauses ("It had been “useful”, but C2,
  X said") stays inside the indirect statement, and so does a quoted name ("The operation
  “Eastern Sentry” was running successfully, X said"): the whole clause, not the partial
  (in :mod:`pipeline.extract._s21quotes`);
- "X put the number of N at 53; C, it said" and "X has denied A and has said C": C is X's;
- "C, X said on Saturday, in an attack that killed ...": C, not the tail after "that";
- "“Q,” said an officer of X who spoke on condition of anonymity": "officer of X";
- a group's plural possessive ("The Houthis' health ministry") is its adjective ("Houthi");
- an act verb ("declared a ceasefire ...") before a trailing "according to X" is X's clause.

Every check starts with a literal test; kept apart because :mod:`pipeline.extract.statements`
and :mod:`pipeline.extract.speakers` are at their size limit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _found, _s21quotes
from pipeline.extract._bodylits import body_has
from pipeline.extract._roles import ROLE_TABLE
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Evidence, Finding, Statement

__all__ = ["revise"]

_HEADS = frozenset(name for (_, role), name in ROLE_TABLE.items() if role == "head")
"""Heads of state of the speaker table: who "the president" can point back to."""

_VERBS = r"(?:said|added|wrote|stressed|explained|emphasi[sz]ed|stated|reported|told [^,.]{2,30})"
_TITLE = re.compile(rf", the president {_VERBS}\b[^,;]*\.$")
_BODY_NOUN = re.compile(rf", the (?P<noun>ministry|rescue service|service) {_VERBS}\b[^,;]*\.$")
_MINISTRY = re.compile(
    r"\b(?:[Tt]he )?(?:[A-Z][a-z]+ ){1,2}Ministry\b|\b(?:[Tt]he )?Ministry of [A-Z][a-z]+"
)
_SERVICE = re.compile(r"\b(?:[Tt]he )?(?:[A-Z][a-z]+ ){1,3}Service\b")
_REGION = re.compile(r"\b(?:the )?(?P<r>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?:region|oblast)\b")
_SEMI_IT = re.compile(r"; (?P<c>[^;]{12,}?), it (?:said|added|reported|stated)\.$")
_DENIED_SAID = re.compile(
    r" (?:has |had )?(?:\w+ly )?(?:denied|rejected|dismissed|disputed) [^;]{3,120}? and "
    r"(?:has |had )?(?:\w+ly )?(?:said|insisted|maintained|argued|stated) (?:that )?"
    r"(?P<c>[^;]{12,}?)\.$"
)
_IN_ATTACK = re.compile(
    r"^(?P<c>.{12,}?), [^,]{2,60}? said(?: on \w+)?, in an? (?:\w+ )?(?:attack|strike|raid|"
    r"assault|barrage|bombardment)\b"
)
_ANONYMOUS = re.compile(
    r"[,?!]?[”\"] said an? (?P<who>[a-z][^.,;“”\"]{3,80}?) who (?:spoke on condition of "
    r"anonymity|asked not to be (?:named|identified)|declined to be (?:named|identified))"
)
_PLURAL_OWNER = re.compile(r"^(?P<g>[A-Z][a-z]+)s' (?P<rest>[a-z].*)$")
_DECLARED = re.compile(r"^(?P<c>.*? declared .{6,}?), according to (?P<who>[^,;]{3,50})\.$")


def revise(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's shapes read and corrected."""
    body = doc.body
    statements, others = _found.split(found)
    if not statements and not _adds(body):
        return others  # the other readers only re-read statements already found
    if body_has(body, "the president "):
        _president(doc, speakers, statements)
    if body_has(body, "inistry ") or body_has(body, " service "):
        _body_noun(doc, speakers, statements)
    if body_has(body, "military administration said"):
        _military_administration(doc, speakers, statements)
    if (
        body_has(body, ", but ")
        or body_has(body, ", and ")
        or body_has(body, ", while ")
        or any(
            body_has(body, w) for w in ("peration ", "ission ", "so-called ", "dubbed ", "named ")
        )
    ):
        _s21quotes.clause_quotes(doc, speakers, statements)
    if body_has(body, "; ") and body_has(body, ", it "):
        _semicolon_it(doc, speakers, statements)
    if (
        body_has(body, " and has said ")
        or body_has(body, " and said ")
        or body_has(body, " and had said ")
    ):
        _denied_said(doc, speakers, statements)
    if body_has(body, ", in a"):
        _in_attack(doc, speakers, statements)
    if body_has(body, " who ") and body_has(body, " said a"):
        _anonymous(doc, speakers, statements)
    if body_has(body, "s' "):
        statements[:] = [_plural_owner(s) for s in statements]
    if body_has(body, " declared ") and body_has(body, ", according to "):
        _declared(doc, speakers, statements)
    statements.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return [*others, *statements]


def _adds(body: str) -> bool:
    """Whether a reader of :func:`revise` that adds statements may fire on ``body``."""
    return (
        any(body_has(body, mark) for mark in _s21quotes.NAMED_MARKS)  # _named_quotes
        or (body_has(body, "; ") and body_has(body, ", it "))
        or body_has(body, " and has said ")
        or body_has(body, " and said ")
        or body_has(body, " and had said ")
        or (body_has(body, " who ") and body_has(body, " said a"))
        or (body_has(body, " declared ") and body_has(body, ", according to "))
    )


def _rename_on(
    doc: Document, speakers: _Lookup, statements: list[Statement], at: int, who: str
) -> None:
    """Give statement ``at`` to ``who``, and every "it said" after it in its paragraph."""
    old = statements[at].speaker
    statements[at] = replace(statements[at], speaker=who)
    paragraph = _s21quotes.sentence_of(doc, speakers, statements[at])[1].paragraph
    for i in range(at + 1, len(statements)):
        s = statements[i]
        _, sentence = _s21quotes.sentence_of(doc, speakers, s)
        if sentence.paragraph != paragraph:
            break
        if s.speaker == old and (", it " in sentence.text or sentence.text.startswith("It ")):
            statements[i] = replace(s, speaker=who)


def _president(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "..., the president said" after a head of state's statement in the paragraph."""
    for i, s in enumerate(statements):
        _, sentence = _s21quotes.sentence_of(doc, speakers, s)
        if "the president " not in sentence.text or _TITLE.search(sentence.text) is None:
            continue
        before = [
            p
            for p in statements[:i]
            if p.evidence.start < sentence.start
            and _s21quotes.sentence_of(doc, speakers, p)[1].paragraph == sentence.paragraph
        ]
        if before and before[-1].speaker in _HEADS and before[-1].speaker != s.speaker:
            statements[i] = replace(s, speaker=before[-1].speaker)


def _body_noun(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "the ministry / the rescue service said" -> the one its paragraph named before."""
    for i, s in enumerate(statements):
        _, sentence = _s21quotes.sentence_of(doc, speakers, s)
        if " the " not in sentence.text:
            continue
        m = _BODY_NOUN.search(sentence.text)
        if m is None:
            continue
        pattern = _MINISTRY if m.group("noun") == "ministry" else _SERVICE
        head = "ministry" if m.group("noun") == "ministry" else "service"
        lo = min(t.start for t in doc.sentences if t.paragraph == sentence.paragraph)
        text = doc.body[lo : sentence.start + m.start()]
        names = [n for n in pattern.finditer(text) if n.group(0).lower() != "the ministry"]
        if not names:
            continue
        who = speakers.named(names[-1].group(0), lo + names[-1].start())
        if head == "ministry" and not any(
            p.speaker == who and lo <= p.evidence.start < sentence.start for p in statements[:i]
        ):
            continue  # a ministry only named, not speaking, in the paragraph: no antecedent
        if who is not None and head in who.lower() and who != s.speaker:
            _rename_on(doc, speakers, statements, i, who)


def _military_administration(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "the military administration said" after a regional one: the region it names."""
    for i, s in enumerate(statements):
        if s.speaker != "military administration":
            continue
        _, sentence = _s21quotes.sentence_of(doc, speakers, s)
        before = doc.body[max(0, sentence.start - 1500) : sentence.start]
        last = before.rfind("military administration")
        if last < 0 or not before[:last].endswith("regional "):
            continue
        region = _REGION.search(sentence.text)
        if region is not None:
            _rename_on(
                doc,
                speakers,
                statements,
                i,
                f"{region.group('r')} regional military administration",
            )


def _add(statements: list[Statement], who: str, lo: int, clause: str, cue: str) -> None:
    hi = lo + len(clause)
    if any(s.evidence.start < hi and lo < s.evidence.end and s.quote in clause for s in statements):
        return
    statements.append(Statement(Evidence(clause, lo, hi), 0.7, who, "indirect", clause, cue))


def _semicolon_it(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "X put the number of N at 53; C, it said": C is the subject's."""
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        if "; " not in text or ", it " not in text:
            continue
        m = _SEMI_IT.search(text)
        if m is None or any(
            statements[j].evidence.end > sentence.start + m.start("c")
            for j in _s21quotes.in_sentence(statements, sentence)
        ):
            continue
        who = speakers.subject(index)
        if who is not None:
            _add(statements, who, sentence.start + m.start("c"), m.group("c"), "said")


def _denied_said(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "X has denied A and has said C": C is X's (the denial stays no statement)."""
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        if " and " not in text or " said " not in text:
            continue
        m = _DENIED_SAID.search(text)
        if m is None or _s21quotes.in_sentence(statements, sentence):
            continue
        who = speakers.subject(index)
        if who is not None:
            _add(statements, who, sentence.start + m.start("c"), m.group("c"), "said")


def _in_attack(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "C, X said on Saturday, in an attack that killed ...": the clause is C."""
    for i, s in enumerate(statements):
        if s.mode != "indirect":
            continue
        _, sentence = _s21quotes.sentence_of(doc, speakers, s)
        if ", in a" not in sentence.text:
            continue
        m = _IN_ATTACK.match(sentence.text)
        if m is None or s.quote == m.group("c") or sentence.text.find(s.quote) < m.end():
            continue
        clause = m.group("c")
        start = sentence.start
        statements[i] = replace(
            s, quote=clause, evidence=Evidence(clause, start, start + len(clause))
        )


def _anonymous(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "“Q,” said an officer of X who spoke on condition of anonymity": "officer of X"."""
    for i, s in enumerate(statements):
        if s.mode == "indirect":
            continue
        _, sentence = _s21quotes.sentence_of(doc, speakers, s)
        if " who " not in sentence.text:
            continue
        m = _ANONYMOUS.search(sentence.text)
        if m is None or sentence.text.find(s.quote) > m.start():
            continue
        statements[i] = replace(s, speaker=m.group("who"), mode="direct")
    for sentence in doc.sentences:  # the quote the readers left with nobody to say it
        text = sentence.text
        if (
            " who " not in text
            or text[:1] not in '“"'
            or _s21quotes.in_sentence(statements, sentence)
        ):
            continue
        m = _ANONYMOUS.search(text)
        if m is None:
            continue
        end = m.start() + (text[m.start()] in ",?!")
        quote = text[1:end]
        if not quote or any(mark in quote for mark in '“”"'):
            continue
        evidence = Evidence(quote, sentence.start + 1, sentence.start + end)
        statements.append(Statement(evidence, 0.7, m.group("who"), "direct", quote, "said"))


def _plural_owner(s: Statement) -> Statement:
    """ "Houthis' health ministry" -> "Houthi health ministry"."""
    if "s' " not in s.speaker:
        return s
    m = _PLURAL_OWNER.match(s.speaker)
    return replace(s, speaker=f"{m.group('g')} {m.group('rest')}") if m else s


def _declared(doc: Document, speakers: _Lookup, statements: list[Statement]) -> None:
    """ "The junta declared a truce ... but kept bombing, according to X": X's clause."""
    for sentence in doc.sentences:
        text = sentence.text
        if " declared " not in text or ", according to " not in text:
            continue
        m = _DECLARED.match(text)
        if m is None or _s21quotes.in_sentence(statements, sentence):
            continue
        phrase = m.group("who")
        who = speakers.named(phrase, sentence.start + m.start("who"))
        if who is None:
            if phrase[:1].isupper() and not phrase.startswith(("U.N. ", "UN ")):
                continue
            who = phrase.replace("U.N. ", "UN ")
        _add(statements, who, sentence.start, m.group("c"), "according to")
