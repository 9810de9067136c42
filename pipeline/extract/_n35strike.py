"""Round n35's strike revisions: headlines over the body's tally, the day before recalled.

Real regional copy (Censor.NET / Ukrinform "Day in X region" pages, RIA Novosti and
Izvestia relays of the DPR's JCCC office) showed two strike shapes the readers over-read:

- a page headline whose tally the body restates with another verb: "Day in Donetsk region:
  Russia fired 17 times in region, 5 people wounded" over "Russian troops shelled the
  Donetsk region 17 times over the past day" - the headline read as an ``other`` strike,
  the body as ``artillery``, so the restatement check (which compares weapons) kept both.
  A headline-like line (one that is not closed by a full stop, or is the page's first
  line with a ": " kicker) whose strike count equals a later strike's count is dropped;
- an earlier day fronted by "The day before," / "A day earlier," / "On the previous day,"
  in simple past ("The day before, the Armed Forces of Ukraine fired 12 rockets ...") is
  background, as "A week ago, ..." and the pluperfect "The day before, ... had ..." are
  (the conventions' "past incident fronted by its date");
- a closing "In total, the Russians fired 10 times at settlements ..." restating the lede's
  "shelled the region 10 times" (same count, the summary's weapon ``other``): one event, the
  lede's.
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._headlines import titles
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding, Strike

__all__ = ["day_before", "revise"]

_LINE_MAX = 200
"""A first line longer than this is prose, not the page's headline."""
_CLOSED = (".", "!", "?", "…")
"""A first line closed like a sentence is the lede, not a headline (unless it has a kicker)."""

DAY_BEFORE = re.compile(
    r"^(?:\W{0,3})(?:The\s+day\s+before|A\s+day\s+(?:earlier|before)|On\s+the\s+previous\s+day"
    r"|The\s+previous\s+day|On\s+the\s+eve)\s*,",
)
"""A sentence fronted by the day before the story's day."""


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n35's strike revisions."""
    found = day_before(doc, found, Strike)
    return _summed_up(doc, _headline_tally(doc, found))


_SUMMARY = re.compile(r"^\W{0,3}(?:In\s+total|Overall|Altogether|In\s+all)\s*,", re.IGNORECASE)
"""A sentence summing up the story's tally."""


def _summed_up(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without an ``other`` summary strike restating an earlier strike's count."""
    strikes = [f for f in found if isinstance(f, Strike)]
    if len(strikes) < 2:
        return found
    drop: set[int] = set()
    for g in strikes:
        if g.weapon != "other":
            continue
        idx = sentence_of(doc, g.evidence.start)
        if idx < 0 or not _SUMMARY.match(doc.sentences[idx].text):
            continue
        if any(f.count == g.count and f.evidence.end <= doc.sentences[idx].start for f in strikes):
            drop.add(id(g))
    return [f for f in found if id(f) not in drop] if drop else found


def day_before(doc: Document, found: list[Finding], kind: type) -> list[Finding]:
    """``found`` without the ``kind`` events of sentences fronted by the day before."""
    if not body_has(doc.body, "day") and not body_has(doc.body, "eve"):
        return found
    out: list[Finding] = []
    for f in found:
        if isinstance(f, kind) and isinstance(f, (Strike, Casualty)):
            idx = sentence_of(doc, f.evidence.start)
            if idx >= 0 and DAY_BEFORE.search(doc.sentences[idx].text):
                continue
        out.append(f)
    return out


def _headline_tally(doc: Document, found: list[Finding]) -> list[Finding]:
    strikes = [f for f in found if isinstance(f, Strike)]
    if len(strikes) < 2 or len(doc.sentences) < 2:
        return found
    heads = titles(doc)
    line = doc.body.find("\n")
    first = doc.body[:line].strip() if line > 0 else ""
    if not 0 < line < _LINE_MAX or (first.endswith(_CLOSED) and ": " not in first):
        line = -1  # no page headline line: one paragraph, prose, or a closed lede sentence
    drop: set[int] = set()
    for f in strikes:
        if not (f.evidence.end <= line or sentence_of(doc, f.evidence.start) in heads):
            continue
        for g in strikes:
            if g is f or g.count != f.count or g.evidence.start <= max(f.evidence.end, line):
                continue
            if sentence_of(doc, g.evidence.start) in heads:
                continue
            drop.add(id(f))
            break
    if not drop:
        return found
    return [f for f in found if id(f) not in drop]
