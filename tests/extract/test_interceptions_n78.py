"""Round n78's strike and interception revisions on minimal passages (``dev_numeric128``).

Interceptions: a launch of two kinds answered paragraphs later by a combined "N targets"
outcome is two launch-only records beside the mixed outcome; a noun outcome ("made 70
interceptions") answers the counted launch before it; an all-outcome told again (a mixed
all-six after six missiles all shot down, a figureless "all the targets") is no second record;
"repelled an attack on X by N drones" is all N; ISO date digits and a ground claim are no
shoot-down. Strikes: an earlier attack recalled by its date is background; a governor's shell
tally gives one strike per elided item; "dropped two fragmentation grenades from a
quadcopter" is a drone strike (``_n78air``, ``_n78figs``, ``_n78tally``).
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Interception, Strike

SRec = tuple[str, int]
IRec = tuple[str, int | None, int | None, bool]


def strikes(text: str) -> list[SRec]:
    return sorted((f.weapon, f.count) for f in extract(text) if isinstance(f, Strike))


def interceptions(text: str) -> list[IRec]:
    return sorted(
        (
            (f.weapon, f.launched, f.intercepted, f.all_intercepted)
            for f in extract(text)
            if isinstance(f, Interception)
        ),
        key=repr,
    )


# (text, interceptions, strikes)
CASES: list[tuple[str, list[IRec], list[SRec]]] = [
    (
        "Russia fired 60 missiles and 85 drones at Ukraine overnight, the president said.\n\n"
        "He said repairs were under way.\n\nAir defence destroyed 120 targets, he added.",
        [("drone", 85, None, False), ("missile", 60, None, False), ("mixed", None, 120, False)],
        [],
    ),
    (
        "Gunmen fired 120 rockets from Gaza on Monday. Iron Dome made 70 interceptions, the "
        "army said.",
        [("missile", 120, 70, False)],
        [],
    ),
    (
        "By noon, 80 rockets had been fired from Lebanon. Interceptions numbered 35.",
        [("missile", 80, 35, False)],
        [],
    ),
    (
        "Russia launched six ballistic missiles and four drones at Kyiv overnight, and air "
        "defence shot down all of them. An air force unit destroyed all six ballistic targets "
        "near the city.",
        [("drone", 4, 4, True), ("missile", 6, 6, True)],
        [],
    ),
    (
        "Air defence shot down all the targets, the mayor said. Russia launched three missiles "
        "at the city, and all of them were destroyed.",
        [("missile", 3, 3, True)],
        [],
    ),
    (
        "Air defences repelled an attack on the Bryansk region by 12 drones, the governor said.",
        [("drone", 12, 12, True)],
        [],
    ),
    ("date 2023-11-04 Ukrainian drones were downed over Oryol overnight, the mayor said.", [], []),
    ("The prior wave on 29 December included 158 drones.", [], []),
    (
        "Nine mortar shells were fired at the village of Tishanka, five at the village of "
        "Popovka and two at the Logachevka checkpoint.",
        [],
        [("artillery", 2), ("artillery", 5), ("artillery", 9)],
    ),
    (
        "Russian troops dropped two fragmentation grenades from a quadcopter onto a farm.",
        [],
        [("drone", 2)],
    ),
    # negatives and controls
    (
        "Ukrainian forces had destroyed 20 targets in occupied Crimea, the general staff said.",
        [],
        [],
    ),
    (
        "Russia fired 30 missiles and 40 drones at Ukraine on Monday.\n\nOn Tuesday it fired 12 "
        "more drones at Kharkiv.\n\nAir defence destroyed 25 targets.",
        [("mixed", None, 25, False)],
        [("drone", 12), ("drone", 40), ("missile", 30)],
    ),
    (
        "Russia fired 30 missiles and 40 drones at Ukraine overnight.\n\nLocal officials said "
        "power was cut.\n\nAir defence destroyed 9 targets over the Lviv region.",
        [("mixed", None, 9, False)],
        [("drone", 40), ("missile", 30)],
    ),
    ("During the drill, crews fired 20 missiles and made 15 interceptions.", [], []),
    ("The system has made more than 3,000 interceptions since 2011.", [], []),
    (
        "Air defence shot down all the drones over the city, the mayor said.",
        [("drone", None, None, True)],
        [],
    ),
    ("The brigade repelled an attack on its trenches by three tanks.", [], []),
    (
        "Sappers removed eight unexploded shells at the village of Borki and three at the school.",
        [],
        [],
    ),
    ("The latest attack, on Monday, involved 45 drones.", [], [("drone", 45)]),
]


@pytest.mark.parametrize(("text", "want_air", "want_strikes"), CASES)
def test_n78(text: str, want_air: list[IRec], want_strikes: list[SRec]) -> None:
    assert interceptions(text) == sorted(want_air, key=repr)
    assert strikes(text) == sorted(want_strikes)


def test_munitions_found_are_no_drone_strike() -> None:
    text = "Police found two munitions dropped from a drone near the road."
    assert ("drone", 2) not in strikes(text)
