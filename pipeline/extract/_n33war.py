"""Round n33's running totals: war-long tolls that real agency copy tells as an update.

Real Gaza and Lebanon copy (Xinhua, Anadolu, Middle East Monitor relays) closes a story of
the day's strikes with the war's toll, told in the words of a toll update, so the update
readers took it for the story's own toll and let it replace the day's figure:

- "The Palestinian death toll from Israeli strikes on the Gaza Strip rose to 22,600 since
  the onset of the ongoing conflict" - a "since the onset/start/beginning/outbreak of the
  war/offensive/conflict" span anywhere in the sentence, also after the attribution ("...
  rose to 37,925 on Monday, the ministry said, since the beginning of the offensive");
- "Israel's war in Gaza, which has killed nearly 44,000 people, mostly women and children,
  since last year" - "since last year" / "since October 2023" past an aside;
- "The Palestinian death toll from ongoing Israeli attacks ... has risen to 40,878" - a
  toll "from the ongoing" war or attacks;
- a national toll ("The Palestinian death toll", "Lebanon's death toll") of a thousand or
  more.

:func:`total` is asked by :func:`pipeline.extract._casualty_war.war_total` for every figure:
the figure must follow a cumulative cue of its sentence ("toll", "has killed", "total"),
so a day's toll told before "bringing the toll since the start of the war to ..." stays.
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import Quantity, find_quantities

__all__ = ["total"]

_WAR = (
    r"(?:war|conflict|offensive|invasion|hostilities|aggression|fighting|operations?|campaign|"
    r"bombardment|assault|attacks|escalation|genocide)"
)
_SINCE = re.compile(
    r"\bsince\s+(?:the\s+)?(?:onset|start|beginning|outbreak|launch|eruption)\s+of\s+"
    rf"(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,5}}?{_WAR}\b"
    rf"|\bsince\s+the\s+(?:[\w'’-]+\s+){{0,3}}?{_WAR}\s+(?:began|started|erupted|broke\s+out)\b"
    r"|\bsince\s+last\s+year\b"
    r"|\bsince\s+(?:Oct(?:ober|\.)?\s+(?:7,?\s+)?|October\s+)2023\b",
    re.IGNORECASE,
)
_GAP = 90
"""How far before its figure the cumulative cue may end."""
_CUE = re.compile(
    r"\b(?:death\s+)?toll\b|\b(?:has|have|had)\s+(?:so\s+far\s+|now\s+)?killed\b"
    r"|\btotal\s+(?:number\s+of\s+)?(?:deaths|dead|fatalities)\b",
    re.IGNORECASE,
)
_ONGOING = re.compile(
    rf"\b(?:death\s+)?toll\s+(?:from|of|in)\s+(?:the\s+)?ongoing\b[^.;]{{0,80}}?$"
    rf"|\bthe\s+ongoing\s+(?:[\w'’-]+\s+){{0,3}}?{_WAR}\b[^.;]{{0,60}}?"
    r"\b(?:has|have)\s+(?:so\s+far\s+)?(?:killed|risen|climbed|reached)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
_NATIONAL = re.compile(
    r"\b(?:Palestinian|Lebanese|Ukrainian|Israeli|Sudanese|Syrian|Yemeni|Iranian|Iraqi|"
    r"Gaza(?:'s|’s)?|Lebanon(?:'s|’s)|Sudan(?:'s|’s)|Ukraine(?:'s|’s))\s+(?:civilian\s+)?"
    r"death\s+toll\b[^.;]{0,120}$"
)


def total(text: str, q: Quantity) -> bool:
    """True when the figure ``q`` of sentence ``text`` is a war-long running total, or the
    second figure told with one ("has risen to 28,775 with 68,552 others wounded": the
    conventions' "the second figure of a background toll is background")."""
    if _own_total(text, q):
        return True
    for p in find_quantities(text):
        if p.end <= q.start and _WITH.fullmatch(text, p.end, q.start) and _own_total(text, p):
            return True
    return False


_WITH = re.compile(
    r"(?:\s+(?:people|persons|Palestinians|civilians|dead|killed|deaths))?"
    r",?\s+(?:with|and|while)\s+(?:(?:more\s+than|over|nearly|about|some)\s+)?"
)


def _own_total(text: str, q: Quantity) -> bool:
    lo = text.rfind(";", 0, q.start) + 1
    before = text[lo : q.start]
    cues = list(_CUE.finditer(before))
    cue = cues[-1] if cues else None
    if cue is None or len(before) - cue.end() > _GAP:
        return False  # the figure must be the cue's own ("toll ... rose to 22,600")
    others = [p for p in find_quantities(text) if p.start != q.start]
    if any(lo + cue.end() <= p.start < q.start for p in others):
        return False  # another figure stands between the cue and this one
    hi = text.find(";", q.end)
    hi = len(text) if hi < 0 else hi
    for m in _SINCE.finditer(text, lo, hi):
        if m.start() < q.start or not any(q.end <= p.start < m.start() for p in others):
            return True  # the span dates this figure, not a later one
    if _ONGOING.search(before) is not None:
        return True
    return q.value >= 1000 and _NATIONAL.search(before) is not None
