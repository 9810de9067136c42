"""Strike figures that are background, not the news (tenth session, ``dev_numeric38``).

One minimal sentence per reading of :mod:`pipeline.extract._strikeback` (habits and
rates, comparison baselines in a "when" clause, multipliers, fronted past months, the
year's running total, intent and stock, earlier attacks recalled, dated superlatives),
each paired with the real strike beside it that must stay. Rows list the strikes
expected as (weapon, count), in order.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Strike


def _found(text: str) -> list[tuple[str, int | None]]:
    return [(f.weapon, f.count) for f in extract(text) if isinstance(f, Strike)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a habit or rate, not an event
        ("The Russian military employs daily around 120 guided bombs.", []),
        ("Every night Russia sends between 100 and 150 attack drones against Ukraine.", []),
        ("The Russian army drops every week more than 1,000 guided bombs.", []),
        ("Day after day the Russians fire around 80 guided bombs at the front.", []),
        ("Russia attacks Ukrainian cities nightly with 100 to 150 drones.", []),
        ("Russia now sends on most nights between 80 and 120 drones.", []),
        ("The Russians drop up to 100 glide bombs a day on the front.", []),
        # ... while a dated night, a named report or "its nightly attacks" stay the news
        ("Russia continued its nightly attacks with 120 drones.", [("drone", 120)]),
        (
            "In its daily report, the General Staff counted 120 air strikes.",
            [("airstrike", 120)],
        ),
        (
            "Russia, which has been attacking daily, fired 45 drones at Odesa overnight.",
            [("drone", 45)],
        ),
        # the baseline of a comparison, told in a "when" clause
        (
            "The attack was smaller than in the past week, when Russia had deployed almost"
            " 600 drones in one night.",
            [],
        ),
        (
            "The attack was the heaviest since 4 September, when Russia had sent 480 drones.",
            [],
        ),
        (
            "Compared with the previous week, when around 1,100 guided bombs were dropped,"
            " the Russian air force dropped this week 1,400 guided bombs.",
            [("glide_bomb", 1400)],
        ),
        # a multiplier is no count
        ("Russia used five times more drones than a year ago.", []),
        ("The army now fires three times as many drones as missiles.", []),
        # a named past month fronted without a comma, or "alone"
        ("In October alone Russia fired over 5.200 drones at Ukraine.", []),
        ("In March Russia dropped 3,000 guided bombs on Ukraine.", []),
        ("In the first 9 months of the year Russia launched 34,000 drones.", []),
        # the year's running total
        ("This year Russia has already dropped more than 30,000 such bombs.", []),
        ("Russian forces have fired 300 shells at Kherson this year.", []),
        (
            "The Russian army has, since the beginning of the full-scale invasion, fired"
            " more than 40,000 glide bombs.",
            [],
        ),
        # intent, expectation, production and stock
        ("Russia is preparing a massive strike with up to 100 missiles.", []),
        ("Russia is expected to launch more than 500 drones in the coming nights.", []),
        ("Russia has accumulated around 300 cruise missiles for a new wave.", []),
        ("Russia keeps more than 1.500 Shahed drones in its warehouses.", []),
        (
            "Russia keeps attacking Ukraine: in the past night it sent 80 drones.",
            [("drone", 80)],
        ),
        # an earlier attack recalled
        ("Already on Tuesday Russia had fired 60 missiles at Ukraine.", []),
        ("Last time, Russia had sent 653 drones and 51 missiles.", []),
        ("At the beginning of the week Russia had fired 45 missiles.", []),
        ("The night before last, 240 drones were launched at Ukraine.", []),
        (
            "Since Monday, 1,200 drones have been launched at Ukraine, Zelensky said on Thursday.",
            [],
        ),
        (
            "Only in the past week Russia had fired more than 1.300 drones at Ukraine, the"
            " president had said on Sunday.",
            [("drone", 1300)],
        ),
        # a superlative attack dated by day and month
        ("In the largest attack of the war so far, Russia launched 810 drones on 7 September.", []),
        ("Russia attacked Odesa on 7 October with 40 drones.", [("drone", 40)]),
        # "registered N air strikes" is told like "recorded"
        ("The air force registered in the past day 38 air strikes.", [("airstrike", 38)]),
    ],
)
def test_strike_background(text: str, expected: list[tuple[str, int]]) -> None:
    assert _found(text) == expected


def test_twice_is_two() -> None:
    text = "The Russian army fired 74 times at it with artillery and twice with MLRS."
    assert _found(text) == [("artillery", 74), ("mlrs", 2)]


def test_last_month_inside_a_share() -> None:
    text = "Of the more than 700 drones Russia sent last month to Kyiv, only 5 percent hit."
    assert _found(text) == []
