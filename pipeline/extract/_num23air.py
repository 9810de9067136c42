"""A counted launch whose own relative clause says it got through (h_num23, ``dev_numeric69``).

"Russia launched 93 drones, of which 70 were neutralised, and two ballistic missiles which
reached their targets" tells two launches: the drones with their shoot-down, and the
missiles with a stated zero (launched 2, intercepted 0), as "all reached their targets"
after a counted launch is. The shoot-down verb of the list's first item must not claim the
missiles, and the relative clause is the missiles' outcome. "that hit its target", ", which
all struck their targets" read alike; a share ("two of which reached their targets") is not
this form (its figure stands after "of").

:func:`arrives_after` tells :mod:`pipeline.extract._airmention` that a noun's figure is a
launch; :func:`relative_zeros` gives :mod:`pipeline.extract._airzero` the zero outcomes. The
zero is read with its own noun, not as an arrival needing an earlier launch: an earlier
item's shoot-down with no noun ("of which 70") must not be taken for its outcome.
"""

from __future__ import annotations

import re

from pipeline.extract._airnoun import AIR_NOUN, weapon_of
from pipeline.extract.model import InterceptWeapon

_ARRIVED = (
    r"(?:,\s*)?(?:which|that)\s+(?:(?:all|both|also|then)\s+)?(?:reached|hit|struck)\s+"
    r"(?:(?:their|its)\s+(?:intended\s+)?(?:targets?|goals?|objectives?)|targets\b)"
)
# Right after the noun: "two ballistic missiles which reached their targets", "four cruise
# missiles, which all struck their targets", "one Iskander-M missile of the type X that hit".
_WORD = r"\s+(?!(?:and|or|as|plus)\b|\d)[^\s,.;:]+"
"""A word between the noun and its relative clause ("of the type Iskander-M"), never the
next item of a list."""
_AFTER_NOUN = re.compile(rf"(?:{_WORD}){{0,4}}?\s*{_ARRIVED}", re.IGNORECASE)
_RELATIVE = re.compile(
    rf"(?<![\w-])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?P<noun>{AIR_NOUN})\b(?P<tail>(?:{_WORD}){{0,4}}?\s*{_ARRIVED})",
    re.IGNORECASE,
)


def arrives_after(text: str, end: int) -> bool:
    """True when the air noun ending at ``end`` is followed by its own relative clause saying
    it reached its targets: the figure is a launch, not a shoot-down."""
    if " which " not in text and " that " not in text:
        return False
    return _AFTER_NOUN.match(text, end) is not None


def relative_zeros(
    text: str, low: str, taken: list[tuple[int, int]]
) -> list[tuple[int, int, InterceptWeapon | None]]:
    """(start, end, weapon) of every relative clause stating that a counted launch all got
    through; the start is where the clause opens, after the launch's noun."""
    if (" which " not in low and " that " not in low) or (
        " reached " not in low and " hit " not in low and " struck " not in low
    ):
        return []
    out: list[tuple[int, int, InterceptWeapon | None]] = []
    for m in _RELATIVE.finditer(text):
        if low[max(0, m.start() - 4) : m.start()] == " of ":
            continue  # "two of the missiles which ...": a share
        at = m.start("tail")
        if any(a <= at < b for a, b in taken):
            continue
        out.append((at, m.end(), weapon_of(m)))
    return out
