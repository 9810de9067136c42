"""Bodies, datelines and vessel names in translated wire copy (statement round 26).

Read by :mod:`pipeline.extract._s26post`, kept apart for size:

- a quoted vessel name ("the Greek frigate «Hydra»", "the tanker „Kerch Spirit”") is no
  quote (:func:`no_names`, applied before any reader), and a sentence holding one is read as
  "C, the navy said." / "C, according to X." (:func:`trail`);
- "..., the Ministry of Maritime Affairs and Insular Policy announced[, specifying that D]":
  the ministry named in full (the "and" cut it to "Insular Policy"), of the country of the
  wire dateline ("Athens (ANA-MPA) -" -> "Greek Ministry of ..."; :func:`ministry`), with no
  "(MAE)" after a name;
- "Operational Command" after "the Operational Command of the Armed Forces (DORSZ)": the
  table's canonical body (:func:`canonical`);
- "Meanwhile, " or a wire dateline opening an indirect clause is no part of it
  (:func:`meanwhile`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._quotes import Quote
from pipeline.extract._speakerlookup import SpeakerLookup as _Lookup
from pipeline.extract.model import Document, Evidence, Statement, StatementMode

__all__ = ["DATED", "DEMONYMS", "add", "canonical", "meanwhile", "ministry", "no_names", "trail"]

_VESSELS = (
    "frigate",
    "ship",
    "vessel",
    "tanker",
    "destroyer",
    "corvette",
    "submarine",
    "carrier",
    "cruiser",
    "boat",
    "freighter",
    "warship",
    "icebreaker",
)
_VESSEL_NAME = re.compile(r"[A-Z0-9][\w'’.-]*(?: [A-Z0-9][\w'’.-]*){0,3}")


def no_names(body: str, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` without a vessel's quoted name ("the Greek frigate «Hydra»")."""
    kept = []
    for q in quotes:
        before = body[max(0, q.start - 14) : q.start].rstrip().lower()
        name = q.text.strip()
        if (
            before.endswith(_VESSELS)
            and len(name) <= 30
            and _VESSEL_NAME.fullmatch(name) is not None
        ):
            continue
        kept.append(q)
    return kept


_TRAIL = re.compile(
    r", (?:(?P<np>the [^,;„“”\"«»]{3,80}?|[A-Z][^,;„“”\"«»]{2,60}?) (?P<v>said|announced|reported"
    r"|stated|informed)(?: (?:on [A-Z][a-z]+day|today|yesterday))?"
    r"(?:, (?:specifying|adding) that (?P<c2>[^;]+?))?|according to (?P<acc>[^,;„“”\"«»]{3,80}))\.$"
)
DATED = re.compile(
    r"^[A-Z][A-Za-z]+(?:,[^(/\n]{1,25})? ?[(/][^)/\n]{1,20}[)/](?:\.?-|\.? ?[-–—]{1,2}) "
)
_ACRONYM_TAIL = re.compile(r" \([A-Z][A-Za-z]{1,7}\)$")
_MINISTRY = re.compile(r"Ministry of [A-Z][\w-]*(?: (?:and|of|the|for|[A-Z][\w-]*))*")
_DATELINE = re.compile(r"(?P<city>[A-Z][A-Za-z]+)(?:,[^(/\n]{1,25})? ?[(/][^)/\n]{1,20}[)/]")
DEMONYMS = {
    "athens": "Greek",
    "prague": "Czech",
    "warsaw": "Polish",
    "ankara": "Turkish",
    "sofia": "Bulgarian",
    "bucharest": "Romanian",
    "lisbon": "Portuguese",
    "madrid": "Spanish",
    "bratislava": "Slovak",
    "budapest": "Hungarian",
    "vilnius": "Lithuanian",
    "riga": "Latvian",
    "tallinn": "Estonian",
    "chisinau": "Moldovan",
    "helsinki": "Finnish",
}


def add(
    statements: list[Statement], who: str, lo: int, clause: str, mode: StatementMode, cue: str
) -> None:
    """``clause`` as ``who``'s statement, taking over a partial inside it or a same-span one."""
    hi = lo + len(clause)
    for i, s in enumerate(statements):
        if not (s.evidence.start < hi and lo < s.evidence.end):
            continue
        inside = s.quote.strip(" ,.") in clause
        if inside and (s.mode == "partial" or s.quote.strip(" ,.") == clause.strip(" ,.")):
            statements[i] = replace(
                s, speaker=who, mode=mode, quote=clause, evidence=Evidence(clause, lo, hi)
            )
            return
        if s.mode == mode and (clause in s.quote or s.quote in clause):
            return
    statements.append(Statement(Evidence(clause, lo, hi), 0.7, who, mode, clause, cue))


