"""Round c76's split tolls (helper h_gen_c76, ``dev_numeric126``), hooked last in
:func:`pipeline.extract._n28cas.revise`, after ``_c75cas``.

A story often tells one group's dead and wounded in two places; the conventions ("one
record per stated group", the "another" rule, ``dev_numeric48``/``54``/``68``) make that
one record, while the readers leave a killed-only half and an injured-only half, or drop
the wounded. ``_c72cas`` joins a lone pair told under one group name; this pass joins the
shapes it leaves, within a sentence or the next one (examples are this module's own words):

- one more person told by "another" or an ordinal after a counted toll: "Two guards were
  killed. A third guard was seriously wounded" (2/1), "A fourth was critically wounded",
  "Another Palestinian, 19, resulted wounded", "..., another man was injured", "another
  resident ... had been taken to hospital with shrapnel wounds" (:func:`_one_more`);
- "Among the dead are four children" and the next sentence's injured share of that group
  ("Nine children were among the injured", "47 people were wounded, five of them
  children"): one record 4/9 (:func:`_among_dead`); the dead's share appended to a toll
  ("..., among them six children. 94 people were wounded, 18 of them children") is left
  alone, as ``blind4`` labels it two records;
- an elided wounded figure right after a group's dead ("two of his soldiers were killed
  and five wounded", not place items "one in A and two were injured in B"), and the
  Romance pair "Are at least nine the dead and over 50 the wounded" (:func:`_elided`).

Wounded told paragraphs later are :mod:`_c76far`'s, toll updates :mod:`_c76upd`'s; both
are asked here. Literal gates run before any regex.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _c76far, _c76upd
from pipeline.extract._n25update import value
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding

__all__ = ["revise"]

_PLAIN: frozenset[str] = frozenset({"people", "persons", "civilians", "residents", "villagers"})
_ONE_PLAIN = frozenset({"person", "resident", "civilian", "villager"})
_ORDINAL = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_PLURAL = {"man": "men", "woman": "women", "child": "children", "person": "people"}
# "A third guard was seriously wounded", "Another Palestinian, 19, resulted wounded",
# "another resident of the village had been taken to hospital with shrapnel wounds"
_MORE = re.compile(
    r"\b(?:[Aa]nother|[Aa]\s+(?P<ord>second|third|fourth|fifth|sixth))"
    r"(?:\s+(?P<noun>(?!(?:was|is|has|had|resulted|remained|of|one)\b)[A-Za-z][a-z-]+))?"
    r"(?:\s+(?:of|from)\s+the\s+[a-z]+)?(?:\s*,[^,.;]{1,40}?,)?"
    r"\s+(?:was|has\s+been|had\s+been|resulted|remained|is)\s+"
    r"(?:(?:also|seriously|severely|critically|slightly|lightly|badly|gravely)\s+){0,2}"
    r"(?:wounded|injured|hurt)\b|\b(?:[Aa]nother)\s+(?P<noun2>[a-z]+)(?:\s+of\s+the\s+[a-z]+)?"
    r"\s+(?:was|had\s+been|has\s+been)\s+(?:taken|admitted|hospitali[sz]ed)\b[^.;]{0,30}?"
    r"\b(?:wounds|injuries)\b"
)
# the "another" sentence fronted by a place the dead's sentence does not name
_FRONT = re.compile(r"^\W*(?:In|At|Near)\s+(?:the\s+)?(?:[a-z]+\s+(?:of\s+)?)?([A-Z][\w'’-]+)")
_AMONG_DEAD = re.compile(r"\bamong\s+the\s+(?:dead|killed|fatalities)\b", re.IGNORECASE)
_INJURED_SHARE = re.compile(
    r"\bamong\s+the\s+(?:injured|wounded)\b|,\s*[\w-]+\s+of\s+them\b", re.IGNORECASE
)
# "... were killed and five wounded": a bare wounded figure, no group noun of its own
_BARE = re.compile(
    r"^\W*(?:at\s+least\s+|about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?(?P<n>[\w,.]+)"
    r"\s+(?:more\s+|others?\s+)?(?:were\s+|have\s+been\s+|had\s+been\s+)?"
    r"(?:wounded|injured|hurt)\b",
    re.IGNORECASE,
)
_AND = re.compile(r"\s*,?\s*and\s*")
# a figure placed of its own ("... in Kostiantynivka and two were injured in Druzhkivka")
_PLACED = re.compile(
    r"\b(?:in|at|near|across)\s+(?:the\s+)?(?:(?:village|town|city|region|district|oblast)\s+"
    r"(?:of\s+)?)?[A-Z]|\bacross\b|\bregion\b"
)
# "Are at least nine the dead and over 50 the wounded"
_PAIR = re.compile(
    r"\s*,?\s+and\s+(?:over\s+|more\s+than\s+|at\s+least\s+|about\s+|almost\s+|nearly\s+)?"
    r"(?P<n>\d[\d.,]*|[a-z]+(?:-[a-z]+)?)\s+the\s+(?:wounded|injured|hurt)\b",
    re.IGNORECASE,
)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with a group's dead and wounded told apart joined in one record, and the
    tolls an update replaces dropped."""
    body = doc.body
    if "wound" in body or "injur" in body or "hurt" in body:
        if "nother " in body or "third " in body or "fourth " in body or "fifth " in body:
            found = _one_more(doc, found)
        if "mong the dead" in body or "mong the killed" in body:
            found = _among_dead(doc, found)
        if " and " in body:
            found = _elided(doc, found)
        found = _c76far.revise(doc, found)
    return _c76upd.revise(doc, found)


