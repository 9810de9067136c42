"""Last reading of finished statements: who a role or a pronoun means (round 34).

Literal French, Italian, Spanish, Romanian and German copy names two holders of the same
kind of office in one story (two presidents, a minister and "his Italian counterpart", a
premier and a minister) and then quotes them through stand-ins. The sentence readers took
the holder the speaker table or the last mention offered, whoever was introduced with the
title; measured on ``dev_statements59`` the wrong-holder misses were:

- a bare role whose holder the article titled itself: "«Q», continued the Finnish
  president" after "Zelensky and his Finnish counterpart Alexander Stubb", "The Romanian
  minister stressed that C" after "The Foreign Minister of Romania, X, and her Moldovan
  counterpart, Y", "assured the vice-president" after "The First Vice-President, X, and the
  Minister of Defence, Y", "declared the French diplomat" after "The French ambassador to
  the UN, X". The role (and its nationality, when written) picks the holder the article
  introduced with that title; a role without nationality picks, among several, the one
  introduced without one (the home holder: "President X received the Ukrainian president
  Y. «Q», declared the head of state" is X's);
- a pronoun given to a person of the other gender: "«Q», she declared. On the eve, he had
  declared that C" (the walk took the woman who just spoke). A person's gender is known
  from the first-name lists of ``_s17gender`` and from the pronoun an earlier statement
  of this article was credited through; the nearest person of the right gender named in
  the sentences before is taken instead.

A statement renamed so carries its new speaker to a "he continued" right after it in the
same paragraph. Nothing changes when the sentence names its speaker, when no introduction
fits, or when more than one does.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._s17gender import gender_of
from pipeline.extract._s34roles import CLASSES as _CLASSES
from pipeline.extract._s34roles import NAME as _NAME
from pipeline.extract._s34roles import NAT as _NAT
from pipeline.extract._s34roles import introductions as _introductions
from pipeline.extract._s34roles import leader, nation
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Finding, Statement

__all__ = ["revise"]

_ROLE_WORDS = "|".join(sorted((re.escape(k) for k in _CLASSES), key=len, reverse=True))
_LEAD = (
    r"(?:^(?:(?:Then|Later|Meanwhile|Afterwards|And|But|Also|Finally|Instead) "
    r"|[A-Z][^,“”«»\"]{0,40}, )?|[§»”\"“],? ?|, (?:[a-z]+(?:ed|id|ote|ew|ave) )?)"
)
"""Where a subject stands: the sentence's start (after a linking adverb), right after a
closing mark, or after a comma (", the minister said", ", declared the X"; never ", praising
the X")."""
_BARE = re.compile(
    rf"{_LEAD}[Tt]he {_NAT}(?P<role>{_ROLE_WORDS})\b(?![-\w]| of| to| for| in| at)"
    r"(?= [a-z]|, (?:for (?:his|her|its) part|however|in turn|on the other hand),|[.;!?]|$)"
)
"""A bare role as a subject: sentence-initial, after a closing mark, or ", declared the X";
followed by a verb or an aside, never by a name (an apposition ", the French minister, X,")."""
_HEAD_OF = re.compile(
    rf"{_LEAD}[Tt]he head of the {_NAT}"
    r"(?P<role>government|executive|diplomacy)\b"
)
"""The same with the nationality inside: "the head of the Spanish government"."""
_LEADER_OF = re.compile(
    rf"{_LEAD}[Tt]he (?:leader|chief) of the "
    r"(?P<org>[A-Z][\w-]+)\b"
)
"""A party or movement's leader as a subject: "the leader of the League had declared"."""
_HEADS = {"government": "head of government", "executive": "head of government"}
_PRONOUN = re.compile(r"(?:^(?:[A-Z][^,]{0,40}, )?|[§»”\"“] ?|, )(?P<p>[Ss]he|[Hh]e) [a-z]+")
_MARKED = re.compile(r"[«“„\"»][^«»“”„\"]*[»”“\"«]")


def _unquoted(text: str) -> str:
    """``text`` with each quotation (marks included) filled with "§": its words name no
    speaker, and the filler still stands where the quote closed."""
    return _MARKED.sub(lambda m: "§" * len(m.group(0)), text)


def revise(doc: Document, speakers: _Lookup, found: list[Finding]) -> list[Finding]:
    """``found`` with bare roles and pronouns given to the holder the article means."""
    body = doc.body
    if not any(isinstance(f, Statement) for f in found) or (
        not body_has(body, " the ") and not body_has(body, "he ")
    ):
        return found
    intros: list[tuple[int, str, frozenset[str], str | None]] | None = None
    learned: dict[str, str] = {}
    said: dict[int, str] = {}
    renamed: tuple[int, str, str] | None = None  # (sentence, old, new)
    out: list[Finding] = []
    views: dict[int, tuple[str, re.Match[str] | None]] = {}
    for f in sorted(found, key=lambda f: (f.evidence.start, f.evidence.end)):
        if not isinstance(f, Statement):
            out.append(f)
            continue
        index = speakers.sentence_at(f.evidence.start)
        if not 0 <= index < len(doc.sentences):
            out.append(f)
            continue
        sentence = doc.sentences[index]
        view = views.get(index)  # a sentence's statements share its (pure) reading
        if view is None:
            text = _unquoted(sentence.text)
            subject = _BARE.search(text) or (
                _HEAD_OF.search(text) if "head of the " in text else None
            )
            view = views[index] = (text, subject)
        text, bare = view
        new: str | None = None
        last = f.speaker.split()[-1]
        echo = set(bare.group(0).lower().split()) if bare is not None else set()
        if last[:1].islower() and not set(f.speaker.lower().split()) <= echo:
            bare = None  # "A senior EU diplomat said ... “Q,” the diplomat said": that one
        if bare is not None and (last[:1].islower() or last not in text):
            if intros is None:
                intros = [
                    (a, speakers.named(n, a) or n, c, k) for a, n, c, k in _introductions(body)
                ]
            prior = said.get(index - 1) or (speakers.subject(index - 1) if index else None)
            if prior is not None and doc.sentences[index - 1].paragraph != sentence.paragraph:
                prior = None
            role, nat = bare.group("role"), bare.group("nat")
            role = _HEADS.get(role, "head of diplomacy" if role == "diplomacy" else role)
            new = _holder(intros, role, nat, sentence.start, f.speaker, prior)
            if new is None and nat is not None:  # "the Polish minister" after a German one
                new = _other_named(doc, speakers, intros, index, f.speaker, nation(nat))
        if new is None and bare is None and "the leader of the " in text.lower():
            led = _LEADER_OF.search(text)
            new = leader(body, led.group("org"), sentence.start) if led else None
            new = (speakers.named(new, sentence.start) or new) if new else None
        pronoun = _PRONOUN.search(text) if new is None else None
        if pronoun is not None:
            wanted = "f" if pronoun.group("p").lower() == "she" else "m"
            if renamed is not None and renamed[1] == f.speaker and renamed[0] == index - 1:
                before = doc.sentences[index - 1]
                new = renamed[2] if before.paragraph == sentence.paragraph else None
                if new is not None and (learned.get(new) or gender_of(new)) not in (None, wanted):
                    new = None  # "«Q», she said [renamed to Ursula Y]. He thanked her": not her
            have = learned.get(f.speaker) or gender_of(f.speaker)
            if new is None and have is not None and have != wanted:
                new = _gendered(doc, speakers, index, wanted, learned)
            if new is None and have is None and index and wanted == "f":  # "X met Ursula Y.
                # «Q», she said": "she" is marked, "he" of an unknown name is the walk's
                new = _gendered(doc, speakers, index, wanted, learned, depth=2, strict=True)
            if new is None and have is None and f.speaker[:1].isupper():
                learned[f.speaker] = wanted  # "«Q», she declared": a woman from now on
        if new is not None and new != f.speaker:
            renamed = (index, f.speaker, new)
            f = replace(f, speaker=new)
        said[index] = f.speaker  # the sentence's speaker as this pass leaves it
        out.append(f)
    return out


def _holder(
    intros: list[tuple[int, str, frozenset[str], str | None]],
    role: str,
    nat: str | None,
    at: int,
    current: str,
    prior: str | None,
) -> str | None:
    """The holder introduced before ``at`` with a title of ``role``'s class (and of its
    nationality) when the reading ``current`` is not one: the subject of the sentence
    before (``prior``) when it fits, else the only fitting holder, else, for a role without
    nationality, the only one introduced without one. A ``current`` person the article never
    introduced by title is kept (the speaker table knew the office)."""
    wanted = _CLASSES[role.lower()]
    country = nation(nat)
    if nat is not None and country is None:
        return None  # "the Bavarian premier": a qualifier we cannot read
    fits = [i for i in intros if i[0] < at and i[2] & wanted]
    if role == "diplomat":  # the epithet of an ambassador; a minister is "the head of diplomacy"
        fits = [i for i in fits if "ambassador" in i[2]] or fits
    described = current.split()[-1][:1].islower()  # "French diplomat": no one named
    if country is not None:  # a holder titled without one only for an unnamed reading
        same = [i for i in fits if i[3] == country]
        fits = same or ([i for i in fits if i[3] is None] if described else [])
    names = {i[1] for i in fits}
    if prior in names:
        return prior  # "President X received Y. «Q», declared the head of state": X
    introduced = {i[1] for i in intros}
    if current in names or (not described and current not in introduced):
        return None
    if len(names) > 1 and country is None:
        names = {i[1] for i in fits if i[3] is None}
    return names.pop() if len(names) == 1 else None


_PERSON = re.compile(
    rf"\b(?P<name>{_NAME}(?: (?:(?:de|van|von|da|di|der|den|del) )*{_NAME}){{1,5}})"
)
"""A run of capitalised words: titles and a first name before the surname."""


def _gendered(
    doc: Document,
    speakers: _Lookup,
    index: int,
    wanted: str,
    learned: dict[str, str],
    depth: int = 3,
    strict: bool = False,
) -> str | None:
    """The nearest person of gender ``wanted`` named in the ``depth`` sentences before
    (``strict``: in the pronoun's paragraph only)."""
    paragraph = doc.sentences[index].paragraph
    for k in range(index - 1, max(-1, index - depth - 1), -1):
        sentence = doc.sentences[k]
        if strict and sentence.paragraph != paragraph:
            return None
        for m in reversed(list(_PERSON.finditer(_unquoted(sentence.text)))):
            words = m.group("name").split()
            for i in range(len(words) - 1):  # "Defence Minister Margarita Robles"
                name = " ".join(words[i:])
                known = speakers.named(name, sentence.start + m.start()) or name
                have = learned.get(known) or gender_of(words[i])
                if have is not None:
                    if have == wanted:
                        return known
                    break
    return None


def _other_named(
    doc: Document,
    speakers: _Lookup,
    intros: list[tuple[int, str, frozenset[str], str | None]],
    index: int,
    current: str,
    country: str | None,
) -> str | None:
    """ "The Polish minister" read as the German minister introduced as German: the one
    other person the two sentences before name who was introduced with no other country."""
    if country is None or not any(n == current and k and k != country for _, n, _, k in intros):
        return None
    foreign = {n for _, n, _, k in intros if k and k != country}
    names: set[str] = set()
    for k in range(index - 1, max(-1, index - 3), -1):
        sentence = doc.sentences[k]
        for m in _PERSON.finditer(_unquoted(sentence.text)):
            words = m.group("name").split()
            name = speakers.named(" ".join(words[-2:]), sentence.start + m.start()) or ""
            if name and name != current and name not in foreign and " " in name:
                names.add(name)
    return names.pop() if len(names) == 1 else None
