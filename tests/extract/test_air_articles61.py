"""The readings added with ``dev_numeric62`` (h_air18) on the air and strike errors of
``dev_articles59``/``60``/``61`` (literal translations of French, Italian, Spanish,
Romanian, Portuguese, Turkish, Ukrainian, Russian and Czech copy).

Minimal sentences for each family, so a regression names the reading that broke rather
than a passage of the batch.
"""

from __future__ import annotations

import pytest

from tests.extract.found import Air
from tests.extract.found import air_rows as _interceptions
from tests.extract.found import strike_rows as _strikes


@pytest.mark.parametrize(
    ("text", "air", "strikes"),
    [
        (  # "all the N" is every one of N (Portuguese "todos os 7 drones")
            "The air force shot down also all the 9 drones launched from Yemen.",
            [("drone", 9, 9, True)],
            [],
        ),
        (
            "Air defence destroyed all the 4 missiles fired at the port overnight.",
            [("missile", 4, 4, True)],
            [],
        ),
        (  # "the N X were all destroyed" after their launch: one record, no bare "all"
            "Russia fired 5 Kalibr missiles and 30 drones at Odesa. 22 drones were shot "
            "down, while the five missiles were all destroyed over the sea.",
            [("drone", 30, 22, False), ("missile", 5, 5, True)],
            [],
        ),
        (  # ... while "N fired ... and all were intercepted" keeps its one record
            "The city said 8 ballistic missiles had been fired and all were intercepted.",
            [("missile", 8, 8, True)],
            [],
        ),
        (  # the outcome list goes on after "out of N and"
            "The air defence intercepted 7 missiles out of 10 and 61 drones out of 75.",
            [("missile", 10, 7, False), ("drone", 75, 61, False)],
            [],
        ),
        (
            "Russia sent 4 missiles and 66 drones overnight. Air defence downed 3 missiles "
            "out of 4 and 50 drones.",
            [("missile", 4, 3, False), ("drone", 66, 50, False)],
            [],
        ),
        (  # a bare figure with a shoot-down verb after it is an outcome
            "Towards Ashkelon were launched in the evening 8 rockets: 6 were intercepted.",
            [("missile", 8, 6, False)],
            [],
        ),
        (  # "of the missiles only one" (Italian "dei missili solo uno")
            "Russia fired 60 drones and three Iskander-M missiles: 44 drones were shot "
            "down, of the missiles only one.",
            [("drone", 60, 44, False), ("missile", 3, 1, False)],
            [],
        ),
        (  # the launch told in the arrival sentence after a shoot-down report
            "Were shot down 30 of the 41 drones launched by Moscow. The 2 ballistic "
            "missiles launched on Kryvyi Rih, instead, reached their targets.",
            [("drone", 41, 30, False), ("missile", 2, 0, False)],
            [],
        ),
        (  # "did not manage to be intercepted": a stated zero
            "Russia attacked with 70 drones and two Iskander-M missiles. Air defence shot "
            "down 52 drones; the missiles did not manage to be intercepted.",
            [("drone", 70, 52, False), ("missile", 2, 0, False)],
            [],
        ),
        (  # "of which" belongs to the drones, the fired munitions are shelling
            "The Ukrainian forces attacked 7 villages, firing 39 munitions and launching "
            "22 drones, of which 15 were shot down.",
            [("drone", 22, 15, False)],
            [("other", 39)],
        ),
        (  # a region's own figure beside the national total told "in total"
            "“Air defence shot down 12 drones over the region,” the governor wrote. The Air "
            "Force said that in total the Russians attacked Ukraine with 90 drones. 70 "
            "drones were shot down.",
            [("drone", None, 12, False), ("drone", 90, 70, False)],
            [],
        ),
    ],
)
def test_air_readings(text: str, air: list[Air], strikes: list[tuple[str, int]]) -> None:
    assert sorted(_interceptions(text), key=str) == sorted(air, key=str)
    assert sorted(_strikes(text)) == sorted(strikes)


@pytest.mark.parametrize(
    ("text", "strikes"),
    [
        (  # a place aside between the target and the weapons
            "Russian troops struck the port of Reni, on the Danube, with two missiles.",
            [("missile", 2)],
        ),
        (
            "The army hit the town of Kupiansk, in the north-east, with four glide bombs.",
            [("glide_bomb", 4)],
        ),
        (  # an "as well as" list of more targets before the count
            "The enemy shelled Orikhiv, as well as the Huliaipole and Malokaterynivka "
            "communities, 25 times.",
            [("artillery", 25)],
        ),
        (  # a numeral inside a quoted weapon name counts nothing
            "The rebels said they had fired a «Palestine 2» missile at the airport.",
            [],
        ),
        (  # a recalled last attack in the pluperfect is background
            "The previous attack on Lviv, on 4 April, had involved 30 drones.",
            [],
        ),
        (  # ... a day's attack told in the past stays
            "Russia attacked Lviv with 30 drones on Tuesday.",
            [("drone", 30)],
        ),
    ],
)
def test_strike_readings(text: str, strikes: list[tuple[str, int]]) -> None:
    assert sorted(_strikes(text)) == sorted(strikes)
