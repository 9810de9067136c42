"""Readings of round n60's real-text numeric families (twenty-second session, h_fix_n60).

Table-driven minimal sentences of our own for ``_n60cas`` (an age word between a count and
its group, "N more injuries were reported", an "at least" toll raised by a later
"clarified" figure, "shot dead one of the X" after X were counted) and ``_n60air`` (a
rounded shoot-down told again exactly), each with guards.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty, Interception

Toll = tuple[int | None, int | None]


def tolls(text: str) -> list[Toll]:
    return [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]


def downs(text: str) -> list[tuple[str, int | None, str]]:
    return [
        (f.weapon, f.intercepted, f.approx) for f in extract(text) if isinstance(f, Interception)
    ]


TOLLS = [
    ("Officials said one adult resident of the village was injured in the attack.", [(None, 1)]),
    ("Two elderly residents of Orikhiv were wounded by shelling, the governor said.", [(None, 2)]),
    ("Three minor children suffered bruises and light injuries, the police said.", [(None, 3)]),
    ("By evening, six more injuries were reported in the city, prosecutors said.", [(None, 6)]),
    ("Doctors said two new injuries had been registered after the second strike.", [(None, 2)]),
    (
        "At least 3 people were injured in Lyman this morning. Later, the governor clarified "
        "that 4 residents of Lyman were injured.",
        [(None, 4)],
    ),
    (
        "Five fighters were killed in the clash, the army said. Soldiers shot dead one of the "
        "fighters near the bridge.",
        [(5, None)],
    ),
    # guards
    ("Guards shot dead one of the robbers at the bank, police said.", [(1, None)]),
    ("Two elderly residents of the village said they had heard blasts all night.", []),
    ("The mayor said no injuries were reported after the drone fell in a field.", []),
    ("The number of injuries reported at the mine fell last year.", []),
    (
        "At least 3 people were injured in Lyman this morning. Later, the ministry clarified "
        "that the trains were running again.",
        [(None, 3)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLLS)
def test_tolls(text: str, expected: list[Toll]) -> None:
    assert sorted(tolls(text), key=str) == sorted(expected, key=str)


DOWNS = [
    (
        "Air defences destroyed 44 drones overnight, the ministry said. More than 40 enemy "
        "drones were shot down over the border regions, it said.",
        [("drone", 44, "exact")],
    ),
    # guards: a rounded figure far below, or of another weapon, stays
    (
        "Air defences destroyed 90 drones overnight, the ministry said. More than 40 enemy "
        "drones were shot down over the border regions, it said.",
        [("drone", 90, "exact"), ("drone", 40, "at_least")],
    ),
    (
        "The air force said more than 40 drones were shot down overnight.",
        [("drone", 40, "at_least")],
    ),
    # guard: two sources' tallies (a president's rounded one, the air force's exact one) both stay
    (
        "Zelensky said air defences downed more than 60 drones overnight.\n"
        "The air force said its units destroyed 64 drones over the country.",
        [("drone", 64, "exact"), ("drone", 60, "at_least")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOWNS)
def test_downs(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert sorted(downs(text), key=str) == sorted(expected, key=str)
