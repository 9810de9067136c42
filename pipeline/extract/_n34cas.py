"""Round n34's casualty revisions, run after round n33's (:func:`revise`).

Real regional, agency and ISPR copy (the real6 page set: Ukrinform relays of Dnipropetrovsk
and Kharkiv posts, Guardian/Kyiv Independent Kryvyi Rih copy, Anadolu Lebanon copy, Dawn
ISPR copy) showed three casualty shapes the earlier readers got wrong:

- an age between the count and its noun as the sentence's subject: "Two 53-year-old men
  were injured", "Three 60-year-old women were wounded", "Four 30-year-old workers
  sustained shrapnel wounds" - the readers took the age for the figure and dropped the
  record (round n33 read only "left two 10-year-old boys injured");
- an *injury* toll put or raised to a figure: "put the provisional injury toll from the
  attack at 28 adults and 10 children", "raised the injury toll ... to 27", "put the death
  toll at 14 and the injury toll at 52" - the readers took every toll for the dead; the
  figures after "injury toll" (and the subgroups listed with them) are the injured, and
  a death-toll figure and an injury-toll figure of the same sentence are one record;
- a tally over a whole campaign or year told as a clause: "has killed more than 4,000
  people ... in its attacks on Lebanon, which began in October 2023", "so far this year
  ... 708 ceasefire violations in which 2 Pakistanis have embraced martyrdom", "this year
  alone, ... in which seven civilians had been martyred" - a running total like "since
  the start of the war", no record of the day's news.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._barestrike import bare_casualty, group_toll, merged, unread_count
from pipeline.extract._bodylits import body_has
from pipeline.extract._nlit import lowered
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding
from pipeline.extract.numbers import find_quantities

__all__ = ["revise"]

_AGED = re.compile(
    r"(?:^|(?<=[.;:,]\s)|(?<=\band\s))(?P<n>[A-Za-z]+|\d{1,3})\s+(?:\d{1,3}|[a-z]+)-year-old\s+"
    r"(?P<g>[a-z]+s|men|women|children|people)\s+(?:were|have\s+been|had\s+been|are)?\s*"
    r"(?:also\s+)?(?:seriously\s+|slightly\s+|severely\s+|critically\s+|lightly\s+)?"
    r"(?P<k>injured|wounded|hurt|killed|died|sustained\s+(?:\w+\s+)?(?:wounds|injuries))\b"
)
"""A counted subject with its age between figure and noun, then its harm."""
_INJURY_TOLL = re.compile(
    r"\b(?:injury|injuries|wounded|injured)\s+(?:toll|count|tally)\b"
    r"|\bnumber\s+of\s+(?:the\s+)?(?:injured|wounded)\b",
    re.I,
)
_DEATH_TOLL = re.compile(r"\b(?:death|dead)\s+(?:toll|count|tally)\b|\bnumber\s+of\s+dead\b", re.I)
_CAMPAIGN = re.compile(
    r"\b(?:attacks?|offensive|operations?|war|campaign|aggression|assault|strikes|bombardment)"
    r"\s+(?:on|in|against)\s+[^.;]{2,60}?,\s+which\s+(?:began|started|erupted|was\s+launched)\s+"
    r"(?:in|on)\s+(?:early\s+|late\s+|mid-)?[A-Z][a-z]+"
    r"|(?i:\bso\s+far\s+this\s+year\b|\bthis\s+year\s+alone\b|\bsince\s+the\s+(?:beginning|start)\s+"
    r"of\s+(?:this|the)\s+year\b)",
)
"""A clause that makes a toll a campaign- or year-long tally."""
_TOLL_VERB = re.compile(
    r"\b(?:killed|martyred|martyrdom|injured|wounded|injuries|dead|died|lives)\b", re.I
)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n34's casualty revisions."""
    if body_has(doc.body, "-year-old"):
        found = _aged(doc, found)

    low = lowered(doc)
    if body_has(low, "toll") or body_has(low, "number of"):
        found = _injury_toll(doc, found)
    if body_has(low, "which began") or body_has(low, "which started") or body_has(low, " year"):
        found = _campaign(doc, found)
    return found


