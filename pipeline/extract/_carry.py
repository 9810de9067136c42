"""A shoot-down figure pairing with a launch figure from the previous paragraph.

:mod:`pipeline.extract.interceptions` pairs launch and shoot-down figures within a
paragraph (and "35 of the missiles" further back). Wire copy also splits one report
over two short paragraphs, and Ukrainska Pravda style copy over labelled ones
("... attacked by 23 drones overnight." / "Source: ..." / "Details: ... 23 Ukrainian
drones were intercepted and destroyed"). Two readings pair across the break:

- "Eleven of them were shot down": a share with no weapon noun takes the latest
  launch not yet paired, when it is big enough and of the paragraph's weapon (any
  single weapon when the paragraph names none).
- "23 drones were intercepted" after "attacked by 23 drones": the same weapon and
  the very same figure.
- "destroyed 368 drones, all 19 cruise missiles and two of the ballistic missiles" after
  "401 drones, 19 cruise missiles and eight Iskander-M": a bare figure beside figures that
  point back answers the latest launch of its weapon.

Either way the launch must be close (``REACH`` sentences) and no side is named for
one that differs from the other's ("Russia launched 20 drones" is not answered by
"downed 20 Ukrainian drones").
"""

from __future__ import annotations

from pipeline.extract._airmention import Mention
from pipeline.extract.model import InterceptWeapon

REACH = 4
"""How many sentences back the launch may stand."""


def carried_launch(
    m: Mention, weapon: InterceptWeapon | None, stale: list[Mention], definite: bool = False
) -> Mention | None:
    """The launch in ``stale`` (unpaired launches, in order) that ``m`` answers, or None.

    ``definite``: the outcome's sentence also points back ("destroyed 368 drones, all 19
    cruise missiles and two of the ballistic missiles"), so its bare figures answer the
    launches of the sentence the pointers answer too.
    """
    if m.value is None or weapon == "mixed" or (weapon is None and not m.backref):
        return None
    for launch in reversed(stale):
        if m.sent - launch.sent > REACH:
            return None
        if weapon is None and launch.weapon != "mixed":
            weapon = launch.weapon  # "58 of them" in a paragraph naming no weapon
        if launch.weapon != weapon or launch.value is None or launch.value < m.value:
            continue
        if m.owner is not None and launch.owner is not None and m.owner != launch.owner:
            continue
        if m.backref or launch.value == m.value or definite:
            return launch
        return None  # only the latest launch of the weapon may answer a bare figure
    return None
