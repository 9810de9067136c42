"""Positions of literal French / Italian / Spanish / Ukrainian copy left unread (statement
round 40, ``dev_articles69`` / ``dev_statements65``).

Read by mechanism, every verb from the one lemma table of :mod:`_s36verbs`:

- a clause without "that" after a verb the cue scan reads only with "that": "The army
  affirmed it had struck ..." (a pronoun subject and a finite verb must follow);
- a second saying verb after the subject's first predicate: "X condemned «F» / the attack
  and confirmed that C"; the first verb of a subject the cue scan does not know ("The
  governor NAME referred that C");
- a subject with a setting apposed before its verb: "The NAME hospital of TOWN, in the
  centre of the territory, indicated that C";
- a verb-first tail naming a long body or a role and name: "C, indicated the coordination
  headquarters for the treatment of prisoners of war", "C, referred the head of the
  regional administration, NAME";
- the body renames of :mod:`_s40names`.

Each reader starts with a literal test of its sentence and adds a statement only where no
statement of the sentence already holds the clause.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._cuewords import CUE_WORDS, words
from pipeline.extract._found import new_statement
from pipeline.extract._s29reads import Overlaps, is_person, name_in
from pipeline.extract._s40names import rename
from pipeline.extract._verbtrie import finite
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_FIN = finite()  # pattern("finite") as a prefix tree (same matches, faster)
_NAME_RUN = r"[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z][\w'’-]+|de|da|al|bin|von))*"
_FRONT = (
    r"(?:(?:From|In|On)[ \t]+[A-Z][\w ]{2,30}?,[ \t]+"
    r"|On[ \t]+the[ \t]+[A-Z]\w+[ \t]+side,[ \t]+)?"
)
_SUBJECT = (
    r"(?P<s>(?:[Tt]he[ \t]+)?(?:[a-z][\w'’-]*[ \t]+){0,6}?" + _NAME_RUN + r"(?:[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?[A-Z][\w'’ -]{1,40}?)?|[Tt]he[ \t]+[A-Z][\w'’ -]{2,60}?)"
)
_DESCRIBED = r"(?P<d>[Tt]he[ \t]+[a-z][^,«»]{2,50}?)"
"""A subject told by its role ("The head of Italian diplomacy"), read only before an apposed
name or a partial of the sentence."""
_ZERO = re.compile(
    r"^" + _FRONT + _SUBJECT + r"[ \t]+(?:also[ \t]+)?(?P<v>" + _FIN + r")[ \t]+"
    r"(?P<c>(?:it|he|she|they)[ \t]+(?:had|has|have|was|were|is|are|would|will|could|can"
    r"|[a-z]+s)\b[^;]{6,}?)(?:,?[ \t]+and[ \t]+(?:" + _FIN + r")\b[^;]*)?\.?$"
)
_SECOND = re.compile(
    r"^" + _FRONT + r"(?:" + _SUBJECT + r"|" + _DESCRIBED + r")"
    r"(?:,[ \t]+(?P<a>[^,]{3,60}),)?[ \t]+(?:also[ \t]+)?[a-z]+ed\b"
    r"[^;]{2,120}?[ \t]and[ \t]+(?:also[ \t]+)?(?P<v>" + _FIN + r")[ \t]+that[ \t]+"
    r"(?P<c>[^;]{8,}?)\.?$"
)
_FIRST = re.compile(
    r"^"
    + _FRONT
    + _SUBJECT
    + r"(?:,[ \t]+(?P<a>[^,]{3,60}),)?[ \t]+(?:also[ \t]+)?(?P<v>"
    + _FIN
    + r")[ \t]+that[ \t]+(?P<c>[^;]{8,}?)\.?$"
)
_TAIL = re.compile(
    r"^(?P<c>[^«»“”\"]{12,}?),[ \t]+(?P<v>" + _FIN + r")[ \t]+the[ \t]+(?P<w>[A-Za-z][^,«»]{3,90}?"
    r"(?:,[ \t]+(?P<n>" + _NAME_RUN + r"))?)\.?$"
)
_ORG_WORDS = words(
    """headquarters service agency office administration ministry command defence defense
    police army council committee department authorities staff network mission centre
    center hospital navy directorate inspectorate company"""
)
"""Head nouns of a body: a description holding one speaks as written."""
_ROLE_WORDS = words("governor mayor head minister spokesman spokeswoman president chief prosecutor")
"""Head nouns of a person's role: the registry must know who holds it."""
_BODY_WORDS = _ORG_WORDS | _ROLE_WORDS
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|can|could|must|remains?|[a-z]{3,}ed)\b"
)


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's positions read and its bodies qualified."""
    statements = [f for f in found if isinstance(f, Statement)]
    others = [f for f in found if not isinstance(f, Statement)]
    overlaps = Overlaps(doc.sentences)  # each sentence's statements, bucketed per list
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text.rstrip()
        start = sentence.start
        # the sentence's statements, read only once a pattern matches (``statements`` does
        # not change before the end of the iteration, so the late read is the same)
        here: list[Statement] | None = None
        added: Statement | None = None
        if " that " in text and " and " in text and (m := _SECOND.match(text)):
            here = overlaps.of(statements, index)
            added = _reading(speakers, here, text, start, m, "s")
        if added is None and " that " in text and (m := _FIRST.match(text)) and _unread(m):
            here = overlaps.of(statements, index) if here is None else here
            added = _reading(speakers, here, text, start, m, "s")
        if added is None and " that " not in text and _PRONOUNS & set(text.split()):
            zero = _ZERO.match(text)
            if zero:
                here = overlaps.of(statements, index) if here is None else here
                added = _reading(speakers, here, text, start, zero, "s")
        if added is None and ", " in text and " the " in text[-120:]:
            here = overlaps.of(statements, index) if here is None else here
            tail = _TAIL.match(text) if not here else None
            added = _tail(speakers, text, start, tail) if tail else None
        if added is not None:
            here = overlaps.of(statements, index) if here is None else here
            statements = [s for s in statements if s not in here or not _same(s, added)]
            statements.append(added)
    statements = [_renamed(doc, speakers, s) for s in statements]
    return others + statements


