"""Office holders behind an acronym body's title, and trailing title-led attributions
(statement round 54, used by :mod:`pipeline.extract._s54post`).

Pakistani, Afghan and other military copy names its spokesman once with a long title built
on an acronym body ("Director-General (DG) Inter-Services Public Relations (ISPR)
Major-General NAME") and then writes only the title ("the DG ISPR said", "The ISPR DG
further said", "DG SURNAME said"). The sentence readers take the title for the speaker; the
article means the person. The body alone ("According to the ISPR") stays the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement
from pipeline.extract.model import Document, Statement

_RANK = (
    r"(?:(?:Lt|Lieutenant|Maj|Major|Brig|Brigadier)[ \t-]+)?(?:Gen\.?|General)"
    r"|Brig\.?|Brigadier|Col\.?|Colonel|Lt[ \t]+Col\.?|Rear[ \t]+Adm\.?|Adm\.?|Admiral"
)
_NOT_NAME = r"(?!(?:Lt|Gen|Maj|Major|General|Brig|Col|Adm|Said|DG)\b)"
_NAME = rf"{_NOT_NAME}[A-Z][a-z]+(?:[ \t]+{_NOT_NAME}[A-Z][a-z]+){{1,2}}"
_TITLE_WORD = re.compile(r"\b(?:DG|[Dd]irector[- ][Gg]eneral|chief|spokes(?:man|person))\b")
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
_RANKED = re.compile(rf"(?:{_RANK})[ \t]+(?P<n>{_NAME})")
_APPOSED_TAIL = (
    r",[ \t]+the[ \t]+(?P<a>[A-Z]{3,6})[ \t]+"
    r"(?:director[ \t]+general|DG|chief|spokes(?:man|person))\b"
)
_APPOSED = re.compile(rf"(?P<n>{_NAME}){_APPOSED_TAIL}")
_APPOSED_GATE = re.compile(_APPOSED_TAIL)
"""What every :data:`_APPOSED` match ends with: a search from its literal comma, cheaper than
trying the name at every position of the body."""
_RANK_LITERALS = ("Gen", "Brig", "Col", "Adm")
"""A word every :data:`_RANK` alternative holds."""
_TITLE_SPEAKER = re.compile(
    r"^(?:(?:DG|Director[- ]General|director general)[ \t]+(?P<a>[A-Z]{3,6})"
    r"|(?P<b>[A-Z]{3,6})[ \t]+(?:DG|chief|Director General|director general))$"
)
_SURNAME_SPEAKER = re.compile(rf"^(?:DG|{_RANK})[ \t]+(?P<s>[A-Z][a-z]+)$")
_SPOKESMAN = re.compile(r"^[a-z]+ (?:military|army)['’]s chief spokes(?:man|person)$")
_PERSONAL = re.compile(r"\b(?:DG|[Dd]irector[- ][Gg]eneral|chief)\b|\b(?:he|she)[ \t]+\w+")
_TRAILING = re.compile(
    r"^(?P<c>[A-Z\"“].{15,}?),[ \t]+(?P<t>[^,]*?\([A-Z]{2,6}\)[^,]*?)[ \t]+"
    rf"(?P<n>{_NAME})[ \t]+(?P<v>said|added|stated)(?:[ \t]+on[ \t]+[A-Z][a-z]+)?\.$"
)
_LEAD_RANK = re.compile(r"^(?:(?:Major|General|Brigadier|Colonel|Admiral)[ \t]+)+")


@dataclass(frozen=True)
class Holder:
    """A person the article names with an acronym body's title."""

    name: str
    acronym: str


def holders(doc: Document, kept: list[Statement]) -> list[Holder]:
    """Each person named with a title built on an acronym (in body order)."""
    body = doc.body
    if not _ACRONYM.search(body):
        return []
    found: list[Holder] = []
    ranked = any(
        body_has(body, word) for word in _RANK_LITERALS
    )  # else :data:`_RANKED` cannot match
    for m in _RANKED.finditer(body) if ranked else ():
        window = body[max(0, m.start() - 110) : m.start()]
        window = window.split(". ")[-1]
        acronyms = [a for a in _ACRONYM.findall(window) if a != "DG"]
        if acronyms and _TITLE_WORD.search(window) and "ormer" not in window[-60:]:
            found.append(Holder(_LEAD_RANK.sub("", m.group("n")), acronyms[-1]))
    for m in _APPOSED.finditer(body) if _APPOSED_GATE.search(body) else ():
        found.append(Holder(m.group("n"), m.group("a")))
    return found


def titled(doc: Document, kept: list[Statement], found: list[Holder]) -> list[Statement]:
    """Title speakers renamed to the person or the body the article means."""
    if not found:
        return kept
    out = []
    for s in kept:
        out.append(_renamed(s, found) or s)
    return out


def _renamed(s: Statement, found: list[Holder]) -> Statement | None:
    m = _TITLE_SPEAKER.match(s.speaker)
    if m:
        acronym = m.group("a") or m.group("b")
        person = next((h.name for h in found if h.acronym == acronym), None)
        if person and _PERSONAL.search(s.evidence.text):
            return replace(s, speaker=person)
        return replace(s, speaker=acronym)
    if _SPOKESMAN.match(s.speaker) and len({h.name for h in found}) == 1:
        return replace(s, speaker=found[0].name)  # the one office holder the article names
    m = _SURNAME_SPEAKER.match(s.speaker)
    if m:
        person = next((h.name for h in found if h.name.endswith(" " + m.group("s"))), None)
        return replace(s, speaker=person) if person else None
    for h in found:
        if h.name != s.speaker and h.name.endswith(" " + s.speaker) and " " in s.speaker:
            return replace(s, speaker=h.name)  # "Sharif Chaudhry" of "Lt Gen Ahmed Sharif ..."
    return None


def sourced(doc: Document, kept: list[Statement]) -> list[Statement]:
    """ "C, Director-General (DG) X (ACR) Major-General NAME said." read when nobody was."""
    out = list(kept)
    for sentence in doc.sentences:
        text = sentence.text.strip()
        if "(" not in text or not text.endswith("."):
            continue
        m = _TRAILING.match(text)
        if m is None or not _TITLE_WORD.search(m.group("t")):
            continue
        if any(sentence.start <= s.evidence.start < sentence.end for s in out):
            continue
        name = _LEAD_RANK.sub("", m.group("n"))
        if " " not in name:
            continue
        start = sentence.start + sentence.text.find(text)
        out.append(new_statement(text, start, name, "indirect", m.group("c"), m.group("v")))
    out.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return out
