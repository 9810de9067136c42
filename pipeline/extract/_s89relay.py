"""Round 89's relayed sources (helper h_fix_s89, ``dev_statements115``), applied last in
:mod:`pipeline.extract._latepasses`, after :mod:`pipeline.extract._s89post`.

Why it exists: a sentence that names its source in a clause of its own and then credits the
outlet that relays it ("C, the Kherson regional prosecutor's office reported on Monday in
Telegram, writes UNN."; "C: the General Staff announced it in its daily update, as reported
by Ukrinform.") was given to the outlet. By the written call an outlet that closes the
sentence only relays ("C, said X, reports UNN."): the statement is the source's. The older
readers take that form when the source's clause is a bare "X said"; here the clause carries
adjuncts ("on Monday in Telegram", "it in its daily update") or two sources joined by "and"
("the prosecutor's office and the head of the RMA NAME reported"), and every source named
gets the statement (one each).

Only a statement credited to the outlet of the closing credit is changed; the source must be
a body or a person the speaker table knows, or a title closed by a capitalised name
("the head of the Kherson RMA Alexander Prokudin" -> the name). The quote loses the source's
clause when it was read into it. Gated on the literals of the closing credit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_LITERALS = (" writes ", " reports", " as reported by ")

_OUTLET = r"[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}"
_TAIL = re.compile(
    rf",\s+(?:as reported by (?P<a>{_OUTLET})|writes (?P<b>{_OUTLET})|reports (?P<c>{_OUTLET})"
    rf"|(?P<d>{_OUTLET}) (?:reports|writes))\s*[.!]?\s*$"
)
_SOURCE = re.compile(
    r"[,:]\s+(?P<x>(?:the |The )?[A-Za-z][^,:;“”\"]{2,120}?)\s+(?:has |have )?"
    r"(?:reported|said|announced|stated|informed|reports|says)"
    r"(?: (?:it|this))?(?: (?:on|in|at|during|via|through|earlier|late|early|today|yesterday)"
    r"\b[^,:;]*)?$"
)
_TITLED = re.compile(
    r"\b(?:head|chief|governor|mayor|spokesman|spokesperson|director|commander|minister)\b"
    r".*?\b(?P<n>[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})$"
)
_VERB_WORDS = frozenset(("was", "were", "is", "are", "had", "has", "have", "been"))


def _names(speakers: Speakers, source: str) -> list[str] | None:
    """The speakers named by ``source`` ("A and B" -> two), or None when one is unknown."""
    parts = [p.strip() for p in re.split(r"\s+and\s+(?=the\b|[A-Z])", source)]
    if len(parts) > 2:
        return None
    out: list[str] = []
    for part in parts:
        words = part.split()
        if not words or _VERB_WORDS.intersection(w.lower() for w in words):
            return None  # a clause, not a subject
        titled = _TITLED.search(part)
        if titled is not None and not part.endswith(("office", "administration")):
            out.append(titled["n"])
            continue
        name = speakers.named(part, 0) or speakers.named(speakers.canonical(part), 0)
        if name is None:
            return None
        out.append(name)
    return out


def _retarget(speakers: Speakers, st: Statement) -> list[Statement] | None:
    """The statements ``st`` becomes when its outlet only relays a named source, or None."""
    text = st.evidence.text
    if not any(lit in text for lit in _LITERALS):
        return None
    tail = _TAIL.search(text)
    if tail is None:
        return None
    outlet = next(g for g in tail.groups() if g)
    said = st.speaker.casefold()
    if said not in outlet.casefold() and outlet.casefold() not in said:
        return None
    head = text[: tail.start()]
    src = _SOURCE.search(head)
    if src is None:
        return None
    names = _names(speakers, src["x"])
    if not names:
        return None
    quote = st.quote
    cut = quote.find(head[src.start() : src.start("x") + len(src["x"])].lstrip(",: "))
    if cut > 0:
        quote = quote[:cut].rstrip(" ,:;")
    if not quote or quote.casefold() in (src["x"].casefold(), head.casefold()):
        return None
    return [replace(st, speaker=name, quote=quote) for name in names]


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the relayed statements above given to their sources."""
    body = doc.body
    if not any(lit in body for lit in _LITERALS):
        return found
    out: list[Finding] = []
    changed = False
    for f in found:
        if isinstance(f, Statement) and f.mode == "indirect" and f.speaker[:1].isupper():
            new = _retarget(speakers, f)
            if new is not None:
                out.extend(new)
                changed = True
                continue
        out.append(f)
    return out if changed else found
