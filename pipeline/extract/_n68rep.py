"""Round n68's restated tolls (helper h_gen_n68, ``dev_numeric117``), hooked last in
:func:`pipeline.extract._n28cas.revise`, after ``_n68cas``.

Real pages (studied, never copied; real15, real16, real23) keep three kinds of tolls the
earlier readers count as news:

- a second source's equal figure in the same sentence: "an NGO official said 20 civilians had
  been killed ..., and a retired official told AFP at least 20 people were left dead" - the
  same dead told again by another voice (a plain-people record of the same harm and figure
  after a reporting verb of its own) is no new record;
- a lower, hedged figure of the same harm that a higher one of the story replaces: "According
  to preliminary information, one person was killed ..." beside "two deaths were known";
  "So far, six people are known to have been injured" beside "seven people had been
  injured" - the plain-people toll told as preliminary / so far / known, when the passage
  has a larger toll of that harm alone and the two sentences name no different places;
- a profession's war-long tally with no marker: "at least 36 journalists and media workers
  have been killed", "89 UN aid workers have also been killed" - a perfect with no day and
  no attack of its own is a running total (an open case of the twentieth session).

A literal gate per document runs before any regex.
"""

from __future__ import annotations

import re

from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding

__all__ = ["revise"]

_PLAIN = frozenset({"people", "persons"})
_VOICE = re.compile(r"\b(?:said|says|told|according\s+to|reported)\b")
_HEDGE = re.compile(r"\b(?:preliminary|so\s+far|(?:is|are|was|were)\s+known)\b", re.I)
_SHARE = re.compile(r"\b(?:of\s+(?:whom|them|which|those|these)|among)\b", re.I)
_TALLY = re.compile(
    r"\b(?:journalists|media\s+workers|(?:aid|humanitarian|health|medical|relief)\s+workers|"
    r"staff(?:\s+members)?|colleagues|medics|paramedics|rescuers)\s+(?:have|had)\s+(?:also\s+)?"
    r"(?:been\s+killed|died|lost\s+their\s+lives)\b",
    re.I,
)
_EVENT = re.compile(
    r"\b(?:strikes?|attacks?|shelling|raids?|bombings?|bombardment|blasts?|explosions?|today|"
    r"yesterday|overnight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:this|last|past|that)\s+(?:week|night|morning|day|(?:\d+|24|48)\s+hours))\b",
    re.I,
)
_PLACE = re.compile(r"\b(?i:in|at|near|on)\s+(?:the\s+)?([A-Z][\w'’-]+)")
_NOT_PLACE = frozenset(
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Telegram", "Facebook",
    }
)  # fmt: skip


def _one_kind(c: Casualty) -> int | None:
    """The figure of a one-harm toll, signed: killed > 0 stays, injured as negative."""
    if c.killed is not None and c.injured is None:
        return c.killed
    if c.injured is not None and c.killed is None:
        return -c.injured
    return None


def _places(text: str) -> set[str]:
    return {p for p in _PLACE.findall(text) if p not in _NOT_PLACE}


def _second_voice(doc: Document, cas: list[Casualty]) -> set[int]:
    drop: set[int] = set()
    seen: dict[tuple[int, int, int], list[Casualty]] = {}  # (sentence, killed, injured)
    for c in sorted(cas, key=lambda f: f.evidence.start):
        k = sentence_of(doc, c.evidence.start)
        if k < 0:
            continue
        key = (k, -1 if c.killed is None else c.killed, -1 if c.injured is None else c.injured)
        earlier = seen.setdefault(key, [])
        if c.group in _PLAIN:
            for d in earlier:
                if d.evidence.end > c.evidence.start:
                    continue
                between = doc.body[d.evidence.end : c.evidence.end]
                gap = between[: c.evidence.start - d.evidence.end + 1]
                if "," in gap and _VOICE.search(between) is not None:
                    drop.add(id(c))
                    break
        earlier.append(c)
    return drop


def _superseded(doc: Document, cas: list[Casualty]) -> set[int]:
    drop: set[int] = set()
    for c in cas:
        fig = _one_kind(c) if c.group in _PLAIN else None
        if fig is None:
            continue
        k = sentence_of(doc, c.evidence.start)
        if k < 0:
            continue
        text = doc.sentences[k].text
        if _HEDGE.search(text) is None:
            continue
        near = doc.body[max(doc.sentences[k].start, c.evidence.start - 30) : c.evidence.end]
        if _SHARE.search(near) is not None:
            continue  # a share of a toll ("four of whom are hospitalised"), not a toll
        for d in cas:
            other = _one_kind(d) if d is not c and d.group in _PLAIN else None
            if other is None or (other > 0) != (fig > 0) or abs(other) <= abs(fig):
                continue
            j = sentence_of(doc, d.evidence.start)
            if j <= k:
                continue  # only a later, larger toll replaces a hedged one
            mine, theirs = _places(text), _places(doc.sentences[j].text)
            if mine and theirs and not mine & theirs:
                continue  # another place's toll
            drop.add(id(c))
            break
    return drop


def _tallies(doc: Document, cas: list[Casualty]) -> set[int]:
    drop: set[int] = set()
    for c in cas:
        if c.killed is None or c.injured is not None:
            continue
        k = sentence_of(doc, c.evidence.start)
        text = doc.sentences[k].text if k >= 0 else ""
        if " been killed" not in text and " died" not in text and " lives" not in text:
            continue
        m = _TALLY.search(text)
        if m is None or _EVENT.search(text) is not None:
            continue
        if doc.sentences[k].start + m.end() > c.evidence.start:
            drop.add(id(c))
    return drop


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without a second voice's equal toll, hedged lower tolls replaced later and
    professions' undated tallies."""
    body = doc.body
    voice = " told " in body or " said " in body
    tally = " have " in body or " had " in body
    hedge = "preliminary" in body or "so far" in body or "So far" in body or " known" in body
    if not voice and not hedge and not tally:
        return found
    cas = [f for f in found if isinstance(f, Casualty)]
    if not cas:
        return found
    drop = _second_voice(doc, cas) if voice else set()
    if hedge:
        drop |= _superseded(doc, cas)
    if tally:
        drop |= _tallies(doc, cas)
    return [f for f in found if id(f) not in drop] if drop else found
