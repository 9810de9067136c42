"""Round n54's strike revisions: a hit out of a salvo and "struck once with a drone".

A fixing round on Red Sea shipping copy and Sumy border tallies found two shapes the
earlier readers misread:

- "one of two missiles launched by the Houthis struck the tanker X" tells a salvo aimed at a
  target of which one hit: the strike is the salvo (N of the weapon), and no shoot-down was
  told, so the interception "1 of N" the air reader made of it is replaced
  (:func:`salvo_hits`);
- "struck once with an FPV drone" / "attacked twice with kamikaze drones" after a counted
  tally is a strike of 1 / 2 drones, as the conventions' "twice with MLRS" beside a
  total (:func:`times_with`).

Each pass is gated on a literal before its regex runs and checks overlap against a sorted
list of evidence starts, so it stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline.extract._barestrike import small_count
from pipeline.extract._bodylits import body_has
from pipeline.extract.model import (
    Document,
    Evidence,
    Finding,
    Interception,
    Strike,
    StrikeWeapon,
)
from pipeline.extract.numbers import TWO_TO_TEN

__all__ = ["interceptions", "revise"]

_SALVO = re.compile(
    rf"[Oo]ne\s+of\s+(?:the\s+)?(?P<n>\d{{1,3}}|{TWO_TO_TEN})\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<w>missiles|drones|rockets)\b[^.;]{0,90}?\b"
    r"(?:struck|hit|slammed\s+into|landed\s+on|damaged)\s+(?:the\s+|a\s+)?"
    r"(?:\w+\s+){0,3}?(?:ship|vessel|tanker|carrier|freighter|boat|destroyer)\b"
)
_WEAPON: dict[str, StrikeWeapon] = {"missiles": "missile", "drones": "drone", "rockets": "rocket"}
_TIMES = re.compile(
    r"\b(?:struck|attacked|hit|shelled|fired)\s+(?P<n>once|twice|(?:\d{1,2}|three|four|five)"
    r"\s+times)\s+(?:with|using)\s+(?:an?\s+)?(?:(?:FPV|kamikaze|attack|strike)\s+)?"
    r"(?:drones?|UAVs?)\b"
)
_ONCE = {"once": 1, "twice": 2}
_TIMES_LIT = (" once with", " twice with", " times with", " once using", " twice using")


def _taken(starts: list[int], lo: int, hi: int) -> bool:
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _strike(doc: Document, start: int, end: int, weapon: StrikeWeapon, n: int) -> Strike:
    return Strike(
        evidence=Evidence(doc.body[start:end], start, end),
        confidence=0.7,
        attacker=None,
        target=None,
        weapon=weapon,
        count=n,
        approx="exact",
        period=None,
        reported_by=None,
    )


def _salvos(body: str) -> list[tuple[int, int, StrikeWeapon, int]]:
    """The spans, weapons and sizes of "one of N missiles ... struck the ship"."""
    if not body_has(body, "ne of "):
        return []
    out: list[tuple[int, int, StrikeWeapon, int]] = []
    at = body.find("ne of ")
    while at >= 0:
        word = at > 0 and (at < 2 or not body[at - 2].isalnum())  # not "none of"
        m = _SALVO.match(body, at - 1) if word else None
        if m is not None and (n := small_count(m.group("n"))) is not None and n >= 2:
            out.append((m.start(), m.end(), _WEAPON[m.group("w")], n))
        at = body.find("ne of ", at + 6)
    return out


def salvo_hits(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with "one of N missiles ... struck the ship" as a strike of N."""
    salvos = _salvos(doc.body)
    if not salvos:
        return found
    added: list[Finding] = []
    for lo, hi, weapon, n in salvos:
        if any(
            isinstance(f, Strike) and f.evidence.start < hi and lo < f.evidence.end for f in found
        ):
            continue
        added.append(_strike(doc, lo, hi, weapon, n))
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: f.evidence.start)


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without the "1 of N" shoot-down made of a salvo's one hit: none was told."""
    salvos = _salvos(doc.body)
    if not salvos:
        return found
    return [
        f
        for f in found
        if not (
            isinstance(f, Interception)
            and f.intercepted == 1
            and any(lo <= f.evidence.start < hi and f.launched == n for lo, hi, _, n in salvos)
        )
    ]


def times_with(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with "struck once with an FPV drone" after a tally as a drone strike."""
    body = doc.body
    if not any(body_has(body, w) for w in _TIMES_LIT):
        return found
    starts = sorted(f.evidence.start for f in found if isinstance(f, Strike))
    if not starts:  # only beside a told tally, as "twice with MLRS" is
        return found
    added: list[Finding] = []
    for m in _TIMES.finditer(body):
        word = m.group("n")
        n = _ONCE.get(word) or small_count(word.split()[0])
        if n is None or m.start() <= starts[0] or _taken(starts, m.start(), m.end()):
            continue
        added.append(_strike(doc, m.start(), m.end(), "drone", n))
    if not added:
        return found
    return sorted([*found, *added], key=lambda f: f.evidence.start)


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after round n54's strike revisions."""
    return times_with(doc, salvo_hits(doc, found))
