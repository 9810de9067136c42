"""Tolls of literal Romance copy an update names only by its dead (round n25, part two).

Split from :mod:`pipeline.extract._n25cas` (kept under ~300 lines). dev_articles69 and
``dev_numeric71`` showed two families the written conventions settle:

- an update that names only the dead ("In the evening, the civil defence raised the toll
  to 31 dead", "During the night the balance rose to 19 dead") replaces the first toll of
  both kinds and keeps its wounded (dev_articles69's call: 31/50), while a toll fronted by
  its place between the two ("In Gaza City, eight dead were counted ...") stands beside it,
  as a per-place toll stands beside a total;
- "Among the dead, two children" then "The wounded are 17, among them 4 children": one
  record 2/4 (``dev_numeric48``).

Also the helpers both parts use.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._casualty_update import drop_updated
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import find_quantities

__all__ = ["is_sub", "merged_groups", "updated", "value"]

_NUM = r"(?:at\s+least\s+|about\s+|around\s+|some\s+|more\s+than\s+|over\s+)?"
_SUB_START = re.compile(r"^\W*(?:among\s+(?:them|whom)|including|of\s+whom)\b", re.IGNORECASE)
_SUB_BEFORE = re.compile(r"(?:among\s+(?:them|whom)|including|of\s+whom|Among\s+the\s+\w+,)\s*$")
"""What a subgroup's evidence follows ("..., among them"); compiled once (asked per record)."""
_AMONG_DEAD = re.compile(r"\bAmong\s+the\s+(?:dead|killed|deceased)\b", re.IGNORECASE)
_UPDATE_DEAD = re.compile(
    r"\b(?:(?:raised|updated|brought)\s+the\s+(?:death\s+)?(?:toll|balance)\s+to"
    r"|(?:toll|balance)\s+(?:had\s+)?(?:rose|risen|climbed|rises|climbs|grew|increased)\s+to)"
    rf"\s+{_NUM}(?P<n>[\w-]+)\s+(?:dead|deaths|killed)\b(?!\s+and\b)",
    re.IGNORECASE,
)
"""raised the toll to 31 dead / the balance rose to 19 dead."""
_IN_PLACE = re.compile(r"\b[Ii]n\s+(?:the\s+)?(?P<p>[A-Z][\w'’-]+)")
_PLACE_FRONT = re.compile(r"^\W*In\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*,")
"""In Gaza City, ... (a toll fronted by its place)."""


def value(text: str) -> int | None:
    qs = find_quantities(text)
    return qs[0].value if len(qs) == 1 and qs[0].value is not None else None


def is_sub(doc: Document, c: Casualty) -> bool:
    """True when ``c`` reads as a subgroup (its evidence opens "among them", "including")."""
    idx = sentence_of(doc, c.evidence.start)
    if idx < 0:
        return False
    s = doc.sentences[idx]
    before = doc.body[max(s.start, c.evidence.start - 30) : c.evidence.start]
    return bool(_SUB_START.match(c.evidence.text)) or bool(_SUB_BEFORE.search(before))


def merged_groups(doc: Document, found: list[Finding]) -> list[Finding]:
    """ "Among the dead, two children. The wounded are 17, among them 4 children": 2/4."""
    cas = sorted((f for f in found if isinstance(f, Casualty)), key=lambda c: c.evidence.start)
    for n, a in enumerate(cas):
        same = [c for c in cas[n + 1 :] if c.group == a.group]
        if a.group == "people" or not same:
            continue
        b = same[0]  # records between must be the toll of b's sentence ("The wounded are 8")
        ib = sentence_of(doc, b.evidence.start)
        if any(sentence_of(doc, c.evidence.start) != ib for c in cas[n + 1 : cas.index(b)]):
            continue
        if not (a.killed is not None and a.injured is None and b.killed is None and b.injured):
            continue
        ia, ib = sentence_of(doc, a.evidence.start), sentence_of(doc, b.evidence.start)
        if not 0 < ib - ia <= 2 or not is_sub(doc, b):
            continue
        sa = doc.sentences[ia]
        if not _AMONG_DEAD.search(doc.body, sa.start, a.evidence.end) and not is_sub(doc, a):
            continue
        merged = replace(a, injured=b.injured)
        return merged_groups(doc, [merged if f is a else f for f in found if f is not b])
    return found


def _update_dead(doc: Document, found: list[Finding]) -> list[Finding]:
    """ "In the evening, the civil defence raised the toll to 31 dead" replaces the first
    toll of both kinds ("27 ... were killed ... Some fifty others were wounded"): 31/50."""
    cas = [f for f in found if isinstance(f, Casualty)]
    firsts = [
        c for c in cas if c.killed is not None and c.injured is not None and not is_sub(doc, c)
    ]
    if not firsts:
        return found
    first = min(firsts, key=lambda c: c.evidence.start)
    for c in cas:
        if c.killed is None or c.injured is not None or c.evidence.start <= first.evidence.end:
            continue
        idx = sentence_of(doc, c.evidence.start)
        s = doc.sentences[idx]
        m = _UPDATE_DEAD.search(s.text)
        if (
            m is None
            or s.start + m.start("n") > c.evidence.end
            or s.start + m.end() < c.evidence.start
        ):
            continue
        if c.killed <= (first.killed or 0) or c.killed - (first.killed or 0) > 20:
            continue
        place = _IN_PLACE.search(s.text[: m.start()])
        lede = doc.sentences[sentence_of(doc, first.evidence.start)].text
        if place is not None and place.group("p") not in lede:
            continue  # "In Kharkiv the toll rose to 5 dead": another place's toll
        done = replace(c, injured=first.injured)
        return [done if f is c else f for f in found if f is not first]
    return found


def kept_places(doc: Document, before: list[Finding], after: list[Finding]) -> list[Finding]:
    """``after`` (the tolls an update replaced dropped) with a place-fronted toll restored
    ("In Gaza City, eight dead were counted") when the update names only the dead and a lede
    toll of both kinds stands before it: the update replaces the lede (:func:`revise`)."""
    if len(after) == len(before) or not body_has(doc.body, "In "):
        return after
    kept = {id(f) for f in after}
    cas = [f for f in after if isinstance(f, Casualty)]
    ledes = [
        c for c in cas if c.killed is not None and c.injured is not None and not is_sub(doc, c)
    ]
    if not ledes:
        return after
    lede = min(ledes, key=lambda c: c.evidence.start)
    updates = [
        c
        for c in cas
        if c.killed is not None
        and c.injured is None
        and c.killed > (lede.killed or 0)
        and _UPDATE_DEAD.search(doc.sentences[sentence_of(doc, c.evidence.start)].text)
    ]
    if not updates:
        return after
    back = []
    for f in before:
        if id(f) in kept or not isinstance(f, Casualty) or f.injured is not None:
            continue
        idx = sentence_of(doc, f.evidence.start)
        text = doc.sentences[idx].text if idx >= 0 else ""
        between = lede.evidence.end < f.evidence.start < updates[0].evidence.start
        if between and _PLACE_FRONT.match(text):
            back.append(f)
    if not back:
        return after
    return sorted([*after, *back], key=lambda f: f.evidence.start)


def updated(doc: Document, found: list[Finding]) -> list[Finding]:
    """:func:`pipeline.extract._casualty_update.drop_updated`, keeping the place-fronted
    tolls between a lede of both kinds and an update naming only the dead, which then
    replaces the lede."""
    done = kept_places(doc, found, drop_updated(doc, found))
    body = doc.body
    return (
        _update_dead(doc, done)
        if body_has(body, " to ") and (body_has(body, "toll") or body_has(body, "balance"))
        else done
    )
