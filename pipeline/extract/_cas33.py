"""Casualty records of agency and Ukrainian-outlet English the reader got wrong (round 33).

dev_articles65 (English wire copy written blind) showed three families the written
conventions of tests/data/README.md settle, each common in that copy:

- "One of the injured is a 10-year-old girl" after a toll: the "N of the injured were X"
  form with N = one ("one of the wounded is a foreign citizen" is a record of one) — the
  reader knew "a girl" but not the age before it ("a 10-year-old", "a 72-year-old");
- "One of them, a woman, was taken to hospital" after "Two civilians were injured": the
  appositive "one of them a child" stays no count, and a hospital transfer with no
  condition restates the injured, so no record;
- "Earlier, on Nov. 15, a missile attack killed four people": a past incident fronted by
  its date is background, like "Only last week, ...".

Every check starts with a literal test of the sentence.
"""

from __future__ import annotations

import re

from pipeline.extract._bodylits import body_has
from pipeline.extract._casualty_groups import GROUPS
from pipeline.extract._casualty_words import GROUP
from pipeline.extract._sentindex import disjoint, sentence_of
from pipeline.extract.model import Casualty, Document, Evidence, Finding

__all__ = ["revise"]

_NUMS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_AGED_SHARE = re.compile(
    rf"^(?P<n>One|Two|Three|Four|Five|Six|\d)[ \t]+of[ \t]+the[ \t]+(?P<h>injured|wounded|dead"
    rf"|killed|victims)[ \t]+(?:is|was|are|were)[ \t]+(?:an?[ \t]+)?(?:\d{{1,3}}|[a-z]+)"
    rf"-(?:year|month)-olds?[ \t]+(?P<g>{GROUP})\b",
    re.IGNORECASE,
)
"""One of the injured is a 10-year-old girl / Two of the dead were 17-year-old boys."""
_APPOSITIVE = re.compile(
    r"^One[ \t]+of[ \t]+them,[ \t]+an?[ \t]+[\w-]+(?:[ \t]+[\w-]+)?,[ \t]+(?:was|is|has[ \t]+been)"
    r"[ \t]+(?:taken|admitted|hospitali[sz]ed|brought)\b"
)
"""One of them, a woman, was taken to hospital."""
_CONDITION = ("serious", "critical", "grave", "severe", "stable", "moderate")
_MONTHS = (
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May"
    r"|June|July|August|September|October|November|December"
)
_DATED_EARLIER = re.compile(
    rf"^(?:Earlier|Previously|Before that),?[ \t]+on[ \t]+(?:(?:{_MONTHS})[ \t]+\d{{1,2}}"
    rf"|\d{{1,2}}[ \t]+(?:{_MONTHS}))\b"
)
"""Earlier, on Nov. 15, ... / Previously, on 3 October, ..."""


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with this round's casualty records added and dropped."""
    if not any(isinstance(f, Casualty) for f in found):
        return found  # nothing to drop, no toll to share
    body = doc.body
    if (
        body_has(body, "One of them, ")
        or body_has(body, "Earlier, on ")
        or body_has(body, "Previously, on ")
    ):
        ordered = disjoint(doc)
        found = [f for f in found if not _dropped(doc, f, ordered)]
    if body_has(body, "-old") and body_has(body, " of the "):
        found = [*found, *_aged_shares(doc, found)]
    return found


def _dropped(doc: Document, f: Finding, ordered: bool) -> bool:
    """An appositive hospital transfer, or a past incident fronted by its date (``ordered``:
    the sentences are :func:`disjoint`, so a bisection finds the scan's sentence)."""
    if not isinstance(f, Casualty):
        return False
    if ordered:
        k = sentence_of(doc, f.evidence.start)
        sentences = doc.sentences[k : k + 1] if k >= 0 else ()
    else:
        sentences = doc.sentences
    for sentence in sentences:
        if sentence.start <= f.evidence.start < sentence.end:
            text = sentence.text.lstrip()
            if text.startswith("One of them, ") and _APPOSITIVE.match(text):
                return not any(c in text for c in _CONDITION)
            return text.startswith(("Earlier, on ", "Previously, on ", "Before that, on ")) and (
                _DATED_EARLIER.match(text) is not None
            )
    return False


def _aged_shares(doc: Document, found: list[Finding]) -> list[Casualty]:
    """ "One of the injured is a 10-year-old girl" after a toll: a record of the share."""
    tolls = [f for f in found if isinstance(f, Casualty)]
    added: list[Casualty] = []
    for k, sentence in enumerate(doc.sentences):
        text = sentence.text
        if "-old" not in text or " of the " not in text:
            continue
        m = _AGED_SHARE.match(text)
        if m is None or any(sentence.start <= c.evidence.start < sentence.end for c in tolls):
            continue
        earlier = [c for c in tolls if c.evidence.start < sentence.start]
        if not earlier or k == 0:
            continue
        n = m.group("n").lower()
        count = _NUMS.get(n) or int(n)
        word = m.group("g").lower()
        group = GROUPS.get(word, word)
        killed = m.group("h").lower() in ("dead", "killed")
        if m.group("h").lower() == "victims":
            continue
        ev = Evidence(text[: m.end()], sentence.start, sentence.start + m.end())
        added.append(
            Casualty(
                evidence=ev,
                confidence=0.75,
                group=group,
                killed=count if killed else None,
                injured=None if killed else count,
                approx="exact",
                location=earlier[-1].location,
                cause=earlier[-1].cause,
                reported_by=earlier[-1].reported_by,
            )
        )
    return added
