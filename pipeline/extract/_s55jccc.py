"""The DPR and LPR offices at the JCCC as speakers (statement round 55, ``dev_statements81``).

Russian-state relays (RIA Novosti, DAN, Izvestia, TASS) quote the Donbas republics' offices
at the Joint Center for Control and Coordination (JCCC) under a different wording each time:
"the DPR representative office at the Joint Center for Control and Coordination of Issues
Related to War Crimes of Ukraine (JCCC)", "the Donetsk People's Republic Office at the Joint
Centre for Control and Coordination", "the representative office of the republic in the
JCCC", "the DPR mission to the JCCC". The sentence readers either found no speaker in the
long name or took a fragment ("Joint Centre for Control and Coordination", "the department's
Telegram channel", "the office"). The labels name the body by its republic's acronym, the
head noun the article uses and the JCCC ("DPR representative office at the JCCC", "DPR Office
at the JCCC", "DPR mission to the JCCC"). This module finds the body's mentions and gives it
the statements that refer to it, and reads the trailing and "it is specified that" lines the
readers missed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass, replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._found import new_statement
from pipeline.extract.model import Document, Statement

__all__ = ["Body", "bodies", "jccc"]

_CENTRE = (
    r"(?:JCCC|Joint[ \t]+Cent(?:er|re)[ \t]+(?:for|of)[ \t]+Control[ \t]+and[ \t]+Coordination"
    r"(?:[ \t]+(?:of|on)[ \t]+[A-Za-z ]{3,60}?(?=[ \t]*\(JCCC\)))?(?:[ \t]*\(JCCC\))?)"
)
_REPUBLIC = (
    r"(?P<rep>DPR|LPR|Donetsk[ \t]+People['’]s[ \t]+Republic|Lu[hg]ansk[ \t]+People['’]s"
    r"[ \t]+Republic)(?:['’]s)?(?:[ \t]+\((?:DPR|LPR)\))?"
)
_HEAD = (
    r"(?P<head>(?:[Rr]epresentative[ \t]+)?[Oo]ffice|[Mm]ission|[Rr]epresentation|[Dd]elegation)"
)
_MENTIONS = (
    re.compile(rf"\b{_REPUBLIC}[ \t]+{_HEAD}[ \t]+(?:at|to|in)[ \t]+the[ \t]+{_CENTRE}"),
    re.compile(
        rf"\b(?P<rep>){_HEAD}[ \t]+of[ \t]+the[ \t]+republic[ \t]+(?:at|to|in)[ \t]+the[ \t]+"
        + _CENTRE
    ),
)
"""A mention of a republic's office at the JCCC, the republic named or "of the republic"."""
_NAMED_REPUBLIC = re.compile(
    r"\b(?:Donetsk[ \t]+People['’]s[ \t]+Republic|\(DPR\)|DPR\b)|(?P<l>\bLu[hg]ansk[ \t]+"
    r"People['’]s[ \t]+Republic|\(LPR\)|\bLPR\b)"
)
_REFERS = re.compile(
    r"^(?:JCCC|Joint[ \t]+Cent(?:er|re)[ \t]+(?:for|of)[ \t]+Control[ \t]+and[ \t]+Coordination"
    r"|(?:(?:representative[ \t]+)?office|mission|department|representation|report)"
    r"(?:['’]s[ \t]+(?:Telegram[ \t]+)?(?:channel|post|message))?"
    r"|(?:DPR|LPR|Donetsk|Lu[hg]ansk)\b.*\b(?:JCCC|Joint[ \t]+Cent(?:er|re))\b.*)$",
    re.IGNORECASE,
)
"""A speaker the readers took from a fragment of the body's name or a word for it."""
_VERB = r"(?:said|says|reported|reports|stated|states|added|announced|noted|informed)"
_SPECIFIED = re.compile(
    r"^In[ \t]+the[ \t]+message[^,]{0,120}?\b(?:office|mission|JCCC)\b[^,]{0,40},[ \t]+it[ \t]+"
    r"is[ \t]+(?:specified|stated|noted|reported|said|clarified)[ \t]+that[ \t]+(?P<c>.+?)\.?$"
)
"""'In the message on the Telegram channel of the office, it is specified that C.'"""


