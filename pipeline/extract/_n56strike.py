"""Round n56's strike revision: mines dropped from drones.

Front-line tallies of the regional administrations count drone drops by what was dropped
("dropped 3 grenades / munitions / explosive devices from UAVs" is read as a drone strike of
3). The same tally told with mines ("dropped 3 mines from UAVs", "dropped 2 anti-personnel
mines from drones") was missed: it is the same drone strike of N (:func:`mines`).

The pass is gated on a literal before its regex runs and checks overlap against a sorted
list of strike starts, so it stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extract._barestrike import small_count
from pipeline.extract._bodylits import body_has
from pipeline.extract.model import Document, Evidence, Finding, Strike
from pipeline.extract.numbers import TWO_TO_TEN

__all__ = ["mines", "revise"]

_MINES = re.compile(
    rf"\bdropped\s+(?P<n>\d{{1,3}}|{TWO_TO_TEN})\s+"
    r"(?:(?:anti-?personnel|anti-?tank|PFM-1|petal|land)\s+)?mines\s+from\s+"
    r"(?:(?:an?|the|their)\s+)?(?:(?:attack|FPV|kamikaze)\s+)?(?:drones?|UAVs?)\b"
)


def _taken(starts: list[int], lo: int, hi: int) -> bool:
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def mines(doc: Document, found: list[Finding]) -> list[Finding]:
    """The drone strikes of "dropped N mines from UAVs" no earlier reader took."""
    body = doc.body
    if not body_has(body, " mines from "):
        return []
    starts = sorted(f.evidence.start for f in found if isinstance(f, Strike))
    out: list[Finding] = []
    for m in _MINES.finditer(body):
        n = small_count(m.group("n"))
        if n is None or _taken(starts, m.start(), m.end()):
            continue
        out.append(
            Strike(
                evidence=Evidence(body[m.start() : m.end()], m.start(), m.end()),
                confidence=0.7,
                attacker=None,
                target=None,
                weapon="drone",
                count=n,
                approx="exact",
                period=None,
                reported_by=None,
            )
        )
    return out


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with round n56's strike records the earlier readers missed."""
    added = mines(doc, found)
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: f.evidence.start)
