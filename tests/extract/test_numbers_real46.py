"""Round n46's real-page readings (h_fix_n46), on minimal sentences of our own."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Interception, Strike

Rec = tuple[str, int]
Air = tuple[int | None, int | None, bool]

STRIKES: list[tuple[str, list[Rec]]] = [
    ("Troops shelled Orikhiv twice with artillery fire at night.", [("artillery", 2)]),
    ("The rebels struck the camp twice with mortars on Sunday.", [("artillery", 2)]),
    ("The town was attacked twice on Friday, the mayor said.", []),
    ("Twice as many shells fell on the village this week.", []),
    (
        "The number of airstrikes carried out by Russian jets on the province since dawn "
        "has risen to 17.",
        [("airstrike", 17)],
    ),
    ("The number of air raids on the city has reached six, the monitor said.", [("airstrike", 6)]),
    ("The number of drones in the fleet has risen to 30.", []),
    (
        "Russia launched five missiles at Odesa. The locations of four strikes have been "
        "established.",
        [("missile", 5)],
    ),
    (
        "Russia pounds Kharkiv with guided bombs\nThe enemy hit Kharkiv with guided aerial "
        "bombs. The enemy launched three strikes on the city.",
        [("glide_bomb", 3)],
    ),
    (
        "Russia launched drones and guided bombs at Kharkiv. The enemy launched three strikes "
        "on the city.",
        [("other", 3)],
    ),
    ("The new raid comes a day after militants fired 12 rockets at the port.", []),
    (
        "Hezbollah fired a barrage of 25 rockets at Safed. Another barrage was fired at Tiberias "
        "later. The other rockets were intercepted.",
        [("rocket", 25)],
    ),
    (
        "Russia fired nearly 60 drones at the Sumy region overnight, the governor said.",
        [("drone", 60)],
    ),
]


@pytest.mark.parametrize(("text", "want"), STRIKES)
def test_real46_strikes(text: str, want: list[Rec]) -> None:
    got = [(f.weapon, f.count) for f in extract(text) if isinstance(f, Strike)]
    assert got == want


AIR: list[tuple[str, list[Air]]] = [
    (
        "Officials said seven rockets were fired, four of them crossed into Israel and were "
        "intercepted.",
        [(7, 4, False)],
    ),
    (
        "Russia launched eight missiles and 20 drones at Ukraine overnight. It said the "
        "missiles, of which it shot down five, hit the east, while the drones, of which 18 "
        "were downed, came from the south.",
        [(8, 5, False), (20, 18, False)],
    ),
    ("The fire comes a day after Israel said it had intercepted three missiles.", []),
    ("Israel said it had intercepted three missiles fired from Yemen.", [(None, 3, False)]),
    (
        "Russia sent 25 drones at Ukraine. Air defence shot down all of the drones, including "
        "nine that were destroyed over Kyiv.",
        [(25, 25, True), (None, 9, False)],
    ),
    (
        "A barrage of 40 rockets was fired from Lebanon at the Golan.\n\nThe army intercepted "
        "a number of rockets, and the rest fell in open areas.",
        [(40, None, False)],
    ),
    (
        "Russia launched 33 missiles, drones at Ukraine - Kyiv\n\nA total of 33 means of air "
        "attack were recorded, the air force said, adding it destroyed seven missiles.",
        [(33, None, False), (None, 7, False)],
    ),
    (
        "Russia attacked with nearly 150 drones overnight.\n\nThe air force said the attack "
        "consisted of 147 drones, of which 120 were shot down.",
        [(147, 120, False)],
    ),
]


@pytest.mark.parametrize(("text", "want"), AIR)
def test_real46_interceptions(text: str, want: list[Air]) -> None:
    found = extract(text)
    got = [
        (f.launched, f.intercepted, f.all_intercepted) for f in found if isinstance(f, Interception)
    ]
    assert got == want
    if want:
        assert not [f for f in found if isinstance(f, Strike)]
