"""Subgroups told in the sentence after a one-figure record: "31 wounded people ... .
Eight of them were children", "Among the wounded were four police officers ... . One of
the officers was in critical condition".

Split from :mod:`pipeline.extract.casualties` (at its size limit). The next sentence names
who some of the counted people were, or the condition of some of a counted group by that
group's own noun ("two of the firefighters"); either is a record of its own (the written
condition-subgroup convention), with the record's kind.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract import _casualty_each as each
from pipeline.extract import _casualty_more as more
from pipeline.extract import _casualty_words as cw
from pipeline.extract._casualty_groups import GROUPS as _GROUPS
from pipeline.extract.model import Casualty, Document, Evidence, Finding
from pipeline.extract.numbers import find_quantities

# "One of them was seriously injured": the condition of some of the record's people.
_OF_THEM = re.compile(r"\s+of\s+(?:them|these)(?P<group>)", re.IGNORECASE)
# "One of the officers was ...": the group named by its noun, maybe shortened.
_OF_THE_GROUP = re.compile(rf"\s+of\s+the\s+(?:{cw.ADJ}\s+){{0,2}}(?P<group>{cw.GROUP})\b", re.I)


def _same_group(word: str, group: str) -> bool:
    """True when ``word`` names the record's ``group`` ("officers" for "police officers")."""
    name = _GROUPS.get(word.lower(), word.lower())
    return name == group or group.endswith(" " + name)


def them_subgroup(doc: Document, idx: int, prev: Finding) -> Casualty | None:
    """ "31 wounded people ... . Eight of them were children": a subgroup of a one-figure record."""
    if not isinstance(prev, Casualty) or (prev.killed is None) == (prev.injured is None):
        return None
    sent = doc.sentences[idx]
    qs = find_quantities(sent.text)
    if not qs or qs[0].total is not None:
        return None
    q = qs[0]
    cond_end = -1
    if each.opens_sentence(sent.text, q.start):
        m = cw.OF_THEM.match(sent.text, q.end)
        if m is None and (m := _OF_THEM.match(sent.text, q.end)) is not None:
            cond_end = more.condition_subgroup(sent.text, m.end()) or -1
            if cond_end < 0 or prev.injured is None:
                return None  # "One of them was seriously injured" only
        elif m is None and (m := _OF_THE_GROUP.match(sent.text, q.end)) is not None:
            cond_end = more.condition_subgroup(sent.text, m.end()) or -1
            if (
                cond_end < 0
                or prev.injured is None
                or not _same_group(m.group("group"), prev.group)
            ):
                return None  # "Two of the firefighters were in serious condition" only
        elif m is None and (m := cw.AFTER_QTY.match(sent.text, q.end)) is not None:
            cond_end = more.condition_subgroup(sent.text, m.end()) or -1
            if (
                cond_end < 0
                or prev.injured is None
                or not _same_group(m.group("group"), prev.group)
            ):
                return None  # "One child is in critical condition" after "three children"
    elif cw.AMONG_LEAD.fullmatch(sent.text, 0, q.start):
        m = cw.AFTER_QTY.match(sent.text, q.end) or cw.WERE_GROUP.match(sent.text, q.end)
    else:
        return None
    total = prev.killed if prev.killed is not None else prev.injured
    if m is None or total is None or not q.value < total:
        return None
    word = m.group("group").lower()
    if word in ("others", "more", "further"):
        return None
    start, end = sent.start + q.start, sent.start + (cond_end if cond_end > 0 else m.end())
    return replace(
        prev,
        evidence=Evidence(doc.body[start:end], start, end),
        confidence=0.75,
        group=prev.group if cond_end > 0 else _GROUPS.get(word, word),
        killed=q.value if prev.killed is not None else None,
        injured=q.value if prev.injured is not None else None,
        approx=q.approx,
    )


_REACH = 600
"""How far after an ambiguous subgroup the sentence telling its harm may start."""


def _ambiguous(found: list[Finding], i: int) -> bool:
    """True when ``found[i]`` is an "including N X" subgroup right after a record of both
    kinds ("killed eight people and wounded 17, including two paramedics")."""
    sub, head = found[i], found[i - 1]
    if not isinstance(sub, Casualty) or not isinstance(head, Casualty):
        return False
    if head.killed is None or head.injured is None or (sub.killed is None) == (sub.injured is None):
        return False
    gap = sub.evidence.start - head.evidence.end
    return 0 <= gap <= 4 and sub.evidence.text[:10].lower() == "including "


def including_told_later(found: list[Finding]) -> list[Finding]:
    """``found`` without an "including" subgroup read as the wrong harm: after "killed eight
    people and wounded 17, including two paramedics" the subgroup may count either; a later
    sentence that says "two of its paramedics were killed" tells which, and its record is
    the subgroup's."""
    dropped: set[int] = set()
    for i in range(1, len(found)):
        if not _ambiguous(found, i):
            continue
        sub = found[i]
        assert isinstance(sub, Casualty)
        value = sub.killed if sub.killed is not None else sub.injured
        for later in found[i + 1 :]:
            if not isinstance(later, Casualty) or later.group != sub.group:
                continue
            if later.evidence.start - sub.evidence.end > _REACH:
                break
            other = later.injured if sub.killed is not None else later.killed
            if other == value and (later.killed is None) != (later.injured is None):
                dropped.add(i)
                break
    return [f for n, f in enumerate(found) if n not in dropped] if dropped else found


# "3 soldiers were killed ... . Another soldier was seriously wounded": one more person of
# the counted group, the other harm of the same record (the written "another" convention).
_ONE_MORE = re.compile(
    r"\s*(?:another|one\s+more|a\s+further)\s+(?P<group>[a-z]+)\s+(?:was|has\s+been|had\s+been)"
    r"\s+(?:(?:seriously|severely|critically|slightly|lightly|badly|also)\s+)?"
    r"(?P<kind>wounded|injured|hurt|killed)\b",
    re.IGNORECASE,
)


def one_more(doc: Document, idx: int, head: Finding) -> Casualty | None:
    """``head`` completed by a sentence ``idx`` telling one more of its group harmed the other
    way ("Another soldier was seriously wounded"), else None."""
    text = doc.sentences[idx].text
    if not isinstance(head, Casualty) or text.lstrip()[:1] not in ("A", "O"):
        return None
    m = _ONE_MORE.match(text)
    if m is None:
        return None
    word = m.group("group").lower()
    if _GROUPS.get(word, word + "s") != head.group:
        return None
    if m.group("kind").lower() == "killed":
        return replace(head, killed=1) if head.killed is None and head.injured else None
    return replace(head, injured=1) if head.injured is None and head.killed else None
