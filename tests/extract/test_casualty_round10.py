"""Tenth-round casualty readings (``dev_numeric37``, translated German ticker copy): equal
tolls told for different days or incidents, a toll split around an attribution sentence,
tolls of several regions after a semicolon, "came around", a rise told without a harm
word, "there had been talk of", past seasons, "In addition," after a running total and a
care verb in the simple present."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Toll = tuple[int | None, int | None]

CASES: list[tuple[str, list[Toll]]] = [
    # Equal tolls of different days are two events; a restatement dated by its saying is one.
    (
        "On Monday, two people were killed in Kostjantyniwka, the governor said. On Tuesday, "
        "two people were killed in the city by a drone.",
        [(2, None), (2, None)],
    ),
    (
        "The attack on Saporischschja on Thursday cost the lives of two people. On Friday "
        "morning, two people died there when a drone hit a bus.",
        [(2, None), (2, None)],
    ),
    (
        "Three people were injured in Nikopol, the governor said. Three persons were injured "
        "in Nikopol again, this time by a drone.",
        [(None, 3), (None, 3)],
    ),
    (
        "Two people were killed in the Kursk region. In the Brjansk region, two people were "
        "also killed by a drone.",
        [(2, None), (2, None)],
    ),
    (
        "On Monday, three people were killed in Kramatorsk. The mayor said on Tuesday that "
        "three people had been killed in Monday's attack.",
        [(3, None)],
    ),
    (
        'Three people were killed in a drone attack on Charkiw on Monday. "Three people '
        'died, 12 were injured," the mayor wrote on Telegram on Tuesday.',
        [(3, 12)],
    ),
    (
        "Four people were killed in Odessa on Saturday, the governor said. On Sunday, he "
        "said that the four dead of Saturday's attack were dock workers.",
        [(4, None)],
    ),
    (
        "Two people were killed, the governor said. The two victims were a man and a woman.",
        [(2, None)],
    ),
    # A toll split around an attribution sentence is one record.
    (
        "At least four people were killed in Sumy. This was reported by the regional "
        "military administration. In addition, 17 people were injured.",
        [(4, 17)],
    ),
    # Several regions after a semicolon: one record per region.
    (
        "In the region of Sumy, three persons were killed; in the region of Charkiw, seven "
        "persons were injured.",
        [(3, None), (None, 7)],
    ),
    # "came around" (the German "ums Leben kommen") is killed.
    ("In the attack, two people came around, so the military administration.", [(2, None)]),
    # A rise with no harm word replaces the toll before it (not a subgroup).
    (
        "The authorities reported eight injured in the city by noon. By evening the number "
        "had risen to 13.",
        [(None, 13)],
    ),
    (
        "Twelve people were injured, among them three children. The number has since risen "
        "to 16, the governor said.",
        [(None, 16), (None, 3)],
    ),
    # Superseded: "there had been talk of" at any time of day.
    (
        "The number of injured rose to 23 by the afternoon. In the morning there had been "
        "talk of 15 injured.",
        [(None, 23)],
    ),
    # Background: a past season whatever its figure counts; "In addition," after a total.
    ("Last summer, 23 people died in a missile attack on Winnyzja.", []),
    (
        "Since the beginning of the war, more than 600 children have been killed in Ukraine. "
        "In addition, more than 1.800 children were injured.",
        [],
    ),
    # A care verb in the simple present is a habit, not a toll.
    ("The hospital currently treats about 150 wounded soldiers.", []),
    ("The hospital treated 40 wounded after the attack.", [(None, 40)]),
    # A condition share after "are being treated" with no hospital named (dev_numeric66).
    (
        "Five people are being treated, two of them are in critical condition.",
        [(None, 5), (None, 2)],
    ),
]


@pytest.mark.parametrize(("text", "tolls"), CASES)
def test_round10_readings(text: str, tolls: list[Toll]) -> None:
    found = [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert sorted(found, key=str) == sorted(tolls, key=str)
