"""Toll updates told in Romance and German word order (round n27).

dev_articles70/71 (literal Spanish, Portuguese, Italian, French, German and Ukrainian
regional copy) and ``dev_numeric74`` showed a family the English update readers miss: an
update of a toll told with the figure before its kind or the verb after the noun,

- "with which the balance of dead rose to four", "elevated to 14 the number of wounded",
  "elevated the balance to 27 dead" (Spanish, Portuguese);
- "By evening rose the number of dead to three", "By noon had the rescuers the number of
  dead raised to eight" (German);
- "Rose later to six the dead and to 35 the wounded", "elevated to five the number of dead
  and to 12 that of wounded" (Italian, Spanish);
- "Thus, 4 people were killed over the day in the region" after "one more man died" (a
  Ukrainian regional recap; "In total, ..." likewise).

Its subgroup "among the latter three children" is read by :mod:`pipeline.extract._n27bg`.

The written conventions settle them: an update replaces the story's first toll of that
kind and keeps the other kind (``dev_numeric43``/``54``/``71``), the further dead that
raised it ("after four of the wounded died", "Two women had succumbed") are part of that
toll and no record, and an update naming a place the first toll's sentence does not name
is another place's toll and stands beside it (``dev_numeric60``).  With no toll before
it, the update is the story's toll ("In a first balance, the ministry had spoken of two
dead" after it stays superseded).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract._n25update import is_sub
from pipeline.extract._nlit import lowered
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Casualty, Document, Evidence, Finding
from pipeline.extract.numbers import find_quantities

__all__ = ["revise", "updates"]

_DEAD = r"(?:dead|deaths|killed|fatalities|(?:fatal|mortal)\s+victims)"
_HURT = r"(?:wounded|injured|hurt)"
_NOUN = r"(?:number|balance|toll|count)"
_NOUN_OF = r"(?:number|balance|toll|count|that)"
_NUM = (
    r"(?:at\s+least\s+|more\s+than\s+|about\s+|over\s+|some\s+)?"
    r"(?P<n>a\s+dozen|\d[\d,.]*\d|\d|[A-Za-z-]+)"
)
_VERB = re.compile(
    r"\b(?:rose|rises|risen|raised|raises|elevated|elevates|increased|increases|climbed|climbs"
    r"|grew|went\s+up|goes\s+up|gone\s+up|brought|updated|lifted|revised|raising|elevating)\b",
    re.IGNORECASE,
)
_FIG_FIRST = re.compile(
    rf"\b(?:to|and(?:\s+(?:counted|registered|reported|confirmed))?)\s+{_NUM}\s+(?:the\s+{_NOUN}\s+of\s+(?:the\s+)?|that\s+of\s+(?:the\s+)?"
    rf"|the\s+)?(?:(?P<k>{_DEAD})|(?P<i>{_HURT}))\b",
    re.IGNORECASE,
)
"""to five the number of dead / and to 12 that of wounded / to six the dead / to 17 dead."""
_NOUN_FIRST = re.compile(
    rf"\b(?:(?:death|dead)\s+(?P<k2>toll)|{_NOUN_OF}\s+of\s+(?:the\s+)?(?:(?P<k>{_DEAD})"
    rf"|(?P<i>{_HURT})))\s+(?:[\w,]+\s+){{0,4}}?to\s+{_NUM}",
    re.IGNORECASE,
)
"""the balance of dead rose to four / the number of dead raised to eight."""
_SINCE = re.compile(r"\b(?:[Ss]ince|so\s+far|in\s+total\s+since)\b")
_RECAP = re.compile(r"^\W*(?:Thus|So|In\s+total|Altogether|In\s+all)\b,?\s", re.IGNORECASE)
_PLACE = re.compile(
    r"\b(?:[Ii]n|on|at|near)\s+(?:the\s+(?:city|town|village|region|district)\s+of\s+)?"
    r"(?P<p>(?-i:[A-Z])[\w'’-]+)"
)
_NOT_PLACE = {
    "The", "In", "By", "At", "A", "An", "Rose", "Thus", "So", "Later", "Hours", "Telegram",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "X",
}  # fmt: skip
_INCIDENT = re.compile(
    r"\b(?:from|of)\s+the\s+(?:\w+\s+)?(?:strike|attack|raid|bombardment|shelling)\s+on\s+"
    r"(?:the\s+|a\s+)?(?P<t>[\w'’-]+)",
    re.IGNORECASE,
)
_WAR_CAUSE = re.compile(
    r"\b(?:bombard\w*|strikes?|attacks?|raids?|shelling|airstrikes?|missiles?|drones?)\b",
    re.IGNORECASE,
)
_NOT_WAR = re.compile(
    r"\b(?:malnutrition|starvation|famine|hunger|cholera|disease|epidemic|outbreak|flood\w*"
    r"|earthquake|storm|heat\s*wave|accident)\b",
    re.IGNORECASE,
)
_AREA = re.compile(r"\b(?:region|district|province|oblast|community|as\s+a\s+whole)\b")
_EXPLAINS = re.compile(
    r"\b(?:succumb\w*|died\s+of|died\s+in\s+(?:the\s+)?(?:hospital|clinic)|bod(?:y|ies)"
    r"|one\s+more|another|further)\b",
    re.IGNORECASE,
)


_SHARE = re.compile(r"\bof\s+(?:the\s+)?(?:wounded|injured|them)\b", re.IGNORECASE)
"""Three of the wounded are in serious condition, and the number of dead rose to two"""
_AMONG_ARE = re.compile(
    r"(?:^|\b)Among\s+the\s+(?:dead|killed|wounded|injured|victims)\s+(?:are|were|is|was)\s*$"
)
_AMONG_OPEN = re.compile(r"^\W*Among\s+the\s+(?:dead|killed|wounded|injured|victims)\b")
_LATTER = re.compile(r"\bamong\s+(?:the\s+latter|these|those|them)\W*$", re.IGNORECASE)


def _sub(doc: Document, c: Casualty) -> bool:
    """:func:`is_sub`, or a subgroup opened by "among the latter"."""
    before = doc.body[max(0, c.evidence.start - 40) : c.evidence.start]
    if _AMONG_OPEN.match(c.evidence.text):
        return True  # "Among the dead were two children"
    return is_sub(doc, c) or bool(_LATTER.search(before) or _AMONG_ARE.search(before))


def _value(token: str) -> int | None:
    qs = find_quantities(token)
    return qs[0].value if qs and qs[0].value is not None else None


def updates(text: str) -> tuple[dict[str, int], int, int] | None:
    """The kinds and figures an update sentence gives ({"killed": 4}), with its span."""
    if _VERB.search(text) is None or _SINCE.search(text):
        return None  # "Since 7 October 2023 the number of the dead rose to ...": a running total
    found: dict[str, int] = {}
    start, end = len(text), 0
    matches = sorted(
        [*_FIG_FIRST.finditer(text), *_NOUN_FIRST.finditer(text)], key=lambda m: m.start()
    )
    for m in matches:
        if _VERB.search(text, 0, m.end()) is None or (n := _value(m.group("n"))) is None:
            continue
        kind = "injured" if m.group("i") else "killed"
        if m.group(0)[:3].lower() == "and" and not found:
            continue  # "and 31 wounded" only continues an update
        found.setdefault(kind, n)
        start, end = min(start, m.start()), max(end, m.end())
    return (found, start, end) if found else None


def _places(text: str) -> set[str]:
    return {m.group("p") for m in _PLACE.finditer(text)} - _NOT_PLACE


def _cas(found: list[Finding]) -> list[Casualty]:
    return sorted((f for f in found if isinstance(f, Casualty)), key=lambda c: c.evidence.start)


_FRONTED = re.compile(r"^\W*In\s+(?:[a-z]+\s+){0,3}?(?-i:[A-Z])")
_SHARE_OF = re.compile(
    r"\b(?:of\s+the\s+(?:dead|killed|wounded|injured|victims)|of\s+whom|[Aa]mong\s+the\s+"
    r"(?:dead|killed|wounded|injured|victims))\b"
)


def _replaced(
    doc: Document, found: list[Finding], mains: list[Casualty], upd: Casualty
) -> list[Finding]:
    """An update read as a toll of both kinds replaces a lone one-kind toll before it
    ("killing one woman ... had raised the number of dead to two and counted five
    wounded": 2/5), never a toll fronted by its place ("In Lviv, one person was killed")."""
    if len(mains) != 1 or (mains[0].killed is None) == (mains[0].injured is None):
        return found
    first = mains[0]
    if _FRONTED.match(doc.sentences[sentence_of(doc, first.evidence.start)].text):
        return found
    if _SHARE_OF.search(doc.body[max(0, first.evidence.start - 40) : first.evidence.end]):
        return found  # "Two of the dead were children": a share of the toll replaced
    if (first.killed or 0) > (upd.killed or 0) or (first.injured or 0) > (upd.injured or 0):
        return found
    return [f for f in found if f is not first]


def _later(c: Casualty, ups: dict[str, int]) -> bool:
    """A later toll of the same paragraph that supersedes an update (not below it)."""
    return all((getattr(c, k) or 0) >= v for k, v in ups.items())


def _paragraph(doc: Document, c: Casualty) -> int:
    return doc.sentences[sentence_of(doc, c.evidence.start)].paragraph


def _alone(inside: list[Casualty], kind: str, v: int) -> bool:
    other = "injured" if kind == "killed" else "killed"
    return any(getattr(c, kind) == v and getattr(c, other) is None for c in inside)


def _apply(
    doc: Document, found: list[Finding], idx: int, ups: dict[str, int], span: tuple[int, int]
) -> list[Finding]:
    sent = doc.sentences[idx]
    cas = _cas(found)
    inside = [c for c in cas if sentence_of(doc, c.evidence.start) == idx]
    mains = [
        c
        for c in cas
        if c.evidence.end <= sent.start and not _sub(doc, c) and (c.killed or c.injured)
    ]
    touching = [c for c in cas if c.evidence.start < sent.end and c.evidence.end > sent.start]
    for c in touching:
        if _sub(doc, c) or c.killed is None or c.injured is None:
            continue
        if all(getattr(c, k) == v for k, v in ups.items()):
            return _replaced(doc, found, mains, c)  # the update already read as a toll
    drop = {
        id(c)
        for c in inside
        if not _sub(doc, c)
        and not (c.evidence.end <= sent.start + span[0] and _SHARE.search(c.evidence.text))
    }
    if not mains:
        if span[0] >= span[1] or (len(ups) < 2 and not _WAR_CAUSE.search(sent.text)):
            return found  # a lone update of one kind names the attack it counts
        if _NOT_WAR.search(sent.text):
            return found  # "The toll of deaths from malnutrition has risen to 190"
        if any(c.killed == ups.get("killed") and c.injured == ups.get("injured") for c in inside):
            return found
        later = [c for c in cas if c.evidence.start >= sent.end and not _sub(doc, c)]
        if any(_later(c, ups) for c in later if _paragraph(doc, c) == sent.paragraph):
            return found  # "By midday the toll had risen to ... In the evening, ...": superseded
        a, b = sent.start + span[0], sent.start + span[1]
        like = inside[0] if inside else None
        new = Casualty(
            evidence=Evidence(doc.body[a:b], a, b),
            confidence=0.75,
            group="people",
            killed=ups.get("killed"),
            injured=ups.get("injured"),
            approx="exact",
            location=None,
            cause=like.cause if like else None,
            reported_by=like.reported_by if like else None,
        )
        kept = [f for f in found if id(f) not in drop]
        return sorted([*kept, new], key=lambda f: f.evidence.start)
    first = mains[0]
    lede = doc.sentences[sentence_of(doc, first.evidence.start)].text
    if any(p not in lede for p in _places(sent.text[: span[1]])):
        return found  # "In Beryslav, the number of wounded rose to nine" / "the number of dead in
        # Dnipro rose to three": another place (one named after the figure explains it)
    target = _INCIDENT.search(sent.text)
    if target is not None and target.group("t").lower() not in lede.lower():
        return found  # "the toll from the strike on the school": another incident's toll
    if (area := _AREA.search(sent.text, 0, span[0])) is not None and area.group() not in lede:
        return found  # "In the Kharkiv region as a whole, ...": not the city's toll
    old = {"killed": first.killed, "injured": first.injured}
    if span[0] < span[1]:  # "The number of wounded also rose, to 132": its own toll
        ups = {k: v for k, v in ups.items() if old[k] is not None or not _alone(inside, k, v)}
        if not ups:
            return found
    if any(old[k] is not None and v < (old[k] or 0) for k, v in ups.items()):
        return found  # updates only raise a toll
    if any(old[k] is not None and v > 3 * (old[k] or 0) + 20 for k, v in ups.items()):
        return found  # another incident's figure, not an update
    done = replace(first, killed=ups.get("killed", first.killed))
    done = replace(done, injured=ups.get("injured", done.injured))
    for c in inside:  # "..., raised the number of dead to two and counted five wounded"
        if id(c) in drop and done.injured is None and c.injured and c.killed is None:
            done = replace(done, injured=c.injured)
    diff = (ups.get("killed") or 0) - (first.killed or 0)
    for near in (idx - 1, idx + 1):
        if not 0 <= near < len(doc.sentences) or doc.sentences[near].paragraph != sent.paragraph:
            continue
        if not _EXPLAINS.search(doc.sentences[near].text):
            continue
        for c in cas:
            if c is first or sentence_of(doc, c.evidence.start) != near:
                continue
            if c.injured is None and c.killed is not None and 0 < c.killed <= diff:
                drop.add(id(c))  # "Two women had succumbed in the clinic to their injuries"
    return [done if f is first else f for f in found if id(f) not in drop]


def _recap(doc: Document, found: list[Finding], idx: int) -> dict[str, int] | None:
    """ "Thus, 4 people were killed over the day in the region": the record the recap reads."""
    if not _RECAP.match(doc.sentences[idx].text) or idx == 0:
        return None
    prev = doc.sentences[idx - 1]
    if prev.paragraph != doc.sentences[idx].paragraph or not _EXPLAINS.search(prev.text):
        return None  # a recap follows the further dead it adds ("one more man died")
    for c in _cas(found):
        if sentence_of(doc, c.evidence.start) == idx and not is_sub(doc, c):
            if c.killed is not None and c.injured is None:
                return {"killed": c.killed}
            if c.injured is not None and c.killed is None:
                return {"injured": c.injured}
    return None


_VERB_STEMS: tuple[str, ...] = (
    "rose", "rises", "risen", "rais", "elevat", "increas", "climb", "grew", "went", "goes",
    "gone", "brought", "updated", "lifted", "revised",
)  # fmt: skip
"""Every ``_VERB`` alternative holds one of these, lower-cased."""


def _verb_sentences(doc: Document) -> set[int] | None:
    """Indices of the sentences that may hold a ``_VERB`` (None: any may).

    ``_VERB`` is case-blind with a leading ``\\b``, so ``re`` tries it at every position of
    every sentence; finding its stems in the lower-cased body once is ~10x cheaper. Where
    lower-casing changes a length or the body holds a dotless "ı" or long "ſ" (which the
    engine reads as "i" and "s"), the stems could miss a match: every sentence is asked.
    """
    body = doc.body
    low = lowered(doc)
    if len(low) != len(body) or body_has(body, "ı") or body_has(body, "ſ"):
        return None
    starts = [s.start for s in doc.sentences]
    found: set[int] = set()
    for stem in _VERB_STEMS:
        at = low.find(stem) if body_has(low, stem) else -1  # an absent stem: no find
        while at >= 0:
            i = bisect_right(starts, at) - 1
            if i >= 0 and at + len(stem) <= doc.sentences[i].end:
                found.add(i)
            at = low.find(stem, at + 1)
    return found


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with the updates of this module applied, oldest first."""
    body = doc.body
    if not any(body_has(body, w) for w in ("to ", "Thus", "total", "So,", "all,")):
        return found
    maybe = _verb_sentences(doc)
    for idx, sent in enumerate(doc.sentences):
        got = updates(sent.text) if maybe is None or idx in maybe else None
        if got is not None:
            found = _apply(doc, found, idx, got[0], (got[1], got[2]))
        elif (ups := _recap(doc, found, idx)) is not None:
            found = _apply(doc, found, idx, ups, (0, 0))
    return found
