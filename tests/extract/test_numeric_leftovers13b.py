"""The readings added with ``dev_numeric69`` (h_num23) on the session's numeric leftovers.

Minimal sentences per family, so a regression names the reading that broke rather than a
passage of the batch: a launched item whose own relative clause says it reached or hit its
targets (a stated zero), people exchanged or freed and their wounded, a day dated with its
year, a month's shoot-down total, the people of a film's or book's story, a stampede's hurt,
hunger deaths told as a count and their shares, and people evacuated "who were injured".
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty, Interception
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
        (  # the list's second item after the first item's shoot-down
            "Russia sent 64 drones, of which 52 were downed, and two missiles which reached "
            "their targets.",
            [("drone", 64, 52, False), ("missile", 2, 0, False)],
        ),
        (  # "that hit their targets" with no shoot-down verb before
            "The army launched 30 drones and three missiles that hit their targets.",
            [("missile", 3, 0, False)],
        ),
        (  # ", which all struck their targets" before the next item
            "Russia fired six cruise missiles, which all struck their targets, and 40 drones, "
            "35 of which were shot down.",
            [("drone", 40, 35, False), ("missile", 6, 0, False)],
        ),
        (  # a month's total of shoot-downs is no night's report
            "Mobile groups shot down 2,300 drones in August, the commander said.",
            [],
        ),
    ],
)
def test_air(text: str, air: list[Air]) -> None:
    assert sorted(_interceptions(text), key=str) == sorted(air, key=str)


@pytest.mark.parametrize(
    ("text", "strikes"),
    [
        ("Russia launched 84 missiles at Ukrainian cities on 10 October 2022.", []),
        ("The army fired 40 rockets at the town on March 3, 2023, the report recalled.", []),
    ],
)
def test_strikes(text: str, strikes: list[tuple[str, int]]) -> None:
    assert _strikes(text) == strikes


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        ("The sides swapped 200 prisoners each, 30 of them wounded.", []),
        ("After the swap, 70 soldiers came home, nine of them badly wounded.", []),
        ("The released hostages, among them four injured, were flown to a hospital.", []),
        (  # an exchange of fire is no exchange of people
            "Two guards were wounded in the exchange.",
            [("guards", None, 2)],
        ),
        ("The film is about nurses who treated 500 wounded soldiers at the front.", []),
        ("At least 20 people were injured in a stampede at the concert.", []),
        (  # a crush under fire stays a toll
            "Ten people were injured in a stampede after troops opened fire near the aid site.",
            [("people", None, 10)],
        ),
        ("The toll of deaths from malnutrition has risen to 190.", []),
        ("A strike on the town on 3 May 2024 killed 12 people.", []),
        (  # the evacuated are the hurt themselves
            "Medics evacuated three men, aged 20 to 40, who were lightly injured by debris.",
            [("men", None, 3)],
        ),
    ],
)
def test_tolls(text: str, tolls: list[Toll]) -> None:
    assert _tolls(text) == sorted(tolls, key=str)


def test_dated_lead_stays_news() -> None:
    """A report that opens with the news day and its year is no background (the lead's
    merge check of the dated-day rule)."""
    text = "On 14 March 2025, Russia attacked Ukraine with 112 drones, 86 of which were shot down."
    found = [f for f in extract(text) if isinstance(f, Interception)]
    assert [(f.launched, f.intercepted) for f in found] == [(112, 86)]
