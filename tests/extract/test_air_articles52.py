"""The readings added with ``dev_numeric55`` (h_air14) on the air and strike errors of
``dev_articles50``-``52`` and the lead's finding of a report split over two paragraphs.

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
        (  # a combined outcome broken down by kind in the next sentence
            "Russia sent a total of 120 means of air attack: 110 drones and ten missiles. "
            "In total, 95 targets were shot down. Broken down, these were 90 drones and "
            "five missiles.",
            [("mixed", 120, 95, False), ("drone", 110, 90, False), ("missile", 10, 5, False)],
            [],
        ),
        (
            "Russia launched a total of 75 drones and missiles: 70 drones and five missiles. "
            "The air force said 60 targets were destroyed. Of these, 58 were drones and two "
            "were missiles.",
            [("mixed", 75, 60, False), ("drone", 70, 58, False), ("missile", 5, 2, False)],
            [],
        ),
        (  # a subtype list inside a launch is part of it
            "Russia fired 40 drones and 12 missiles, among them four Kinzhal missiles and "
            "eight Kalibr cruise missiles. Air defence shot down 35 drones and nine missiles.",
            [("drone", 40, 35, False), ("missile", 12, 9, False)],
            [],
        ),
        (  # the Houthi "execution of an operation with N drones", answered by the shoot-down
            "The Houthis announced the execution of an operation with six drones against "
            "Umm al-Rashrash. The Israeli army said it shot down four drones approaching Eilat.",
            [("drone", 6, 4, False)],
            [],
        ),
        (  # a generic outcome opening the paragraph after a one-kind launch
            "Russia used 90 drones against five regions overnight, the air defence said.\n\n"
            "70 flying objects were shot down, it said.",
            [("drone", 90, 70, False)],
            [],
        ),
        (  # the launch list goes on past a relative outcome: the added item is a strike
            "Russia launched 60 drones, of which 51 were shot down, as well as three "
            "Iskander-M ballistic missiles, the air force said.",
            [("drone", 60, 51, False)],
            [("missile", 3)],
        ),
        (  # passive rounds beside a passive launch of drones
            "Over the day, 52 munitions were fired and 40 drones were launched, 33 of which "
            "were shot down.",
            [("drone", 40, 33, False)],
            [("other", 52)],
        ),
    ],
)
def test_air_readings(text: str, air: list[Air], strikes: list[tuple[str, int]]) -> None:
    assert sorted(_interceptions(text), key=str) == sorted(air, key=str)
    assert sorted(_strikes(text)) == sorted(strikes)


@pytest.mark.parametrize(
    ("text", "strikes"),
    [
        (  # "put the number of X ... at N" with the period or place between
            "The general staff put the number of Russian air strikes over the past day at 48.",
            [("airstrike", 48)],
        ),
        (
            "The governor put the number of drone attacks on the region during the day at 130.",
            [("drone", 130)],
        ),
        (  # "came under attack by A, B and C N times"
            "The town had come under attack by mortars, artillery and drones 57 times.",
            [("other", 57)],
        ),
        (
            "The village came under attack by guided bombs, rockets and drones 12 times "
            "over the past day.",
            [("other", 12)],
        ),
        (  # the gapped verb of a passive tally
            "Six air strikes were carried out on the town, and another 70 artillery strikes - "
            "on the villages nearby.",
            [("airstrike", 6), ("artillery", 70)],
        ),
        (  # "one of the attacks" picks out one attack
            "The enemy attacked the district with drones 14 times. As a result of one of the "
            "attacks, a barn burned down.",
            [("drone", 14)],
        ),
        (  # the Houthi operation with no outcome told is a strike
            "The Houthis announced the execution of a naval operation with three drones "
            "against a tanker.",
            [("drone", 3)],
        ),
    ],
)
def test_strike_readings(text: str, strikes: list[tuple[str, int]]) -> None:
    assert sorted(_strikes(text)) == sorted(strikes)
    assert _interceptions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The town had come under attack five times since midnight, the administration said.",
        "The general staff put the number of combat clashes over the past day at 140.",
        "During one of the strikes, a power line was cut.",
        "In 2024, the region had come under attack by artillery, mortars and drones 9,000 times.",
    ],
)
def test_no_event(text: str) -> None:
    assert _strikes(text) == []
    assert _interceptions(text) == []


@pytest.mark.parametrize(
    ("text", "air", "strikes"),
    [
        pytest.param(
            "Russia launched 30 drones and five missiles at Ukraine, among them three "
            "Iskander-M and two Kh-59. Air defence destroyed 25 drones and two missiles.",
            [("drone", 30, 25, False), ("missile", 5, 2, False)],
            [],
            id="subtype-list",  # closed by the list gap in _launchshare (dev_numeric66)
        ),
    ],
)
def test_known_misses(text: str, air: list[Air], strikes: list[tuple[str, int]]) -> None:
    assert sorted(_interceptions(text), key=str) == sorted(air, key=str)
    assert sorted(_strikes(text)) == sorted(strikes)
