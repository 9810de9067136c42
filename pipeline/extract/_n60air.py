"""Round n60's interception revision (helper h_fix_n60, ``dev_numeric109``), the outermost
call of :func:`pipeline.extract._n28air._later`.

The real-text set ``real23`` (studied, never copied) showed a defence ministry's tally told
twice: the lead rounds it ("more than 50 enemy drones") and the quoted bulletin gives the
figure ("53 unmanned aerial vehicles"). By the conventions one shoot-down told twice is one
record, the exact telling; the rounded one ("more than N", "over N", "about N") is dropped
when an exact shoot-down of the same weapon and model (or no model) with no launch figure
sits in the same story and is above N by at most a quarter, and both come from the same
source (or one names none): a president's "more than 140 targets" and the air force's "144
targets" are two sources' tallies and both stay.

One pass over the interceptions, one dict of the exact figures by weapon.
"""

from __future__ import annotations

from pipeline.extract.model import Document, Finding, Interception

__all__ = ["interceptions"]

_SLACK = 1.25
"""An exact figure more than a quarter above the rounded one is another tally."""


def interceptions(doc: Document, found: list[Finding]) -> list[Finding]:
    """Drop a rounded shoot-down that an exact one of the same weapon restates."""
    rounded = [
        f
        for f in found
        if isinstance(f, Interception)
        and f.approx != "exact"
        and f.launched is None
        and f.intercepted
    ]
    if not rounded:
        return found
    exact: dict[tuple[str, str | None], list[tuple[int, str | None]]] = {}
    for f in found:
        if (
            isinstance(f, Interception)
            and f.approx == "exact"
            and f.launched is None
            and f.intercepted
        ):
            exact.setdefault((f.weapon, f.weapon_model), []).append((f.intercepted, f.reported_by))
    if not exact:
        return found
    drop = {
        id(f)
        for f in rounded
        if f.intercepted is not None
        and any(
            f.intercepted < n <= f.intercepted * _SLACK
            and (by is None or f.reported_by is None or by == f.reported_by)
            for n, by in (
                *exact.get((f.weapon, f.weapon_model), ()),
                *(exact.get((f.weapon, None), ()) if f.weapon_model else ()),
            )
        )
    }
    return [f for f in found if id(f) not in drop] if drop else found
