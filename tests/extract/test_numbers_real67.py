"""Round n67: quoted injuries, "with N of them", evacuees, "more lives", members of groups,
a day's toll beside a war total, a dash-framed list, counted events, sea-drone outcomes."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty, Interception


def _tolls(text: str) -> list[tuple[int | None, int | None]]:
    return sorted(
        ((f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)),
        key=lambda t: (t[0] or 0, t[1] or 0),
    )


def _shot(text: str) -> list[tuple[int | None, int | None, bool]]:
    return sorted(
        (f.launched or 0, f.intercepted or 0, f.all_intercepted)
        for f in extract(text)
        if isinstance(f, Interception)
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('Three Dutch engineers sustained "minor injuries" in the shelling.', [(None, 3)]),
        ("Five nurses sustained \u201cserious wounds\u201d when the clinic was hit.", [(None, 5)]),
        (
            "Gunmen killed 25 farmers overnight, with at least 8 of them shot in their fields.",
            [(8, None), (25, None)],
        ),
        (
            "The shelling forced the evacuation of 900 residents from the town, with three "
            "reported deaths.",
            [(3, None)],
        ),
        ("Two new raids in the valley claimed 13 more lives, the monitor said.", [(13, None)]),
        ("At least four members of the armed groups were killed in clashes.", [(4, None)]),
        ("Nine members of the rival militias died in the fighting.", [(9, None)]),
        (
            "Troops fired on a crowd near the depot on Monday, killing at least 16, medics "
            "said, as the number killed in the war has risen above 8,000.",
            [(16, None)],
        ),
        (
            "The dead were counted as follows: 12 deaths in Kassala, 7 in Gedaref\u2014"
            "including two boys \u2014and 15 in Sennar.",
            [(2, None), (7, None), (12, None), (15, None)],
        ),
        (
            'Four "massacres" were recorded in the province, leaving 70 civilians dead.',
            [(70, None)],
        ),
        # negatives
        ("About 3,000 people were evacuated from the district on Tuesday.", []),
        ('Two "massacres" were reported in the villages, without a toll.', []),
        ("Eight members of the city council resigned on Monday.", []),
        ("Police detained 40 protesters, with six of them held overnight.", []),
        ('The bridge sustained "heavy damage" in the strike.', []),
        (
            "The death toll rose to 21 on Friday after the attack claimed two more lives.",
            [(21, None)],
        ),
    ],
)
def test_tolls(text: str, want: list[tuple[int | None, int | None]]) -> None:
    assert _tolls(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The ministry said all of the drones had been neutralised, adding that four "
            "crewless surface vessels were sunk near the port.",
            [(4, 4, True)],
        ),
        ("Three uncrewed surface vessels were destroyed off the coast overnight.", [(0, 3, False)]),
        ("Two crewless surface vessels were shot out of the water overnight.", [(0, 2, False)]),
        (
            '"Tonight, the enemy, using two unmanned sea boats, attempted an attack on the base," '
            "the fleet said, adding that its ships had destroyed the seaborne drones.",
            [(2, 2, True)],
        ),
        # negatives
        ("Two crewless surface vessels were spotted off the coast on Wednesday.", []),
        ("The navy said it had built five uncrewed surface vessels this year.", []),
    ],
)
def test_sea_drones(text: str, want: list[tuple[int, int, bool]]) -> None:
    assert _shot(text) == want
