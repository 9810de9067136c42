"""Round 82's speaker readings (helper h_fix_s82, ``dev_statements108``), applied last in
:mod:`pipeline.extract._latepasses`. Why each exists:

- a closing mark glued to the next sentence ('... these “criminal acts.”The X Committee reported
  that “C”') left the earlier speaker on C: the capitalised subject right after the glued mark
  and before its saying verb is C's speaker;
- a verb-first tail naming a body by a lowercase description and its place ("C, said the local
  resistance committee in PLACE") lost the place: the description with "in PLACE" is the
  speaker, and so is the same description ("said the committee") later in the passage.

Each reading is gated on a literal of the body (a glued mark, "said the ") before any pattern;
the pass walks the statements once and keeps a dict of renamed speakers.
"""

from __future__ import annotations

import re

from pipeline.extract._found import new_statement, renamed
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_GLUED = re.compile(r"[.!?][”\"](?=[A-Z])")
"""A sentence's closing mark glued to the next sentence's first capital."""

_GLUED_LIT = (".”", "!”", "?”", '."')

_SUBJECT = re.compile(
    r"(?:The |the )?(?P<n>[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|for|and|in)){1,7})"
    r" (?:has |have |also )?(?:reported|said|stated|announced|wrote|posted|added|noted)"
    r"\b[^“”\"]{0,60}$"
)
"""'The NAME reported on Facebook that ' between the glued mark and the quote."""

_NEW = re.compile(
    r"(?:The )?(?P<n>[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|of|for|and|in)){1,7})"
    r" (?:has |have |also )?(?:reported|said|stated|announced|wrote|posted|added|noted)"
    r"\b[^“”\"]{0,40}? that “(?P<q>[^“”]{8,})”"
)
"""'The NAME said (on Tuesday) that “Q”' right after a glued mark (a partial statement)."""

_PLACED = re.compile(
    r"\bsaid the (?P<d>(?:[a-z]+ ){0,3}(?:committee|committees|council|coordination|group"
    r"|network|union|office|authority|authorities|administration)) in (?P<p>[A-Z][\w'’-]*"
    r"(?: [A-Z][\w'’-]*){0,2})"
)
"""'said the local resistance committee in El-Fasher' (a described body and its place)."""

_BARE = re.compile(r"\bsaid the (?P<h>[a-z]+)\b")


def _glued(body: str, f: Statement) -> str | None:
    """The subject after a glued mark before ``f``'s quote, or None."""
    ev = f.evidence
    at = body.find(f.quote[:30], ev.start, ev.end + 2)
    if at <= ev.start:
        return None
    last = None
    for m in _GLUED.finditer(body, ev.start, at):
        last = m
    if last is None:
        return None
    s = _SUBJECT.match(body, last.end() - 0, at - 1 if body[at - 1] in '“"' else at)
    if s is None or s["n"] == f.speaker:
        return None
    return s["n"]


def _added(doc: Document, found: list[Finding]) -> list[Statement]:
    """Partial statements read after a glued mark that no statement holds yet."""
    have = {f.quote for f in found if isinstance(f, Statement)}
    out: list[Statement] = []
    for sent in doc.sentences:
        text = sent.text
        if "”" not in text or " that “" not in text:
            continue
        for g in _GLUED.finditer(text):
            m = _NEW.match(text, g.end())
            if m is not None and m["q"] not in have:
                have.add(m["q"])
                out.append(new_statement(text, sent.start, m["n"], "partial", m["q"], "said"))
    return out


def _placed(body: str) -> dict[str, str]:
    """Lowercase description -> "description in PLACE" for each placed tail of ``body``."""
    out: dict[str, str] = {}
    for m in _PLACED.finditer(body):
        d = m["d"]
        out.setdefault(d, f"{d} in {m['p']}")
    return out


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    body = doc.body
    glued = any(lit in body for lit in _GLUED_LIT)
    placed = _placed(body) if "said the " in body and " in " in body else {}
    if not glued and not placed:
        return found
    heads = {d.rsplit(" ", 1)[-1]: full for d, full in placed.items()}
    # (head word, lowercase place, full name) of each placed tail, split once per document
    tails = [(d.rsplit(" ", 1)[-1], v.rsplit(" in ", 1)[-1].lower(), v) for d, v in placed.items()]

    def pick(f: Statement) -> str | None:
        """The new name of ``f`` (None: none of the readings above)."""
        name: str | None = None
        if placed:
            low = f.speaker.lower()
            if low in placed:
                name = placed[low]
            elif low.startswith("the "):
                name = placed.get(low[4:])
            if name is None:
                name = next((v for h, p, v in tails if low.endswith(h) and p in low), None)
            if name is None and low.rsplit(" ", 1)[-1] in heads:
                tail = _BARE.search(f.evidence.text)
                if tail is not None and tail["h"] in heads and low.endswith(tail["h"]):
                    name = heads[tail["h"]]
        if name is None and glued and f.mode != "indirect":
            name = _glued(body, f)
        return name

    out = renamed(found, pick)
    if glued:
        extra = _added(doc, out)
        if extra:
            return out + extra
    return out
