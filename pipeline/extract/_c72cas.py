"""Round c72's casualty readings (helper h_gen_c72, ``dev_numeric121``), hooked last in
:func:`pipeline.extract._n28cas.revise`, after ``_c70cas``.

Real pages (studied, never copied; real28 first, real18, real16) over-produce one general
shape the earlier completion (``_n28cas._completed``, two sentences of one paragraph) does
not reach: a story tells its one toll's dead in the lede and its wounded paragraphs later
("An overnight attack killed at least nine people ... Rescuers worked through the night.
... The number of injured has reached 31"). The conventions' "one record per stated group"
makes that one record (9/31); the extractor kept two (9/?, ?/31). The same holds for a
subgroup told on both sides ("including two children" with the dead, "among them five
children" with the injured -> children 2/5).

The merge is kept narrow, for precision: the group has exactly one killed-only and exactly
one injured-only record in the story, no record of that group with both figures, the
injured figure comes later, and no other attack, day or place is announced between them
(a literal check on the text between). Literal gates run before any regex.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._lexicon import MONTHS, WEEKDAYS
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Finding

__all__ = ["apart", "dated", "elsewhere", "placed_text", "revise"]

# another event announced between the two figures: they are two tolls, not one
_APART = re.compile(
    r"\b(?:separate(?:ly)?|(?:another|second|third|further|new)\s+(?:attack|strike|city|town|"
    r"region|village)|elsewhere|"
    r"earlier\s+(?:this|that|on|in)|(?:last|previous|next)\s+(?:week|month|year|night|day)|"
    r"yesterday|"
    r"meanwhile|in\s+total|since\s+the|so\s+far\s+this|this\s+year|risen|rose|raised|"
    r"previously|earlier\s+reported|had\s+been\s+reported|increased|climbed|grew)\b",
    re.IGNORECASE,
)
# a fronted day starts another day's report ("On Tuesday, ..."), case-sensitive
_DAY = re.compile(
    r"\b(?:On|Last|Since|By)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# the wounded sentence places itself ("One civilian was wounded in Kherson") or tells its
# own further harm ("... also wounded six others", "in the two attacks")
_IN_PLACE = re.compile(
    r"\b[Ii]n\s+(?:the\s+)?(?:(?:region|city|town|village|district|oblast)\s+of\s+)?"
    r"([A-Z][\w'’-]+)"
)
_IN_KIND = re.compile(
    r"\bin\s+(?:the|a|another)\s+(?:nearby\s+|neighbouring\s+|neighboring\s+)?"
    r"(?:town|village|city|region|district|suburb|settlement)\b",
    re.IGNORECASE,
)
_OWN = re.compile(
    r"\bmore\s+(?:people|persons|civilians|residents)\b|\balso\b[^.]*\bothers\b|\b(?:two|three|both|several)\s+(?:attacks|strikes)\b"
)
_NOT_PLACE = frozenset((*MONTHS, *WEEKDAYS, "Ukraine", "Russia", "Telegram", "Facebook"))
_MAX_GAP = 2500  # characters between the two figures
_PLAIN = frozenset({"people", "persons", "civilians", "residents"})


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """Join a group's lone killed-only and lone injured-only records of one story."""
    if not ("injur" in doc.body or "wound" in doc.body or "hurt" in doc.body):
        return found
    killed: dict[str, list[int]] = {}
    injured: dict[str, list[int]] = {}
    both: set[str] = set()
    for i, f in enumerate(found):
        if not isinstance(f, Casualty):
            continue
        if f.killed is not None and f.injured is None:
            killed.setdefault(f.group, []).append(i)
        elif f.killed is None and f.injured is not None:
            injured.setdefault(f.group, []).append(i)
        elif f.killed is not None:
            both.add(f.group)
    if not killed or not injured:
        return found
    out = list(found)
    drop: set[int] = set()
    for group, ks in killed.items():
        js = injured.get(group)
        if js is None or len(ks) != 1 or len(js) != 1 or group in both:
            continue
        if group in _PLAIN and not both.isdisjoint(_PLAIN):
            continue  # a full toll of plain people is told: a lone figure is another's
        k, j = ks[0], js[0]
        head = found[k]
        tail = found[j]
        if not isinstance(head, Casualty) or not isinstance(tail, Casualty):
            continue
        if tail.evidence.start <= head.evidence.end:
            continue
        if tail.evidence.start - head.evidence.end > _MAX_GAP:
            continue
        hs = sentence_of(doc, head.evidence.start)
        ts = sentence_of(doc, tail.evidence.start)
        if hs < 0 or ts < 0:
            continue
        if group in _PLAIN:
            if ts == hs:  # "In Nikopol one person was killed; in Marhanets four ...": place
                continue  # items (a same-sentence completion is _n28cas's)
        elif ts != hs:  # a subgroup joins only inside its toll's sentence ("..., including
            continue  # three children, ... 93 injured, among them 18 children")
        if apart(doc.body, head.evidence.end, doc.sentences[ts].end):
            continue
        if placed_text(doc.sentences[ts].text, doc.sentences[hs].text):
            continue
        if dated(doc.body, head.evidence.end, tail.evidence.end):
            continue
        if elsewhere(head, tail) or _told_with_dead(found, j, k, head, tail):
            continue
        out[k] = replace(head, injured=tail.injured)
        drop.add(j)
    if not drop:
        return found
    return [f for i, f in enumerate(out) if i not in drop]


def apart(body: str, lo: int, hi: int) -> bool:
    """Another attack, day, update or total is announced in ``body[lo:hi]``."""
    return _APART.search(body, lo, hi) is not None


def dated(body: str, lo: int, hi: int) -> bool:
    """A fronted day ("On Tuesday, ...") starts another day's report in ``body[lo:hi]``."""
    return _DAY.search(body, lo, hi) is not None


def elsewhere(head: Casualty, tail: Casualty) -> bool:
    """The wounded are placed in another town than the dead ("killed two civilians in
    Rodynske. One civilian was wounded in Pokrovsk."): place items, two records. A district
    is taken as part of the town (its toll is the town's)."""
    a, b = head.location, tail.location
    if a is None or b is None or a == b:
        return False
    return not b.endswith(("district", "raion", "District"))


def _told_with_dead(found: list[Finding], j: int, k: int, head: Casualty, tail: Casualty) -> bool:
    """Another record with dead lies close before the wounded figure ("confirm 21 fatalities
    and 34 injuries, with five children among the victims"): the figure is that toll's share,
    not the lede's other harm."""
    for i, f in enumerate(found):
        if i in (j, k) or not isinstance(f, Casualty) or f.killed is None:
            continue
        if (
            f.injured is not None
            and 0 <= head.evidence.start - f.evidence.start < 80
            and tail.evidence.start - head.evidence.end > 200
        ):
            return True  # the dead are a share of a full toll ("12 people, including four
            # children, were killed and 57 others injured"); a far wounded share is another
            # incident's, while "..., 93 injured, among them 18 children" right after joins
        if f.evidence.start > head.evidence.start and tail.evidence.start - f.evidence.start < 200:
            return True
    return False


def placed_text(text: str, head: str) -> bool:
    """The wounded sentence ``text`` names a place the dead's sentence ``head`` does not,
    or its own harm."""
    if _OWN.search(text) is not None:
        return True
    if " in " not in text and "In " not in text:
        return False
    for m in _IN_KIND.finditer(text):  # "... in the village. / ... in the town."
        if m.group(0).lower() not in head.lower():
            return True
    for m in _IN_PLACE.finditer(text):
        word = m.group(1)
        if word not in _NOT_PLACE and word not in head:
            return True
    return False
