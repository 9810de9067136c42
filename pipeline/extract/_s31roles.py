"""The tenant of a palace speaks as its holder (statement round 31).

French and Italian copy names a minister after the seat of the office: "the tenant of the
Quai d'Orsay" (the foreign minister), "the tenant of Palazzo Chigi / Matignon" (the head of
government), "the tenant of the Hôtel de Brienne" (the armed-forces minister), "the tenant of
the Elysée / the Cotroceni" (the head of state). The readers before this pass credit the
palace ("Quai d'Orsay") or read nothing when the sentence is "The tenant of X insisted in the
evening: «Q»". The holder is the person the article titled before with the office's title;
failing that the statement is left as it was.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._s23roles import foreign_minister, resolve
from pipeline.extract._s29reads import is_person, name_in, overlapping
from pipeline.extract.model import Document, Evidence, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_SEATS: dict[str, str] = {
    "quai d'orsay": "FM",
    "farnesina": "FM",
    "palazzo chigi": "PM",
    "matignon": "PM",
    "hôtel de brienne": "DEF",
    "hotel de brienne": "DEF",
    "elysée": "HEAD",
    "elysee": "HEAD",
    "élysée": "HEAD",
    "cotroceni": "HEAD",
    "quirinale": "HEAD",
}
_COUNTRY = {"quai d'orsay": "FR", "farnesina": "IT"}
_TITLES = {
    "PM": r"[Pp]remier|Prime Minister|prime minister|head of (?:the )?government",
    "DEF": r"Minister of the Armed Forces|[Dd]efen[cs]e [Mm]inister|Minister of Defen[cs]e",
    "HEAD": r"President of the Republic|[Pp]resident|head of state",
}
_TENANT = re.compile(
    r"\b[Tt]he[ \t]+(?:tenant|occupant)[ \t]+of[ \t]+(?:the[ \t]+)?(?P<seat>Quai[ \t]+d['’]Orsay"
    r"|Farnesina|Palazzo[ \t]+Chigi|Matignon|H[ôo]tel[ \t]+de[ \t]+Brienne|[EÉ]lys[ée]e"
    r"|Cotroceni|Quirinale)\b"
)
_SAYS = re.compile(
    r",?[ \t]+(?:also[ \t]+)?(?P<v>[a-z]+ed|said)(?P<adj>[^:«»“”\"]{0,50}?)"
    r"(?::[ \t]+[«“\"](?P<q>[^«»“”\"]{8,})[»”\"]|[ \t]+that[ \t]+(?P<c>[^;]{8,}?))\.?$"
)
_PERSON = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}(?![\w'’-])")


def holder(doc: Document, speakers: Speakers, seat: str, at: int) -> str | None:
    """The person the article titled before ``at`` with the office of ``seat``."""
    key = re.sub(r"[ \t]+", " ", seat.lower()).replace("’", "'")
    office = _SEATS.get(key)
    if office is None:
        return None
    if office == "FM":
        return foreign_minister(doc, speakers, at, _COUNTRY.get(key))
    if office == "HEAD" and key.startswith(("el", "él")):
        return resolve(doc, speakers, "the tenant of the Elysée", at)
    last = None
    for m in re.finditer(_TITLES[office], doc.body[:at]):
        after = _PERSON.search(doc.body, m.end(), min(at, m.end() + 40))
        if after is not None and "." not in doc.body[m.end() : after.start()]:
            last = after.group(0)
    if last is None:
        return None
    who = name_in(speakers, last)
    return who if is_person(who) else None


def _unread(speaker: str) -> bool:
    """A speaker the readers before took from the seat, or no person at all."""
    low = speaker.lower().replace("’", "'")
    return not is_person(speaker) or any(seat in low for seat in _SEATS)


def _renamed(s: Statement, who: str, clause: str | None) -> Statement:
    """``s`` as the holder's; a fragment closing "VERB that C «F»" is the indirect C."""
    if clause is not None and s.mode == "partial" and s.quote in clause:
        return replace(s, speaker=who, mode="indirect", quote=clause)
    return replace(s, speaker=who)


def revise(doc: Document, speakers: Speakers, statements: list[Statement]) -> list[Statement]:
    """``statements`` with "the tenant of SEAT" read as the office's holder."""
    for sentence in doc.sentences:
        text = sentence.text.rstrip()
        if "tenant of" not in text and "occupant of" not in text:
            continue
        m = _TENANT.search(text)
        if m is None:
            continue
        start, end = sentence.start, sentence.end
        who = holder(doc, speakers, m.group("seat"), start)
        if who is None:
            continue
        old = overlapping(statements, start, end)
        says = _SAYS.match(text, m.end()) if m.start() <= 4 else None
        clause = says.group("c") if says is not None else None
        if old:
            statements = [
                _renamed(s, who, clause) if s in old and _unread(s.speaker) else s
                for s in statements
            ]
            continue
        if says is None:
            continue
        if says.group("q"):
            new = Statement(
                Evidence(text, start, end), 0.75, who, "direct", says.group("q"), says.group("v")
            )
        else:
            new = Statement(
                Evidence(text, start, end), 0.75, who, "indirect", says.group("c"), says.group("v")
            )
        statements = [*statements, new]
    return statements
