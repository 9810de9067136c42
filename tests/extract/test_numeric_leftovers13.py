"""The readings added with ``dev_numeric66`` (h_num21) on the open numeric xfails.

Minimal sentences per family, so a regression names the reading that broke rather than a
passage of the batch: misses told as a share ("N of M could not be intercepted"), region
shares told with "accounted for" / "followed by X with N", condition shares after a care
verb, a share and its stated total in one phrase ("13 of the 28 injured"), a group
condition share with no toll before it, an update of both kinds after a toll told as two
groups, "twice" / "three times" weapon shares and lists of models inside a launch.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty
from tests.extract.found import Air
from tests.extract.found import air_rows as _interceptions
from tests.extract.found import strike_rows as _strikes

Toll = tuple[str, int | None, int | None]


def _tolls(text: str) -> list[Toll]:
    found = [(f.group, f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    return sorted(found, key=str)


@pytest.mark.parametrize(
    ("text", "air"),
    [
        (  # the misses as a share of a stated total: launched only
            "Two of the three missiles could not be intercepted, the army said.",
            [("missile", 3, None, False)],
        ),
        (  # the negated verb before the share
            "Air defence could not intercept four of the nine cruise missiles.",
            [("missile", 9, None, False)],
        ),
        (  # "N of them" after a counted launch
            "Russia launched eight ballistic missiles. Three of them could not be shot down.",
            [("missile", 8, None, False)],
        ),
        (  # a shoot-down before the misses keeps its own figure
            "Air defence destroyed 30 of the 36 drones; six could not be intercepted.",
            [("drone", 36, 30, False)],
        ),
        (  # "accounted for N of them, X for M" in the next sentence
            "The ministry said 75 drones were destroyed. The Oryol region accounted for 33 of "
            "them, the Tula region for 21.",
            [("drone", None, 75, False), ("drone", None, 33, False), ("drone", None, 21, False)],
        ),
        (  # the participle beside the total
            "In all, 60 drones were shot down, with Belgorod accounting for 28 and Kursk for 14.",
            [("drone", None, 60, False), ("drone", None, 28, False), ("drone", None, 14, False)],
        ),
        (  # "followed by X with N" after an "N over X" share
            "The ministry said 48 drones were downed, 20 of them over the Bryansk region, "
            "followed by Smolensk with 11.",
            [("drone", None, 48, False), ("drone", None, 20, False), ("drone", None, 11, False)],
        ),
    ],
)
def test_air(text: str, air: list[Air]) -> None:
    assert sorted(_interceptions(text), key=str) == sorted(air, key=str)


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        (  # a condition share after "are receiving treatment"
            "Eight people are receiving treatment, three of them are in a grave condition.",
            [("people", None, 3), ("people", None, 8)],
        ),
        (
            "Four people are being treated, one of them in critical condition.",
            [("people", None, 1), ("people", None, 4)],
        ),
        (  # a share and its total in one phrase: both records
            "Seven of the 26 wounded remain in hospital.",
            [("people", None, 26), ("people", None, 7)],
        ),
        (
            "Two of the 15 injured had undergone surgery.",
            [("people", None, 15), ("people", None, 2)],
        ),
        (  # a group share of the total
            "Five of the 19 injured were children.",
            [("children", None, 5), ("people", None, 19)],
        ),
        (  # the total told before: the phrase points back to it
            "A drone hit a bus, injuring 11 people. Four of the 11 injured are in hospital.",
            [("people", None, 11), ("people", None, 4)],
        ),
        (  # a killed-only toll before it takes the total
            "Two people died in the strike. Six of the 20 injured are in serious condition.",
            [("people", 2, 20), ("people", None, 6)],
        ),
        (  # a group condition share with no toll before it
            "Two of the children are in serious condition, the hospital said.",
            [("children", None, 2)],
        ),
        (  # an update of both kinds replaces a toll told as two groups
            "Two guards were killed and 12 people injured. Later the toll rose to three dead "
            "and 15 injured.",
            [("people", 3, 15)],
        ),
        (  # another day's toll is no update
            "Two guards were killed and 12 people injured on Monday. On Tuesday, a strike "
            "killed three people and injured 15.",
            [("guards", 2, None), ("people", 3, 15), ("people", None, 12)],
        ),
    ],
)
def test_casualties(text: str, tolls: list[Toll]) -> None:
    assert _tolls(text) == sorted(tolls, key=str)


@pytest.mark.parametrize(
    ("text", "strikes"),
    [
        (
            "The army shelled Kupiansk 35 times with artillery and twice with MLRS.",
            [("artillery", 35), ("mlrs", 2)],
        ),
        (
            "The enemy fired on the town 27 times, including twice with Grad rockets.",
            [("mlrs", 2), ("other", 27)],
        ),
        (
            "The enemy fired on the town 27 times, including three times with Grad rockets.",
            [("mlrs", 3), ("other", 27)],
        ),
    ],
)
def test_strikes(text: str, strikes: list[tuple[str, int]]) -> None:
    assert sorted(_strikes(text), key=str) == sorted(strikes, key=str)


@pytest.mark.parametrize(
    ("text", "air", "strikes"),
    [
        (  # a list of models inside a reported launch: no strike for its second item
            "Russia sent ten missiles at Mykolaiv, among them six Kalibr and four Kh-59. Air "
            "defence shot down eight missiles.",
            [("missile", 10, 8, False)],
            [],
        ),
        (  # a model ending in a capital letter ends its sentence ("Kh-31P. Air ...")
            "Russia launched 40 drones and five missiles, including two Iskander-M and three "
            "Kh-31P. Air defence destroyed 33 drones and four missiles.",
            [("drone", 40, 33, False), ("missile", 5, 4, False)],
            [],
        ),
        (  # a list of kinds splits a mixed total: the unanswered kind stays a strike
            "A total of 90 means of air attack were recorded, among them 85 drones and 5 "
            "missiles. 70 of the drones were neutralised.",
            [("drone", 85, 70, False), ("mixed", 90, None, False)],
            [("missile", 5)],
        ),
    ],
)
def test_launch_lists(text: str, air: list[Air], strikes: list[tuple[str, int]]) -> None:
    assert sorted(_interceptions(text), key=str) == sorted(air, key=str)
    assert sorted(_strikes(text), key=str) == sorted(strikes, key=str)


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched twice as many drones in May as in April.",
        "The town came under attack twice on Sunday.",
        "Two of the three roads could not be cleared before nightfall.",
        "The Kursk region accounted for most of the outages.",
        "Five of the ten bridges are in good condition.",
        "Two officials spoke on condition of anonymity.",
    ],
)
def test_no_event(text: str) -> None:
    assert _strikes(text) == []
    assert _interceptions(text) == []
    assert _tolls(text) == []
