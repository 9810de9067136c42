"""Round 83's back-references (helper h_fix_s83, ``dev_statements109``), applied last in
:mod:`pipeline.extract._latepasses`, after :mod:`pipeline.extract._s83post`. Why each exists:

- '“Q,” it said.' after a sentence whose subject is "COUNTRY’s cabinet / government / army"
  went to an older speaker of the passage: "it" is that body ("Jordanian cabinet"), and a
  following '“Q,” it added.' with no new body stays with it;
- "The Hamas-controlled government media office in the Gaza Strip said" was credited to the
  place, and "the media office said" later lost the descriptor: a lowercase body with a
  "-controlled / -run / -led" descriptor is the speaker (without the place), and its bare head
  later is the same body;
- an unpunctuated Title-Case headline taken as the speaker of the first '“Q,” he said' is the
  one person the passage credits, and so is a title ("the Head of the X Regional Military
  Administration added") when that person is the only one credited.

Gated on literals (", it ", "-controlled", "he said", "ead of the"); one walk over the
statements with a bisect over sentence starts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract._lexicon import DEMONYMS
from pipeline.extract._roles import ALIASES, norm
from pipeline.extract.model import Document, Finding, Statement
from pipeline.extract.speakers import Speakers

__all__ = ["revise"]

_IT = re.compile(r"[,.!?]?[”\"],? it (?:said|added|stated|noted)\b")
"""'“Q,” it said' right after the quote."""

_SUBJ = re.compile(
    r"\s*(?P<c>[A-Z][a-z]+)(?:’s|'s) (?P<b>cabinet|government|army|military|foreign ministry"
    r"|defen[cs]e ministry|presidency|parliament)\b"
)
"""'Jordan’s cabinet ...' opening a sentence."""

_DESC = re.compile(
    r"\b[Tt]he (?P<d>[A-Z][\w]*-(?:controlled|run|led) (?:[a-z]+ ){0,3}[a-z]+) in (?:the )?"
    r"(?:[a-z]+ )?(?P<p>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) said"
)
"""'The Hamas-controlled government media office in the blockaded Gaza Strip said'."""

_TITLE = re.compile(
    r"^(?:the )?(?:[Hh]ead|[Cc]hief) of the (?:[A-Z][\w'’-]* )+(?:Administration|RMA|OVA)$"
)
"""'Head of the Sumy Regional Military Administration' (a title, no name)."""

_PERSON = re.compile(r"^[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}$")
_ORG = frozenset(
    {
        *("Forces", "Ministry", "Agency", "Command", "Office", "Police", "Service", "Army"),
        *("News", "Media", "Council", "Committee", "Administration", "Hospital", "Center"),
        *("Centre", "Government", "Cabinet", "Guard", "Corps", "Observatory"),
    }
)


_HE = re.compile(r"[,.!?]?[”\"],? (?:he|she) (?:said|added|wrote)\b")
"""'“Q,” he said' right after the quote."""


def _person(name: str) -> bool:
    if _PERSON.match(name) is None or any(w in _ORG for w in name.split()):
        return False
    entry = ALIASES.get(norm(name))
    return entry is None or entry.kind == "person"


_OFFICES = ("Mayor", "mayor", "Minister", "minister", "President")


def _other_title(body: str, who: str) -> bool:
    """``who`` carries another office in the body ("Mayor NAME"), so a head's title is not his."""
    return any(f"{t} {who}" in body for t in _OFFICES)


_OPENERS = frozenset(
    {"More", "Most", "Many", "Some", "Several", "Other", "Further", "Details", "Meanwhile"}
)
"""Words that open sentences ("More than 20 ...") and name nobody."""


def _opener(name: str) -> bool:
    """``name`` is a sentence-opening word ("More than 20 ..."), no name."""
    return name in _OPENERS


