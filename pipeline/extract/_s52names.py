"""Speaker names on real agency copy (statement round 52, ``dev_statements78``).

Real Ukrainian, Russian-state and Israeli/Arab agency pages name a speaker once in full and
then by a short form, or glue page furniture to it; the sentence readers take the short form
or the furniture literally. Each rule reads a mechanism:

- "the head of the RMA" (also OVA, "the regional military administration") is the person the
  page last introduced as head of such an administration ("NAME, head of the X RMA", "the
  head of the X Regional Military Administration NAME"), not the body, nor the first head
  named when another was introduced since;
- a bare "regional military administration" ("According to the RMA, ...") takes the place of
  the administration named before it ("Dnipro Regional Military Administration");
- "COUNTRY's Channel 12" is the outlet by its own name ("Channel 12": an outlet's own name
  wins over its country, the naming conventions), while "Israeli Channel 12" stays as written;
- a speaker cut short before "in COUNTRY" ("the Islamic Resistance in Iraq") is the full body
  when the speaker table knows the full form;
- a possessive cut off before an acronym ("The Donetsk People's Republic's (DPR) mission to
  the Joint Center ... (JCCC) said") is the body the acronyms spell ("DPR mission to the
  JCCC"), never the possessor;
- "the military agency" after a defence ministry spoke is that ministry;
- "“Q,” the post reads / the message says" is the post's author named in the sentences
  before, never the outlet relaying it;
- "Local doctors described X as “F”" is the doctors' partial, not the last named official's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._roles import ALIASES
from pipeline.extract.model import Document, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["DESCRIBED", "bare_head", "head_before", "renamed"]

_TABLE = frozenset(entry.canonical for entry in ALIASES.values() if entry.kind == "org")
_NAME = r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}"
_ADMIN = (
    r"(?:RMA|OVA|MVA|Regional[ \t]+Military[ \t]+Administration"
    r"|regional[ \t]+military[ \t]+administration)"
)
_HEAD_REF = re.compile(
    r"\b(?:[Tt]he|[Aa]ccording[ \t]+to[ \t]+the)[ \t]+(?:head|chief)[ \t]+of[ \t]+the[ \t]+"
    + _ADMIN
    + r"\b(?!,?[ \t]+[A-Z][a-z])"
)
"""A bare "the head of the RMA" with no name of its own."""
_HEADS = re.compile(
    rf"(?P<a>{_NAME}),?[ \t]+(?:the[ \t]+)?(?:[Hh]ead|[Cc]hief)[ \t]+of[ \t]+(?:the[ \t]+)?"
    rf"(?:[A-Z][\w'’-]+[ \t]+)?{_ADMIN}"
    rf"|(?:[Hh]ead|[Cc]hief)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]+[ \t]+{_ADMIN},?[ \t]+"
    rf"(?P<b>{_NAME})"
    rf"|[A-Z][\w'’-]+[ \t]+{_ADMIN}[ \t]+(?:[Hh]ead|[Cc]hief)[ \t]+(?P<c>{_NAME})"
)
"""A person introduced as head of an administration, name before or after the title."""
_PLACED = re.compile(rf"\b(?P<p>[A-Z][\w'’-]+)[ \t]+{_ADMIN}")
_CHANNEL = re.compile(r"^[A-Z][a-z]+[ \t]+(?P<c>Channel[ \t]+\d{1,2})$")
_OWNED_NAME = re.compile(r"[A-Z][a-z]+[’']s[ \t]+(?P<c>Channel[ \t]+\d{1,2})(?!\d)")
_AGENCY = frozenset({"military agency", "defence agency", "defense agency"})
_DEFENCE = re.compile(r"\b(?:Defen[cs]e[ \t]+Ministry|Ministry[ \t]+of[ \t]+Defen[cs]e)\b")
_POST_READS = re.compile(
    r"[”\"’],?[ \t]+the[ \t]+(?:(?:Telegram|Facebook)[ \t]+)?(?:post|message|publication)"
    r"[ \t]+(?:reads|read|says|said|states|stated)\b"
)
_POSTER = re.compile(
    r"(?P<n>[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+)(?:,[^,.]{3,140},)?[ \t]+"
    r"(?:announced|posted|wrote|reported|shared|said)\b[^.\n]*?"
    r"\b(?:Telegram|Facebook|[Xx]\b|post|video|message)"
)
DESCRIBED = re.compile(
    r"^(?P<s>(?:[A-Z][a-z]+[ \t]+)?(?:doctors|medics|physicians|surgeons|nurses|paramedics"
    r"|witnesses|rescuers))[ \t]+(?:have[ \t]+)?described\b[^“\"]{0,80}?\bas[ \t]+[“\"]"
)
_IN_PLACE = re.compile(r"[ \t]+in[ \t]+(?P<w>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)")
_POSSESSIVE = re.compile(
    r"[ \t]+\((?P<a>[A-Z]{2,6})\)[ \t]+(?P<head>[a-z]+(?:[ \t]+[a-z]+)?)[ \t]+(?P<prep>to|at|in)"
    r"[ \t]+the[ \t]+[^()]{3,120}?[ \t]+\((?P<b>[A-Z]{2,6})\)"
)


def _owned(body: str, speaker: str, channel: str) -> bool:
    """Whether the story names the channel only as "COUNTRY's Channel N", never as written."""
    if body_has(body, speaker):
        return False
    return any(m.group("c") == channel for m in _OWNED_NAME.finditer(body))


def renamed(doc: Document, speakers: Speakers, s: Statement, before: list[Statement]) -> Statement:
    """``s`` with the speaker the rules above give it (``before``: statements kept so far)."""
    text = s.evidence.text
    speaker = s.speaker
    if (m := _CHANNEL.match(speaker)) is not None and _owned(doc.body, speaker, m.group("c")):
        return replace(s, speaker=m.group("c"))  # "Israel's Channel 12" (not "Israeli Channel 12"),
        # and so is "the broadcaster" after it
    if speaker.lower() in _AGENCY:
        for prior in reversed(before[-6:]):
            if _DEFENCE.search(prior.speaker):
                return replace(s, speaker=prior.speaker)
        return s
    if speaker.endswith(("'s", "’s")):
        return _possessive(s, text) or s
    if (m := _IN_PLACE.match(text, _end_of(text, speaker))) is not None:
        full = speakers.canonical(f"{speaker} in {m.group('w')}")
        if full in _TABLE and full != speaker:
            return replace(s, speaker=full)
    head = _HEAD_REF.search(text) if "head" in text or "chief" in text else None  # (literal)
    if head is not None and head.end() <= _quote_at(text, s.quote):
        return _head(doc, speakers, s) or s
    if speaker.lower() == "regional military administration":
        return _placed(doc, s) or s
    if s.mode != "indirect" and _POST_READS.search(text):
        return _poster(doc, speakers, s) or s
    if s.mode == "partial" and (m := DESCRIBED.match(text)) is not None:
        words = m.group("s")
        return replace(s, speaker=words[0].lower() + words[1:])
    return s


def _end_of(text: str, speaker: str) -> int:
    at = text.find(speaker)
    return at + len(speaker) if at >= 0 else len(text)


def _quote_at(text: str, quote: str) -> int:
    at = text.find(quote[:40])
    return at if at >= 0 else len(text)


def _possessive(s: Statement, text: str) -> Statement | None:
    """ "The X's (ACR) mission to the Y (ACR2) said": "ACR mission to the ACR2"."""
    at = text.find(s.speaker)
    if at < 0:
        return None
    m = _POSSESSIVE.match(text, at + len(s.speaker))
    if m is None:
        return None
    name = f"{m.group('a')} {m.group('head')} {m.group('prep')} the {m.group('b')}"
    return replace(s, speaker=name)


def _head(doc: Document, speakers: Speakers, s: Statement) -> Statement | None:
    """ "The head of the RMA emphasized that C": the last head introduced before."""
    name = head_before(doc, speakers, s.evidence.start)
    return replace(s, speaker=name) if name is not None else None


def head_before(doc: Document, speakers: Speakers, offset: int) -> str | None:
    """The person last introduced as head of a military administration before ``offset``."""
    last = None
    for m in _HEADS.finditer(doc.body, 0, offset):
        last = m.group("a") or m.group("b") or m.group("c")
    if last is None:
        return None
    return speakers.named(last, offset) or last


def bare_head(subject: str) -> bool:
    """ "the head of the RMA" with no name of its own."""
    return _HEAD_REF.fullmatch(subject) is not None


def _placed(doc: Document, s: Statement) -> Statement | None:
    """ "According to the RMA, C": the administration named before, with its place."""
    last = None
    for m in _PLACED.finditer(doc.body, 0, s.evidence.start):
        if m.group("p") not in ("The", "the", "This", "Military"):
            last = m.group("p")
    if last is None:
        return None
    return replace(s, speaker=f"{last} regional military administration")


def _poster(doc: Document, speakers: Speakers, s: Statement) -> Statement | None:
    """ "“Q,” the post reads.": the person who posted, named in the two sentences before."""
    index = speakers.sentence_at(s.evidence.start)
    for j in range(index - 1, max(-1, index - 3), -1):
        found = list(_POSTER.finditer(doc.sentences[j].text))
        if not found:
            continue
        name = speakers.named(found[-1].group("n"), doc.sentences[j].start)
        if name is None:
            return None
        return replace(s, speaker=name, mode="direct")
    return None
