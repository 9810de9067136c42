"""Round n46's rounded-lead reading (h_fix_n46), from a real newsroom mix.

A lead's rounded launch ("launched a sweeping assault with nearly 300 drones and 50
missiles") that the body's air-defence report gives exactly ("the barrage consisted of 297
drones ... Of these, 274 drones ... were shot down") restates that report: no strike. The
exact figure must be of the same kind, unqualified, later in the text, within 3 (or 5 %) of
the rounded one, in a sentence that tells a launch or a tally with a shoot-down in it or the
next sentence.
"""

from __future__ import annotations

import re

from pipeline.extract._barestrike import one_count
from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Strike
from pipeline.extract.numbers import SMALL_WORDS, TEEN_WORDS

__all__ = ["LAUNCH", "rounded"]

_NUMW = rf"(?:\d[\d,]*|{SMALL_WORDS}|{TEEN_WORDS}|twenty|thirty|forty|fifty)"
LAUNCH = re.compile(
    r"\b(?:(?:about|around|approximately|some|nearly|up\s+to)\s+)?(?P<l>"
    + _NUMW
    + r")\s+(?:[\w-]+\s+){0,2}?(?P<n>rockets|missiles|drones|projectiles|UAVs)\b",
    re.I,
)
"""A launch count ("about 40 rockets", "two Shahed drones"), also :mod:`._n46late`'s."""
_FIRE_OR_REPORT = re.compile(r"\b(?:launched|fired|sent|consisted\s+of|recorded|included)\b")


def _kind(noun: str) -> str:
    return "drone" if noun.lower() in ("drones", "uavs") else "missile"


_REPORTED = re.compile(r"\b(?:shot\s+down|intercepted|neutrali[sz]ed|downed|destroyed)\b")


def rounded(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without rounded launch strikes that a later exact report restates."""
    loose = [
        f
        for f in found
        if isinstance(f, Strike) and f.approx != "exact" and f.weapon in ("drone", "missile")
    ]
    if not loose:
        return found
    sents = doc.sentences
    drop: set[int] = set()
    first = min(f.evidence.end for f in loose)
    for m in LAUNCH.finditer(doc.body, first):
        if m.start("l") != m.start():
            continue  # a qualified figure is no exact report
        q = one_count(m.group("l"))
        if q is None:
            continue
        kind = _kind(m.group("n"))
        hits = [
            f
            for f in loose
            if f.evidence.end <= m.start()
            and f.weapon == kind
            and q.value != f.count
            and abs(q.value - f.count) <= max(3, f.count // 20)
        ]
        if not hits:
            continue
        idx = sentence_of(doc, m.start())
        if idx < 0 or not _FIRE_OR_REPORT.search(sents[idx].text):
            continue
        if any(_REPORTED.search(s.text) for s in sents[idx : idx + 2]):
            drop.update(id(f) for f in hits)
    if not drop:
        return found
    return [f for f in found if id(f) not in drop]