_PRONOUNS = frozenset({"it", "he", "she", "they"})
"""A clause without "that" is read only with one of these as its subject."""


def _unread(m: re.Match[str]) -> bool:
    """A position the cue scan does not model: a setting apposed between the subject and its
    verb, or a verb it does not list ("referred that")."""
    return m.group("a") is not None or m.group("v") not in CUE_WORDS


def _same_clause(quote: str, clause: str) -> bool:
    """Two readings of one reported clause (either holds the other's opening)."""
    return quote[:25] in clause or clause[:25] in quote


def _same(old: Statement, new: Statement) -> bool:
    """An earlier reading of the same clause (kept out when this round re-reads it)."""
    return old.mode == "indirect" and (new.quote[:25] in old.quote or old.quote[:25] in new.quote)


def _broken(speaker: str) -> bool:
    """A speaker run on into its predicate ("X summoned the ambassador and")."""
    return " and " in f" {speaker} "


def _who(speakers: Speakers, subject: str, at: int, apposed: str | None = None) -> str | None:
    """The speaker a subject run stands for: the person it ends with or its apposed name,
    else the body."""
    subject = subject.strip()
    if subject.split()[0].lower() in ("it", "he", "she", "they", "this", "there"):
        return None
    if apposed and is_person(apposed) and (person := speakers.named(apposed, at)) is not None:
        return person
    head = set(subject.split(" of ")[0].lower().split())
    if head & _BODY_WORDS and not is_person(subject):
        named = speakers.named(subject, at)
        if named is not None or not head & _ORG_WORDS or head & _ROLE_WORDS:
            return named
        return speakers.canonical(subject)
    runs = re.findall(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)+$", subject)
    if runs:
        person = speakers.named(runs[-1], at)
        if person is not None and is_person(person):
            return person
    named = speakers.named(subject, at)
    if named is not None:
        return named
    words = subject.split()
    if not set(w.lower() for w in words) & _ORG_WORDS or runs:
        return None
    return speakers.canonical(subject)


def _reading(
    speakers: Speakers,
    here: list[Statement],
    text: str,
    start: int,
    m: re.Match[str],
    group: str,
) -> Statement | None:
    """The subject's indirect clause, unless a statement of the sentence already holds it
    under a real speaker."""
    clause = m.group("c").strip()
    if len(clause.split()) < 4 or clause[:1] in '«“"„':
        return None
    if any(s.quote in clause for s in here if not _broken(s.speaker)):
        return None
    for s in here:
        if s.mode != "partial" and clause[:25] in s.quote and not _broken(s.speaker):
            return None
    if m.re is not _SECOND and any(
        s.mode != "partial" and _same_clause(s.quote, clause) for s in here
    ):
        return None
    persons = {s.speaker for s in here if s.mode == "partial"}
    apposed = m.groupdict().get("a")
    if m.group(group) is None:
        group = "d"
    who = _who(speakers, m.group(group), start + m.start(group), apposed)
    if who is None:
        if len(persons) != 1:
            return None
        who = persons.pop()
    return new_statement(text, start, who, "indirect", clause, m.group("v"))


def _tail(speakers: Speakers, text: str, start: int, m: re.Match[str]) -> Statement | None:
    """ "C, VERB the DESCRIPTION(, NAME)." with no statement read in the sentence."""
    desc = m.group("w")
    name = m.group("n")
    if name is not None:
        who = name_in(speakers, name) if is_person(name) else None
        if who is None:
            return None
    else:
        who = speakers.named(desc, start + m.start("w"))
        if who is None:
            if not set(desc.lower().split()[:3]) & _ORG_WORDS:
                return None
            if re.search(r"\bof[ \t]+the[ \t]+[a-z]", desc):
                return None
            who = desc
    if _VERBISH.search(m.group("c")) is None:
        return None
    clause = _DATELINE.sub("", m.group("c"))
    return new_statement(text, start, who, "indirect", clause, m.group("v"))


_DATELINE = re.compile(r"^[A-Z][A-Z .-]{2,30},[^-–]{2,30}\([A-Za-z]+\)[ \t]*[-–]+[ \t]*")


def _renamed(doc: Document, speakers: Speakers, s: Statement) -> Statement:
    """The statement's speaker with the country or region its sentence gives it."""
    at = s.evidence.start
    sentence = doc.sentences[speakers.sentence_at(at)].text
    name = rename(speakers, s.speaker, sentence, at)
    return s if name == s.speaker else replace(s, speaker=name)
