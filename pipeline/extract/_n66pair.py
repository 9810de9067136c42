"""Round n66's launch/shoot-down pairing of finished records (helper h_fix_n66,
``dev_numeric115``), asked last by :func:`pipeline.extract._n66air.interceptions`.

The real-text set ``real18`` (studied, never copied) showed a president's launch tally
("around N missiles and M drones were fired ..., with air defences downing more than T
targets") answered per kind a few sentences later by the air force ("downed T2 targets --
K missiles and L drones"). The launch sentence states a combined shoot-down, so the
late-answer pairing of ``_n62pair`` leaves it alone, and each kind ended as two records: a
launch with no outcome and a shoot-down with no launch. By the conventions (a per-kind
shoot-down answers the launch of its kind; "It said 52 drones had been shot down" after the
launch paragraph answers it) they are one interception each (launched N, intercepted K).

Paired only when the document holds exactly one launch-only and one shoot-down-only record
of the kind, the shoot-down comes after the launch within four sentences, K <= N, the
shoot-down names no other place (a regional share) nor another model, and its sentence no
"alone" (one unit's share), nor a side the launch sentence never names ("25 Ukrainian
drones": the other side's tally). Works on the records alone: no regex, one pass.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._sentindex import sentence_of
from pipeline.extract.model import Document, Finding, Interception

__all__ = ["paired"]

_SIDE = re.compile(
    r"\b(?P<n>Ukrainian|Russian|Israeli|Iranian|Houthi|Hezbollah|Sudanese)\s+"
    r"(?:[\w-]+\s+)?(?:drones|missiles|UAVs|rockets)\b"
)
_SPAN = 4
"""Most sentences between a launch and the shoot-down that answers it."""


def paired(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` with a kind's lone launch-only record merged into its lone later shoot-down."""
    launches: dict[str, list[int]] = {}
    downs: dict[str, list[int]] = {}
    for i, f in enumerate(found):
        if not isinstance(f, Interception) or f.weapon not in ("missile", "drone"):
            continue
        if f.launched is not None and f.intercepted is None:
            launches.setdefault(f.weapon, []).append(i)
        elif f.launched is None and f.intercepted is not None:
            downs.setdefault(f.weapon, []).append(i)
    if not launches or not downs:
        return found
    gone: set[int] = set()
    out = list(found)
    for weapon, ls in launches.items():
        ds = downs.get(weapon, [])
        if len(ls) != 1 or len(ds) != 1:
            continue
        launch, down = found[ls[0]], found[ds[0]]
        assert isinstance(launch, Interception) and isinstance(down, Interception)
        if launch.launched is None or down.intercepted is None:
            continue
        if down.evidence.start <= launch.evidence.end or down.intercepted > launch.launched:
            continue
        if down.location is not None and down.location != launch.location:
            continue  # a regional share ("28 drones were downed over Bryansk")
        if launch.weapon_model and down.weapon_model and launch.weapon_model != down.weapon_model:
            continue  # another class ("17 Iskander-M" ... "eight Kh-101")
        a, b = sentence_of(doc, launch.evidence.start), sentence_of(doc, down.evidence.start)
        if a < 0 or b <= a or b - a > _SPAN or " alone" in doc.sentences[b].text:
            continue  # "F-16 pilots alone downed ...": one unit's share
        side = _SIDE.search(down.evidence.text)
        if side is not None and side.group("n") not in doc.sentences[a].text:
            continue  # the other side's tally ("destroyed 25 Ukrainian drones")
        out[ds[0]] = replace(
            down, launched=launch.launched, all_intercepted=launch.launched == down.intercepted
        )
        gone.add(ls[0])
    if not gone:
        return found
    return [f for i, f in enumerate(out) if i not in gone]
