"""Speaker names on real agency copy (statement round 50): the story's country, a country as
a noun adjunct, "PLACE-based" groups, a spokesman read as his organisation, and the people a
pronoun can stand for.

- "the country's X" is the story's country (its dateline, an "X says" heading, else the national
  adjective of the speakers quoted before), never the last country named before it;
- "the Ukraine air force" is the adjective's body, in the table's form;
- "Gaza-based health authorities": an unnamed group keeps its place;
- "the Pentagon('s top) spokesman" read as the organisation (or "Pentagon top") is the
  spokesperson the article names, when it names exactly one;
- outlets, bylines and photo credits ("Censor.NET", "REUTERS/NAME") name nobody a pronoun
  could stand for.
"""

from __future__ import annotations

import re

from pipeline.extract._lexicon import CAPITALS, DEMONYMS
from pipeline.extract._names import Registry
from pipeline.extract._roles import ALIASES, norm
from pipeline.extract.model import Document, Statement
from pipeline.extract.speakers import Speakers

__all__ = [
    "PRONOUNS",
    "Names",
    "country_s",
    "is_outlet",
    "named_voice",
    "noun_adjunct",
    "place_based",
]

_COUNTRY_S = re.compile(
    r"\b[Tt]he[ \t]+country['’]s[ \t]+(?P<x>(?:[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*)"
)
_DATELINE = re.compile(
    r"^\s*(?P<c>[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)?)\b[^\n]{0,40}?[ \t][-–—>]"
)
_ADJECTIVES = frozenset(DEMONYMS.values())
_ADJ_IN = re.compile(r"\b(?P<a>" + "|".join(sorted(_ADJECTIVES, key=len, reverse=True)) + r")\b")
_HEAD_SUBJECT = re.compile(
    r"^\s*(?:date\s+\S+\s+)?(?P<w>[A-Z][a-z]+)(?:['’]s)?[ \t]+(?:says?|said|reports?|claims?"
    r"|shoots|downs|destroys|repels|accuses|warns)\b"
)
_VOICE = r"(?:spokes(?:man|woman|person)|press[ \t]+secretary)"
_ORG_VOICE = re.compile(
    rf"\b[Tt]he[ \t]+(?P<org>[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)(?:['’]s)?[ \t]+"
    rf"(?:(?:top|chief|main|senior)[ \t]+)?{_VOICE}\b"
)
_NAMED_VOICE = re.compile(
    rf"\b{_VOICE},?[ \t]+(?P<n>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{1,2}})"
    rf"|(?P<m>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{1,2}}),[ \t]+(?:the[ \t]+)?"
    rf"(?:[A-Z][\w.]*[ \t]+)?{_VOICE}\b"
)
_NAME = re.compile(r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}")
PRONOUNS = frozenset({"he", "she", "him", "her", "it", "they", "his"})
_OUTLETS = frozenset(
    {"censor.net", "ukrinform", "reuters", "afp", "tass", "interfax", "ria novosti", "xinhua"}
    | {"anadolu", "anadolu agency", "ukrainska pravda", "suspilne", "unian", "rbc-ukraine"}
    | {"kyiv independent", "associated press", "ap", "bbc", "cnn", "al jazeera", "menafn"}
    | {"kyiv post", "newswire", "dpa", "efe", "ansa", "kyodo", "yonhap", "sana", "wafa"}
)
_CREDIT = re.compile(r"[A-Z]{3,}/|/[A-Z]{3,}|\b[A-Z]{4,}[ \t]+[A-Z]{4,}\b")