def _kind(f: Finding) -> str:
    """ "killed" / "injured" for a one-kind record, "both" for a full one, else ""."""
    if not isinstance(f, Casualty):
        return ""
    if f.killed is not None:
        return "killed" if f.injured is None else "both"
    return "injured" if f.injured is not None else ""


def _noun_fits(noun: str, group: str) -> bool:
    """Whether a singular noun ("guard", "man", "person") names one of ``group``."""
    n = noun.lower()
    if n == "one" or (n in _ONE_PLAIN and group in _PLAIN):
        return True
    words = group.lower().split()
    return bool(words) and words[-1] in (n, n + "s", n + "es", _PLURAL.get(n, ""))


def _one_more(doc: Document, found: list[Finding]) -> list[Finding]:
    """ "Two guards were killed. A third guard was wounded": the dead's record takes one
    injured; a record the phrase made of its own ("another was seriously wounded") goes."""
    out = list(found)
    drop: set[int] = set()
    for si, sent in enumerate(doc.sentences):
        text = sent.text
        if not ("nother " in text or "third " in text or "fourth " in text or "fifth " in text):
            continue
        for m in _MORE.finditer(text):
            head, own = _around(out, drop, sent.start + m.start(), sent.start + m.end())
            h = out[head] if head >= 0 else None
            if not isinstance(h, Casualty) or _kind(h) != "killed" or h.killed is None:
                continue
            hs = sentence_of(doc, h.evidence.start)
            if hs not in (si, si - 1) or doc.sentences[hs].paragraph != sent.paragraph:
                continue
            front = _FRONT.match(text) if hs != si else None
            if front is not None and front.group(1) not in doc.sentences[hs].text:
                continue  # "In Mykolaiv, another person was injured": another place's
            ordinal = m.group("ord")
            if ordinal is not None and _ORDINAL[ordinal] != h.killed + 1:
                continue
            noun = m.group("noun") or m.group("noun2")
            if noun is not None and (value(noun) is not None or not _noun_fits(noun, h.group)):
                continue  # "another five were wounded", "another civilian": not one more
            if not all(_one_injured(out[i]) for i in own):
                continue
            out[head] = replace(h, injured=1)
            drop.update(own)
            drop.add(-1)  # changed
    if not drop:
        return found
    return [f for i, f in enumerate(out) if i not in drop]


