"""Statements on real agency copy, statement round 63 (``dev_statements89``): readings that
recur across the real excerpts (real13, real14) and gave a statement to the wrong speaker or
to a dateline. ("NAME's office said C" stays NAME's: the written convention, see the README.)

Each reading is a mechanism, not a sentence:

- "NAME held talks / a (bilateral) meeting / a call with Y and said “F”" is NAME's, not Y's:
  the subject before "held" says it, Y only sat at the table ("Y, who said" stays Y's);
- a dateline "Place: NAME, TITLE, said C" opening a story is not the place speaking: NAME,
  TITLE said C (the dateline's other sentences, "Place: NAME ... condemned ...", say nothing);
- a credit tag "(Web Desk) -" / "Kyiv (News Desk) -" is not a speaker, and a partial in the
  tagged sentence after "X has condemned ... “words”" is no more read than without the tag;
- a dateline "Place: " left at the head of a reported clause ("Kursk: C, regional
  authorities said.") is not part of what was said.

Each reading starts with a literal test of the speaker, the quote or the evidence.

Runs last in :mod:`pipeline.extract._latepasses`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import split
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_NAME_WORD = r"(?:[A-Z][\w'’.-]*|al-[A-Z][\w-]*|bin|ibn)"
_MET = re.compile(
    r"(?P<n>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,4})[ \t]+(?:also[ \t]+)?(?:held|had)[ \t]+"
    r"(?:an?[ \t]+)?(?:[a-z]+[ \t]+)?(?:talks|meeting|call|conversation|phone[ \t]+call)[ \t]+"
    r"with[ \t]+(?P<o>[^,.;“”\"]{3,120}?)[ \t]+and[ \t]+(?:said|stressed|noted|declared)\b"
)
_DATELINE = re.compile(r"(?P<p>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}):[ \t]+")
_DATELINED = re.compile(
    r"(?:(?:Sheikh|Prince|Dr\.?|Mr\.?|Ms\.?)[ \t]+)?"
    rf"(?P<n>[A-Z][\w'’-]*(?:[ \t]+{_NAME_WORD}){{1,5}}),[ \t]+(?:the[ \t]+)?[^,]{{3,80}},[ \t]+"
    r"(?P<v>said|stated|told[ \t]+reporters)[ \t]+(?:on[ \t]+[A-Z][a-z]+[ \t]+)?(?:that[ \t]+)?"
    r"(?P<c>[^\n]+?)\.?$"
)
_DESK = re.compile(
    r"(?:[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+)?\((?P<d>[A-Z][\w]*(?:[ \t]+[A-Z][\w]*)?"
    r"[ \t]+Desk)\)[ \t]*[-–—][ \t]+(?P<s>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})"
)


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    statements, others = split(found)
    body = doc.body
    desk = body_has(body, "Desk)")
    kept: list[Statement] = []
    for s in statements:
        text = s.evidence.text
        if " with " in text and " and " in text:
            s = _met(speakers, s)
        if ":" in text:
            got = _dateline(body, speakers, s)
            if got is None:
                continue
            s = got
        if desk and "Desk" in text and _desk_tagged(s):
            continue
        kept.append(s)
    return [*others, *kept]


def _met(speakers: Speakers, s: Statement) -> Statement:
    """ "NAME held talks with Y and said “F”" read as Y: NAME, the one who held them."""
    last = s.speaker.split()[-1] if s.speaker else ""
    if not last:
        return s
    for m in _MET.finditer(s.evidence.text):
        if last in m.group("o").split() and last not in m.group("n").split():
            return replace(s, speaker=_named(speakers, m.group("n")))
    return s


def _named(speakers: Speakers, run: str) -> str:
    """The canonical name of a run ("PM Modi"): the run's, else its last word's when that
    resolves to a person the story named in full."""
    name = speakers.canonical(run)
    if name != run or " " not in run:
        return name
    full = speakers.canonical(run.rsplit(None, 1)[1])
    return full if " " in full else name


def _line_start(body: str, pos: int) -> int:
    return body.rfind("\n", 0, pos) + 1


def _dateline(body: str, speakers: Speakers, s: Statement) -> Statement | None:
    """A dateline read as the speaker, or left at the head of the reported clause: the
    statement re-read (``None`` when the line after the dateline says nothing)."""
    start = s.evidence.start
    line = _line_start(body, start)
    if start - line > 3:
        return s
    m = _DATELINE.match(body, line)
    if m is None:
        return s
    place = m.group("p")
    if s.speaker == place:
        rest = body[m.end() : s.evidence.end]
        r = _DATELINED.match(rest)
        if r is None:
            return None
        who = speakers.canonical(r.group("n"))
        return replace(s, speaker=who, quote=r.group("c").strip(), cue=r.group("v"))
    prefix = place + ": "
    if s.mode == "indirect" and s.quote.startswith(prefix) and len(s.quote) > len(prefix) + 8:
        return replace(s, quote=s.quote[len(prefix) :])
    return s


def _desk_tagged(s: Statement) -> bool:
    """A credit tag read as the speaker, or a partial in the tagged sentence whose speaker
    is not the subject after the tag."""
    m = _DESK.match(s.evidence.text)
    if m is None:
        return False
    if s.speaker == m.group("d"):
        return True
    return s.mode == "partial" and s.speaker != m.group("s")
