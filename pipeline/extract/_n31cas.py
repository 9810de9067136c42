"""Round n31's casualty revisions: shapes of real agency copy the readers split or miss.

("killed two medics ... and injured four other rescue workers" stays two records, one per
stated group, as art16-02 and num4-036 label "killing two men and injuring four other
passengers"; the real-text annotator's single record there is not followed.)

Found on real Reuters, AFP, Anadolu and Xinhua pages (none of their text is kept here):

- a toll split by who the dead were, both parts told: "one of the dead was a Hezbollah
  member and the two others were civilians": the first part is a subgroup record of the
  dead (README: "three of the dead were children", "one of the wounded is a foreign
  citizen" are records of their own), which the readers missed when a second part
  followed; the second part says who the rest were and is no record (README,
  `dev_numeric6`: "the two others were X" is no record - the real excerpts' annotator
  wrote one, the written convention wins);
- "killed one person, and another was killed in the southern Kherson region": the same
  harm told again for "another" is one more person of that group (README: "another"
  continuing a counted harm list), a record of its own since the harm cannot join the
  first record (the readers dropped it);
- patients who died because care failed ("the deaths of three patients ... after its
  generators ran out of fuel", "due to the cut of oxygen") are no toll of an attack, as
  deaths of starvation or an epidemic are not (README, dev_numeric40's round).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _n31heads
from pipeline.extract._barestrike import bare_casualty
from pipeline.extract._bodylits import body_has
from pipeline.extract._nlit import lowered
from pipeline.extract.model import Casualty, Document, Evidence, Finding
from pipeline.extract.numbers import parse_number

__all__ = ["revise"]

# A figure never starts inside a digit run: "1,1,1,..." would be rescanned from each digit.
_N = r"(?:(?<![\d,])\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_WHO = r"[\"“]?(?:an?\s+|the\s+)?(?P<{0}>[^,;.\"”]{{2,50}}?)[\"”]?"
_PARTS = re.compile(
    rf"\b(?P<n1>{_N})\s+of\s+the\s+(?P<kind>dead|killed|victims|wounded|injured)\s+"
    rf"(?:was|were|is|are)\s+{_WHO.format('g1')}\s*,?\s+(?:and|while)\s+"
    rf"(?:the\s+)?(?:(?P<n2>{_N})\s+others|other\s+(?P<n3>{_N}))\s+(?:were|are)\s+"
    rf"{_WHO.format('g2')}(?=[,;.\"”]|\s+(?:\w+\s+)?(?:said|says|told|according)\b|$)",
    re.IGNORECASE,
)
_PARTS_HEAD = re.compile(r"of\s+the\s+(?:dead|killed|victims|wounded|injured)\s", re.IGNORECASE)
"""A stretch every :data:`_PARTS` match holds: a body without one is not scanned with it."""
_PARTS_HEAD_LOW = re.compile(r"of\s+the\s+(?:dead|killed|victims|wounded|injured)\s")
_ANOTHER_SAME = re.compile(
    rf"\b(?:killed|killing)\s+{_N}\s+(?:[\w-]+\s+)?(?P<g>person|people|civilians?|residents?|"
    r"soldiers?|men|man|women|woman)\b[^.;]{0,100}?,?\s+and\s+(?P<ev>another\s+(?:[\w-]+\s+)?"
    r"(?:was|were|had\s+been)\s+killed\b[^.;,]{0,60})",
    re.IGNORECASE,
)
_CARE_FAILED = re.compile(
    rf"\bdeaths?\s+of\s+(?P<n>{_N})\s+(?:[\w-]+\s+){{0,2}}?patients\b[^.;]{{0,120}}?"
    r"\b(?:due\s+to|because\s+of|after|as\s+a\s+result\s+of|owing\s+to)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:cut|cuts|lack|shortage|outage|ran\s+out|running\s+out|"
    r"shut\s*down|failure)\b",
    re.IGNORECASE,
)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n31's casualty revisions."""
    body = doc.body
    low = lowered(doc)
    found = _n31heads.drop(doc, found)
    if body_has(low, " of the ") and body_has(
        low, "other"
    ):  # "N of the dead were X and the M others ..."
        found = _parts(doc, found) if _parts_head(body, low) else found
    if "another" in low:
        found = _another_same(doc, found)
    if "patients" in low:
        found = _care_failed(body, found)
    return found


def _parts_head(body: str, low: str) -> bool:
    """Whether ``body`` holds :data:`_PARTS_HEAD`: in an ASCII body its lower-cased copy is
    searched case-sensitively (a literal prefix ``re`` skips to, unlike a case-blind one)."""
    if body.isascii():
        return _PARTS_HEAD_LOW.search(low) is not None
    return _PARTS_HEAD.search(body) is not None


def _value(text: str) -> int | None:
    return parse_number(text)


def _casualties(found: list[Finding], lo: int, hi: int) -> list[tuple[int, Casualty]]:
    return [
        (i, f)
        for i, f in enumerate(found)
        if isinstance(f, Casualty) and lo <= f.evidence.start < hi
    ]


def _parts(doc: Document, found: list[Finding]) -> list[Finding]:
    """Add the first part's subgroup record of a toll split into two parts ("the N others
    were X" after it is no record; its figure must still parse for the shape to hold)."""
    for m in _PARTS.finditer(doc.body):
        n1 = _value(m.group("n1"))
        n2 = _value(m.group("n2") or m.group("n3"))
        if n1 is None or n2 is None:
            continue
        dead = m.group("kind").lower() in ("dead", "killed", "victims")
        near = _casualties(found, m.start() - 600, m.end())
        base = near[-1][1] if near else None
        start, end = m.start(), m.end("g1")
        if _casualties(found, start - 5, end + 5):
            continue  # a reader found the first part already
        found = [*found, _record(doc, base, start, end, _group(m.group("g1")), n1, dead)]
    return found


def _another_same(doc: Document, found: list[Finding]) -> list[Finding]:
    """Add "and another was killed ..." after "killed N GROUP" as one more of that group."""
    for m in _ANOTHER_SAME.finditer(doc.body):
        start, end = m.start("ev"), m.end("ev")
        if _casualties(found, start - 2, end):
            continue  # a reader read it already
        near = _casualties(found, m.start() - 200, start)
        if not near:
            continue
        base = near[-1][1]
        found = [*found, _record(doc, base, start, end, base.group, 1, True)]
    return found


def _group(words: str) -> str:
    """ "a Hezbollah member" -> "Hezbollah members"; "civilians" stays."""
    words = re.sub(r"^(?:an?|the)\s+", "", words.strip(), flags=re.IGNORECASE)
    if not words.endswith("s"):
        words += "s"
    return words


def _record(
    doc: Document, base: Casualty | None, start: int, end: int, group: str, n: int, dead: bool
) -> Casualty:
    killed, injured = (n, None) if dead else (None, n)
    if base is not None:
        ev = Evidence(doc.body[start:end], start, end)
        return replace(
            base, evidence=ev, group=group, killed=killed, injured=injured, approx="exact"
        )
    return bare_casualty(doc, start, end, group, killed, injured)


def _care_failed(body: str, found: list[Finding]) -> list[Finding]:
    """Drop the deaths of patients whose care failed (no toll of an attack)."""
    spans = [(m.start(), m.start("n") + 1) for m in _CARE_FAILED.finditer(body)]
    if not spans:
        return found
    return [
        f
        for f in found
        if not (
            isinstance(f, Casualty)
            and any(f.evidence.start < b and f.evidence.end > a for a, b in spans)
        )
    ]
