"""Round n32's place lists: a toll shared out place by place after a colon.

Ukrinform/Censor.NET roundups give a region's toll, then its places: "injuring 5
residents: 3 in Kramatorsk, 1 in Pokrovsk, and 1 in Myrne". The earlier readers take the
list after "of the region:" or "X said:", not the colon right after the group, so digit
items were lost. The conventions give one record per place beside the total (group and
harm of the total). :func:`place_lists` adds the items no record covers yet.

Also :func:`both_kinds`: an item "one killed and two wounded in Izium" read as the
wounded only takes its dead back from its own words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._n25update import value
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Evidence, Finding

__all__ = ["both_kinds", "place_lists", "restated_totals"]

_PLAIN = frozenset({"people", "persons", "civilians", "residents", "citizens"})

_NUM = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_PLACE = (
    r"(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
)
_ITEM = re.compile(
    rf"(?P<n>{_NUM})\s+(?P<each>each\s+)?(?:in|at|near)\s+(?P<a>{_PLACE})"
    rf"(?:\s+and\s+(?:in\s+)?(?P<b>{_PLACE}))?",
    re.I,
)
_SEP = re.compile(r"\s*(?:,\s*and\s+|,\s*|;\s*|\s+and\s+)")
_COLON = re.compile(r"\s*:\s*")
_LISTED: list[Casualty] = []
"""The totals :func:`place_lists` last found a place list after."""
_REGION = re.compile(r"\b(?:region|oblast|province|governorate)\b", re.I)
_TOWN = re.compile(r"\bin\s+(?-i:[A-Z])[\w'’-]+(?!\s+(?:region|oblast|province))", re.I)
_BOTH = re.compile(
    rf"^(?P<k>{_NUM})\s+(?:killed|dead)\s+and\s+(?P<i>{_NUM})\s+(?:wounded|injured)\b", re.I
)


def _covered(found: list[Finding], start: int, end: int) -> bool:
    return any(
        isinstance(f, Casualty) and f.evidence.start < end and start < f.evidence.end for f in found
    )


def place_lists(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with a record per place of a colon list right after a one-kind total."""
    if not body_has(doc.body, ":"):
        return found
    extra: list[Finding] = []
    _LISTED.clear()
    for f in found:
        if not isinstance(f, Casualty) or (f.killed is None) == (f.injured is None):
            continue
        colon = _COLON.match(doc.body, f.evidence.end)
        if colon is None:
            continue
        idx = sentence_of(doc, f.evidence.start)
        if idx < 0:
            continue
        stop = doc.sentences[idx].end
        pos = colon.end()
        items: list[tuple[int, int, int]] = []
        while pos < stop:
            m = _ITEM.match(doc.body, pos, stop)
            if m is None or (n := value(m.group("n"))) is None:
                break
            places = 2 if m.group("each") and m.group("b") else 1
            items.extend((m.start(), m.end(), n) for _ in range(places))
            sep = _SEP.match(doc.body, m.end(), stop)
            if sep is None:
                break
            pos = sep.end()
        if len(items) < 2:
            continue
        _LISTED.append(f)
        for start, end, n in items:
            if _covered(found, start, end) and not any(
                e.evidence.start == start for e in extra if isinstance(e, Casualty)
            ):
                continue
            ev = Evidence(doc.body[start:end], start, end)
            if f.killed:
                extra.append(replace(f, evidence=ev, approx="exact", killed=n, injured=None))
            else:
                extra.append(replace(f, evidence=ev, approx="exact", killed=None, injured=n))
    if not extra:
        return found
    return sorted([*found, *extra], key=lambda f: f.evidence.start)


def both_kinds(found: list[Finding]) -> list[Finding]:
    """An item "one killed and two wounded in X" keeps both of its figures."""
    out = list(found)
    for j, f in enumerate(out):
        if isinstance(f, Casualty) and (f.killed is None or f.injured is None):
            m = _BOTH.match(f.evidence.text)
            if m is None:
                continue
            k, i = value(m.group("k")), value(m.group("i"))
            if k is not None and i is not None and f.killed in (None, k) and f.injured in (None, i):
                out[j] = replace(f, killed=k, injured=i)
    return out


def restated_totals(doc: Document, found: list[Finding]) -> list[Finding]:
    """Without a total that restates an earlier equal toll of plain people: the one told
    again before its place list ("On April 23, Russians wounded seven residents of the
    Donetsk region: five in A, ..." after the lede's "wounded seven residents"), or told
    again for one town of the region the earlier one named ("injuring two people" in the
    Donetsk region, then "two people were wounded in Krasnohorivka")."""
    cas = [
        f
        for f in found
        if isinstance(f, Casualty) and f.group in _PLAIN and not _ITEM.match(f.evidence.text)
    ]  # a place item ("1 in Myrne") is no total
    if len(cas) < 2:
        return found
    drop: set[int] = set()
    for k, f in enumerate(cas):
        earlier = [
            g
            for g in cas[:k]
            if g.killed == f.killed and g.injured == f.injured and id(g) not in drop
        ]
        if not earlier:
            continue
        if any(f is t for t in _LISTED):
            drop.add(id(f))
            continue
        idx = sentence_of(doc, f.evidence.start)
        if idx < 0 or not _TOWN.search(doc.body, f.evidence.start, doc.sentences[idx].end):
            continue
        if _REGION.search(doc.body, f.evidence.start, doc.sentences[idx].end):
            continue
        for g in earlier:
            gidx = sentence_of(doc, g.evidence.start)
            if gidx >= 0 and _REGION.search(doc.sentences[gidx].text):
                drop.add(id(f))
                break
    return [f for f in found if id(f) not in drop] if drop else found
