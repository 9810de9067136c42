"""Round n30's casualty revisions, run after round n29's (:func:`revise`).

Three shapes dev_articles75-77 showed the earlier readers get wrong:

- a bare toll update, "The toll in Sumy has risen to seven" (a live blog's later entry),
  "The toll has since risen to two dead", after a record of both kinds ("killing five
  people and injuring 18"): the conventions' update replaces the story's toll of that kind
  and keeps the other, so the first record becomes 7 killed / 18 injured and the update
  makes no record of its own. An update naming a place takes the latest earlier toll whose
  sentence names that place; one naming none only a toll of the two sentences before it.
  An update that states both kinds ("to six dead and 35 injured") is read elsewhere;
- a heading that restates its entry's toll: "Two dead in the Belgorod region" on a line of
  its own above "Governor Vyacheslav Gladkov said two people were killed and five
  injured" is no record (the entry's toll is the event);
- one dead figure read into two records of a sentence: "Are at least six the dead ..., and
  31 the wounded, referred the mayor, who specified that 14 people were hospitalised"
  gives 6/31 and a care record of 14 - not also 6/14.

Every numeric finding of a background clause (:mod:`pipeline.extract._n30bg`) goes too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _n30bg
from pipeline.extract._bodylits import body_has
from pipeline.extract._n25update import is_sub, value
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding

__all__ = ["revise"]

_PLAIN = frozenset({"people", "persons", "civilians", "residents"})
_NUM = (
    r"(?:at\s+least\s+|more\s+than\s+|about\s+|over\s+|some\s+)?(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
)
_UPDATE = re.compile(
    r"\b[Tt]he\s+(?:death\s+|overall\s+|final\s+)?toll"
    r"(?:\s+(?:in|of|from)\s+(?P<place>[^,;.]{1,40}?))?"
    r"\s+(?:has\s+|had\s+|have\s+)?(?:since\s+|later\s+|now\s+|then\s+|further\s+|meanwhile\s+)?"
    r"(?:risen|rose|climbed|increased|grown|grew|reached|gone\s+up|went\s+up)\s+"
    rf"(?:later\s+|since\s+)?to\s+{_NUM}\b",
)
_BOTH = re.compile(r"[^.;]{0,40}?\b(?:injured|wounded|hurt)\b")
"""An update that also states the wounded ("to four dead and 22 wounded") is read elsewhere."""
_DIED = re.compile(r"\b(?:killed|killing|died|dead)\b")
"""A death told without a count ("killed an elderly man") that a later toll counts."""
_FRONTED = re.compile(r"\W*(?:In|At|Near)\s+(?:the\s+)?([A-Z][\w'-]+)")
_HEADING_END = re.compile(r"[.!?:;\"”»’)]\s*$")


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n30's casualty revisions and background filter."""
    found = _n30bg.drop(doc, found)
    if body_has(doc.body, "toll"):
        found = _updates(doc, found)
    if body_has(doc.body, "\n"):
        found = _headings(doc, found)
    return _one_dead(doc, found)


def _cas(found: list[Finding]) -> list[tuple[int, Casualty]]:
    return [(j, f) for j, f in enumerate(found) if isinstance(f, Casualty)]


def _updates(doc: Document, found: list[Finding]) -> list[Finding]:
    out = list(found)
    drop: set[int] = set()
    for idx, sent in enumerate(doc.sentences):
        if "toll" not in sent.text:
            continue
        m = _UPDATE.search(sent.text)
        if m is None or (n := value(m.group("n"))) is None or n <= 0:
            continue
        if _BOTH.match(sent.text, m.end()):
            continue
        place = (m.group("place") or "").strip()
        if place.lower().startswith(("the ", "this ", "that ")):
            place = ""  # "the toll of the strike ..." names an attack, not a place
        if not place and (f := _FRONTED.match(sent.text)) is not None and f.end() <= m.start():
            place = f.group(1)  # "In Kyiv the toll rose to 14 dead": Kyiv's toll
        target: int | None = None
        for j, c in _cas(out):
            if c.evidence.start >= sent.start or c.injured is None or c.group not in _PLAIN:
                continue
            if c.killed is not None and c.killed >= n:
                continue
            if is_sub(doc, c):
                continue
            cidx = sentence_of(doc, c.evidence.start)
            if cidx < 0:
                continue
            if c.killed is None and not _DIED.search(doc.sentences[cidx].text):
                continue  # an injured-only toll with no uncounted death is another's
            if place:
                if place.split()[0] not in doc.sentences[cidx].text:
                    continue
            elif idx - cidx > 2:
                continue
            if target is None or c.evidence.start > out[target].evidence.start:
                target = j
        if target is None:
            continue
        old = out[target]
        assert isinstance(old, Casualty)
        out[target] = replace(old, killed=n)
        for j, c in _cas(out):
            if (
                sent.start <= c.evidence.start < sent.end
                and c.killed == n
                and c.injured is None
                and c.group in _PLAIN
            ):
                drop.add(j)
    if not drop and out == found:
        return found
    return [f for j, f in enumerate(out) if j not in drop]


def _headings(doc: Document, found: list[Finding]) -> list[Finding]:
    drop: set[int] = set()
    sents = doc.sentences
    for j, c in _cas(found):
        idx = sentence_of(doc, c.evidence.start)
        if idx < 0:
            continue
        sent = sents[idx]
        alone = (idx == 0 or sents[idx - 1].paragraph != sent.paragraph) and (
            idx + 1 >= len(sents) or sents[idx + 1].paragraph != sent.paragraph
        )
        if not alone or _HEADING_END.search(sent.text) or len(sent.text.split()) > 12:
            continue
        if idx == 0:
            continue  # an article's title is read by the title readers
        for k, d in _cas(found):
            if k == j or d.evidence.start < sent.end:
                continue
            didx = sentence_of(doc, d.evidence.start)
            if didx < 0 or sents[didx].paragraph > sent.paragraph + 1:
                continue
            if (c.killed is None or c.killed == d.killed) and (
                c.injured is None or c.injured == d.injured
            ):
                drop.add(j)
                break
    return [f for j, f in enumerate(found) if j not in drop] if drop else found


def _one_dead(doc: Document, found: list[Finding]) -> list[Finding]:
    """A sentence's dead figure in two plain records with other wounded figures: the
    smaller wounded figure is a care record of its own."""
    out = list(found)
    cas = _cas(out)
    changed = False
    for j, c in cas:
        if c.killed is None or c.injured is None or c.group not in _PLAIN:
            continue
        idx = sentence_of(doc, c.evidence.start)
        for _k, d in cas:
            if (
                d is not c
                and d.killed == c.killed
                and d.injured is not None
                and d.injured > c.injured
                and d.group in _PLAIN
                and sentence_of(doc, d.evidence.start) == idx
            ):
                out[j] = replace(c, killed=None)
                changed = True
                break
    return out if changed else found
