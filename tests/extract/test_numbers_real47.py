"""Round n47's phrasing-survey readings (h_survey_n47), on minimal sentences of our own."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Pair = tuple[int | None, int | None]

CASES: list[tuple[str, list[Pair]]] = [
    # one toll told in two sentences, a subgroup sentence between
    (
        "At least 12 people were wounded in the strike, the prosecutor said. "
        "Among them are two medics. Three people were killed, he added.",
        [(3, 12), (None, 2)],
    ),
    (
        "A drone attack on a shelter killed 30 people, medics said.\n\n"
        "Six children were among the dead.\n\n"
        "The attack also left 44 people wounded, including nine children, they said.",
        [(30, 44), (6, 9)],
    ),
    (
        "Strikes on the south killed 20 people, the ministry said. "
        "Of the 20 dead, four are children, it said, adding that 61 people were wounded.",
        [(20, 61), (4, None)],
    ),
    # the guards: another group, another place, another day
    (
        "A drone hit a bus, injuring five passengers. Two people died, officials said.",
        [(None, 5), (2, None)],
    ),
    (
        "Shelling killed two people in Kherson. In Nikopol, seven people were injured.",
        [(2, None), (None, 7)],
    ),
    (
        "Two people were killed on Monday, the governor said. "
        "On Tuesday, six people were wounded in the city.",
        [(2, None), (None, 6)],
    ),
    # a day's toll joined to a running total
    (
        "A total of 88 people died in the last 24 hours, and 70,100 people have been "
        "injured since war erupted on October 7, the ministry said.",
        [(88, None)],
    ),
    (
        "Twelve people were killed over the past day, and more than 90,000 have been "
        "injured since October 7, 2023, the ministry said.",
        [(12, None)],
    ),
    # an "As reported," paragraph after the toll
    (
        "The number of injured in Sumy has risen to 11, officials said.\n\n"
        "As reported, Russian troops struck the city on Tuesday. "
        "At first, four people were reported injured.",
        [(None, 11)],
    ),
    # care shares closed by "N more will be treated at home"
    (
        '"Two people are in serious condition, four are in moderate condition and three '
        'more will be treated at home," the governor wrote.',
        [(None, 2), (None, 4), (None, 3)],
    ),
    # no toll
    ("As reported, the city has opened 30 heating points for residents.", []),
    ("Since the war began, 50,000 people have been killed, the ministry said.", []),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_survey_n47(text: str, want: list[Pair]) -> None:
    got = [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert sorted(got, key=str) == sorted(want, key=str)
