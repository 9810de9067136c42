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
- "Air defence destroyed 368 drones, all 19 cruise missiles and two of the ballistic
  missiles" after "The attack involved 401 drones, 19 cruise missiles and eight
  Iskander-M": a bare figure beside figures that point back, or in an outcome list
  answering a launch list weapon for weapon, answers the latest launch of its weapon.

Either way the launch must be close (``REACH`` sentences) and no side is named for
one that differs from the other's ("Russia launched 20 drones" is not answered by
"downed 20 Ukrainian drones").
"""

from __future__ import annotations

import re

from pipeline.extract._airmention import Mention
from pipeline.extract.model import InterceptWeapon

REACH = 4
"""How many sentences back the launch may stand."""


def carried_launch(
    m: Mention,
    weapon: InterceptWeapon | None,
    stale: list[Mention],
    siblings: list[Mention],
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
        if m.backref or launch.value == m.value or _answers_list(m, launch, stale, siblings):
            return launch
        return None  # only the latest launch of the weapon may answer a bare figure
    return None


def _answers_list(
    m: Mention, launch: Mention, stale: list[Mention], siblings: list[Mention]
) -> bool:
    """True when ``m``'s sentence also points back ("all 19 cruise missiles", "two of
    the ballistic missiles") or gives the outcome of another weapon that ``launch``'s
    sentence launched: the two lists report the same attack."""
    if any(o is not m and (o.definite or o.all) for o in siblings):
        return True
    for other in siblings:
        if other is m or other.role != "intercept" or other.weapon in (None, "mixed", m.weapon):
            continue
        if other.model is None and not other.definite and not other.all:
            continue
        if any(c.sent == launch.sent and c.weapon == other.weapon for c in stale):
            return True
    return False


def one_kind(launches: list[Mention], named: set[InterceptWeapon]) -> bool:
    """True when ``launches`` are all of one weapon (not a combined figure) and their
    sentences name no other (``named``): a shoot-down counted in "targets" or "flying
    objects" right after them counts those weapons ("over 800 drones ... and Iskander
    missiles. 40 aerial targets were destroyed" stays a combined outcome)."""
    if not launches or len(named) > 1:
        return False
    return all(c.weapon == launches[0].weapon and c.weapon not in (None, "mixed") for c in launches)


_IN_TOTAL = re.compile(r"\b(?:in\s+total|a\s+total\s+of|altogether|in\s+all)\b", re.IGNORECASE)


def told_as_total(text: str) -> bool:
    """True when a launch sentence gives its figure as the total ("In total, ... had
    launched 39 drones"), so it may complete the outcome told just before it."""
    if "total" not in text and " all" not in text and "ltogether" not in text:
        return False
    return _IN_TOTAL.search(text) is not None