def _aged(doc: Document, found: list[Finding]) -> list[Finding]:
    new: list[Finding] = []
    cas = [f for f in found if isinstance(f, Casualty)]
    for sent in doc.sentences:
        for m in _AGED.finditer(sent.text):
            toll = group_toll(doc, sent, m, cas, ("killed", "died"))
            if toll is not None:
                new.append(toll)
    return merged(found, new)


def _figure_at(doc: Document, c: Casualty) -> int | None:
    want = c.killed if c.killed is not None else c.injured
    for q in find_quantities(c.evidence.text):
        if q.value == want:
            return c.evidence.start + q.num_start
    return None


def _injury_toll(doc: Document, found: list[Finding]) -> list[Finding]:
    """Killed-only figures told after "injury toll" become injured; a sentence's death-toll
    figure and injury-toll figure of one plain group merge."""
    out = _put_at(doc, found)
    body = doc.body
    changed = False
    for j, f in enumerate(out):
        if not isinstance(f, Casualty) or f.killed is None or f.injured is not None:
            continue
        idx = sentence_of(doc, f.evidence.start)
        at = _figure_at(doc, f)
        if idx < 0 or at is None:
            continue
        sent = doc.sentences[idx]
        head = body[sent.start : at]
        inj = list(_INJURY_TOLL.finditer(head))
        if not inj:
            continue
        dead = list(_DEATH_TOLL.finditer(head))
        if dead and dead[-1].start() > inj[-1].start():
            continue
        if re.search(r"\b(?:killed|dead|died|deaths?)\b", head[inj[-1].end() :], re.I):
            continue
        out[j] = replace(f, killed=None, injured=f.killed)
        changed = True
    if not changed:
        return out
    drop: set[int] = set()
    for j, f in enumerate(out):
        if not isinstance(f, Casualty) or f.injured is not None or f.killed is None:
            continue
        idx = sentence_of(doc, f.evidence.start)
        for k, g in enumerate(out):
            if (
                k == j
                or k in drop
                or not isinstance(g, Casualty)
                or g.killed is not None
                or g.injured is None
                or g.group != f.group
                or g.evidence.start <= f.evidence.start
                or sentence_of(doc, g.evidence.start) != idx
            ):
                continue
            between = body[f.evidence.start : g.evidence.end]
            if _DEATH_TOLL.search(between) and _INJURY_TOLL.search(between):
                out[j] = replace(f, injured=g.injured)
                drop.add(k)
                break
    return [f for j, f in enumerate(out) if j not in drop]


def _campaign(doc: Document, found: list[Finding]) -> list[Finding]:
    """Drop tolls whose sentence makes them a campaign- or year-long tally."""
    out: list[Finding] = []
    for f in found:
        if isinstance(f, Casualty):
            idx = sentence_of(doc, f.evidence.start)
            if idx >= 0:
                text = doc.sentences[idx].text
                m = _CAMPAIGN.search(text)
                if m is not None and _TOLL_VERB.search(text):
                    continue
        out.append(f)
    return out if len(out) != len(found) else found


_PUT_AT = re.compile(
    r"\b(?:put|putting|puts|raised|raising|raises|set|sets|placed)\s+the\s+(?:\w+\s+)?"
    r"(?:injury|injuries|wounded|injured)\s+(?:toll|count|tally)\s+(?:[^.;,]{1,80}?\s+)?"
    r"(?:at|to)\s+(?P<n>(?:at\s+least\s+|about\s+|around\s+|more\s+than\s+|over\s+)?[\w,.]+)"
    r"(?=[\s,.;]|$)(?!\s+(?:adults|children|men|women|people|civilians|soldiers|residents)\b)",
    re.I,
)
"""An injury toll put at a plain figure ("put the injury toll after the strike at 19")."""


def _put_at(doc: Document, found: list[Finding]) -> list[Finding]:
    new: list[Finding] = []
    cas = [f for f in found if isinstance(f, Casualty)]
    for sent in doc.sentences:
        for m in _PUT_AT.finditer(sent.text):
            start, end = sent.start + m.start(), sent.start + m.end()
            q = unread_count(sent, m, cas, start, end, overlap=False)
            if q is not None:
                new.append(bare_casualty(doc, start, end, "people", None, q.value, q.approx))
    return merged(found, new)