def _pronoun(doc: Document, stmts: list[tuple[int, Statement]]) -> dict[int, str]:
    """Statement index -> the person a '“Q,” he said' / 'He said that' goes back to."""
    body = doc.body
    out: dict[int, str] = {}
    last: tuple[int, str] | None = None
    for i, f in stmts:
        sp = f.speaker
        if not _opener(sp):
            if _person(sp):
                last = (f.evidence.start, sp)
            continue
        if last is None or f.evidence.start - last[0] > 600:
            continue
        ev = f.evidence.text
        if ev.startswith(("He said", "She said")):
            out[i] = last[1]
            continue
        if f.mode == "indirect":
            continue
        at = body.find(f.quote, f.evidence.start, f.evidence.end + 2)
        if at >= 0 and _HE.match(body, at + len(f.quote)) is not None:
            out[i] = last[1]
    return out


def _headline(body: str) -> str:
    """The first line when it reads as an unpunctuated Title-Case headline, else ''."""
    cut = body.find("\n")
    if cut <= 0:
        return ""
    line = body[:cut]
    words = line.split()
    if len(words) < 4 or line.rstrip()[-1:] in '.:”"?!' or "“" in line:
        return ""
    caps = sum(w[:1].isupper() or w[:1].isdigit() for w in words)
    return line if caps * 4 >= len(words) * 3 else ""


def _it_names(doc: Document, stmts: list[tuple[int, Statement]]) -> dict[int, str]:
    """Statement index -> the body an '“Q,” it said' after its quote refers to."""
    body = doc.body
    starts = [s.start for s in doc.sentences]
    out: dict[int, str] = {}
    last: tuple[int, str] | None = None
    for i, f in stmts:
        if f.mode == "indirect":
            continue
        at = body.find(f.quote, f.evidence.start, f.evidence.end + 2)
        if at < 0 or _IT.match(body, at + len(f.quote)) is None:
            continue
        k = bisect_right(starts, at) - 1
        name: str | None = None
        if k >= 1:
            prev = doc.sentences[k - 1]
            m = _SUBJ.match(body, prev.start)
            if m is not None:
                adj = DEMONYMS.get(m["c"].lower())
                name = f"{adj} {m['b']}" if adj is not None else None
        if name is None and last is not None and last[0] == k - 1:
            name = last[1]
        if name is not None:
            out[i] = name
            last = (k, name)
    return out


def revise(doc: Document, speakers: Speakers, found: list[Finding]) -> list[Finding]:
    """``found`` with the readings above (findings other than statements untouched)."""
    body = doc.body
    stmts = [(i, f) for i, f in enumerate(found) if isinstance(f, Statement)]
    if not stmts:
        return found
    names: dict[int, str] = {}
    if ", it " in body or "” it " in body:
        names.update(_it_names(doc, stmts))
    if "-controlled " in body or "-run " in body or "-led " in body:
        descs = {m["p"]: (m["d"], m.start(), m.end()) for m in _DESC.finditer(body)}
        heads = {" ".join(d.split()[-2:]).lower(): d for d, _, _ in descs.values()}
        for i, f in stmts:
            low = f.speaker.lower().removeprefix("the ")
            got = descs.get(f.speaker)
            if got is not None and got[1] <= f.evidence.start <= got[2] + 80:
                names.setdefault(i, got[0])
            elif low in heads:
                names.setdefault(i, heads[low])
    if "he said" in body or "He said" in body or "She said" in body:
        for i, name in _pronoun(doc, stmts).items():
            names.setdefault(i, name)
    head = _headline(body) if "\n" in body else ""
    if head or "ead of the " in body:
        people = {f.speaker for _, f in stmts if _person(f.speaker) and f.speaker not in head}
        if len(people) == 1:
            who = next(iter(people))
            for i, f in stmts:
                if head and f.speaker in head and f.evidence.start >= len(head):
                    ev = f.evidence.text
                    if " he said" in ev or " she said" in ev:
                        names.setdefault(i, who)
                elif _TITLE.match(f.speaker) is not None and not _other_title(body, who):
                    names.setdefault(i, who)
    if not names:
        return found
    out = list(found)
    for i, name in names.items():
        g = out[i]
        if isinstance(g, Statement) and g.speaker != name:
            out[i] = replace(g, speaker=name)
    return out
