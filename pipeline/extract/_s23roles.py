"""French and Italian roles that stand for a speaker (statement round 23).

Literal translations of AFP, Le Monde, ANSA or Corriere copy name a speaker by an office
or a palace rather than a title the speaker table knows:

- "the head / tenant of the Elysée" is the French head of state of the table;
- "the head of French / Italian / Ukrainian diplomacy", "the head of the Farnesina / of the
  Quai d'Orsay" is the foreign minister the article named before ("the minister for Europe
  and Foreign Affairs, Jean-Noël Barrot"), else the table's foreign minister of that country;
- "Russian diplomacy" is the body the table lists as that country's foreign ministry;
- "Sources of the Quirinale" are "Quirinale sources"; "the Quirinale", "the Farnesina"
  stand as written (the annotator's call for bare palaces);
- a bare "the minister", "the deputy prime minister", "the head of the UN agency" right
  after a sentence naming one person is that person.

:func:`resolve` answers one phrase; it returns None when the phrase is none of these.
"""

from __future__ import annotations

import re

from pipeline.extract._roles import ALIASES, ROLE_TABLE
from pipeline.extract._speakerlookup import SpeakerLookup
from pipeline.extract.model import Document

__all__ = ["foreign_minister", "resolve"]

_COUNTRY = {
    "french": "FR",
    "italian": "IT",
    "russian": "RU",
    "ukrainian": "UA",
    "elysée": "FR",
    "elysee": "FR",
    "farnesina": "IT",
    "quai d'orsay": "FR",
}
_ELYSEE = re.compile(r"^(?:the )?(?:head|tenant|master|occupant) of the Elys[ée]e$", re.I)
_DIPLOMACY_HEAD = re.compile(
    r"^(?:the )?head of (?:(?P<adj>[A-Z][a-z]+) diplomacy|the (?P<palace>Farnesina|Quai d'Orsay))$"
)
_DIPLOMACY = re.compile(r"^(?P<adj>[A-Z][a-z]+) diplomacy$")
_SOURCES = re.compile(r"^(?:[Ss]ources|[Aa] source) of the (?P<p>[A-Z][\w'é-]+)$")
_PALACE = re.compile(r"^(?:[Tt]he )?(?P<p>Quirinale|Farnesina|Quai d'Orsay|Palazzo Chigi)$")
_BARE_ROLE = re.compile(
    r"^the (?:(?:deputy )?prime minister|minister|premier|vice-premier|head of the (?:UN )?agency"
    r"|director general|head of the mission)$"
)
_PERSON = re.compile(r"(?<![\w'’-])[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+){1,2}(?![\w'’-])")
_NOT_FIRST = frozenset({"The", "In", "On", "From", "For", "At", "According", "Since", "After"})
_BODY_WORDS = ("Ministry", "Party", "League", "Force", "Army", "Council", "Command", "Office")
_KREMLIN = re.compile(r"^(?:the )?(?:head|tenant|master|occupant) of the Kremlin$", re.I)
_FM_MENTION = re.compile(
    r"(?:[Ff]oreign [Mm]inister|[Mm]inister (?:for|of) (?:Europe and )?Foreign Affairs"
    r"|head of (?:[A-Z][a-z]+ )?diplomacy)(?: \w+)?,? "
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})"
)


def resolve(doc: Document, speakers: SpeakerLookup, phrase: str, at: int) -> str | None:
    """The speaker ``phrase`` (found at body offset ``at``) names, or None."""
    phrase = phrase.strip()
    if "lys" in phrase and _ELYSEE.match(phrase):
        return ROLE_TABLE.get(("FR", "head"))
    if "Kremlin" in phrase and _KREMLIN.match(phrase):
        return ROLE_TABLE.get(("RU", "head"))
    if "diplomacy" in phrase or "Farnesina" in phrase or "Quai" in phrase:
        m = _DIPLOMACY_HEAD.match(phrase)
        if m is not None:
            key = (m.group("adj") or m.group("palace")).lower()
            return foreign_minister(doc, speakers, at, _COUNTRY.get(key))
        m = _DIPLOMACY.match(phrase)
        if m is not None:
            entry = ALIASES.get(f"{m.group('adj').lower()} foreign ministry")
            return entry.canonical if entry is not None else None
    if "ource" in phrase:
        m = _SOURCES.match(phrase)
        if m is not None:
            return f"{m.group('p')} sources"
    m = _PALACE.match(phrase)
    if m is not None:
        return m.group("p")
    if _BARE_ROLE.match(phrase):
        return _just_named(doc, speakers, at)
    return None


def foreign_minister(
    doc: Document, speakers: SpeakerLookup, at: int, country: str | None
) -> str | None:
    """The foreign minister named last before ``at``, else the table's one of ``country``."""
    best = None
    for m in _FM_MENTION.finditer(doc.body, 0, at):
        best = m.group("name")
    if best is not None:
        return speakers.named(best, at) or best
    return ROLE_TABLE.get((country, "foreign minister")) if country else None


def _just_named(doc: Document, speakers: SpeakerLookup, at: int) -> str | None:
    """The person named last before ``at`` in its sentence or the one before it."""
    index = speakers.sentence_at(at)
    lo = doc.sentences[max(0, index - 1)].start
    last = None
    for m in _PERSON.finditer(doc.body, lo, at):
        if m.group(0).split()[0] in _NOT_FIRST:
            continue
        who = speakers.named(m.group(0), m.start())
        if who is not None and " " in who and not any(w in who for w in _BODY_WORDS):
            last = who
    return last
