"""Statements on real agency copy, fourth round (statement round 53, ``dev_statements79``).

Real AFP/Reuters/Times of Israel/Anadolu pages give a clause to a speaker the sentence
readers miss or misplace. Each rule reads a mechanism, not a sentence:

- a witness introduced by a first name and a home town ("Fatima from Maaysra, declining to
  give her surname, said C") is a speaker like any named one, and the "she said" and bare
  quotes that follow are hers, not the last organisation's;
- "he/she said" never carries an organisation: the person is the subject of one of the two
  sentences before (a speaker with a person's name, or "An AFP correspondent at the site");
- "X claimed responsibility for ..., saying (that) C" / "X later issued a claim ..., saying C"
  gives C to X, the sentence's subject, whoever spoke in the paragraph before;
- "a Sudanese army spokesperson said" in the lede, with "army spokesperson NAME" later in the
  article, is that person (the written call of ``dev_articles7``: a lede's unnamed official
  named further on is that person), and so is the bare "the spokesperson said" between.

The renamings of unnamed and bare speakers live in :mod:`pipeline.extract._s53roles`,
the shared tests in :mod:`pipeline.extract._s53base`. Runs after the round-52 pass.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement, split
from pipeline.extract._lexicon import DEMONYMS
from pipeline.extract._nlit import sentences_with
from pipeline.extract._s53base import PEOPLE, bodylike, sentence_of, within
from pipeline.extract._s53roles import back_nouns, role_named, subject_partials
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_NOT_NAMES = frozenset(
    {
        "Residents",
        "People",
        "Officials",
        "Witnesses",
        "Survivors",
        "Sources",
        "Police",
        "Troops",
        "Families",
        "Rescuers",
        "Doctors",
        "Medics",
        "Locals",
        "Refugees",
        "Soldiers",
        "Fighters",
        "Authorities",
        "Villagers",
        "Activists",
        "The",
        "A",
        "An",
        "Others",
        "Many",
        "Some",
        "One",
        "Two",
        "Several",
    }
)
_NAME = r"[A-Z][a-z]+(?:[ \t](?:[A-Z][a-z]+|al-[A-Z][a-z]+))?"
_FROM_PLACE = re.compile(
    rf"^(?P<n>{_NAME})[ \t]+from[ \t]+[A-Z][\w'’-]+(?:[ \t-](?:al-)?[A-Z][\w'’-]+)*"
    r"(?:,[ \t]+[^,\"“”]{3,90},)?[ \t]+(?P<v>said|says|told[ \t]+\w+)[ \t]+(?:that[ \t]+)?"
    r"(?P<c>[^\"“”]+?)\.$"
)
"""A witness with a first name and a home town opening a reported sentence."""
_PRONOUN = re.compile(
    r"(?:^(?:He|She)[ \t]+(?:said|added|says|told)\b"
    r"|[,\"”][ \t]*(?:he|she)[ \t]+(?:said|added|says)\b)"
)
_REPORTER = re.compile(
    r"^An?[ \t]+(?P<o>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)[ \t]+"
    r"(?P<r>correspondent|reporter|journalist|photographer)s?\b"
)
"""An outlet's journalist opening a sentence ("An AFP correspondent at the site saw ...")."""
_SAYING = re.compile(
    r"^(?:(?:Meanwhile|However|Separately|Earlier|Later|Also),[ \t]+)?"
    r"(?P<s>(?:[Tt]he[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|in|of)){0,5}?)[ \t]+"
    r"(?:later[ \t]+|also[ \t]+|then[ \t]+)?"
    r"(?:claimed|took|issued|announced|released|published)\b[^,\"“”]{0,120}?"
    r"(?:responsibility|claim)[^,\"“”]{0,80},[ \t]+saying[ \t]+(?:that[ \t]+)?(?P<c>.+?)[.]?$"
)
"""A body claiming an attack "..., saying (that) C": C is the body's."""
_BODY = r"army|military|police|navy|air[ \t]force|ministry|government"
_LEDE_SPOKES = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)[ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:(?P<b>{_BODY})[ \t]+)?"
    r"spokes(?:person|man|woman)[ \t]+(?:said|says|told|noted|added|stated)\b"
)
_TITLES = (
    r"(?:(?:Brigadier|Brig\.|General|Gen\.|Colonel|Col\.|Lieutenant|Lt\.|Major|Maj\.|Captain"
    r"|Capt\.|Rear|Admiral|Adm\.|Sergeant|Sgt\.)[ \t]+)*"
)
_NAMED_SPOKES = re.compile(
    rf"\b(?:(?P<b>{_BODY})[ \t]+)?spokes(?:person|man|woman)[ \t]+{_TITLES}"
    r"(?P<n>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z'’-]+){1,2})\b"
)
"""A spokesperson named in the article ("army spokesperson Nabil Abdullah")."""


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    statements, others = split(found)
    kept = _from_place(doc, statements)
    kept = _pronouns(doc, kept)
    kept = _saying(doc, speakers, kept)
    kept = _spokesperson(doc, kept)
    kept = role_named(doc, kept)
    kept = subject_partials(doc, speakers, kept)
    kept = back_nouns(doc, kept)
    kept.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return [*others, *kept]


