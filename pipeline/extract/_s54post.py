"""Statements on real agency copy, fifth round (statement round 54, ``dev_statements80``).

Most statement misses on real pages were speakers named differently from the article. Each
rule reads a mechanism, not a sentence:

- an office holder named once with an acronym body's title ("Director-General (DG)
  Inter-Services Public Relations (ISPR) Major-General NAME said") is that person whenever the
  copy then writes the title ("the DG ISPR said", "The ISPR DG further said", "DG SURNAME
  said", "Gen SURNAME said", "he added"); the body alone ("According to the ISPR", "the ISPR
  said", "it added") stays the body. A rank written without a full stop ("Lt Gen FIRST
  MIDDLE SURNAME") keeps the first name;
- a named body behind another body's possessive ("the ministry's Emergency Operations
  Center") is named as the article names it, without the possessive;
- adjectives joined by "and" before one plural source noun ("Palestinian security and medical
  sources", "Israeli and Palestinian media") are one speaker, and "The sources" after it is
  that speaker;
- a body the article qualifies with a demonym ("the Palestinian Civil Defense in Gaza") keeps
  the demonym instead of the seat the phrase readers put in front ("Gaza Civil Defense");
- "the outlet said" and "the mission's Telegram channel said" are the outlet or body named in
  the statement before.

The detection of title-led trailing attributions lives in :mod:`pipeline.extract._s54titles`.
Runs after the round-53 pass.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._found import split
from pipeline.extract._lexicon import DEMONYMS
from pipeline.extract._s54more import (
    add_unread,
    credited,
    outlet_credits,
    outletlike,
    residents,
    singular_it,
)
from pipeline.extract._s54titles import holders, sourced, titled
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_POSSESSED = re.compile(
    r"^(?:ministry|agency|army|department|government|military|council|office|service)['’]s"
    r"[ \t]+(?P<b>[A-Z][\w-]*(?:[ \t]+(?:[A-Z][\w-]*|of|for|and))*[ \t]+[A-Z][\w-]*)$"
)
"""A named body of two or more capitalised words behind a body's possessive."""
_ADJS = frozenset(
    {
        "security",
        "medical",
        "rescue",
        "official",
        "military",
        "local",
        "health",
        "hospital",
        "civil",
        "government",
        "diplomatic",
        "intelligence",
        "police",
        "emergency",
        "tribal",
        "humanitarian",
        "judicial",
        "political",
    }
)
_PLURAL = ("sources", "media")
_HANDOFF = re.compile(
    r"^(?:outlet|(?:mission|department|office|agency|ministry)['’]s[ \t]+Telegram[ \t]+channel)$"
)
_DEMONYMS = frozenset(DEMONYMS.values()) | {
    "Palestinian",
    "Saudi",
    "Emirati",
    "Kurdish",
    "Korean",
    "Belgian",
    "Dutch",
    "Czech",
    "Tunisian",
    "Algerian",
    "Moroccan",
    "Kuwaiti",
    "Bangladeshi",
}
_SUFFIX = r"(?P<x>[ \t]+(?:Authority|Directorate))?"


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    statements, others = split(found)
    kept = sourced(doc, statements)
    kept = _joined_new(doc, kept)
    kept = _possessed(kept)
    kept = _joined(doc, kept)
    kept = _demonym_body(doc, kept)
    kept = outlet_credits(doc, kept)
    kept = _handoff(kept)
    kept = titled(doc, kept, holders(doc, kept))
    kept = residents(doc, kept)
    kept = singular_it(kept)
    kept = credited(kept)
    kept.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return [*others, *kept]


def _possessed(kept: list[Statement]) -> list[Statement]:
    """ "the ministry's Emergency Operations Center" -> "Emergency Operations Center"."""
    out = []
    for s in kept:
        m = _POSSESSED.match(s.speaker)
        out.append(replace(s, speaker=m.group("b")) if m else s)
    return out


def _adjective(word: str) -> bool:
    return word in _ADJS or word in _DEMONYMS


def _joined(doc: Document, kept: list[Statement]) -> list[Statement]:
    """Coordinated adjectives before one plural source noun are one speaker."""
    body = doc.body
    out: list[Statement] = []
    last_joined = ""
    last_end = -1
    for s in kept:
        words = s.speaker.split()
        noun = words[-1] if words else ""
        near = s.evidence.start - last_end < 400 and bool(last_joined)
        if noun in _PLURAL and len(words) == 1 and near and last_joined.endswith(noun):
            out.append(replace(s, speaker=last_joined))
            last_end = s.evidence.end
            continue
        if noun in _PLURAL or (len(words) <= 2 and words and _adjective(words[-1])):
            joined = _widen(body, s)
            if joined is not None:
                if out and out[-1].evidence == s.evidence and out[-1].quote == s.quote:
                    out.pop()  # "Lebanese official" + "security sources": one speaker
                out.append(replace(s, speaker=joined))
                last_joined, last_end = joined, s.evidence.end
                continue
        out.append(s)
    return out


