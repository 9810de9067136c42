"""Round h_gen_s111: a body's long form, or a connective, standing where the speaker's name goes.

Why it exists: in real32 the right quote reached the output under another spelling of the
same body (general naming shapes, varied in ``dev_statements137``):

- a body the speaker table lists written with an owner's possessive before it ("OWNER's UK
  Maritime Trade Operations (UKMTO) office", "the British military's United Kingdom
  Maritime Trade Operations office"), cut short before its bracketed abbreviation
  ("United Nations Relief" of "the United Nations Relief and Works Agency for Palestine
  Refugees (UNRWA)", read back from "the organization said") or spelt out in full: the
  table's form (the conventions' "one canonical form per body, whatever the article spells
  out");
- a connective opening a sentence ("Apart from that, ...", "Besides, ...") taken as the
  antecedent of a later "he added": the statement before it names the speaker.

Hooked last in :mod:`pipeline.extract._latepasses`, after :mod:`._s111`; a table lookup per
speaker before any regex.
"""

from __future__ import annotations

import re

from pipeline.extract._found import renamed
from pipeline.extract._roles import ALIASES, norm
from pipeline.extract.model import Document, Finding, Statement

__all__ = ["revise"]

_KINDS: frozenset[str] = frozenset({"office", "centre", "center", "agency"})
_ABBR_TAIL = re.compile(
    r"((?: (?:[A-Z][\w'’-]*|of|for|and|the|in|on)){1,8}) \((?P<ab>[A-Z][A-Za-z]{1,9})\)"
)
_CONNECTIVES: frozenset[str] = frozenset(
    {"Apart", "Besides", "Meanwhile", "Moreover", "Furthermore", "Additionally", "However"}
    | {"Also", "Still", "Later", "Earlier", "Then", "Separately", "Elsewhere", "Nevertheless"}
    | {"Nonetheless", "Instead", "Otherwise", "Thus", "Hence", "Therefore", "Finally"}
    | {"Previously", "Afterwards", "Subsequently", "Overall", "Yet", "Further"}
)
_OPENERS = re.compile(r"(?:^|[.!?]\s+|\n)(?P<w>[A-Z][a-z]+) [a-z]")
_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def _table_form(speaker: str, body: str) -> str | None:
    """A table body behind an owner's possessive or cut short before its (ABBR)."""
    words = speaker.split()
    for i in range(1, len(words) - 2):
        tail = words[i:-1] if words[-1].lower() in _KINDS and len(words) - i > 3 else words[i:]
        entry = ALIASES.get(norm(" ".join(tail)))
        if entry is None or entry.kind != "org":
            continue
        owner = words[i - 1].removesuffix("'s").removesuffix("’s")
        if words[i - 1] != owner or f"{owner}’s " in body or f"{owner}'s " in body:
            return entry.canonical
    at = body.find(speaker) if "(" in body and len(words) > 1 else -1
    m = _ABBR_TAIL.match(body, at + len(speaker)) if at >= 0 else None
    if m is None:
        return None
    found = ALIASES.get(norm(m.group("ab"))) or ALIASES.get(norm(speaker + m.group(1)))
    return found.canonical if found is not None and found.kind == "org" else None


def _opener(speaker: str, body: str) -> bool:
    """A connective taken as a name, found in the body only opening a sentence ("Apart from")."""
    if speaker not in _CONNECTIVES:
        return False
    hits = sum(m.group(0) == speaker for m in _WORD.finditer(body))
    return hits > 0 and hits == sum(m.group("w") == speaker for m in _OPENERS.finditer(body))


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Give a body's long form the table's name, and a connective the speaker before it."""
    body = doc.body
    st = sorted((f for f in found if isinstance(f, Statement)), key=lambda s: s.evidence.start)
    new: dict[int, str] = {}  # id(statement) -> speaker
    for k, f in enumerate(st):
        name: str | None = None
        entry = ALIASES.get(norm(f.speaker))
        if entry is None and " " in f.speaker and f.speaker[:1].isupper():
            name = _table_form(f.speaker, body)
        elif entry is not None and entry.kind == "org" and f.speaker.count(" ") > 1:
            name = entry.canonical  # a long form the table lists
        elif f.mode == "direct" and k > 0 and _opener(f.speaker, body):
            name = st[k - 1].speaker
        if name is not None and name != f.speaker:
            new[id(f)] = name
    return renamed(found, lambda f: new.get(id(f))) if new else found