def _from_place(doc: Document, kept: list[Statement]) -> list[Statement]:
    """ "NAME from PLACE(, apposition,) said C": NAME's statement of C."""
    out = list(kept)
    for sentence in sentences_with(doc, " from "):
        text = sentence.text.strip()
        m = _FROM_PLACE.match(text)
        if m is None or m.group("n").split()[0] in _NOT_NAMES:
            continue
        clause = m.group("c").strip()
        if len(clause.split()) < 4:
            continue
        start = sentence.start + sentence.text.find(text)
        inside = within(out, sentence.start, sentence.end)
        if any(s.quote.startswith(clause[:30]) and s.speaker == m.group("n") for s in inside):
            continue
        out = [s for s in out if s not in inside]
        out.append(new_statement(text, start, m.group("n"), "indirect", clause, m.group("v")))
    out.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return out


def _person_before(doc: Document, kept: list[Statement], index: int) -> str | None:
    """The person subject of one of the two sentences before sentence ``index``."""
    for back in range(index - 1, max(index - 3, -1), -1):
        sentence = doc.sentences[back]
        m = _REPORTER.match(sentence.text.strip())
        if m is not None:
            return f"{m.group('o')} {m.group('r')}"
        people = [
            s.speaker for s in within(kept, sentence.start, sentence.end) if not bodylike(s.speaker)
        ]
        if people:
            return people[-1]
    return None


def _pronouns(doc: Document, kept: list[Statement]) -> list[Statement]:
    """A "he/she said" statement given to a body goes to the person just before; a bare quote
    sentence right after it follows."""
    out: list[Statement] = []
    renamed: tuple[str, str, int] | None = None  # (old, new, end of the renamed sentence)
    for s in kept:
        index = sentence_of(doc, s.evidence.start)
        if index is None:
            out.append(s)
            continue
        sentence = doc.sentences[index]
        if renamed is not None and s.speaker == renamed[0] and s.cue is None:
            gap = doc.body[renamed[2] : sentence.start]
            if sentence.start >= renamed[2] and not gap.strip() and s.mode == "direct":
                out.append(replace(s, speaker=renamed[1]))
                renamed = (renamed[0], renamed[1], sentence.end)
                continue
        text = sentence.text.strip()
        said = "said" in text or "added" in text or "says" in text or "told" in text
        cue = _PRONOUN.search(text) if said else None  # (a verb of every match, literally)
        if cue is not None and bodylike(s.speaker) and s.speaker not in text[cue.end() :]:
            # (a body named after the cue is a credit: "He said this ..., Ukrinform reports")
            person = _person_before(doc, out, index)
            if person is not None and person != s.speaker:
                out.append(replace(s, speaker=person))
                renamed = (s.speaker, person, sentence.end)
                continue
        out.append(s)
    return out


def _saying(doc: Document, speakers: Speakers, kept: list[Statement]) -> list[Statement]:
    """ "X claimed responsibility for ..., saying C": X's statement of C."""
    out = list(kept)
    for sentence in sentences_with(doc, "saying"):
        text = sentence.text.strip()
        m = _SAYING.match(text)
        if m is None:
            continue
        subject = m.group("s")
        canonical = speakers.canonical(subject)
        if canonical in PEOPLE or subject.lower().startswith("the ") or canonical in DEMONYMS:
            continue  # a person's or an epithet's claim: the sentence readers' call
        inside = within(out, sentence.start, sentence.end)
        wrong = [s for s in inside if s.speaker != canonical and s.speaker not in text]
        out = [s for s in out if s not in wrong]
        out.extend(replace(s, speaker=canonical) for s in wrong)
        clause = m.group("c").strip().rstrip(".")
        if inside or any(q in clause for q in '"“”') or len(clause.split()) < 4:
            continue
        start = sentence.start + sentence.text.find(text)
        out.append(new_statement(text, start, canonical, "indirect", clause, "saying"))
    return out


def _spokesperson(doc: Document, kept: list[Statement]) -> list[Statement]:
    """A lede's unnamed "X army spokesperson" named later in the article is that person."""
    if not body_has(doc.body, "spokes"):
        return kept  # no :data:`_NAMED_SPOKES` to find (its literal is absent)
    named: dict[str | None, set[str]] = {}
    for hit in _NAMED_SPOKES.finditer(doc.body):
        body = (hit.group("b") or "").lower() or None
        named.setdefault(body, set()).add(hit.group("n"))
        named.setdefault(None, set()).add(hit.group("n"))
    if not named:
        return kept
    out: list[Statement] = []
    for s in kept:
        index = sentence_of(doc, s.evidence.start)
        m = (
            _LEDE_SPOKES.search(doc.sentences[index].text)
            if index is not None and bodylike(s.speaker)
            else None
        )
        if m is None:
            out.append(s)
            continue
        body = (m.group("b") or "").lower() or None
        names = named.get(body, set())
        if len(names) == 1 and s.evidence.start < _first_named(doc):
            out.append(replace(s, speaker=next(iter(names))))
        else:
            out.append(s)
    return out


def _first_named(doc: Document) -> int:
    m = _NAMED_SPOKES.search(doc.body)
    return m.start() if m is not None else -1
