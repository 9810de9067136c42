"""Round n49's air-defence readings (h_fix_n49), from real newsroom copy and open families.

- "Downed drone kills three in Russia" (a headline, often repeated under the dateline): the
  figure after "kills / injures" is a toll, no shoot-down of three;
- "attacked the village with four drones, and air defence shot down two more" (also "; air
  defence destroyed three more drones", "downed another seven"): the shoot-down is an outcome
  of its own, launched unknown, never N/M against the attack's figure (:mod:`_n49shape`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract._barestrike import one_count
from pipeline.extract._n49shape import more_shapes
from pipeline.extract.model import Document, Evidence, Finding, Interception, InterceptWeapon

__all__ = ["interceptions"]

_HEAD = re.compile(
    r"^(?:[Dd]owned|[Ii]ntercepted|[Ss]hot[- ]down|[Dd]estroyed)\s+(?:[\w-]+\s+)?"
    r"(?:drones?|missiles?|UAVs?|rockets?)\s+(?:kills?|injures?|wounds?|hurts?)\s"
)


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """``found`` after the readings of the module docstring."""
    out = found
    if any(
        isinstance(f, Interception)
        and f.evidence.text[:1] in "DdIiSs"
        and _HEAD.match(f.evidence.text)
        for f in found
    ):
        out = [f for f in out if not (isinstance(f, Interception) and _HEAD.match(f.evidence.text))]
    shapes = more_shapes(doc)
    if not shapes:
        return out
    out = list(out)
    for shape in shapes:
        more = one_count(shape.more)
        launched = one_count(shape.launched)
        if more is None or launched is None:
            continue
        weapon: InterceptWeapon = "drone" if re.search(r"drones|UAVs", shape.noun) else "missile"
        near = [
            i
            for i, f in enumerate(out)
            if isinstance(f, Interception)
            and f.evidence.start < shape.end + 40
            and f.evidence.end > shape.start
        ]
        if any(
            isinstance(f, Interception) and f.launched is None and f.intercepted == more.value
            for f in (out[i] for i in near)
        ):
            continue
        like = None
        for i in sorted(near, reverse=True):
            f = out[i]
            if isinstance(f, Interception) and f.launched == launched.value:
                like = f
                del out[i]
        start = shape.launch_end
        rec = Interception(
            evidence=Evidence(doc.body[start : shape.end], start, shape.end),
            confidence=0.7,
            weapon=weapon,
            weapon_model=None,
            launched=None,
            intercepted=more.value,
            all_intercepted=False,
            approx="exact",
            location=like.location if like else None,
            reported_by=like.reported_by if like else None,
        )
        out.append(rec if like is None else replace(rec, location=None))
    out.sort(key=lambda f: f.evidence.start)
    return out
