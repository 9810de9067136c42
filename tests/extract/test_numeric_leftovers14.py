"""Minimal sentences for the thirteenth session's numeric leftovers (h_num24, ``dev_numeric70``).

One row per reading: a single compass area closing a bulletin's outcome
(:mod:`pipeline.extract._n24compass`), "flying objects of the type X" and a shelling tally
after a colon (:mod:`pipeline.extract._n24objects`), a toll placed by "shelling of X"
(:mod:`pipeline.extract._n24place`), "The wounded, of whom N in serious condition"
(:mod:`pipeline.extract._n24whom`), a disaster's dead in verb-first order
(:mod:`pipeline.extract._n24nature`), and the literal French and Italian toll shapes the
casualty harm words now read ("that of the wounded to 27", "the injury of seven", "Lost
the life two rescuers", "in the month of September").
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty
from tests.extract.found import air_rows, strike_rows

Harm = tuple[int | None, int | None]


def _casualties(text: str) -> list[Harm]:
    return [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one compass area closing the outcome after an unplaced launch list
        (
            "The enemy attacked with 38 means of air attack: 36 drones and two Kh-59 missiles."
            "\n\nAs of 08:30, 30 enemy drones were shot down in the south.",
            ("drone", 36, 30, False),
        ),
        (
            "Overnight the enemy launched 64 Shahed drones from the directions of Kursk and "
            "Millerovo.\n\nAir defence shot down or suppressed 51 enemy UAVs in the north.",
            ("drone", 64, 51, False),
        ),
        # a region-aimed launch stays apart from a compass outcome
        (
            "Russia launched 40 drones at the Odesa region overnight.\n\nAir defence shot down "
            "20 drones in the east.",
            ("drone", None, 20, False),
        ),
        ("Were neutralised 33 of the 41 drones launched in the night.", ("drone", 41, 33, False)),
    ],
)
def test_air_readings(text: str, expected: tuple[object, ...]) -> None:
    assert expected in air_rows(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia launched 75 flying objects of the type Shahed at Kyiv.", [("drone", 75)]),
        ("Russia attacked with 12 flying objects of the type Iskander-M.", [("missile", 12)]),
        ("Russia attacked with 12 flying objects.", []),
        (
            "The occupiers attacked 11 settlements in the Zaporizhzhia region: 412 shellings in "
            "one day.",
            [("artillery", 412)],
        ),
        ("Kharkiv region under fire: 140 shellings in 24 hours.", [("artillery", 140)]),
        # no attack told before the colon: a tally of nothing in particular
        ("Yesterday's tally: 27 shellings.", []),
        ("Russia fired some twenty missiles at the energy facilities.", [("missile", 20)]),
    ],
)
def test_strike_readings(text: str, expected: list[tuple[str, int]]) -> None:
    assert strike_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first toll is placed by "shelling of X": the second is no restatement
        (
            "Three civilians were killed in Russian shelling of Kherson on Tuesday.\n\nIn the "
            "Sumy region, a drone attack on Shostka also claimed lives: three people were "
            "killed.",
            [(3, None), (3, None)],
        ),
        # "further persons" after a counted group completes its record (dnum24-014)
        ("In the village one woman was killed. Three further persons suffered injuries.", [(1, 3)]),
        (
            "The strike killed four people and wounded 15. The wounded, of whom three in "
            "serious condition, were taken to hospital.",
            [(4, 15), (None, 3)],
        ),
        (
            "Eleven people were injured. The injured, among whom two in grave state, are in "
            "hospital.",
            [(None, 11), (None, 2)],
        ),
        # the share is no share when it is not below the toll
        (
            "Two people were injured. The injured, of whom two in serious condition, are in "
            "hospital.",
            [(None, 2)],
        ),
        ("Died at least 30 people in the floods in the north of the country.", []),
        ("Perished at least 12 people in the landslide.", []),
        ("Died at least 3 people in the Russian attack on Kharkiv.", [(3, None)]),
        ("The number of the dead has risen to eight, that of the wounded to 27.", [(8, 27)]),
        ("The number of dead rose to 5 and that of the injured to 40.", [(5, 40)]),
        ("The attack caused the death of four people and the injury of seven.", [(4, 7)]),
        ("The shelling caused the death of two and the injury of five.", [(2, 5)]),
        ("Lost the life two rescuers, and were injured three policemen.", [(2, None), (None, 3)]),
        ("Were killed three people and wounded eleven in a drone attack on Odesa.", [(3, 11)]),
        ("The toll of the attack is of seven dead and twelve wounded.", [(7, 12)]),
        ("A dozen houses were damaged and a dozen people were wounded.", [(None, 12)]),
        ("Some twenty people were wounded in the shelling.", [(None, 20)]),
        ("The number of victims of the attack on Poltava has risen to eleven.", []),
    ],
)
def test_casualty_readings(text: str, expected: list[Harm]) -> None:
    assert _casualties(text) == expected


def test_month_tally_is_no_interception() -> None:
    text = "The Russian army said it destroyed 1,500 Ukrainian drones in the month of September."
    assert air_rows(text) == []


def test_hit_by_air_defence() -> None:
    # An xfail until h_num26's outcome verbs (``_n26words.OUTCOME_VERBS``).
    assert strike_rows("Were hit 14 drones by the anti-aircraft defence.") == []
