"""The qualifier of an air-defence report's main figure.

A new module (not more lines in :mod:`pipeline.extract.interceptions`, at its size limit).
The qualifier is the main figure's, as the event contract says (``Interception.approx``):
the shoot-down's own ("Russia fired around 140 drones ... 125 were intercepted" is exact),
the launch's only when no shoot-down is counted. The place taken from the paragraph is
never the country that owns the weapons: "The Russian side spoke of 100 Ukrainian drones
destroyed" after "Russia attacked Ukraine" is not over Ukraine.
"""

from __future__ import annotations

from pipeline.extract.model import Approx


def report_approx(launch: Approx | None, own: Approx, role: str, intercepted: int | None) -> Approx:
    """``own`` (the figure's qualifier), the launch's when the figure is no shoot-down or
    counts none."""
    if launch is None:
        return own
    if role != "intercept" or intercepted is None:
        return launch
    return own


def own_side_free(place: str | None, owner: str | None) -> str | None:
    """``place`` unless it is the weapons' own side ("Ukrainian drones" over "Ukraine")."""
    return None if place is not None and place == owner else place
