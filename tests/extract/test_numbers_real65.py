"""Round n65: equal strike and interception figures of two days; "and another person died"."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty, Interception, Strike


def _shot(text: str) -> list[int]:
    return sorted(
        f.intercepted
        for f in extract(text)
        if isinstance(f, Interception) and f.intercepted is not None
    )


def _struck(text: str) -> list[int]:
    return sorted(f.count for f in extract(text) if isinstance(f, Strike) and f.count is not None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # two days, or a later sentence marking a new incident: two records
        (
            "Air defences destroyed five drones over the Lipetsk region on Tuesday. "
            "On Wednesday, five drones were shot down over the region.",
            [5, 5],
        ),
        (
            "Ten drones were shot down over the Sumy region on Friday night. "
            "The following night, ten drones were shot down over the region.",
            [10, 10],
        ),
        (
            "The navy intercepted two missiles over the Red Sea on Sunday. "
            "A day later, it intercepted two missiles over the Red Sea.",
            [2, 2],
        ),
        (
            "Seven drones were downed over the Oryol region on Monday. "
            "In a new attack, seven drones were downed over the region, the governor said.",
            [7, 7],
        ),
        # one tally restated: one record
        (
            "Air defences destroyed 13 drones over the Bryansk region on Thursday, the "
            'governor said. "Thirteen UAVs were shot down over the region," he wrote on '
            "Telegram on Friday.",
            [13],
        ),
        (
            "Nine drones were shot down over the Kaluga region on Saturday, the ministry said. "
            "The ministry said on Saturday that nine drones had been downed over the region.",
            [9],
        ),
    ],
)
def test_air_tallies_of_two_days(text: str, want: list[int]) -> None:
    assert _shot(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Russia launched 35 drones at Ukraine on Monday, the air force said. "
            "On Tuesday, Russia launched 35 drones at Ukraine again.",
            [35, 35],
        ),
        (
            "Russian forces shelled Nikopol 18 times on Saturday, the governor said. "
            "The next day, the town was shelled 18 times.",
            [18, 18],
        ),
        (
            "Russia launched 60 drones at Ukraine overnight, the air force said on Monday. "
            '"The enemy attacked with 60 Shahed drones," its spokesman said on Monday.',
            [60],
        ),
        ("The plant builds 40 drones a day and will build 40 drones a day again.", []),
    ],
)
def test_strikes_of_two_days(text: str, want: list[int]) -> None:
    assert _struck(text) == want


def _tolls(text: str) -> list[tuple[str, int, int]]:
    return sorted(
        (f.group, f.killed or 0, f.injured or 0) for f in extract(text) if isinstance(f, Casualty)
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Four people were killed in Lozova and another person died in Barvinkove, "
            "the governor said.",
            [("people", 1, 0), ("people", 4, 0)],
        ),
        (
            "Drone strikes wounded three residents of Beryslav, while another resident was "
            "wounded in Tiahynka.",
            [("residents", 0, 1), ("residents", 0, 3)],
        ),
        (
            "Six civilians were hurt in the blast, and another woman was killed nearby.",
            [("civilians", 0, 6), ("women", 1, 0)],
        ),
        # no counted toll before it: no count
        ("Another person died in hospital on Monday, the police said.", []),
        ("Another man was wounded near the market.", []),
        # "another" inside a counted list is read by the earlier readers
        ("Shelling killed one person and injured another in Kherson.", [("people", 1, 1)]),
    ],
)
def test_another_person_after_a_toll(text: str, want: list[tuple[str, int, int]]) -> None:
    assert _tolls(text) == want