class Names:
    """A lazily built name registry of the article (kinds: person, org, pronoun, ...)."""

    def __init__(self, body: str) -> None:
        self._body = body
        self._registry: Registry | None = None

    def person(self, phrase: str, offset: int) -> str | None:
        """The canonical person ``phrase`` names, or None."""
        if self._registry is None:
            self._registry = Registry(self._body)
        found = self._registry.resolve(phrase, offset)
        if found is None or found.kind != "person":
            return None
        return found.canonical

    def last_person(self, text: str, offset: int) -> str | None:
        """The last person named in ``text`` (found at body ``offset``), outlets excepted."""
        best: str | None = None
        for m in _NAME.finditer(text):
            words = m.group().split()
            titled = _title_case(text, m.start())
            for i in range(len(words)):  # "Moscow Mayor Sergei Sobyanin" -> its longest person
                phrase = " ".join(words[i:])
                if is_outlet(phrase) or phrase.lower() in PRONOUNS:
                    continue
                if titled and norm(phrase) not in ALIASES:
                    continue  # a Title Case headline names only people the table knows
                person = self.person(phrase, offset + m.start())
                if person is not None:
                    best = person
                    break
        return best


def _title_case(text: str, at: int) -> bool:
    """Whether the line around ``at`` is a Title Case headline ("Russia Must Face ...")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.7 * len(words)


def _story_adjective(doc: Document, kept: list[Statement], before: int) -> str | None:
    """The national adjective of the story: dateline, "X says" heading, speakers so far."""
    body = doc.body
    m = _DATELINE.match(body)
    if m is not None and (adj := CAPITALS.get(m.group("c").lower())) is not None:
        return adj
    m = _HEAD_SUBJECT.match(body)
    if m is not None and (adj := DEMONYMS.get(w := m.group("w").lower()) or CAPITALS.get(w)):
        return adj  # "Ukraine says ..." heading the page
    for earlier in reversed(kept):
        if earlier.evidence.start < before and (a := _ADJ_IN.search(earlier.speaker)):
            return a.group("a")
    return None  # no story country stated: the reading before stands


def country_s(
    doc: Document, speakers: Speakers, s: Statement, sentence: str, kept: list[Statement]
) -> str | None:
    """ "the country's X" -> the story's country's X, in the table's form."""
    m = _COUNTRY_S.search(sentence) if "country" in sentence else None  # (its literal first)
    if m is None:
        return None
    x = m.group("x").split()
    for n in range(len(x), 0, -1):
        tail = " ".join(x[:n])
        if s.speaker.lower() == tail.lower() or s.speaker.lower().endswith(" " + tail.lower()):
            break
    else:
        return None
    adjective = _story_adjective(doc, kept, s.evidence.start)
    if adjective is None:
        return None
    return speakers.canonical(f"{adjective} {tail}")


def noun_adjunct(speakers: Speakers, speaker: str, sentence: str) -> str | None:
    """ "the Ukraine air force" -> "Ukrainian Air Force" (a lowercase body after a country)."""
    first, _, rest = speaker.partition(" ")
    adjective = DEMONYMS.get(first.lower())
    if adjective is None or not rest or not rest[0].islower() or f"{first} {rest}" not in sentence:
        return None
    return speakers.canonical(f"{adjective} {rest}")


def place_based(speaker: str, sentence: str) -> str | None:
    """ "Gaza-based health authorities": an unnamed group keeps its place."""
    if not speaker[:1].islower():
        return None
    m = re.search(rf"\b([A-Z][\w'’]+)-based[ \t]+{re.escape(speaker)}\b", sentence)
    return f"{m.group(1)}-based {speaker}" if m is not None else None


def named_voice(doc: Document, names: Names, speaker: str, sentence: str) -> str | None:
    """ "the Pentagon('s top) spokesman" read as the organisation: the spokesperson named."""
    voiced = "spokes" in sentence or "press" in sentence  # the literal of every match first
    m = _ORG_VOICE.search(sentence) if voiced else None
    if m is None or not speaker.startswith(m.group("org").split()[0]):
        return None
    found: set[str] = set()
    for v in _NAMED_VOICE.finditer(doc.body):
        phrase = v.group("n") or v.group("m")
        person = names.person(phrase, v.start())
        if person is not None:
            found.add(person)
    return found.pop() if len(found) == 1 else None


def is_outlet(name: str) -> bool:
    """An outlet, byline or photo credit ("Censor.NET", "REUTERS/NAME A police officer")."""
    return name.lower().strip() in _OUTLETS or bool(_CREDIT.search(name))
