"""Round n68's casualty revision (helper h_gen_n68, ``dev_numeric117``), hooked last in
:func:`pipeline.extract._n28cas.revise`.

Real pages (studied, never copied; real17, real23) split a counted toll in ways no reader
took, each a record of its own by the written subgroup rules (the remainder "the two others
were civilians" after "one of the dead was X" stays no record, the written dnum79 call):

- the victims of a one-kind toll: "A strike killed nine people. The victims include six
  women" - a subgroup of that toll's harm (the written "Among the victims" call);
- a share of a counted subgroup: "The dead include five children. Among the five children,
  three were brothers" - M of a found record of that group and figure, with its harm;
- bodies told in two places: "N bodies have been recovered ..., with an additional M in
  hospital morgues" - M dead more, after a bodies count of the same sentence.

It also drops a figure that is room, not harm: "The morgue has space for an additional 200
bodies".

Every pass is gated on a literal per document and per sentence before its one regex.
"""

from __future__ import annotations

import re

from pipeline.extract._barestrike import anchored_casualty
from pipeline.extract._n25update import value
from pipeline.extract.model import Casualty, Document, Finding

__all__ = ["revise"]

_N = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)"
)
_SAME_GROUP: dict[str, str] = {"minors": "children", "kids": "children", "persons": "people"}
"""Another word for a found record's group ("Among four minors" after "four children")."""
_STOP = frozenset(
    {"of", "from", "who", "waiting", "in", "on", "at", "and", "with", "killed", "wounded"}
)
_AMONG = re.compile(
    rf"\b[Aa]mong\s+(?:the\s+|these\s+|those\s+)?(?P<n>{_N})\s+(?P<h>[a-z-]+),?\s+"
    rf"(?P<m>{_N})\s+(?:were|are)\s+(?P<g>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)",
)
_VICTIMS = re.compile(
    rf"\b(?:victims|casualties)\s+(?:include|included|includes)\s+(?P<n>{_N})\s+"
    r"(?P<g>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)",
    re.I,
)
_MORGUE = re.compile(
    rf"\b(?:with|and)\s+(?P<e>(?:an\s+additional|a\s+further|another)\s+(?P<n>{_N})"
    r"\s+(?:bodies\s+)?in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?morgues?)\b",
    re.I,
)
_ROOM = re.compile(
    rf"\b(?:space|room|capacity)\s+for\s+(?:an?\s+)?(?:additional\s+|further\s+|another\s+)?"
    rf"(?:up\s+to\s+)?{_N}\s+(?:more\s+)?bodies\b",
    re.I,
)


def _group(words: str) -> str | None:
    """The group noun of ``words`` ("residents of the building" -> "residents")."""
    kept: list[str] = []
    for w in words.split():
        if w.lower() in _STOP:
            break
        kept.append(w)
    if not kept or kept[-1].lower() in {"not", "also", "being", "still", "unidentified"}:
        return None
    if not kept[-1].endswith(("s", "men", "children", "people")):
        return None  # "were released" / "were not identified": no group
    return kept[-1].lower()


def _overlaps(cas: list[Casualty], start: int, end: int) -> bool:
    return any(f.evidence.start < end and start < f.evidence.end for f in cas)


def _among(doc: Document, cas: list[Casualty], out: list[Finding]) -> None:
    for sent in doc.sentences:
        text = sent.text
        if "mong " not in text:
            continue
        for m in _AMONG.finditer(text):
            n, k = value(m.group("n")), value(m.group("m"))
            group = _group(m.group("g"))
            if n is None or k is None or group is None or k >= n:
                continue
            head = m.group("h").lower()
            head = _SAME_GROUP.get(head, head)
            start, end = sent.start + m.start(), sent.start + m.end("g")
            if _overlaps(cas, start, end):
                continue
            base = [
                f
                for f in cas
                if f.evidence.end <= start
                and f.group.lower() == head
                and (f.killed == n) != (f.injured == n)
            ]
            if not base:
                continue  # no counted toll of that group: passengers, ships
            b = base[-1]
            dead = b.killed == n
            rec = anchored_casualty(
                doc, start, end, group, k if dead else None, None if dead else k, b
            )
            cas.append(rec)
            out.append(rec)


def _victims(doc: Document, cas: list[Casualty], out: list[Finding]) -> None:
    for k, sent in enumerate(doc.sentences):
        text = sent.text
        if "nclude" not in text:
            continue
        for m in _VICTIMS.finditer(text):
            n = value(m.group("n"))
            group = _group(m.group("g"))
            start, end = sent.start + m.start("n"), sent.start + m.end("g")
            if n is None or group is None or _overlaps(cas, start, end):
                continue
            lo = doc.sentences[max(0, k - 2)].start
            base = [
                f
                for f in cas
                if lo <= f.evidence.start
                and f.evidence.end <= start
                and (f.killed is None) != (f.injured is None)
            ]
            if not base:
                continue  # no one-kind toll just before: its kind is not known
            b = base[-1]
            dead = b.killed is not None
            if ((b.killed if dead else b.injured) or 0) <= n:
                continue
            rec = anchored_casualty(
                doc, start, end, group, n if dead else None, None if dead else n, b
            )
            cas.append(rec)
            out.append(rec)


def _morgues(doc: Document, cas: list[Casualty], out: list[Finding]) -> None:
    for sent in doc.sentences:
        text = sent.text
        if "morgue" not in text or "bodies" not in text:
            continue
        for m in _MORGUE.finditer(text):
            n = value(m.group("n"))
            start, end = sent.start + m.start("e"), sent.start + m.end("e")
            if n is None or _overlaps(cas, start, end):
                continue
            base = [
                f
                for f in cas
                if sent.start <= f.evidence.start
                and f.evidence.end <= start
                and f.killed is not None
                and "bodies" in f.evidence.text
            ]
            if not base:
                continue
            rec = anchored_casualty(doc, start, end, "people", n, None, base[-1])
            cas.append(rec)
            out.append(rec)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Add a one-kind toll's victims, a counted subgroup's share and bodies in morgues; drop
    a morgue's room."""
    body = doc.body
    if "mong " not in body and "morgue" not in body and "nclude" not in body:
        return found
    if "morgue" in body and " for " in body:
        found = [
            f
            for f in found
            if not (
                isinstance(f, Casualty)
                and _ROOM.search(body, max(0, f.evidence.start - 40), f.evidence.end + 8)
            )
        ]
    cas = [f for f in found if isinstance(f, Casualty)]
    added: list[Finding] = []
    if "nclude" in body:
        _victims(doc, cas, added)
    if "mong " in body:
        _among(doc, cas, added)
    if "morgue" in body:
        _morgues(doc, cas, added)
    return found + added if added else found
