"""Statements on real agency copy (statement round 50, ``dev_statements76``).

Real wire pages (Reuters/AP reprints, AFP, Ukrinform, Censor.NET, Xinhua, Anadolu) carry page
furniture and house wording that the sentence-level readers take literally. Each rule reads a
mechanism, never one phrase:

- an agency headline on the page's first line ("Lebanon says ... hospital", "Six killed in
  ..., ministry says", "Drones attack X: Governor Y claims ... PHOTO") is no statement (the
  conventions: headlines are no statements), so reported speech read from it is dropped;
- "the country's X" is the story's country (its dateline, an "X says" heading, else the
  national adjective of the speakers quoted before), never the last country named before it
  ("the country's air force" in a Ukraine story is Ukrainian);
- a country used as a noun adjunct ("the Ukraine air force") is the adjective's body, in the
  table's form; a "PLACE-based" description keeps its place ("Gaza-based health authorities");
- "the ORG('s top) spokesman" read as the organisation, or as "ORG top", is the spokesperson the
  article names ("press secretary John Kirby"), when it names exactly one;
- a pronoun left as the literal speaker ("He stressed that C" opening a story) is the person
  named before it (a "NAME: ..." headline), else the statement is dropped;
- an outlet, byline or photo credit is never the antecedent of "he said" / "According to
  him" / "it said": the person named in the sentences before (or, for "it", the body the
  sentence opens with) speaks;
- a quoted proper adjective used as a scare quote ('an "Israeli" ship') and words written on
  an object ('an inscription on its wing: "..."', banners reading "...") are no statements;
- a sentence no reader attributed whose opening body the table knows reports itself ("BODY
  did X, it said", "BODY said they did X") is that body's.

The naming rules live in :mod:`pipeline.extract._s50names`, the "it said" reader in
:mod:`pipeline.extract._s50said`. Runs after every other statement pass.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _s50names as names_
from pipeline.extract._found import split
from pipeline.extract._s50said import it_said, opening_body
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_TERMINAL = (".", "!", "?", "”", '"', "’", "»", ":", "…", ";")
_TAG = re.compile(r"\s+(?:PHOTOS?|VIDEOS?|UPDATED?|LIVE|MAP|INFOGRAPHICS?)\s*$")
_HEAD_MAX = 200
_DATED = re.compile(r"^\s*date\s+\d{4}-\d\d-\d\d\s+")
_PRONOUN_CUE = re.compile(
    r"\b(?:(?P<p>[Hh]e|[Ss]he|[Ii]t)[ \t]+(?:\w+[ \t]+)?(?:said|says|added|wrote|noted|stressed"
    r"|told|reported|stated|explained|emphasi[sz]ed|claimed)|[Aa]ccording[ \t]+to[ \t]+"
    r"(?P<q>him|her))\b"
)
_ARTEFACT = re.compile(
    r"\b(?:inscriptions?|banners?|placards?|posters?|slogans?|graffiti|captions?|stickers?)\b"
    r"[^.!?“”\"«»]{0,60}?(?:\breading|:)\s*$|\bsigns?[ \t]+reading\s*$",
    re.IGNORECASE,
)
_SAYING = re.compile(r"\b(?:said|says|say|wrote|writes|told|added|declared|stated)\b")
_SCARE_BEFORE = re.compile(r"\b(?:an?|the)[ \t]+[\"“«„]$", re.IGNORECASE)
_SCARE_AFTER = re.compile(r"^[\"”»“][ \t]+[a-z]")
_LOOK = 3
"""Sentences searched backwards for a pronoun's person."""


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the real-copy readings above (findings other than statements untouched)."""
    statements, others = split(found)
    body = doc.body
    head = _headline(body)
    names = names_.Names(body)
    kept: list[Statement] = []
    for s in statements:
        if s.mode == "indirect" and head is not None and head[0] <= s.evidence.start < head[1]:
            continue  # an agency headline restated by the body
        if s.mode != "indirect" and (_scare(body, s) or _artefact(doc, speakers, s)):
            continue
        revised = _speaker(doc, speakers, names, s, kept)
        if revised is not None:
            kept.append(revised)
    kept.extend(it_said(doc, speakers, kept))
    return [*others, *kept]


def _headline(body: str) -> tuple[int, int] | None:
    """Span of the page's first line when it is a headline (no closing punctuation)."""
    start = len(body) - len(body.lstrip())
    end = body.find("\n", start)
    if end < 0 or not body[end:].strip():
        return None
    line = _DATED.sub("", body[start:end]).rstrip()
    if not line or len(line) >= _HEAD_MAX:
        return None
    if _TAG.search(line):
        return start, end  # "...: Governor X claims there are dead. PHOTO"
    if line.endswith(_TERMINAL) or (line[-1].isdigit() and "," not in line):  # "15:40 22.05"
        return None
    return start, end


