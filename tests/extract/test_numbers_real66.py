"""Round n66: vague outcome clauses, second launches, salvo nouns, regional tolls."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty
from tests.extract.found import Air, air_rows, strike_rows


def _tolls(text: str) -> list[tuple[int | None, int | None]]:
    return sorted(
        ((f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)),
        key=lambda r: (r[0] or 0, r[1] or 0),
    )


@pytest.mark.parametrize(
    ("text", "strikes", "air"),
    [
        # a launch list closed by a vague outcome clause: launch-only interceptions
        (
            "The air force said Russia fired 12 missiles and 70 drones, which were mostly "
            "shot down.",
            [],
            [("missile", 12, None, False), ("drone", 70, None, False)],
        ),
        (
            "Russia sent 25 drones at Kherson overnight, which were largely destroyed.",
            [],
            [("drone", 25, None, False)],
        ),
        # no outcome in the clause: the launch stays a strike
        (
            "Russia launched 18 drones at Sumy overnight, which largely hit homes.",
            [("drone", 18)],
            [],
        ),
        # a parenthetical outcome, then a second kind with none: a strike
        (
            "Kyiv said Russia fired 31 missiles (only six intercepted) and about 150 drones.",
            [("drone", 150)],
            [("missile", 31, 6, False)],
        ),
        # one figure for two kinds after a salvo noun: one strike of weapon other
        (
            "The barrage of more than 60 missiles and drones cut power in Odesa.",
            [("other", 60)],
            [],
        ),
        ("A salvo of 35 drones and missiles hit Lviv overnight.", [("other", 35)], []),
        # no figure, or a past date: nothing
        ("The barrage of missiles and drones went on for hours.", [], []),
        ("Three years ago, a wave of 50 missiles and drones hit Kyiv.", [], []),
    ],
)
def test_launch_readings(text: str, strikes: list[tuple[str, int]], air: list[Air]) -> None:
    assert sorted(strike_rows(text)) == sorted(strikes)
    assert sorted(air_rows(text), key=str) == sorted(air, key=str)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Shelling killed four people in Kharkiv. The Sumy region was also hit, claiming "
            "two more lives and leaving six people injured.",
            [(2, 6), (4, None)],
        ),
        (
            "A strike killed three people in Kyiv. Outside the capital, drones hit Poltava, "
            "claiming one more life.",
            [(1, None), (3, None)],
        ),
        (
            "A missile killed five people in Odesa. In Izmail, another person was killed and "
            "seven injured, the governor said.",
            [(1, 7), (5, None)],
        ),
        # no counted toll before it: "another" stays no count
        ("Another person was killed and four injured in Nikopol, police said.", [(None, 4)]),
        ("The war has claimed many more lives since 2022.", []),
    ],
)
def test_regional_tolls(text: str, want: list[tuple[int | None, int | None]]) -> None:
    assert _tolls(text) == sorted(want, key=lambda r: (r[0] or 0, r[1] or 0))


@pytest.mark.parametrize(
    ("text", "strikes", "air"),
    [
        # a campaign's running tally "so far" / "to date" is no strike; a week's stays
        ("Officials said over 150 airstrikes have been carried out so far.", [], []),
        ("The ministry said there have been more than 80 strikes to date.", [], []),
        (
            "Russia has launched more than 400 drones so far this week, the air force said.",
            [("drone", 400)],
            [],
        ),
        # hits and "M others" shot down: a strike of N and a shoot-down of M
        (
            "Kherson was hit by two Russian missiles, and air defences shot down three others.",
            [("missile", 2)],
            [("missile", None, 3, False)],
        ),
        # a share of the attack's weapons is no strike of its own
        (
            "Russia fired 30 missiles overnight. At least five Kinzhal missiles were among "
            "the projectiles.",
            [("missile", 30)],
            [],
        ),
        # a lone launch answered per kind a few sentences later
        (
            "Kyiv said around 50 missiles and 70 drones were fired into the country, with air "
            "defences downing more than 90 targets. The air force later said its crews downed "
            "96 targets -- 41 missiles and 55 drones.",
            [],
            [
                ("missile", 50, 41, False),
                ("drone", 70, 55, False),
                ("mixed", None, 90, False),
                ("mixed", None, 96, False),
            ],
        ),
        # the other side's tally answers nothing
        (
            "Russia launched 40 drones at Ukraine overnight, most of which were shot down, the "
            "air force said. Moscow said its forces had destroyed 25 Ukrainian drones.",
            [],
            [("drone", 40, None, False), ("drone", None, 25, False)],
        ),
    ],
)
def test_late_readings(text: str, strikes: list[tuple[str, int]], air: list[Air]) -> None:
    assert sorted(strike_rows(text)) == sorted(strikes)
    assert sorted(air_rows(text), key=str) == sorted(air, key=str)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The attack came almost a week after a strike on Sumy killed 20 people.", []),
        ("The shelling came more than two days after drones killed three residents.", []),
        ("Drones killed three residents of Sumy. The attack came as talks resumed.", [(3, None)]),
    ],
)
def test_earlier_incidents(text: str, want: list[tuple[int | None, int | None]]) -> None:
    assert _tolls(text) == want
