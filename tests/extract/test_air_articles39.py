"""Readings added for the air and strike errors of ``dev_articles37``-``39`` (``dev_numeric47``).

Minimal sentences for each family, so a regression names the reading that broke rather
than an article: a combined shoot-down ("N of the targets") answering the combined launch
total told a paragraph before its per-kind list, and one whose launch stands in a trailing
"after" clause; a model's figure followed by its own share ("eight Iskander-M/KN-23 ...,
seven of which were intercepted"); "stopped" as a shoot-down verb ("None of the six
Kinzhal ... was stopped"); "Of the Kh-101, 34 were shot down" (a model fronted); rounds
fired beside a drone launch ("fired 57 munitions at the region ... and launched 94 drones,
of which 61 ..."); "N objects violated Polish airspace ...; at least four drones were shot
down"; a region fronted in the outcome's sentence ("In the neighbouring Poltava region,
...") against a launch aimed at another region; a combined total after per-model outcomes
spread over the paragraph; "directed N drones at"; and "The hottest sector remained X,
where the Russians attacked N times" (ground assaults). Known misses are xfail.
"""

from __future__ import annotations

import pytest

from tests.extract.found import Air
from tests.extract.found import air_rows as _interceptions
from tests.extract.found import strike_rows as _strikes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N of the targets" a paragraph after the combined total, the list in between.
        (
            "Russia attacked Ukraine overnight with 63 drones and missiles, the air force "
            "said.\n\nIt launched 60 attack drones and three Kh-59 missiles. Air defence "
            "shot down or jammed 50 of the targets.",
            [("drone", 60, None, False), ("missile", 3, None, False), ("mixed", 63, 50, False)],
        ),
        # A local outcome is no share of the night's combined total.
        (
            "Russia launched 90 drones and missiles at Ukraine overnight.\n\nIn the Sumy "
            "region, air defence shot down 12 of the targets, the governor said.",
            [("mixed", None, 12, False)],
        ),
        # The launch in a trailing "after" clause of the outcome's sentence.
        (
            "Air defence downed 70 of the targets, the air force said, after Russia attacked "
            "with 85 drones and missiles.",
            [("mixed", 85, 70, False)],
        ),
        # A figure followed by its own share is the whole, also as a list's second item.
        (
            "Russia fired 30 drones, 22 of which were downed, and five Kalibr cruise "
            "missiles, three of which were intercepted.",
            [("drone", 30, 22, False), ("missile", 5, 3, False)],
        ),
        (
            "The salvo included 12 Kh-101 missiles, of which 10 were destroyed, and four "
            "Iskander-M/KN-23 missiles, only one of which was shot down.",
            [("missile", 12, 10, False), ("missile", 4, 1, False)],
        ),
        # ... but a shoot-down's own split by place stays a share.
        (
            "Air defence shot down 25 drones, 10 of which were destroyed over the Kursk region.",
            [("drone", None, 25, False), ("drone", None, 10, False)],
        ),
        (
            "Russia launched 50 drones at Kyiv, and the air force intercepted 40 drones, 35 "
            "of which were destroyed by fighter jets.",
            [("drone", 50, 40, False), ("drone", None, 35, False)],
        ),
        # "stopped" as the shoot-down verb.
        ("None of the three Kinzhal missiles was stopped.", [("missile", 3, 0, False)]),
        (
            "Russia fired two ballistic missiles at Dnipro. Neither was stopped.",
            [("missile", 2, 0, False)],
        ),
        ("Defenders stopped 33 of the 41 drones.", [("drone", 41, 33, False)]),
        ("Russia fired 12 missiles, and none could be stopped.", [("missile", 12, 0, False)]),
        # A model fronted in "Of the Kh-101, ...", the next kind after a semicolon.
        (
            "Russia used 14 Kh-101 missiles and 50 drones. Of the Kh-101, 11 were shot "
            "down; of the drones, 42 were neutralised.",
            [("missile", 14, 11, False), ("drone", 50, 42, False)],
        ),
        # Rounds fired beside a drone launch are shelling, never the drones' total.
        (
            "The Ukrainian side fired 48 munitions at the district and launched 30 drones, "
            "of which 25 were shot down.",
            [("drone", 30, 25, False)],
        ),
        # Objects violating an airspace, then drones shot down in the same sentence.
        (
            "Eleven objects violated Lithuanian airspace; two drones were shot down.",
            [("drone", 11, 2, False)],
        ),
        # A region fronted in the outcome's sentence is not the launch's target region.
        (
            "Russia launched 35 drones at the Sumy region. In the neighbouring Poltava "
            "region, air defence destroyed four of the drones.",
            [("drone", None, 4, False)],
        ),
        # A combined total after per-model outcomes spread over the paragraph.
        (
            "Russia used ten Kh-101, four Kalibr and two Kinzhal missiles and 40 drones. Of "
            "the Kh-101, nine were shot down, all four Kalibr were intercepted. The Kinzhal "
            "could not be intercepted. Of the drones 30 were made harmless. In total, 56 "
            "air targets had been launched.",
            [
                ("missile", 10, 9, False),
                ("missile", 4, 4, True),
                ("missile", 2, 0, False),
                ("drone", 40, 30, False),
                ("mixed", 56, None, False),
            ],
        ),
    ],
)
def test_air_readings(text: str, expected: list[Air]) -> None:
    assert _interceptions(text) == expected


@pytest.mark.parametrize(
    ("text", "strikes"),
    [
        ("The Ukrainian side fired 48 munitions at the district.", [("other", 48)]),
        ("The army used 300 munitions in the exercise.", []),
        ("The enemy directed 17 drones at the town overnight.", [("drone", 17)]),
        (
            "Russia directed six drones and three guided aerial bombs at Izium.",
            [("drone", 6), ("glide_bomb", 3)],
        ),
        ("The general directed 300 troops to the front.", []),
        ("The hottest sector remained Lyman, where the Russians attacked 21 times.", []),
        ("The hottest spot was Toretsk, where Russian units attacked 9 times.", []),
        ("Russian forces attacked the village 21 times with drones.", [("drone", 21)]),
        # A drone launch whose share was shot down over another region stays a strike.
        (
            "Russia launched 35 drones at the Sumy region. In the neighbouring Poltava "
            "region, air defence destroyed four of the drones.",
            [("drone", 35)],
        ),
    ],
)
def test_strike_readings(text: str, strikes: list[tuple[str, int]]) -> None:
    assert _strikes(text) == strikes
