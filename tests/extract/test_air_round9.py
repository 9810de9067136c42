"""The readings added with ``dev_numeric30``: zero outcomes told as arrivals, German order.

Minimal sentences for each family, so a regression names the reading that broke rather
than a passage of the batch.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty
from tests.extract.found import Air
from tests.extract.found import air_rows as _interceptions
from tests.extract.found import strike_rows as _strikes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "6 ballistic missiles were fired at Kharkiv overnight; all reached their targets.",
            [("missile", 6, 0, False)],
        ),
        (
            "Russia fired four missiles at Sumy; the missiles reached their targets.",
            [("missile", 4, 0, False)],
        ),
        (
            "Russia launched 3 missiles. All three missiles reached their targets.",
            [("missile", 3, 0, False)],
        ),
        ("None of the 7 missiles could be intercepted, the city said.", [("missile", 7, 0, False)]),
        (
            "Of the 25 rockets the air defence could intercept 20, the air force said.",
            [("missile", 25, 20, False)],
        ),
        (
            "The air force reported on Sunday 12 drones; 10 were shot down.",
            [("drone", 12, 10, False)],
        ),
    ],
)
def test_zero_and_german_order_outcomes(text: str, expected: list[Air]) -> None:
    assert _interceptions(text) == expected
    assert _strikes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The air force reported on Sunday morning three rockets of the type Iskander-M.",
            [("missile", 3)],
        ),
        ("Russia fired 30 rockets of the type Grad at Nikopol.", [("rocket", 30)]),
        (
            "Russia attacked the region 418 times within one day, among them with 9 air strikes.",
            [("other", 418), ("airstrike", 9)],
        ),
        ("The General Staff counted 96 attacks on the Pokrowsk front.", []),
        # Alone, with no launch before it, an arrival is no zero outcome.
        ("The three missiles reached their targets in Lviv.", [("missile", 3)]),
    ],
)
def test_translated_strikes(text: str, expected: list[tuple[str, int]]) -> None:
    assert _strikes(text) == expected


def test_reported_launch_with_quoted_outcome_is_no_strike() -> None:
    text = 'Selenskyj reported 22 missiles: "Our air defence intercepted most of the threats."'
    assert _strikes(text) == []


def test_more_residents_complete_a_family_toll() -> None:
    text = "A family of five was killed in the village. Four more residents were injured."
    tolls = [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert tolls == [(5, 4)]
    other = "Two soldiers were killed at the base. Four more residents were injured."
    assert len([f for f in extract(other) if isinstance(f, Casualty)]) == 2
