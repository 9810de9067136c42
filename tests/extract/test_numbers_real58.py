"""Readings of round n58's real-text numeric families (twenty-second session, h_fix_n58).

Table-driven minimal sentences of our own for ``_n58strike`` (weaponless ground assaults,
adjective-led airstrikes, MLRS volleys), ``_n58air`` (a first claim superseded, a revised
tally, an earlier incident's outcome) and ``_n58cas`` ("harmed N others", "Prior to this
attack,", a bodies count with the wounded told next, "One other person was injured", a
toll since an operation's announced start), each with guards.
"""

from __future__ import annotations

import pytest

from tests.extract.found import air_counts as air
from tests.extract.found import strike_rows as strikes
from tests.extract.found import toll_rows as tolls

Toll = tuple[str, int | None, int | None]
Air = tuple[int | None, int | None, bool]


STRIKES: list[tuple[str, list[tuple[str, int]]]] = [
    ("On the Lyman front, Russian troops mounted 19 attacks on Ukrainian positions.", []),
    ("The enemy conducted six attacks near the settlement of Vovchansk on Monday.", []),
    (
        "Russian troops conducted 14 attacks with drones on Nikopol, the governor said.",
        [("drone", 14)],
    ),
    (
        "U.S. Africa Command conducted two collective self-defense airstrikes near Jilib.",
        [("airstrike", 2)],
    ),
    ("The army fired 28 volleys of rockets with MLRS at the city.", [("mlrs", 28)]),
    ("Russia fired 17 salvos from multiple rocket launchers at Kherson.", [("mlrs", 17)]),
    ("The army said it fired salvos at the city all night.", []),
]

AIR: list[tuple[str, list[Air]]] = [
    (
        "The air force said it shot down 30 of 36 drones. Initially, Kyiv said that 25 of "
        "the drones were destroyed.",
        [(36, 30, False)],
    ),
    (
        "Russia launched 40 drones at Ukraine. Initially, Ukraine said that 31 of the drones "
        "were downed. However, a revised tally raised the count to 37 drones.",
        [(40, 37, False)],
    ),
    (
        "The ministry recalled an earlier incident on May 2, when Kyiv fired four ATACMS "
        "missiles at Kursk. All four missiles were intercepted.",
        [],
    ),
    ("Air defences shot down 12 drones over Belgorod region on Friday.", [(None, 12, False)]),
]

TOLLS: list[tuple[str, list[Toll]]] = [
    (
        "The militants said they killed five policemen in the raid and harmed three others.",
        [("police officers", 5, 3)],
    ),
    (
        "An Israeli strike killed two Palestinians in Nablus on Monday. Prior to this attack, "
        "the ministry reported that 300 Palestinians had been killed in the West Bank.",
        [("Palestinians", 2, None)],
    ),
    (
        "The ministry said there were 120 bodies in hospital morgues in the city. It said that "
        "640 wounded were recorded over three days.",
        [("people", 120, 640)],
    ),
    (
        "Four civilians were killed by a roadside bomb near Gao. One other person was injured "
        "in the blast.",
        [("civilians", 4, 1)],
    ),
    (
        "The ministry says 22 people have been killed in the area since President Tinubu "
        "announced the start of the operation.",
        [],
    ),
    (
        "Two men were killed in a drone attack on Pavlohrad. Four other people were injured.",
        [("men", 2, None), ("people", None, 4)],
    ),
    (
        "Gunmen killed seven villagers in Zamfara on Friday, officials said.",
        [("residents", 7, None)],
    ),
]


@pytest.mark.parametrize(("text", "want"), STRIKES)
def test_strikes(text: str, want: list[tuple[str, int]]) -> None:
    assert strikes(text) == want


@pytest.mark.parametrize(("text", "want"), AIR)
def test_air(text: str, want: list[Air]) -> None:
    assert air(text) == want


@pytest.mark.parametrize(("text", "want"), TOLLS)
def test_tolls(text: str, want: list[Toll]) -> None:
    assert tolls(text) == want
