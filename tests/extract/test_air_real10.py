"""The readings added with ``dev_numeric39``: shapes found on real German air-defence pages.

Minimal sentences for each family (hand translations of real ticker and agency copy into
the stiff English of a translation desk), so a regression names the reading that broke
rather than a passage of the batch: a time phrase between the launch verb and its figures
("deployed from 19:00 on Thursday two ..."), a participle between "of N" and the weapon
("Six of seven deployed cruise missiles"), arrivals told as the outcome ("Only one ...
reached its target"), an outcome whose weapons a launch clause describes with the launch
figure told after it, "each" shares over two or more places, "shelled ... with N drones",
"switched off". Known misses are marked xfail with their reason.
"""

from __future__ import annotations

import pytest

from tests.extract.found import Air
from tests.extract.found import air_rows as _interceptions
from tests.extract.found import strike_rows as _strikes


@pytest.mark.parametrize(
    ("text", "expected", "strikes"),
    [
        # (1) a time phrase between the launch verb and its figures
        (
            "The Russians deployed from 19:00 on Thursday two ballistic missiles Iskander-M as "
            "well as 50 Shahed drones and decoy drones against Ukraine. 33 drones were shot down.",
            [("drone", 50, 33, False)],
            [("missile", 2)],
        ),
        (
            "The enemy attacked from 18:00 on Saturday until 08:00 in the morning with 60 "
            "drones. 45 drones were neutralised.",
            [("drone", 60, 45, False)],
            [],
        ),
        (
            "The forces deployed from the evening of 14 May onwards 58 drones. 47 were shot down.",
            [("drone", 58, 47, False)],
            [],
        ),
        (
            "Russia sent from 18:30 Kyiv time 47 drones. 32 were shot down.",
            [("drone", 47, 32, False)],
            [],
        ),
        # (2) a participle between "of N" and the weapon
        (
            "Six of seven deployed cruise missiles could (according to the air force) be shot "
            "down.",
            [("missile", 7, 6, False)],
            [],
        ),
        ("Of 40 used drones, 31 were destroyed.", [("drone", 40, 31, False)], []),
        ("The air defence shot down 35 of 41 fired drones.", [("drone", 41, 35, False)], []),
        # (3) arrivals as the outcome: launched only
        (
            "Only one of a total of 213 Russian drones has accordingly reached its target.",
            [("drone", 213, None, False)],
            [],
        ),
        (
            "Russia launched 213 drones. Only one reached its target.",
            [("drone", 213, None, False)],
            [],
        ),
        (
            "Russia fired 11 missiles at Dnipro. Only two of them reached their targets.",
            [("missile", 11, None, False)],
            [],
        ),
        # ... and all of them: a stated zero, "goal" as "targets"
        (
            "The enemy fired four Iskander-M missiles at Sumy. All of them reached their goal.",
            [("missile", 4, 0, False)],
            [],
        ),
        # (4) the outcome first, a launch clause on its weapons, the launch figure after
        (
            "The air defence has shot down eight attack drones which the Russians fired since "
            "Sunday evening. Three further drones disappeared from the radar. The Russian troops "
            "deployed two ballistic missiles Iskander-M, one cruise missile Kh-59 and eleven "
            "attack drones.",
            [("drone", 11, 8, False)],
            [("missile", 2), ("missile", 1)],
        ),
        (
            "Air defence destroyed 61 drones that Russia had sent overnight. The enemy used 75 "
            "drones in the attack.",
            [("drone", 75, 61, False)],
            [],
        ),
        # (5) "each" shares
        (
            "70 drones were downed over Rostov, six each over Kursk and Voronezh.",
            [("drone", None, 70, False), ("drone", None, 6, False), ("drone", None, 6, False)],
            [],
        ),
        (
            "Air defence destroyed 20 drones: 18 over the Belgorod Region and one each over the "
            "Tambov Region and the Voronezh Regions.",
            [
                ("drone", None, 20, False),
                ("drone", None, 18, False),
                ("drone", None, 1, False),
                ("drone", None, 1, False),
            ],
            [],
        ),
        (
            "Three drones each were intercepted over the Belgorod Region, the Kursk Region and "
            "the Oryol Region.",
            [("drone", None, 3, False)] * 3,
            [],
        ),
        # "shelled ... with N drones" is the launch; "switched off" is a shoot-down
        (
            "Russia shelled Ukraine overnight with 19 attack drones. Of the drones, 15 were "
            "intercepted.",
            [("drone", 19, 15, False)],
            [],
        ),
        (
            "The Russians sent 47 attack drones against the Sumy region. 32 were switched off.",
            [("drone", 47, 32, False)],
            [],
        ),
    ],
)
def test_real_page_shapes(text: str, expected: list[Air], strikes: list[tuple[str, int]]) -> None:
    assert _interceptions(text) == expected
    assert _strikes(text) == strikes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No launch clause on the outcome's weapons: the later launch stays a strike.
        (
            "The air defence shot down 12 drones over the Kharkiv region. Russia also fired 30 "
            "drones at Odesa.",
            [("drone", None, 12, False)],
        ),
        # "from" naming an origin is still no time phrase.
        (
            "Drones launched from Russia, as well as two Kh-59 missiles, were tracked. Both "
            "missiles were shot down.",
            [("missile", 2, 2, True)],
        ),
        # "each" belongs to the figure it follows, not to the share before it.
        (
            "30 drones were brought down over the Belgorod region, four each over the Kursk "
            "and Oryol regions.",
            [("drone", None, 30, False), ("drone", None, 4, False), ("drone", None, 4, False)],
        ),
    ],
)
def test_guards(text: str, expected: list[Air]) -> None:
    assert _interceptions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two of the four drone factories that were hit in March reached full output again.",
        "The air-raid alarm lasted from 01:10 until 05:40 in six regions.",
        "Only one of the 12 trains reached its destination on time.",
        "The operator switched off 3 reactors of the plant as a precaution.",
        "The army deployed from 2023 onwards some 300 mobile fire groups to hunt Shahed drones.",
    ],
)
def test_negatives(text: str) -> None:
    assert _interceptions(text) == []
    assert _strikes(text) == []


def test_covered_with_glide_bombs() -> None:
    text = "Russia covered Kharkiv in the night with 16 glide bombs and 9 drones."
    assert ("glide_bomb", 16) in _strikes(text)


def test_could_not_be_shot_down_share() -> None:
    assert _interceptions("Four of five Kh-22 missiles could not be shot down.") == [
        ("missile", 5, None, False)
    ]
