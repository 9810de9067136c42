"""Readings of round n57's real-text numeric families (twenty-second session, h_fix_n57).

Table-driven minimal sentences of our own for ``_n57recap`` (a "Recall that" recap; a
tally over "the last days of 2022" stays a strike), ``_n57strike`` (a counted launch answered
sentences later by "nearly all of the incoming missiles"), ``_n57air`` (a shoot-down split by
kind beside a launch total; "N drones carrying ... were intercepted") and ``_n57cas``
(earlier reports, daily rates, "the two dead in X were", a headline told again, "There were
N X among those injured", a dash-framed condition share, "N other injured people in light
condition"), each with guards.
"""

from __future__ import annotations

import pytest

from tests.extract.found import air_counts as air
from tests.extract.found import strike_rows as strikes
from tests.extract.found import toll_rows as tolls

Toll = tuple[str, int | None, int | None]
Air = tuple[int | None, int | None, bool]


STRIKES: list[tuple[str, list[tuple[str, int]]] | object] = [
    (
        "Russia fired 120 missiles at Ukraine in the last days of 2022, officials said.",
        [("missile", 120)],
    ),
    (
        "Iran fired 30 missiles at Israel. Sirens sounded in the north. People ran to "
        "shelters. In Haifa, most of the missiles were shot down.",
        [("missile", 30)],
    ),
    ("Russia launched 14 drones at Sumy overnight, the governor said.", [("drone", 14)]),
    (
        "Recall that on Friday a drone attack hit Kharkiv. The Russians carried out 8 strikes.",
        [],
    ),
    (
        "Recall, the last big attack was on 3 May. On Tuesday, Russia fired 6 missiles at Lviv.",
        [("missile", 6)],
    ),
    (
        "Iran fired 40 missiles at Israel. Sirens sounded. People ran to shelters. "
        "The army said it took down nearly all of the incoming missiles.",
        [],
    ),
    pytest.param(
        "Iran fired 40 missiles at Israel. Sirens sounded. "
        "The army shot down most of the drones launched from Yemen.",
        [("missile", 40)],
        marks=pytest.mark.xfail(
            reason="open (dnum106-007): an older interception reader pairs the launch with "
            "an outcome of another weapon; left to a later round",
            strict=True,
        ),
    ),
]

AIR: list[tuple[str, list[Air]]] = [
    (
        "Iran fired 30 missiles at Israel. Sirens sounded in the north. People ran to "
        "shelters. Most of the missiles were shot down.",
        [(30, None, False)],
    ),
    (
        "Iran fired 40 missiles at Israel. Sirens sounded. People ran to shelters. "
        "The army said it took down nearly all of the incoming missiles.",
        [(40, None, False)],
    ),
    (
        "The air force said it shot down 12 Shahed drones and four reconnaissance drones. "
        "A total of 20 drones were launched, it said.",
        [(None, 12, False), (None, 4, False), (20, None, False)],
    ),
    (
        "The air force said it shot down 12 Shahed drones. A total of 20 drones were launched.",
        [(20, 12, False)],
    ),
    (
        "Two Hezbollah drones carrying explosives that had crossed the border were intercepted.",
        [(2, 2, True)],
    ),
    ("Two drones carrying explosives crossed the border on Friday.", []),
]

CASUALTIES: list[tuple[str, list[Toll]]] = [
    (
        "Shelling killed two people and injured nine, the governor said. "
        "He said earlier in the day that one person had been killed.",
        [("people", 2, 9)],
    ),
    ("He said earlier in the day that three people had been injured.", [("people", None, 3)]),
    (
        "Earlier, Suspilne reported that shelling over the past day had injured five people.",
        [],
    ),
    ("Between 30 and 50 people are being killed every day in the city.", []),
    ("Between 30 and 50 people were killed in the blast, medics said.", [("people", 30, None)]),
    ("About 20 people a day are wounded by mines there.", []),
    (
        "The clinic said it received nine injured people a day earlier.",
        [("people", None, 9)],
    ),
    (
        "A strike on a car killed two men, the ministry said. "
        "Local media said the two dead in Tyre were brothers.",
        [("men", 2, None)],
    ),
    (
        "A drone hit a car near Sumy, injuring two men\n"
        "On Monday a drone hit a car near Sumy, injuring two men. Both are in hospital.",
        [("men", None, 2)],
    ),
    (
        "Bombs hit Kharkiv, wounding 10 people. "
        "There were four interior ministry employees among those injured.",
        [("people", None, 10), ("interior ministry employees", None, 4)],
    ),
    (
        "A missile hit Holon, wounding 12 people\u2014three seriously\u2014and damaging homes.",
        [("people", None, 12), ("people", None, 3)],
    ),
    (
        "Eight people were hurt. Among the injured is a woman in serious condition, "
        "and seven other injured people in light condition.",
        [("people", None, 8), ("people", None, 7)],
    ),
    (
        "A bomb hit Kherson, injuring three people.\n\nRecall\n\n"
        "A drone attack on Odesa last week injured 11 people.",
        [("people", None, 3)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STRIKES)
def test_strikes(text: str, expected: list[tuple[str, int]]) -> None:
    assert strikes(text) == expected


@pytest.mark.parametrize(("text", "expected"), AIR)
def test_interceptions(text: str, expected: list[Air]) -> None:
    assert air(text) == expected


@pytest.mark.parametrize(("text", "expected"), CASUALTIES)
def test_casualties(text: str, expected: list[Toll]) -> None:
    assert tolls(text) == expected
