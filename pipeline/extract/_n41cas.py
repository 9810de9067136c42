"""Round n41's casualty revisions: place breakdowns, a later death, a counted family.

Real regional-administration relays and agency copy (the real13/real14 page sets) told
tolls in three shapes the earlier readers missed:

- a toll broken down by place after a colon ("4 people were injured in the region per
  day: 3 in Kharkiv district, 1 person was hospitalized in Balaklia", "3 civilians died:
  Chuhuiv district -1, Zolochiv - 3 people"): the toll and one record per place (the
  conventions' one record per place), the toll's harm for every share;
- "One of them (later) died" right after "N men were injured": the group killed 1 beside
  the injured record (a subgroup by condition);
- "Among the victims/dead was a family of N" after a death toll: family killed N (the
  conventions' "A family of five was killed" is a count).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extract._barestrike import bare_casualty
from pipeline.extract._bodylits import body_has
from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import SMALL_WORDS, parse_number

__all__ = ["revise"]

_N = rf"(?P<n>\d+|{SMALL_WORDS})"
_TOLL = re.compile(
    r"\b" + _N + r"\s+(?P<g>people|persons|civilians|residents)\s+"
    r"(?:(?P<inj>were\s+(?:injured|wounded|hurt))|(?P<kil>died|were\s+killed))"
    r"[^:.]{0,60}:\s*(?P<list>[^.]+)",
    re.I,
)
_ITEM_IN = re.compile(
    r"^" + _N + r"\s+(?:(?:people|persons|person)\s+)?(?:\w+\s+){0,3}?in\s+"
    r"(?P<p>[A-Z][\w'-]*(?:\s+(?:district|community|region))?)\s*$"
)
_ITEM_DASH = re.compile(
    r"^(?P<p>[A-Z][\w'-]*(?:\s+(?:district|community|region))?)\s*[-\u2013\u2014]\s*"
    + _N
    + r"(?:\s+(?:people|persons|person))?\s*$"
)
_SPLIT = re.compile(r",\s*|;\s*|\s+and\s+")
_DIED_ONE = re.compile(
    r"^\W*One\s+of\s+them(?:,?\s+\w+,)?\s+(?:later\s+|has\s+since\s+|had\s+|has\s+)?died\b"
)
_INJURED = re.compile(
    r"\b" + _N + r"\s+(?P<g>[a-z]+)\s+(?:were|had\s+been)\s+(?:injured|wounded|hurt)\b", re.I
)
_FAMILY = re.compile(
    r"\bAmong\s+the\s+(?:victims|dead|killed)\s+(?:was|were)\s+a\s+family\s+of\s+" + _N + r"\b"
)


def _toll(doc: Document, base: int, a: int, b: int, group: str, n: int, killed: bool) -> Casualty:
    """``n`` of ``group`` killed (or injured), read from ``body[base + a : base + b]``."""
    return bare_casualty(
        doc, base + a, base + b, group, n if killed else None, None if killed else n
    )


def _breakdowns(doc: Document, starts: list[int]) -> list[Finding]:
    out: list[Finding] = []
    for sent in doc.sentences:
        text = sent.text
        if ":" not in text:
            continue
        for m in _TOLL.finditer(text):
            total = parse_number(m.group("n"))
            killed = m.group("kil") is not None
            items: list[tuple[int, int, int]] = []
            pos = m.start("list")
            for part in _SPLIT.split(m.group("list")):
                at = text.find(part, pos)
                pos = at + len(part)
                hit = _ITEM_IN.match(part.strip()) or _ITEM_DASH.match(part.strip())
                if hit is None:
                    continue
                n = parse_number(hit.group("n"))
                if n is not None:
                    items.append((n, at, at + len(part)))
            if total is None or len(items) < 1 or any(n > total for n, _, _ in items):
                continue
            base = sent.start
            if not _read(starts, base + m.start(), base + m.start("list")):
                out.append(
                    _toll(doc, base, m.start(), m.end("g"), m.group("g").lower(), total, killed)
                )
            for n, a, b in items:
                if not _read(starts, base + a, base + b):
                    out.append(_toll(doc, base, a, b, "people", n, killed))
    return out


def _read(starts: list[int], a: int, b: int) -> bool:
    """True when a record read already starts inside ``[a, b)``."""
    i = bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


def _one_died(doc: Document, found: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    sents = doc.sentences
    for idx in range(1, len(sents)):
        m = _DIED_ONE.match(sents[idx].text)
        if m is None:
            continue
        prev = _INJURED.search(sents[idx - 1].text)
        if prev is None:
            continue
        group = prev.group("g").lower()
        if not any(isinstance(f, Casualty) and f.group == group and f.killed for f in found):
            out.append(_toll(doc, sents[idx].start, m.start(), m.end(), group, 1, True))
    return out


def _family(doc: Document, found: list[Finding]) -> list[Finding]:
    if not any(isinstance(f, Casualty) and f.killed for f in found):
        return []
    out: list[Finding] = []
    for sent in doc.sentences:
        for m in _FAMILY.finditer(sent.text):
            n = parse_number(m.group("n"))
            if n is not None and not any(
                isinstance(f, Casualty) and f.group == "family" for f in found
            ):
                out.append(_toll(doc, sent.start, m.start(), m.end(), "family", n, True))
    return out


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with the records of the module's three shapes the earlier readers missed."""
    body = doc.body
    new: list[Finding] = []
    if body_has(body, ":") and any(
        body_has(body, w) for w in ("injured", "wounded", "hurt", "died", "killed")
    ):
        starts = sorted(f.evidence.start for f in found if isinstance(f, Casualty))
        new.extend(_breakdowns(doc, starts))
    if body_has(body, "One of them") and body_has(body, "died"):
        died = _one_died(doc, found)
        at = {f.evidence.start for f in died}
        found = [f for f in found if not (isinstance(f, Casualty) and f.evidence.start in at)]
        new.extend(died)
    if body_has(body, "family of") and body_has(body, "Among the"):
        new.extend(_family(doc, found))
    if not new:
        return found
    return sorted([*found, *new], key=lambda f: f.evidence.start)
