"""Round n41's real-text readings (h_real_n41), on minimal sentences of our own."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty, Interception, Strike

AIR = [
    (
        "Russia sent 20 missiles and 30 drones at Ukraine overnight, the air force said. "
        "It managed to down 12 of the missiles and 25 of the drones.",
        [("missile", 20, 12), ("drone", 30, 25)],
    ),
    (
        "Officials said Russia fired some 200 drones and missiles overnight. "
        "About 180 of the projectiles were shot down, the air force said.",
        [("mixed", 200, 180)],
    ),
    (
        "The rebels fired four ballistic missiles at a tanker, the command said. "
        "Three fell into the sea and a destroyer shot down the fourth.",
        [("missile", 4, None)],
    ),
    ("The navy said a third frigate would be sent to the Red Sea next week.", []),
]


@pytest.mark.parametrize(("text", "want"), AIR)
def test_outcomes_after_launch(text: str, want: list[tuple[str, int, int | None]]) -> None:
    got = [
        (f.weapon, f.launched, f.intercepted) for f in extract(text) if isinstance(f, Interception)
    ]
    assert got == want
    if want:
        assert not [f for f in extract(text) if isinstance(f, Strike)]


STRIKES = [
    (
        "Over the day the enemy carried out 90 shelling attacks, firing 300 shells from "
        "mortars, artillery, tanks and drones, the governor said.",
        [("other", 90), ("other", 300)],
    ),
    (
        "The enemy carried out 40 shelling attacks on the town using artillery, he said.",
        [("artillery", 40)],
    ),
    (
        "The rebels fired seven rockets at the base, the army said. Four were aimed at the runway. "
        "The three rockets all fell in open ground.",
        [("rocket", 7)],
    ),
]


@pytest.mark.parametrize(("text", "want"), STRIKES)
def test_strike_weapons_and_fates(text: str, want: list[tuple[str, int]]) -> None:
    assert [(f.weapon, f.count) for f in extract(text) if isinstance(f, Strike)] == want


CAS = [
    (
        "The governor said 9 people were wounded per day: 6 in Kupiansk, 3 in Izium.",
        [("people", None, 9), ("people", None, 6), ("people", None, 3)],
    ),
    (
        "Two men were injured in the shelling, the mayor said. One of them later died in hospital.",
        [("men", None, 2), ("men", 1, None)],
    ),
    (
        "A missile strike killed eight people in the city. Among the dead was a family of four.",
        [("people", 8, None), ("family", 4, None)],
    ),
    (
        "A family of four was evacuated from the village on Monday. "
        "One of them said the house was gone.",
        [],
    ),
    ("The governor listed the damage: Kupiansk - 3 houses, Izium - 2 shops.", []),
]


@pytest.mark.parametrize(("text", "want"), CAS)
def test_tolls(text: str, want: list[tuple[str, int | None, int | None]]) -> None:
    got = [(f.group, f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert got == want