def _sentence(doc: Document, speakers: Speakers, s: Statement) -> str:
    return doc.sentences[speakers.sentence_at(s.evidence.start)].text


def _scare(body: str, s: Statement) -> bool:
    """'an "Israeli" ship': one capitalised word quoted inside a noun phrase."""
    if s.mode != "partial" or " " in s.quote.strip() or not s.quote[:1].isupper():
        return False
    at = body.find(s.quote, max(0, s.evidence.start - 5))
    if at < 0:
        return False
    return bool(
        _SCARE_BEFORE.search(body[max(0, at - 8) : at])
        and _SCARE_AFTER.match(body[at + len(s.quote) : at + len(s.quote) + 4])
    )


def _artefact(doc: Document, speakers: Speakers, s: Statement) -> bool:
    """Words written on an object: 'an inscription on the wing: "..."', 'banners reading "..."'."""
    body = doc.body
    at = body.find(s.quote, max(0, s.evidence.start - 5))
    if at < 0:
        return False
    sentence = doc.sentences[speakers.sentence_at(at)]
    before = body[max(sentence.start, at - 120) : at].rstrip("\"“„«‘' \t")
    m = _ARTEFACT.search(before)
    return m is not None and not _SAYING.search(m.group())


def _speaker(
    doc: Document, speakers: Speakers, names: names_.Names, s: Statement, kept: list[Statement]
) -> Statement | None:
    """``s`` with its speaker re-read, or None when it names nobody."""
    speaker = s.speaker
    sentence = _sentence(doc, speakers, s)
    if s.mode != "indirect":  # a quote the splitter cut: its attribution ends its last sentence
        last = doc.sentences[speakers.sentence_at(max(s.evidence.start, s.evidence.end - 1))]
        sentence = doc.body[doc.sentences[speakers.sentence_at(s.evidence.start)].start : last.end]
    if speaker.lower() in names_.PRONOUNS:
        person = _before(doc, speakers, names, s, kept)
        return replace(s, speaker=person) if person is not None else None
    if (
        names_.is_outlet(speaker)
        and speaker.lower() not in sentence.lower()  # "He said this ..., Ukrinform reports"
        and (cue := _PRONOUN_CUE.search(sentence)) is not None
    ):
        if cue.group("p") in ("it", "It"):
            body_ = opening_body(doc, speakers, sentence)
            return replace(s, speaker=body_) if body_ is not None else s
        person = _before(doc, speakers, names, s, kept)
        return replace(s, speaker=person) if person is not None else s
    renamed = (
        names_.country_s(doc, speakers, s, sentence, kept)
        or names_.noun_adjunct(speakers, speaker, sentence)
        or names_.place_based(speaker, sentence)
        or names_.named_voice(doc, names, speaker, sentence)
    )
    return replace(s, speaker=renamed) if renamed is not None and renamed != speaker else s


def _before(
    doc: Document, speakers: Speakers, names: names_.Names, s: Statement, kept: list[Statement]
) -> str | None:
    """The person named in the few sentences before ``s`` (the headline included)."""
    index = speakers.sentence_at(s.evidence.start)
    body = doc.body
    first = doc.sentences[max(0, index - _LOOK)].start if doc.sentences else 0
    start = 0 if index <= _LOOK else first
    person = names.last_person(body[start : doc.sentences[index].start], start)
    if person is not None:
        return person
    for earlier in reversed(kept):
        if (
            earlier.evidence.start < s.evidence.start
            and not names_.is_outlet(earlier.speaker)
            and names.person(earlier.speaker, earlier.evidence.start) is not None
        ):
            return earlier.speaker
    return None