@dataclass(frozen=True, slots=True)
class Body:
    """One mention of a republic's office at the JCCC and the label it gives."""

    start: int
    end: int
    name: str


def bodies(body: str) -> list[Body]:
    """Every mention of a republic's office at the JCCC in ``body``, in order."""
    if not body_has(body, "JCCC") and not body_has(body, "Joint"):
        return []  # every mention names the centre
    out = []
    matches = sorted((m for p in _MENTIONS for m in p.finditer(body)), key=lambda m: m.start())
    for m in matches:
        head = re.sub(r"[ \t]+", " ", m.group("head"))
        rep = m.group("rep")
        if not rep:
            rep = _republic_before(body, m.start())
            if rep is None:
                continue
        elif not rep.isupper():
            rep = "LPR" if rep.lower().startswith("lu") else "DPR"
        prep = "to" if head.lower() == "mission" else "at"
        out.append(Body(m.start(), m.end(), f"{rep} {head} {prep} the JCCC"))
    return out


def _republic_before(body: str, at: int) -> str | None:
    """The republic an "office of the republic" belongs to: the last one named before it."""
    last = None
    for m in _NAMED_REPUBLIC.finditer(body, 0, at):
        last = "LPR" if m.group("l") else "DPR"
    return last


def _body_at(found: list[Body], offset: int) -> Body:
    """The body mentioned last before ``offset`` (else the first mention)."""
    before = [b for b in found if b.start <= offset]
    return before[-1] if before else found[0]


def jccc(doc: Document, kept: list[Statement]) -> list[Statement]:
    """Statements of a republic's office at the JCCC named as the labels name it."""
    found = bodies(doc.body)
    if not found:
        return kept
    out = []
    for s in kept:
        if _REFERS.match(s.speaker.strip()):
            out.append(replace(s, speaker=_body_at(found, s.evidence.start).name))
        else:
            out.append(s)
    starts = sorted(s.evidence.start for s in out)  # bisected: a statement in the sentence?
    for sentence in doc.sentences:
        i = bisect_left(starts, sentence.start)
        if i < len(starts) and starts[i] < sentence.end:
            continue
        text = sentence.text.strip()
        start = sentence.start + sentence.text.find(text)
        read = _trailing(text, start, found)
        if read is None and (m := _SPECIFIED.match(text)):
            name = _body_at(found, start).name
            read = new_statement(text, start, name, "indirect", m.group("c"), "specified")
        if read is not None:
            out.append(read)
            insort(starts, read.evidence.start)
    out.sort(key=lambda s: (s.evidence.start, s.evidence.end))
    return out


def _trailing(text: str, start: int, found: list[Body]) -> Statement | None:
    """ "C, the DPR office at the JCCC said." (or "the JCCC said"): the body's clause C."""
    for b in found:
        if not start <= b.start < start + len(text):
            continue
        lead = text[: b.start - start]
        m = re.match(r"^(?P<c>[A-Z\"“].{15,}?),[ \t]+(?:the[ \t]+)?$", lead)
        tail = text[b.end - start :]
        v = re.match(rf"^[ \t]+(?P<v>{_VERB})\b[^,;]{{0,60}}\.$", tail)
        if m and v and "“" not in m.group("c")[:1] and '"' not in m.group("c")[:1]:
            return new_statement(text, start, b.name, "indirect", m.group("c"), v.group("v"))
    m = re.match(rf"^(?P<c>[A-Z].{{15,}}?),[ \t]+the[ \t]+JCCC[ \t]+(?P<v>{_VERB})\.$", text)
    if m:
        name = _body_at(found, start).name
        return new_statement(text, start, name, "indirect", m.group("c"), m.group("v"))
    return None
