"""Round n52's readings (h_fix_n52), on minimal sentences of our own."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty, Interception, Strike

Cas = tuple[int | None, int | None]

CASUALTIES: list[tuple[str, list[Cas]]] = [
    # "another N – were injured" continuing a killed toll
    ("As a result 4 people were killed, another 6 – were injured.", [(4, 6)]),
    ("In Ochakiv 1 person was killed, another 3 - were wounded, the mayor said.", [(1, 3)]),
    # "Another man, who was injured" after a killed-only toll of men
    (
        "Two men were killed by a drone near Balakliia. Another man, who was wounded, was "
        "taken to hospital.",
        [(2, 1)],
    ),
    # "A X and N other Ys were killed" counts the named one too
    ("A village elder and two other residents were killed in the raid.", [(3, None)]),
    ("One commander and five other fighters were killed overnight.", [(6, None)]),
    # "one X and a Y were killed": the one counted, the other no count
    ("In the exchange of fire, one jawan and a civilian porter were killed.", [(1, None)]),
    # hospital figures after an injured toll
    (
        "Seventeen people were injured in the attack. 3 victims remained in hospital on Sunday.",
        [(None, 17), (None, 3)],
    ),
    (
        "Eleven people were wounded in Sumy. Among the patients are 4 children.",
        [(None, 11), (None, 4)],
    ),
    # a toll told again, a rival outlet, conflicting reports, background
    (
        "Six civilians were killed, the governor said. Local media covered the raid, with "
        "some outlets saying eight people had been killed.",
        [(6, None)],
    ),
    ("Conflicting reports place the death toll between 30 and 90 people.", []),
    (
        "On March 3, 2022, troops entered the town. More than 400 people were killed there.",
        [],
    ),
    (
        "Ties have soured since a border clash last year, which led to the death of 12 guards.",
        [],
    ),
    (
        "A shell hit Kherson on Tuesday, wounding two women. Russia said on Saturday that "
        "its strikes had killed 40 fighters.",
        [(None, 2)],
    ),
    # no toll
    ("Among the patients of the ward are 30 children with asthma.", []),
    ("Four families were evacuated; another 2 – were relocated.", []),
]

STRIKES: list[tuple[str, list[tuple[str, int]]]] = [
    ("The enemy fired 18 mortar bombs at the Bilopillia community.", [("artillery", 18)]),
    ("A junta jet dropped five bombs on the village.", [("airstrike", 5)]),
    ("The enemy struck Huliaipole with four guided aerial bombs.", [("glide_bomb", 4)]),
    (
        "The region was attacked again on Friday. Earlier, it was reported that the enemy "
        "struck the town with two guided aerial bombs.",
        [],
    ),
    (
        "Shelling resumed on October 9. On October 6, the governor reported four attacks by "
        "Ukraine.",
        [],
    ),
]

AIR: list[tuple[str, list[tuple[int | None, int | None, bool]]]] = [
    ("The rockets were all successfully intercepted, the army said.", [(None, None, True)]),
    ("US forces destroyed two missiles in Houthi-controlled areas of Yemen.", []),
    ("US jets shot down three drones over the Red Sea.", [(None, 3, False)]),
]


@pytest.mark.parametrize(("text", "want"), CASUALTIES)
def test_casualties_n52(text: str, want: list[Cas]) -> None:
    got = [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert sorted(got, key=str) == sorted(want, key=str)


@pytest.mark.parametrize(("text", "want"), STRIKES)
def test_strikes_n52(text: str, want: list[tuple[str, int]]) -> None:
    got = [(f.weapon, f.count) for f in extract(text) if isinstance(f, Strike)]
    assert got == want


@pytest.mark.parametrize(("text", "want"), AIR)
def test_interceptions_n52(text: str, want: list[tuple[int | None, int | None, bool]]) -> None:
    got = [
        (f.launched, f.intercepted, f.all_intercepted)
        for f in extract(text)
        if isinstance(f, Interception)
    ]
    assert got == want
