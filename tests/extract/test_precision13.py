"""Numbers beside firing, shooting-down and harm words that tell no event (thirteenth
session, h_prec13, ``dev_numeric67``).

One minimal sentence per reading of :mod:`pipeline.extract._prec13read` (exercises, drills,
war games and tests; space launches; hardware given to a bare-object recipient; stock,
forecast and ratio tails; capability rates) and :mod:`pipeline.extract._prec13cas` (wounded
veterans, kin lost in the war, "was one of N X killed"), plus the disease and anniversary
readings of ``_casualty_nature`` and ``_casualty_inwhich``, each beside the real event of
the same shape that must stay. Rows list (strikes as (weapon, count), interceptions as
(launched, intercepted), casualties as (killed, injured)).
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty, Interception, Strike

S = list[tuple[str, int | None]]
N = list[tuple[int | None, int | None]]


def _found(text: str) -> tuple[S, N, N]:
    found = extract(text)
    return (
        [(f.weapon, f.count) for f in found if isinstance(f, Strike)],
        [(f.launched, f.intercepted) for f in found if isinstance(f, Interception)],
        [(f.killed, f.injured) for f in found if isinstance(f, Casualty)],
    )


@pytest.mark.parametrize(
    ("text", "strikes", "interceptions", "casualties"),
    [
        # exercises, drills, war games and tests
        (
            "During the exercise, troops fired 40 Iskander missiles at simulated targets.",
            [],
            [],
            [],
        ),
        ("Crews launched 12 Kalibr missiles at mock targets in the drills.", [], [], []),
        ("The drills involved 600 artillery pieces and 2,500 troops.", [], [], []),
        ("Russia used 50 drones in the exercise near the border.", [], [], []),
        ("Iran test-fired two ballistic missiles on Tuesday.", [], [], []),
        ("China fired 11 missiles into waters around Taiwan during war games.", [], [], []),
        ("The launch was part of a drill involving 600 artillery pieces.", [], [], []),
        ("Mobile fire groups shot down 120 drones in a training exercise.", [], [], []),
        ("In a test last year, the system brought down 40 drones.", [], [], []),
        # ... while a launch into the sea with no drill told, and a probe of defences, stay
        (
            "North Korea fired three ballistic missiles into the sea on Wednesday.",
            [("missile", 3)],
            [],
            [],
        ),
        (
            "Russia fired 40 drones at Poland in a test of NATO's air defences.",
            [("drone", 40)],
            [],
            [],
        ),
        # space launches
        ("Russia launched two Soyuz rockets from the Plesetsk cosmodrome this week.", [], [], []),
        ("Russia launched two carrier rockets, placing 14 satellites into orbit.", [], [], []),
        # hardware given to a bare-object recipient
        ("North Korea has sent Russia about 100 ballistic missiles.", [], [], []),
        ("The United States sent Ukraine 31 Abrams tanks and 500 Javelin missiles.", [], [], []),
        ("Russia sent 100 drones against Ukraine overnight.", [("drone", 100)], [], []),
        # stock, forecast and ratio tails
        ("Intelligence reported 500 drones and 30 missiles in Russian depots.", [], [], []),
        ("Analysts spoke of 300 drones as the likely size of the next attack.", [], [], []),
        ("Russia fires 10 shells for every Ukrainian one.", [], [], []),
        ("Ukraine fired 12 missiles at ammunition depots in Crimea.", [("missile", 12)], [], []),
        # a capability as a rate or present ceiling
        ("The Iron Beam laser can intercept 10 drones a minute.", [], [], []),
        ("The interceptor can shoot down up to 8 drones per minute.", [], [], []),
        (
            "Russia launched 25 missiles. Of the 25 missiles the air defence could intercept 20.",
            [],
            [(25, 20)],
            [],
        ),
        # wounded veterans, kin lost in the war, "was one of N X killed"
        ("The charity has fitted prosthetics to 1,200 wounded veterans.", [], [], []),
        ("He lost two brothers in the war.", [], [], []),
        ("The cameraman was one of 6 journalists killed in Gaza this year.", [], [], []),
        (
            "Three people were injured. One of the three injured is in serious condition.",
            [],
            [],
            [(None, 3), (None, 1)],
        ),
        # disease deaths and an anniversary's relative clause
        ("More than 700 people have died of cholera in the camps this month.", [], [], []),
        (
            "Israel marked two years since the Hamas attack of 7 October, in which about 1,200 "
            "people were killed.",
            [],
            [],
            [],
        ),
        ("A missile strike on Dnipro killed four people on Tuesday.", [], [], [(4, None)]),
    ],
)
def test_precision13(text: str, strikes: S, interceptions: N, casualties: N) -> None:
    assert _found(text) == (strikes, interceptions, casualties)
