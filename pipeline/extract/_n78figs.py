"""Round n78's air-defence figure checks (helper h_gen_n78, ``dev_numeric128``), run last by
:func:`pipeline.extract._n78air.interceptions`: figures that are no shoot-down of their own.

- restated all-outcomes: "A missile brigade ... destroyed all eight ballistic targets" after
  "eight ballistic missiles and 12 drones ... shot down all of them" (a mixed all-N equal to
  one kind's all-N), and a figureless "shot down all the targets" beside a counted
  all-outcome, are that report told again (a figureless one alone stays a record, dnum57);
- "repelled an attack on X by N drones" is all N, as the plain "repelled an attack by N drones"
  is labelled (dnum8-034/035, dnum14-067), not N shot down of an unknown launch;
- the digits of an ISO date ("date 2024-05-17 Ukrainian drones were downed ...") are no count;
- "Ukrainian forces had destroyed 14 targets in occupied areas" with no air-defence word is a ground
  claim, no mixed shoot-down;
- figures after a dated earlier attack's "involved" are background
  (:func:`pipeline.extract._n78tally.recalled`).

Each check is gated on a literal of the evidence before its regex runs.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from pipeline.extract._barestrike import one_count
from pipeline.extract._n78tally import NUMBER, dated_body, recalled
from pipeline.extract.model import Document, Finding, Interception
from pipeline.extract.numbers import find_quantities

__all__ = ["AIR_CUE", "revise"]

_N = NUMBER  # a count in digits or words
_Q = r"(?:(?:more\s+than|over|around|about|some|nearly|almost|at\s+least|roughly|up\s+to)\s+)?"
AIR_CUE: re.Pattern[str] = re.compile(
    r"\bair[\s-]+defen[cs]es?\b|\banti-aircraft\b|\bshot\s+down\b|\bdowned\b|\bintercept"
    r"|\b(?:aerial|air)\s+targets\b|\bIron\s+Dome\b",
    re.IGNORECASE,
)
"""An air-defence word: a "destroyed N targets" sentence without one is a ground claim."""
_REPELLED = re.compile(
    r"\brepell?ed\s+(?:an?|the)\s+(?:[\w-]+\s+)?attacks?\s+(?:on|against)\s+[^.;]{1,60}?\s+by\s+"
    + _Q
    + r"(?P<n>"
    + _N
    + r")\s+(?:[\w-]+\s+){0,2}?(?:drones?|UAVs?)\b",
    re.IGNORECASE,
)
_ISO = re.compile(r"\b(?:19|20)\d\d-\d\d-\d\d\b")
_GROUND = re.compile(
    r"\b(?:forces|troops|army|soldiers|artillery|brigade)\s+(?:had\s+|have\s+|has\s+)?destroyed\s+"
    + _Q
    + _N
    + r"\s+targets\b",
    re.IGNORECASE,
)


def _date_figure(f: Interception) -> bool:
    """Whether ``f``'s figure is only the digits of an ISO date in its evidence."""
    figure = f.intercepted if f.intercepted is not None else f.launched
    text = _ISO.sub(lambda d: " " * len(d.group()), f.evidence.text)
    return figure is not None and all(q.value != figure for q in find_quantities(text))


def revise(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` without restated all-outcomes, date digits, ground claims and dated earlier
    attacks; "repelled an attack on X by N drones" as all N."""
    alls = [
        f
        for f in found
        if isinstance(f, Interception) and f.all_intercepted and f.weapon != "mixed" and f.launched
    ]
    starts = [s.start for s in doc.sentences]
    dated = dated_body(doc.body)
    keep: list[Finding] = []
    for f in found:
        if isinstance(f, Interception):
            if alls and f.all_intercepted and _restated_all(f, alls):
                continue
            if "-" in f.evidence.text and _ISO.search(f.evidence.text) and _date_figure(f):
                continue
            if f.weapon == "mixed" and f.launched is None and _ground(doc, starts, f):
                continue
            if dated and recalled(doc, starts, f):
                continue
            if "repel" in f.evidence.text and f.launched is None:
                f = _repelled(f)
        keep.append(f)
    return keep


def _restated_all(f: Interception, alls: list[Interception]) -> bool:
    """A mixed all-N equal to one kind's all-N, or a figureless "all the targets", beside a
    counted all-outcome: the same report told again."""
    if f.weapon == "mixed" and f.launched is not None:
        return any(g.launched == f.launched and g.evidence.start < f.evidence.start for g in alls)
    if f.launched is None and f.intercepted is None:
        return any(
            f.weapon in ("mixed", g.weapon) and f.location in (None, g.location) for g in alls
        )
    return False


def _ground(doc: Document, starts: list[int], f: Interception) -> bool:
    """ "Ukrainian forces had destroyed 14 targets in ...": a ground claim, no shoot-down."""
    i = bisect_right(starts, f.evidence.start) - 1
    text = doc.sentences[i].text if i >= 0 else f.evidence.text
    return _GROUND.search(text) is not None and AIR_CUE.search(text) is None


def _repelled(f: Interception) -> Interception:
    """ "repelled an attack on X by N drones": all N, as the plain form reads."""
    m = _REPELLED.search(f.evidence.text)
    q = one_count(m.group("n")) if m is not None else None
    if q is None or q.value != f.intercepted:
        return f
    return replace(f, launched=q.value, all_intercepted=True)
