"""The other harm of a group told a sentence later, past a sentence about the scene.

New in the twelfth session's casualty round (h_num16, ``dev_numeric56``, from
``dev_articles55``'s "two rescuers have been killed. They had been on their way to a burning
building when a second drone hit, the State Emergency Service communicated on Tuesday. Three
further rescuers suffered injuries."). A toll split over two sentences of one incident is one
record (the conventions), also when one sentence without a figure tells the scene between
them: "N more/further/additional GROUP were injured" after "N GROUP were killed" of the same
group in the same paragraph completes that record ("Two rescuers were killed ... Four more
rescuers were injured" is rescuers 2/4). A subgroup of the injured ("two of them seriously")
stays its own record.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract._bodylits import body_has
from pipeline.extract.model import Casualty, Document, Finding

_FURTHER = re.compile(
    r"\s*[\w-]+\s+(?:more|further|additional|other)\s+(?P<words>[\w\s-]{2,40}?)\s+"
    r"(?:were|have\s+been|had\s+been|suffered|sustained|received)\b",
    re.IGNORECASE,
)
_SHARE = re.compile(r"\W*[\w-]+\s+of\s+(?:its|their|his|her|the|them|our)\b", re.IGNORECASE)
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?)\b",
    re.IGNORECASE,
)
_BETWEEN = 1
"""Sentences without a record that may stand between the two halves."""


def further_of_group(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with "N more GROUP were injured" folded into the killed-only record of the
    same group one or two sentences before it in its paragraph."""
    if (
        not body_has(doc.body, "more")
        and not body_has(doc.body, "further")
        and not body_has(doc.body, "additional")
    ):
        return found
    starts = [s.start for s in doc.sentences]
    at_of = {
        i: max(0, bisect_right(starts, f.evidence.start) - 1)
        for i, f in enumerate(found)
        if isinstance(f, Casualty)
    }
    dropped: set[int] = set()
    for i, f in enumerate(found):
        if not isinstance(f, Casualty) or f.killed is not None or f.injured is None:
            continue
        if f.evidence.start != doc.sentences[at_of[i]].start + _lead(doc, at_of[i]):
            continue  # the figure opens its sentence
        m = _FURTHER.match(f.evidence.text)
        if m is None or f.group.lower() not in m.group("words").lower():
            continue
        prev = [j for j in at_of if j < i and j not in dropped]
        if not prev:
            continue
        j = max(prev)
        old = found[j]
        assert isinstance(old, Casualty)
        gap = at_of[i] - at_of[j]
        if not 1 <= gap <= 1 + _BETWEEN or old.group != f.group:
            continue
        if old.injured is not None or old.killed is None or _SHARE.match(old.evidence.text):
            continue  # "three of its soldiers were martyred": a share, never completed
        par = doc.sentences[at_of[i]].paragraph
        if any(doc.sentences[k].paragraph != par for k in range(at_of[j], at_of[i])):
            continue
        between = doc.body[doc.sentences[at_of[j]].end : doc.sentences[at_of[i]].start]
        if _FIGURE.search(between):
            continue  # "12 houses were damaged": a figure between keeps the two apart
        found[j] = replace(old, injured=f.injured)
        dropped.add(i)
    return [f for n, f in enumerate(found) if n not in dropped] if dropped else found


def _lead(doc: Document, at: int) -> int:
    """Characters of white space opening sentence ``at``."""
    text = doc.sentences[at].text
    return len(text) - len(text.lstrip())