_JOINED = re.compile(
    r"(?P<a>(?:[A-Z][a-z]+[ \t]+)?[A-Za-z]+)[ \t]+and[ \t]+(?P<b>(?:[A-Za-z]+[ \t]+)?[A-Za-z]+)"
    r"[ \t]+(?P<n>sources|media)\b"
)


_TRAIL_JOINED = re.compile(
    r"^(?P<c>[A-Z].{15,}?),[ \t]+(?P<s>(?:[A-Z][a-z]+[ \t]+)?[A-Za-z]+[ \t]+and[ \t]+"
    r"(?:[A-Za-z]+[ \t]+)?[A-Za-z]+[ \t]+(?:sources|media))[ \t]+(?P<v>said|reported)"
    r"(?:[ \t]+on[ \t]+[A-Z][a-z]+)?\.$"
)


def _joined_new(doc: Document, kept: list[Statement]) -> list[Statement]:
    """ "C, Palestinian security and medical sources said." read when nobody was."""
    out = list(kept)
    for sentence in doc.sentences:
        text = sentence.text.strip()
        if " and " not in text or not text.endswith("."):
            continue
        if "sources" not in text and "media" not in text:
            continue  # the literal head noun every :data:`_TRAIL_JOINED` match holds
        m = _TRAIL_JOINED.match(text)
        if m is None or not all(_adjective(w) for w in m.group("s").split()[:-1] if w != "and"):
            continue
        add_unread(out, sentence, text, m)
    out.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return out


def _widen(body: str, s: Statement) -> str | None:
    """The "A and B sources" phrase of ``s``'s evidence its speaker is part of, if any."""
    text = s.evidence.text
    if " and " not in text:
        return None
    for m in _JOINED.finditer(text):
        a_words = m.group("a").split()
        b_words = m.group("b").split()
        if not all(_adjective(w) for w in a_words + b_words):
            continue
        phrase = m.group(0)
        tail = " ".join([*b_words, m.group("n")])
        head = " ".join(a_words)
        if s.speaker.lower() in (tail.lower(), head.lower(), phrase.lower()) or (
            tail.lower().endswith(s.speaker.lower())
        ):
            return phrase[0].upper() + phrase[1:] if phrase[0].isupper() else phrase
    return None


def _demonym_body(doc: Document, kept: list[Statement]) -> list[Statement]:
    """ "Gaza Civil Defense" when the article writes "the Palestinian Civil Defense in Gaza"."""
    out = []
    seen: dict[str, re.Match[str] | None] = {}  # per speaker: one body search per name
    for s in kept:
        words = s.speaker.split()
        capital = all(w[:1].isupper() for w in words)
        if len(words) >= 3 and capital and words[0] not in _DEMONYMS:
            core = " ".join(words[1:])
            if s.speaker not in seen:
                seen[s.speaker] = _demonym_match(doc.body, words[0], core)
            m = seen[s.speaker]
            if m and m.group("d") in _DEMONYMS and m.start() < s.evidence.start:
                out.append(replace(s, speaker=f"{m.group('d')} {core}{m.group('x') or ''}"))
                continue
        out.append(s)
    return out


def _demonym_match(body: str, seat_name: str, core: str) -> re.Match[str] | None:
    """The first "DEMONYM CORE in SEAT" of ``body`` (None without ``core`` in it)."""
    if core not in body:  # a name: not a fixed literal
        return None
    seat = rf"[ \t]+in[ \t]+{re.escape(seat_name)}\b"
    return re.search(rf"\b(?P<d>[A-Z][a-z]+)[ \t]+{re.escape(core)}{_SUFFIX}{seat}", body)


def _handoff(kept: list[Statement]) -> list[Statement]:
    """ "the outlet said" / "the mission's Telegram channel said": the speaker before."""
    out: list[Statement] = []
    for s in kept:
        if _HANDOFF.match(s.speaker) and out and s.evidence.start - out[-1].evidence.end < 600:
            if s.speaker != "outlet":
                out.append(replace(s, speaker=out[-1].speaker))
                continue
            before = [b for b in out[-4:] if outletlike(b)]
            if before:
                out.append(replace(s, speaker=before[-1].speaker))
                continue
        out.append(s)
    return out
