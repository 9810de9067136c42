"""Background tolls and misread toll shapes of literal European copy (round n27).

dev_articles70/71 and ``dev_numeric74`` showed tolls the sentence reader keeps although the
written conventions make them background, and two shapes it reads with the wrong kind:

- a past attack's toll told with "at that time" / "back then" / "on that occasion" and a
  pluperfect ("On Tuesday Russia had already attacked ...; at that time seven people had
  died"): an earlier incident's toll, no record (as "Recall, on November 3, ..." is);
- a month's or a year's count ("counts for October alone 168 killed civilians", "the
  highest value since June", "registered this year 58 attacks against hospitals, with
  more than 900 dead") and a war's toll told with the war ("The civil war has ... more
  than 150,000 lives demanded"): running totals, no record (``dev_numeric40``);
- the wounded among people freed in an exchange ("among those freed there are 12
  seriously wounded soldiers"): no toll (the written rule, ``dev_numeric68``);
- the Italian inverted toll of both kinds ("Are three the dead and 17 the wounded, among
  them two children"): one record 3/17, the subgroup after the wounded injured
  (``dev_numeric68``: "to N the dead and to M the wounded" is one toll);
- two sites told in one sentence ("a raid on a car near Nabatieh killed two people, and
  that another seven were wounded in the attack on a building in Bint Jbeil"): two records
  (dev_articles70's call), one per site;
- "to five the number of dead and to 12 that of wounded ..., among the latter three
  children": the wounded's subgroup (injured 3), read after the updates;
- a condition share of a care share ("five of the wounded remain hospitalised, one of them
  in grave state"): injured 1, as "two of them in serious state" after a toll is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Evidence, Finding
from pipeline.extract.numbers import find_quantities

__all__ = ["latter", "revise"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
_THEN = re.compile(
    r"\b(?:at\s+that\s+time|back\s+then|on\s+that\s+occasion|at\s+the\s+time)\b", re.IGNORECASE
)
_HAD = re.compile(r"\bhad\s+(?:\w+\s+)?(?:died|been\s+killed|been\s+injured|been\s+wounded)\b")
_PERIOD = re.compile(
    rf"\b(?:[Ff]or|[Ii]n)\s+{_MONTH}\s+alone\b|\bthe\s+(?:highest|lowest)\s+"
    rf"(?:value|number|figure|toll|level|count)\s+since\b"
)
_AGGREGATE = re.compile(
    r"\b(?:this|last)\s+year\b[^.;]*?\b[\d,]+\s+(?:attacks|strikes|incidents|assaults)\b"
    r"[^.;]*?,\s+with\s+(?:more\s+than\s+|over\s+|at\s+least\s+|some\s+)?[\d,]+\s+"
    r"(?:dead|deaths|killed|victims)\b",
    re.IGNORECASE,
)
_WAR = re.compile(
    r"^\W*(?:The|This)\s+(?:civil\s+)?(?:war|conflict)\b[^.;]*\blives\s+"
    r"(?:demanded|claimed|cost|taken)\b"
)
_FREED = re.compile(
    r"\bamong\s+(?:those\s+|the\s+(?:soldiers|prisoners|people)\s+)?"
    r"(?:freed|released|exchanged|returned|repatriated|liberated)\b",
    re.IGNORECASE,
)
_NUM = r"(?:at\s+least\s+)?(?P<{0}>[\w,]+)"
_ARE_THE = re.compile(
    r"\b(?:Are|Were|Is)\s+"
    + _NUM.format("k")
    + r"\s+the\s+(?:dead|victims|killed)\s+and\s+"
    + _NUM.format("i")
    + r"\s+the\s+(?:wounded|injured)\b"
)
_SITE = re.compile(r"\b(?:near|in|at)\s+(?:the\s+\w+\s+of\s+)?(?P<p>(?-i:[A-Z])[\w'’-]+)")
_TWO_SITES = re.compile(
    r",\s+and\s+(?:that\s+)?(?:(?:an)?other\s+)?[\w,]+\s+(?:others\s+)?(?:were|was|resulted)\s+"
    r"(?:wounded|injured)\b"
)
_OF_THEM_STATE = re.compile(
    r",\s+(?P<n>one|two|three|four|five|six|\d+)\s+of\s+them\s+in\s+"
    r"(?:grave|serious|critical)\s+(?:state|condition)"
)


def _background(text: str, at: int) -> bool:
    then = _THEN.search(text)
    if then is not None and then.start() <= at + 20 and _HAD.search(text, then.start()):
        return True
    return bool(
        _PERIOD.search(text) or _AGGREGATE.search(text) or _WAR.search(text) or _FREED.search(text)
    )


def _value(token: str) -> int | None:
    qs = find_quantities(token)
    return qs[0].value if qs and qs[0].value is not None else None


def _in_sentence(doc: Document, c: Casualty) -> tuple[int, str, int]:
    idx = sentence_of(doc, c.evidence.start)
    if idx < 0:
        return idx, "", 0
    s = doc.sentences[idx]
    return idx, s.text, c.evidence.start - s.start


def _are_the(doc: Document, found: list[Finding]) -> list[Finding]:
    out = list(found)
    for n, f in enumerate(out):
        if not isinstance(f, Casualty) or f.injured is not None or f.killed is None:
            continue
        idx, text, at = _in_sentence(doc, f)
        m = _ARE_THE.search(text)
        if m is None or _value(m.group("k")) != f.killed or not m.start() <= at < m.end():
            continue
        hurt = _value(m.group("i"))
        if hurt is None:
            continue
        out[n] = replace(f, injured=hurt)
        start = doc.sentences[idx].start + m.end()
        for j, g in enumerate(out):  # "..., among them two children": the wounded's
            if (
                isinstance(g, Casualty)
                and g is not f
                and sentence_of(doc, g.evidence.start) == idx
                and g.evidence.start >= start
                and g.injured is None
            ):
                out[j] = replace(g, killed=None, injured=g.killed)
    return out


def _split_sites(doc: Document, found: list[Finding]) -> list[Finding]:
    out: list[Finding] = []
    for f in found:
        if not isinstance(f, Casualty) or f.killed is None or f.injured is None:
            out.append(f)
            continue
        ev = f.evidence.text
        m = _TWO_SITES.search(ev)
        left = _SITE.search(ev, 0, m.start()) if m else None
        right = _SITE.search(ev, m.end()) if m else None
        if m is None or left is None or right is None or left.group("p") == right.group("p"):
            out.append(f)
            continue
        a, b = f.evidence.start, f.evidence.start + m.start()
        c, d = f.evidence.start + m.start() + 1, f.evidence.end
        c += len(doc.body[c:d]) - len(doc.body[c:d].lstrip())
        out.append(replace(f, evidence=Evidence(doc.body[a:b], a, b), injured=None))
        out.append(replace(f, evidence=Evidence(doc.body[c:d], c, d), killed=None))
    return out


def _state_share(doc: Document, found: list[Finding]) -> list[Finding]:
    out = list(found)
    for f in found:
        if not isinstance(f, Casualty) or f.killed is not None or f.injured is None:
            continue
        m = _OF_THEM_STATE.match(doc.body, f.evidence.end)
        if m is None or (n := _value(m.group("n"))) is None or n >= f.injured:
            continue
        a, b = m.start("n"), m.end()
        if any(isinstance(g, Casualty) and a <= g.evidence.start < b for g in found):
            continue
        out.append(replace(f, evidence=Evidence(doc.body[a:b], a, b), injured=n, group="people"))
    return sorted(out, key=lambda f: f.evidence.start)


_LATTER_SUB = re.compile(
    r"\bamong\s+the\s+latter\s+(?P<n>[\w,]+)\s+(?P<g>children|minors|women|men|girls|boys"
    r"|soldiers|civilians|rescuers|workers|journalists)\b",
    re.IGNORECASE,
)
"""... and to 12 that of wounded, among the latter three children"""


def latter(doc: Document, found: list[Finding]) -> list[Finding]:
    """ "among the latter three children" after a toll of both kinds: injured 3."""
    out = list(found)
    for c in sorted((f for f in found if isinstance(f, Casualty)), key=lambda c: c.evidence.start):
        if c.injured is None:
            continue
        m = _LATTER_SUB.match(doc.body, c.evidence.end)
        idx = sentence_of(doc, c.evidence.start)
        stop = doc.sentences[idx].end if idx >= 0 else c.evidence.end
        m = m or _LATTER_SUB.search(doc.body, c.evidence.end, stop)
        if m is None or (n := _value(m.group("n"))) is None or n >= c.injured:
            continue
        a, b = m.start("n"), m.end()
        if any(isinstance(f, Casualty) and a <= f.evidence.start < b for f in found):
            continue
        sub = replace(c, evidence=Evidence(doc.body[a:b], a, b), killed=None, injured=n)
        out.append(replace(sub, group=m.group("g").lower()))
    return sorted(out, key=lambda f: f.evidence.start)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without this module's background tolls and with its shapes read."""
    kept: list[Finding] = []
    for f in found:
        if isinstance(f, Casualty):
            _, text, at = _in_sentence(doc, f)
            if text and _background(text, at):
                continue
        kept.append(f)
    body = doc.body
    if body_has(body, "the dead and "):
        kept = _are_the(doc, kept)
    if body_has(body, "other"):
        kept = _split_sites(doc, kept)
    if body_has(body, " of them in "):
        kept = _state_share(doc, kept)
    return kept