def _one_injured(f: Finding) -> bool:
    """A record of one injured and no dead (what "another was wounded" reads as alone)."""
    return isinstance(f, Casualty) and f.killed is None and f.injured == 1


def _around(out: list[Finding], drop: set[int], at: int, end: int) -> tuple[int, list[int]]:
    """The nearest record ending before ``at`` and the records overlapping ``[at, end)``."""
    head, own = -1, []
    for i, f in enumerate(out):
        if not isinstance(f, Casualty) or i in drop:
            continue
        if f.evidence.start < end and at < f.evidence.end:
            own.append(i)
        elif f.evidence.end <= at and (head < 0 or f.evidence.start > out[head].evidence.start):
            head = i
    return head, own


def _among_dead(doc: Document, found: list[Finding]) -> list[Finding]:
    """ "Among the dead are four children." then "Nine children were among the injured" /
    "47 people were wounded, five of them children": one record of the group (4/9)."""
    out = list(found)
    drop: set[int] = set()
    both = {f.group for f in found if isinstance(f, Casualty) and _kind(f) == "both"}
    for k, a in enumerate(found):
        if not isinstance(a, Casualty) or _kind(a) != "killed" or a.group in _PLAIN:
            continue
        ia = sentence_of(doc, a.evidence.start)
        if a.group in both or ia < 0 or ia + 1 >= len(doc.sentences):
            continue
        sa, sb = doc.sentences[ia], doc.sentences[ia + 1]
        if sb.paragraph != sa.paragraph or _AMONG_DEAD.search(sa.text) is None:
            continue
        if _INJURED_SHARE.search(sb.text) is None:
            continue
        later = [
            j
            for j, f in enumerate(found)
            if isinstance(f, Casualty)
            and f.group == a.group
            and a.evidence.end < f.evidence.start < sb.end
        ]
        b = found[later[0]] if len(later) == 1 else None
        if not isinstance(b, Casualty) or _kind(b) != "injured" or b.evidence.start < sb.start:
            continue
        out[k] = replace(a, injured=b.injured)
        drop.add(later[0])
    return [f for i, f in enumerate(out) if i not in drop] if drop else found


def _elided(doc: Document, found: list[Finding]) -> list[Finding]:
    """ "two of his soldiers were killed and five wounded" and "Are at least nine the dead
    and over 50 the wounded": the wounded figure after "and" is the same record's."""
    body = doc.body
    out = list(found)
    drop: set[int] = set()
    for k, a in enumerate(found):
        if not isinstance(a, Casualty) or _kind(a) != "killed" or k in drop:
            continue
        end = a.evidence.end
        m = _PAIR.match(body, end) if a.evidence.text.endswith("the dead") else None
        if m is not None:
            n = value(m.group("n"))
            if n is not None:
                out[k] = replace(a, injured=n)
                drop.add(-1)  # changed
                lo, hi = m.start("n"), m.end()
                drop.update(
                    j
                    for j, f in enumerate(found)
                    if _kind(f) == "injured" and lo <= f.evidence.start < hi
                )
            continue
        b = found[k + 1] if k + 1 < len(found) else None
        if not isinstance(b, Casualty) or _kind(b) != "injured" or b.evidence.start < end:
            continue
        bare = _BARE.match(b.evidence.text)
        if bare is None or value(bare.group("n")) is None:
            continue
        if _AND.fullmatch(body, end, b.evidence.start) is None:
            continue
        if _PLACED.search(a.evidence.text) or _PLACED.search(b.evidence.text):
            continue  # place items: "one killed in A and two were injured in B"
        out[k] = replace(a, injured=b.injured)
        drop.add(k + 1)
    if not drop:
        return found
    return [f for i, f in enumerate(out) if i not in drop]
