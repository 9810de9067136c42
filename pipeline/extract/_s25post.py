"""Last reading of finished statements: Romanian and Iberian agency copy (statement round 25).

Literal English translations of Agerpres, News.ro and Digi24 (Romanian), EFE and Europa
Press (Spanish) and Lusa (Portuguese) copy attribute in shapes the sentence readers miss or
name wrongly (``dev_statements50``):

- a bare ministry acronym as the subject, in the present tense ("The MApN specifies that C",
  "The MAI also informs that C"): the ministry, placed by the dateline's country;
- Romanian and Iberian cue verbs before "that" ("transmits/transmitted", "communicated",
  "showed", "brought to mind", "made the specification", "defended", "guaranteed"), with
  adjuncts between the verb and "that" that are no part of the reported clause ("declared,
  on Tuesday, at the Cotroceni Palace, that C");
- "the institution", "the quoted/cited source", "the cited official" pointing back at the
  last speaker; "According to the institution, C", "In the opinion / view of X, C";
- a relaying outlet after the real cue ("“C,” transmitted the MApN, according to News.ro"):
  the outlet only relays, the MApN speaks;
- "A press release of X informs that C": X; "X (ACR)" kept with its acronym: X;
- a role the readers made from an unresolved title ("the head of the Spanish diplomacy",
  "the Spanish president", "the prime minister") right after that person spoke or was named:
  the person; "the Executive" after a named government: that government;
- quote-first sentences closed by "began by saying the prime minister", "specified the
  institution", "the prefect of X, NAME, sent to AGERPRES".

Pure functions over the finished statements; every sentence test starts with a literal.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _s25read
from pipeline.extract._bodylits import body_has
from pipeline.extract._s25read import ROLE
from pipeline.extract._s25who import (
    ACRONYMS,
    BACK,
    OUTLETS,
    dateline_country,
    government_of,
    last_statement,
    speaker_of,
)
from pipeline.extract._speakerlookup import SpeakerLookup
from pipeline.extract.model import Document, Finding, Statement

__all__ = ["revise"]

_ADJ_THAT = re.compile(
    r"^(?:(?:on|in|at|during|for|through|upon|after|before|from|via|with|today|yesterday"
    r"|this|last)\b[^,;“”\"«»]{0,90},[ \t]*){1,3}that[ \t](?P<c>.{8,})$"
)
"""An indirect quote opening with the adjuncts between verb and "that"."""
_DOC_OF = re.compile(
    r"^(?:an? |the )?(?:press release|communiqu[eé]|note|statement|release) of (?:the )?(?P<x>.+)$",
    re.IGNORECASE,
)
_ACR_TAIL = re.compile(r"^(?P<x>.+?) \((?P<acr>[A-Z][A-Za-z]{1,6})\)$")


def revise(doc: Document, speakers: SpeakerLookup, found: list[Finding]) -> list[Finding]:
    """``found`` with the speakers of Romanian/Iberian agency copy read (see the module doc)."""
    body = doc.body
    statements = [f for f in found if isinstance(f, Statement)]
    if not statements and not any(body_has(body, lit) for lit in _s25read.LITERALS):
        return found
    country = dateline_country(body)
    found = [f for f in found if not (isinstance(f, Statement) and _title_quote(f))]
    if any(body_has(body, lit) for lit in _s25read.LITERALS):
        found = _s25read.added(doc, speakers, found, country)
    revised: list[Finding] = []
    for f in found:
        if isinstance(f, Statement):
            f = _renamed(doc, speakers, f, revised, country)
        revised.append(f)
    return revised


def _role_person(
    doc: Document, speakers: SpeakerLookup, statement: Statement, found: list[Finding]
) -> str | None:
    """ "the Spanish president" / "the head of the Spanish diplomacy" the readers left as a
    lowercase role: the person who spoke in the two sentences before, or was named there."""
    index = speakers.sentence_at(statement.evidence.start)
    previous = last_statement(found, statement.evidence.start)
    if (
        previous is not None
        and index - speakers.sentence_at(previous.evidence.start) <= 2
        and previous.speaker[:1].isupper()
        and len(previous.speaker.split()) >= 2
        and not any(w in previous.speaker for w in ("Ministry", "overnment", "Service"))
    ):
        return previous.speaker
    for k in (index, index - 1):
        if k >= 0:
            who = speakers.person_before(k, min(statement.evidence.start, doc.sentences[k].end))
            if who is not None:
                return who
    return None


def _renamed(
    doc: Document,
    speakers: SpeakerLookup,
    f: Statement,
    done: list[Finding],
    country: str | None,
) -> Statement:
    speaker = f.speaker
    new: str | None = None
    if speaker.lower() in OUTLETS:
        new = _relayed(doc, speakers, f, done, country)
    elif _back_named(speaker):
        new = speaker_of(speaker, doc, speakers, f.evidence.start, done, country)
    elif speaker.lower() in ("government", "the government"):
        new = government_of(doc.body[: f.evidence.start], done, f.evidence.start)
    elif speaker.lower() in ("ministry", "the ministry"):
        previous = last_statement(done, f.evidence.start)
        if previous is not None and "Ministry" in previous.speaker:
            new = previous.speaker
    elif speaker[:1].islower() and ROLE.match(speaker) is not None:
        new = _role_person(doc, speakers, f, done)
    elif speaker[:1].islower() and " " in speaker:
        new = _apposed(doc, speakers, f)
    if f.mode == "indirect" and (cut := _ADJ_THAT.match(f.quote)) is not None:
        f = replace(f, quote=cut.group("c"))
    return replace(f, speaker=new) if new is not None and new != speaker else f


def _back_named(speaker: str) -> bool:
    """A speaker the readers kept as written that :func:`speaker_of` reads better."""
    return (
        speaker.lower() in BACK
        or speaker in ACRONYMS
        or speaker == "Executive"
        or _DOC_OF.match(speaker) is not None
        or _ACR_TAIL.match(speaker) is not None
    )


def _apposed(doc: Document, speakers: SpeakerLookup, f: Statement) -> str | None:
    """ "“C.” This was assured by the minister of Defence, NAME": a role the readers kept
    lowercase with the name apposed right after it (its sentence or the next): NAME."""
    index = speakers.sentence_at(max(f.evidence.start, f.evidence.end - 1))
    end = doc.sentences[min(index + 1, len(doc.sentences) - 1)].end
    text = doc.body[f.evidence.start : end]
    at = text.lower().find(f.speaker + ", ")
    if at < 0:
        return None
    name = _APPOSED_NAME.match(text, at + len(f.speaker) + 2)
    if name is None:
        return None
    return speakers.named(name.group("n"), f.evidence.start + at) or name.group("n")


_APPOSED_NAME = re.compile(
    r"(?P<n>[A-ZÀ-Þ][\w'’-]+(?: (?:de |da |del )?[A-ZÀ-Þ][\w'’-]+){1,3})(?=[,.;]|$)"
)


def _title_quote(f: Statement) -> bool:
    """ "The secretary general of NATO, Mark Rutte, indicated, ..., that C" read with the
    title as the clause: dropped (the sentence pass reads C)."""
    if f.mode != "indirect" or f.quote.split(" ", 1)[0] not in ("The", "the"):
        return False
    text = f.evidence.text
    speaker = f.speaker
    return (
        text.startswith(f.quote + ", ")
        and text[len(f.quote) + 2 :].startswith(speaker)
        and " that " in text
        and len(f.quote.split()) <= 8
    )


_RELAY = re.compile(
    r"[”\"»],?[ \t](?P<verb>[a-z]+ed)[ \t](?P<np>[^,;“”\"«»]{2,80}?),[ \t](?:according to"
    r"|quoted by|cited by)[ \t]"
)


def _relayed(
    doc: Document,
    speakers: SpeakerLookup,
    f: Statement,
    done: list[Finding],
    country: str | None,
) -> str | None:
    """ "“C,” transmitted the MApN, according to News.ro": the MApN, not the outlet."""
    index = speakers.sentence_at(f.evidence.start)
    sentence = doc.sentences[index]
    match = _RELAY.search(sentence.text)
    if match is None:
        return None
    at = sentence.start + match.start()
    return speaker_of(match.group("np"), doc, speakers, at, done, country)