def ministry(doc: Document, speakers: _Lookup, s: Statement) -> Statement:
    """A ministry named in full, of the dateline's country; no "(MAE)" after a name."""
    speaker = s.speaker
    if " (" in speaker and _ACRONYM_TAIL.search(speaker) is not None:
        speaker = _ACRONYM_TAIL.sub("", speaker)
    if "Ministry" in speaker or speaker[:1].isupper():
        text = doc.sentences[speakers.sentence_at(s.evidence.start)].text
        if "Ministry of " in text:
            for m in _MINISTRY.finditer(text):
                full = re.sub(r"(?: (?:and|of|the|for))+$", "", m.group(0))
                cut = full.rfind(" " + speaker)
                tail = cut > 0 and full.endswith(speaker) and full[:cut].endswith((" and", " of"))
                if speaker != full and not tail:
                    continue
                if text[max(0, m.start() - 12) : m.start()].lower().split()[-1:] != ["the"]:
                    continue  # "Türkiye's Ministry of ..." / "the Lebanese Ministry of ..."
                land = country(doc)
                speaker = f"{land} {full}" if land else full
                break
    return s if speaker == s.speaker else replace(s, speaker=speaker)


def canonical(doc: Document, speakers: _Lookup, s: Statement) -> Statement:
    """A body's short or long form ("Operational Command", "... of the Armed Forces") as the
    speaker table's canonical name, through the long form the article gave it before."""
    if "Command" not in s.speaker:
        return s
    who = speakers.named(s.speaker, s.evidence.start)
    if who is None or who == s.speaker:
        pattern = re.escape(s.speaker) + r" of(?: the)? [A-Z][\w-]*(?: [A-Z][\w-]*)*"
        m = re.search(pattern, doc.body[: s.evidence.start + 200])
        who = speakers.named(m.group(0), m.start()) if m is not None else None
    if who is None or who == s.speaker or "Command" not in who:
        return s
    return replace(s, speaker=who)


def country(doc: Document) -> str | None:
    m = _DATELINE.match(doc.body)
    if m is None:
        return None
    return DEMONYMS.get(m.group("city").lower())


def meanwhile(s: Statement) -> Statement:
    """An indirect clause without a "Meanwhile, " or a wire dateline before it."""
    if s.mode != "indirect":
        return s
    if s.quote.startswith("Meanwhile, "):
        return replace(s, quote=s.quote[len("Meanwhile, ") :])
    m = DATED.match(s.quote) if " (" in s.quote[:40] or "/" in s.quote[:40] else None
    return s if m is None else replace(s, quote=s.quote[m.end() :])


def trail(
    doc: Document, speakers: _Lookup, statements: list[Statement], start: int, text: str
) -> None:
    """ "C, the Ministry of X and Y announced[, specifying that D]." and "C with a vessel's
    «Name», the navy said / according to X.": what the readers before left unread."""
    m = _TRAIL.search(text)
    if m is None:
        return
    np = m.group("np") or m.group("acc")
    ministry = "Ministry of " in np
    if not ministry and len(no_names(doc.body, _marks(doc.body, start, start + m.start()))) != 0:
        return
    if not ministry and not any(v in text for v in _VESSELS):
        return
    for s in statements:
        q = doc.body.find(s.quote, s.evidence.start, s.evidence.end + 1)
        q = s.evidence.start if q < 0 else q
        if start <= q < start + m.start():
            return
    at = start + text.index(np)
    who = speakers.named(np, at)
    if who is None:
        bare = np[4:] if np.startswith("the ") else np
        mm = _MINISTRY.search(bare)
        if mm is not None and bare.startswith("Ministry of "):
            land = country(doc)
            who = f"{land} {mm.group(0)}" if land else mm.group(0)
        elif any(c.isupper() for c in bare):
            who = bare
    if who is None:
        return
    dated = DATED.match(text)
    lo = dated.end() if dated is not None else 0
    clause = text[lo : m.start()]
    if len(clause.split()) < 4:
        return
    add(statements, who, start + lo, clause, "indirect", m.group("v") or "according to")
    if m.group("c2"):
        add(statements, who, start + m.start("c2"), m.group("c2"), "indirect", "specifying")


def _marks(body: str, lo: int, hi: int) -> list[Quote]:
    """The „…”/«…»/“…” spans between ``lo`` and ``hi`` as bare quotes."""
    found = []
    for m in re.finditer(r"[„“«](?P<t>[^„“”«»]{1,60})[”“»]", body[lo:hi]):
        found.append(Quote(lo + m.start(), lo + m.end(), m.group("t"), True, 1))
    return found
