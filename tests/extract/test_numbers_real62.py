"""Readings of round n62's real-text strike and interception families (twenty-third
session, h_fix_n62).

Table-driven minimal sentences of our own for ``_n62pair`` / ``_n62air`` (a launch tally
answered sentences later, "N Shahed 136 drones", a governor's shoot-down "over his region")
and ``_n62strike`` ("N raids hit X", "a jet released N bombs", "with N bombs dropped on" in
an air-strike sentence, "N drones crashed into homes"), each with guards.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Interception
from tests.extract.found import strike_rows as hits


def downs(text: str) -> list[tuple[str, int | None, int | None, str | None]]:
    return [
        (f.weapon, f.launched, f.intercepted, f.location)
        for f in extract(text)
        if isinstance(f, Interception)
    ]


STRIKES = [
    ("The agency said two American raids hit the port of Salif on Sunday.", [("airstrike", 2)]),
    ("Five Israeli raids struck the hills east of the town overnight.", [("airstrike", 5)]),
    ("Four police raids targeted suspected smugglers and two men were detained.", []),
    ("Residents said a military jet released three bombs over the village.", [("airstrike", 3)]),
    ("The ministry released three reports on bombs found near the road.", []),
    (
        "The air strike came at night, with five bombs dropped on the camp, the group said.",
        [("airstrike", 5)],
    ),
    ("Two drones crashed into private homes in the district, the mayor said.", [("drone", 2)]),
    ("Four Ukrainian drones slammed into a residential block, the governor said.", [("drone", 4)]),
    ("Debris from two downed drones crashed into homes in the district.", []),
    ("Two drones crashed into a field outside the town, officials said.", []),
]


@pytest.mark.parametrize(("text", "expected"), STRIKES)
def test_strike_readings(text: str, expected: list[tuple[str, int]]) -> None:
    assert hits(text) == expected


DOWNS = [
    (
        "The air force said Russia had launched 40 missiles and 60 drones overnight. The "
        'president condemned the attack. "We will answer," he said. Moscow said all targets '
        "were hit. The air force said 25 missiles had been shot down as well as 50 drones.",
        [("missile", 40, 25, None), ("drone", 60, 50, None)],
    ),
    (
        "The crew reported two missiles near the ship, the agency said. One of the missiles "
        "was intercepted by a warship, it said.",
        [("missile", 2, 1, None)],
    ),
    ("The army said it shot down 33 Shahed 136 drones overnight.", [("drone", None, 33, None)]),
    (
        "Ukraine's air force said it had shot down one of three missiles. The governor of the "
        "Rivne region said one missile was shot down over his region.",
        [("missile", 3, 1, None), ("missile", None, 1, None)],  # the governor's share kept,
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOWNS)
def test_interception_readings(
    text: str, expected: list[tuple[str, int | None, int | None, str | None]]
) -> None:
    got = downs(text)
    assert [(w, lo, i) for w, lo, i, _ in got] == [(w, lo, i) for w, lo, i, _ in expected]


def test_launch_answered_by_another_kind_stays_a_strike() -> None:
    text = (
        "Russia launched 20 missiles at Kharkiv overnight, the governor said. Later the air "
        "force said 15 drones had been shot down."
    )
    assert hits(text) == [("missile", 20)]
    assert [(w, lo, i) for w, lo, i, _ in downs(text)] == [("drone", None, 15)]
