"""Round n54's casualty revision: an equal toll placed in another region is kept.

:func:`pipeline.extract._n32place.restated_totals` drops a toll told for a town after an
equal toll of a region ("injuring two people" in the Donetsk region, then "two people were
wounded in Krasnohorivka"), reading the town as one of that region. Roundups of a night's
attacks tell equal one-civilian tolls of different regions in turn, and a town placed in
another region by its own sentence ("Shelling wounded one civilian in Beryslav, in southern
Kherson") is no restatement: the conventions keep an equal toll of another place as its own
record. :func:`kept` gives such dropped tolls back.

Only the few dropped tolls are looked at, each with its own sentence and the earlier
equal toll's, so the pass stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from pipeline.extract._barestrike import small_count
from pipeline.extract._bodylits import body_has
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Evidence, Finding, Sentence
from pipeline.extract.numbers import find_quantities

__all__ = ["RegionsOf", "kept", "revise", "town_in_region"]

_DIR = r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central)"
_IN_PLACE = re.compile(
    rf"\bin\s+(?:the\s+)?(?P<d>{_DIR}\s+)?(?P<p>(?-i:[A-Z])[\w'’-]+)"
    r"(?P<r>\s+(?:region|oblast|province))?",
    re.I,
)
_REGION_NAME = re.compile(
    r"\b(?P<p>(?-i:[A-Z])[\w'’-]+)\s+(?:region|oblast|province|governorate)\b", re.I
)


def _region(text: str) -> str | None:
    m = _REGION_NAME.search(text)
    return m.group("p") if m is not None else None


def town_in_region(text: str, pos: int = 0) -> list[str]:
    """The places of "in TOWN, ... in southern REGION" from ``pos`` on, else []: a town with
    the region its own sentence puts it in (told by a compass word or "region")."""
    if " in " not in text:
        return []
    found = list(_IN_PLACE.finditer(text, pos))
    if len(found) < 2 or not any(m.group("d") or m.group("r") for m in found[1:]):
        return []
    return [m.group("p") for m in found]


def other_region(earlier: str, places: list[str]) -> bool:
    """Whether ``earlier`` names a region none of ``places`` (a town's placed sentence) is."""
    region = _region(earlier) if places else None
    return region is not None and region not in places


def _places(doc: Document, f: Casualty) -> list[str]:
    idx = sentence_of(doc, f.evidence.start)
    if idx < 0:
        return []
    sent = doc.sentences[idx]
    return town_in_region(sent.text, max(0, f.evidence.start - sent.start))


class RegionsOf:
    """Equal tolls apart by region (:mod:`pipeline.extract._repeats`): the later one a town
    its own sentence places in another region than the one the earlier toll's names."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self._sentences = sentences
        self._starts = [s.start for s in sentences]

    def _sentence(self, at: int) -> Sentence | None:
        k = bisect_right(self._starts, at) - 1
        return self._sentences[k] if k >= 0 and at < self._sentences[k].end else None

    def apart(self, a: Casualty, b: Casualty) -> bool:
        """Whether ``a`` and ``b`` are told of different regions."""
        first, later = (a, b) if a.evidence.start <= b.evidence.start else (b, a)
        ib = self._sentence(later.evidence.start)
        if ib is None or " in " not in ib.text:
            return False
        ia = self._sentence(first.evidence.start)
        if ia is None or ia is ib:
            return False
        places = town_in_region(ib.text, max(0, later.evidence.start - ib.start))
        return other_region(ia.text, places)


def kept(doc: Document, before: list[Finding], after: list[Finding]) -> list[Finding]:
    """``after`` with the tolls ``before`` held that another region's sentence places."""
    if len(after) == len(before):
        return after
    left = {id(f) for f in after}
    back: list[Finding] = []
    for k, f in enumerate(before):
        if id(f) in left or not isinstance(f, Casualty):
            continue
        places = _places(doc, f)
        if not places:  # the town alone: read as one of the earlier region's
            continue
        for g in before[:k]:
            if not (isinstance(g, Casualty) and g.killed == f.killed and g.injured == f.injured):
                continue
            gidx = sentence_of(doc, g.evidence.start)
            if gidx >= 0 and other_region(doc.sentences[gidx].text, places):
                back.append(f)
                break
    if not back:
        return after
    return sorted([*after, *back], key=lambda f: f.evidence.start)


_DEAD_AGAIN = re.compile(
    r"\b(?:know\s+(?:of|about)|confirmed|there\s+are)\s+(?:\w+\s+)?(?P<n>\w+)\s+dead\b", re.I
)
_HURT_LIT = ("hospital", "injur", "wound", "hurt")


def _hurt_sentence(doc: Document, idx: int, n: int) -> Evidence | None:
    """The next sentences' (up to two) clause telling ``n`` hurt, as evidence."""
    for sent in doc.sentences[idx + 1 : idx + 3]:
        if not any(w in sent.text for w in _HURT_LIT):
            continue
        for q in find_quantities(sent.text):
            if q.value == n and q.total is None:
                lo, hi = sent.start + q.start, sent.end
                return Evidence(doc.body[lo:hi], lo, hi)
    return None


def quoted_dead(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with a quote's "we know of two dead civilians" restating the lede's dead of
    a named group no longer joined with the injured figure a later sentence tells: the dead
    are the earlier toll's, the injured their own record."""
    if not body_has(doc.body, " dead"):
        return found
    out = list(found)
    for j, f in enumerate(out):
        if not (isinstance(f, Casualty) and f.killed is not None and f.injured is not None):
            continue
        m = _DEAD_AGAIN.search(f.evidence.text)
        if m is None or small_count(m.group("n")) != f.killed:
            continue
        if any(q.value == f.injured for q in find_quantities(f.evidence.text)):
            continue  # the injured are told in the same words
        if not any(
            isinstance(g, Casualty)
            and g.killed == f.killed
            and g.injured is None
            and g.group != f.group
            and 0 < f.evidence.start - g.evidence.start < 800
            for g in out[:j]
        ):
            continue
        idx = sentence_of(doc, f.evidence.start)
        ev = _hurt_sentence(doc, idx, f.injured) if idx >= 0 else None
        if ev is not None:
            out[j] = replace(f, killed=None, evidence=ev)
    return sorted(out, key=lambda f: f.evidence.start)


_PLAIN = frozenset({"people", "persons"})
_BARE_DEAD = re.compile(r"\b(?:leaving|left|leaves)\s+(?:at\s+least\s+)?\w+\s+dead\b")
"""A lede's toll told with no noun ("leaving two dead"): no group of its own."""


def lede_dead(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without a lede's plain "leaving two dead" that the body tells again of a
    named group ("Two men ... were killed"), and without a quote's "we know of two dead"
    after it: a plain toll restating a group's equal toll."""
    if len(doc.sentences) < 2:
        return found
    lede_end = doc.sentences[min(3, len(doc.sentences) - 1)].start  # a headline may lead
    cas = [f for f in found if isinstance(f, Casualty)]
    drop: set[int] = set()
    for k, f in enumerate(cas):
        if f.group not in _PLAIN or f.killed is None or f.injured is not None:
            continue
        if (
            f.evidence.start < lede_end
            and _BARE_DEAD.search(f.evidence.text)
            and any(
                g.killed == f.killed
                and g.injured is None
                and g.group not in _PLAIN
                and 0 < g.evidence.start - f.evidence.end < 500
                for g in cas[k + 1 :]
            )
        ):
            drop.add(id(f))
        elif _DEAD_AGAIN.search(f.evidence.text) and any(
            g.killed == f.killed
            and g.injured is None
            and g.group not in _PLAIN
            and 0 < f.evidence.start - g.evidence.end < 500
            for g in cas[:k]
        ):
            drop.add(id(f))  # a quote's "we know of two dead civilians" after the men's two
    return [f for f in found if id(f) not in drop] if drop else found


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n54's casualty revisions."""
    return lede_dead(doc, quoted_dead(doc, found))
