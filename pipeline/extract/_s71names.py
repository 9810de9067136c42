"""Speakers named in full elsewhere in the article, round 71 (helper h_fix_s71,
``dev_statements97``): two back-references and one trailing time phrase the reader left in
or cut from the name.

- "The ministry said C" paragraphs after "The ADJ Ministry of X (and Y)" was named: the reader
  gave "ADJ Ministry"; the speaker is the full name of the first mention (through the speaker
  table, so a listed ministry keeps its canonical form);
- "COUNTRY's military / army spokesman (has) said C" with the spokesman named later in the
  article ("Military spokesman Brigadier General NAME told ..."): the reader gave the body;
  the speaker is the one person so titled;
- "SUBJ this week / last week said C": the time phrase is no part of the speaker.

Pure renaming: no statement is added or dropped. Each reading is gated by a literal test.

Runs in :mod:`pipeline.extract._latepasses` after :mod:`pipeline.extract._s71post`.
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import renamed
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_FULL = re.compile(
    r"\b(?:[Tt]he[ \t]+)?(?P<adj>[A-Z][a-z]+)[ \t]+Ministry[ \t]+of[ \t]+(?P<of>[A-Z][a-z]+"
    r"(?:[ \t]+(?:and|of)[ \t]+[A-Z][a-z]+|[ \t]+[A-Z][a-z]+){0,3})"
)
_BARE_MINISTRY = re.compile(r"^[A-Z][a-z]+[ \t]+Ministry$")
_UNNAMED = re.compile(
    r"\b(?P<c>[A-Z][a-z]+)(?:'s|\u2019s)[ \t]+(?:military|army)[ \t]+(?:spokesman|spokeswoman|"
    r"spokesperson)[ \t]+(?:has[ \t]+)?(?:said|told)\b"
)
_RANK = (
    r"(?:(?:Brigadier|Major|Lieutenant|Lt\.?|Col\.?|Colonel|General|Gen\.?|Rear|Admiral|"
    r"Captain|Capt\.?|Commander|Brig\.?)[ \t]+)*"
)
_NAMED = re.compile(
    r"\b(?:[Mm]ilitary|[Aa]rmy)[ \t]+(?:spokesman|spokeswoman|spokesperson),?[ \t]+"
    rf"{_RANK}(?P<n>[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){{1,2}})"
)
_TIME_TAIL = re.compile(r"[ \t]+(?:this|last|earlier[ \t]+this)[ \t]+(?:week|month)$")


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the speakers above renamed (other findings untouched)."""
    body = doc.body
    ministry = body_has(body, "Ministry of ")
    spokesman = body_has(body, "s military spokes") or body_has(
        body, "s army spokes"
    )  # "Israel's", "Sudan’s"
    week = body_has(body, " week said ") or body_has(body, " month said ")
    if not ministry and not spokesman and not week:
        return found
    full = _ministries(body, speakers) if ministry else {}
    named = _spokesman(body, speakers) if spokesman else None
    return renamed(found, lambda s: _renamed(s, body, full, named))


def _renamed(
    s: Statement, body: str, full: dict[str, str], named: tuple[int, str, str] | None
) -> str | None:
    """The new name of ``s`` (None: none of the readings above)."""
    speaker = s.speaker
    if _BARE_MINISTRY.match(speaker) is not None and speaker in full:
        return full[speaker]
    if named is not None and s.evidence.start < named[0] and speaker == named[1]:
        window = body[max(0, s.evidence.start - 5) : s.evidence.end]
        if _UNNAMED.search(window) is not None:
            return named[2]
    if " week" in speaker or " month" in speaker:
        trimmed = _TIME_TAIL.sub("", speaker)
        if trimmed != speaker and trimmed:
            return trimmed
    return None


def _ministries(body: str, speakers: Speakers) -> dict[str, str]:
    """ "ADJ Ministry" -> the full name of its first mention, one full name per adjective."""
    out: dict[str, str] = {}
    for m in _FULL.finditer(body):
        key = f"{m.group('adj')} Ministry"
        if key in out:
            continue
        out[key] = speakers.canonical(f"{m.group('adj')} Ministry of {m.group('of')}")
    return out


def _spokesman(body: str, speakers: Speakers) -> tuple[int, str, str] | None:
    """(offset of the naming, the body the unnamed spokesman was given to, the person) when the
    article names one military spokesman after an unnamed one."""
    first = _UNNAMED.search(body)
    if first is None:
        return None
    names = {m.group("n"): m.start() for m in _NAMED.finditer(body, first.end())}
    if len(names) != 1:
        return None
    name, at = next(iter(names.items()))
    adj = speakers.canonical(f"{first.group('c')}'s military")
    return at, adj, speakers.canonical(name)
