"""Round n39's strike and air-defence readings on minimal passages (``dev_numeric87``, the
strike and interception errors of the real-page set real11).

Each row is a short passage in the project's own words and the records expected of it:
strikes as sorted (weapon, count) pairs, interceptions as sorted (launched, intercepted)
pairs with -1 for an unknown figure.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Interception, Strike


def _air(text: str) -> tuple[list[tuple[str, int]], list[tuple[int, int]]]:
    found = extract(text)
    strikes = sorted((f.weapon, f.count) for f in found if isinstance(f, Strike))
    ints = sorted(
        (
            f.launched if f.launched is not None else -1,
            f.intercepted if f.intercepted is not None else -1,
        )
        for f in found
        if isinstance(f, Interception)
    )
    return strikes, ints


@pytest.mark.parametrize(
    ("text", "strikes", "interceptions"),
    [
        # a bare "Recall" / "Reminder" heading line: the paragraph after it is a recap
        (
            "The enemy shelled Marhanets 12 times with artillery, the governor said.\n\nRecall\n\n"
            "On Monday, the occupiers fired 140 times at 7 villages, including 30 drones.",
            [("artillery", 12)],
            [],
        ),
        (
            "A drone hit a shop in Sumy.\nReminder\n"
            "Air defence in the north shot down four missiles and nine drones last week.",
            [],
            [],
        ),
        (
            "Recall\n\nIt was the third attack on the town this week. "
            "The enemy fired 25 drones at Nikopol on Sunday.",
            [],
            [],
        ),
        # not a heading: "recall" inside a sentence of the news
        (
            "Officials recall the shelter rules as Russia fired 8 missiles at Dnipro overnight.",
            [("missile", 8)],
            [],
        ),
        # a "Read also:" teaser is another story's headline
        (
            "A drone damaged a garage in Chernihiv, officials said. "
            "Read also: Occupiers launched nine missiles at Kharkiv",
            [],
            [],
        ),
        (
            "Russian troops hit Kherson with 6 drones.\n"
            "Read more: Air defence shot down 30 of 40 drones",
            [("drone", 6)],
            [],
        ),
        # a lede count told again with the place spelt another way
        (
            "Russian forces fired 164 times at 8 settlements in Zaporizhzhia region using "
            "artillery and drones.\n\nRussian troops carried out 164 attacks on 8 settlements in "
            "Zaporizhzhya region over the day.",
            [("other", 164)],
            [],
        ),
        (
            "Russian troops attacked Zaporizhzhia region with 16 drones on Monday.\n\n"
            "On Tuesday, the enemy attacked Zaporizhzhya region with 16 artillery shells.",
            [("artillery", 16), ("drone", 16)],
            [],
        ),
        # shells that fell on the territory of a place; gunfire counted in hits
        (
            "Over the day, 95 artillery shells fell on the territory of Vovchansk, police said.",
            [("artillery", 95)],
            [],
        ),
        (
            "About 40 mortar shells landed in the territory of Khotin community.",
            [("artillery", 40)],
            [],
        ),
        ("The plant made 3,000 artillery shells last month.", [], []),
        (
            '"In the afternoon they fired mortars at the Yunakivka community - 4 hits," he said.',
            [("artillery", 4)],
            [],
        ),
        ("The batter made 3 hits and the team fired its coach.", [], []),
        # a colon list of the weapons used; unguided aerial missiles
        (
            "The enemy used various types of weapons against the region: 22 unguided aerial "
            "missiles; 3 KABs; 6 FPV drones.",
            [("drone", 6), ("glide_bomb", 3), ("missile", 22)],
            [],
        ),
        (
            "Russia launched 15 drones and 4 guided aerial bombs at the Kharkiv region. The "
            "enemy used various types of weapons against the region: 30 unguided aerial "
            "missiles; 4 KABs; 9 Shahed-type UAVs; 6 Geran-2-type UAVs.",
            [("drone", 15), ("glide_bomb", 4), ("missile", 30)],
            [],
        ),
        ("Russian jets fired 12 unguided aerial missiles at Kupiansk.", [("missile", 12)], []),
        # a later shoot-down answering the story's only counted launch
        (
            "Russia launched 40 drones at Lviv overnight, officials said.\n\n"
            "The attack followed a week of strikes on the grid.\n\n"
            "The air force said its crews managed to shoot down 31 drones.",
            [],
            [(40, 31)],
        ),
        (
            "Russia launched 40 drones at Lviv overnight, officials said.\n\n"
            "Separately, air defence shot down 12 drones over the Volyn region.",
            [("drone", 40)],
            [(-1, 12)],
        ),
        (
            "Russia launched 50 drones at the Kharkiv region, the governor said.\n\n"
            "Moscow's ministry said it had destroyed 30 Ukrainian drones.",
            [("drone", 50)],
            [(-1, 30)],
        ),
    ],
)
def test_real11_strike_and_air_shapes(
    text: str, strikes: list[tuple[str, int]], interceptions: list[tuple[int, int]]
) -> None:
    assert _air(text) == (strikes, interceptions)
