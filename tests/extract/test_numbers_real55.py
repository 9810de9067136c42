"""Round n55's readers: ministry region lists, restated tallies, loss lists, headlines."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty, Interception, Strike

Air = tuple[str, int | None, int | None, bool]


def _air(text: str) -> list[Air]:
    return sorted(
        (f.weapon, f.launched, f.intercepted, f.all_intercepted)
        for f in extract(text)
        if isinstance(f, Interception)
    )


def _tolls(text: str) -> list[tuple[int | None, int | None]]:
    return sorted((f.killed or 0, f.injured or 0) for f in extract(text) if isinstance(f, Casualty))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The ministry said air defences destroyed 31 drones overnight. In detail:\n\n"
            "16 - over Kursk;\n\nfive - over the Tula region;\n\nfive each over Orel and Tver.",
            [5, 5, 5, 16, 31],
        ),
        (
            "Air defences downed 19 drones, the ministry said. By region:\n\n"
            "12 - over Belgorod;\n\n7 - over Voronezh.",
            [7, 12, 19],
        ),
        (
            "It said it had destroyed 22 drones, including eight each in the border regions "
            "of Bryansk and Kursk, and six in another border region of Belgorod.",
            [6, 8, 8, 22],
        ),
        (
            'Air defences shot down 14 drones over Crimea, the ministry said. "Systems on '
            'duty destroyed 14 UAVs over the Republic of Crimea," the statement said.',
            [14],
        ),
        (
            "Nine drones were shot down over Kursk on Monday. On Tuesday, air defences "
            "shot down nine drones over Kursk again.",
            [9, 9],
        ),
    ],
)
def test_region_lists_and_restatements(text: str, want: list[int]) -> None:
    got = sorted(n for _, _, n, _ in _air(text) if n is not None)
    assert got == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Bryansk region governor said an attack by five drones on the region was "
            "prevented.",
            [("drone", 5, 5, True)],
        ),
        (
            '"Four missiles and nine attack drones" were launched, the air force said. '
            '"Of the four, three were shot down and one hit a depot," it said.',
            [("drone", 9, None, False), ("missile", 4, 3, False)],
        ),
        ("Of the ten, seven were destroyed in the fire, the museum said.", []),
        ("Results by district:\n\n54 - over Tula;\n\n48 - over Kaluga.", []),
        (
            "Ukrainian forces destroyed four tanks, 10 armoured vehicles, 22 artillery "
            "systems, 35 operational-tactical drones and 60 vehicles, the General Staff said.",
            [],
        ),
        ("The concert was cancelled after an attack by two protesters was prevented.", []),
    ],
)
def test_outcomes_and_negatives(text: str, want: list[Air]) -> None:
    assert _air(text) == want


def test_of_the_drops_the_drone_strike() -> None:
    text = (
        '"Six missiles and four attack drones" were launched by Russia, the spokesman said. '
        '"Of the six, five were destroyed by air defence," he said.'
    )
    assert not [f for f in extract(text) if isinstance(f, Strike) and f.count == 4]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Missile Strike On Port Kills Five\nFive people were killed and seven wounded "
            "when a missile hit the port on Monday.",
            [(5, 7)],
        ),
        (
            "The General Staff said Ukrainian forces had killed about 1,300 Russian soldiers "
            "over the past day.",
            [],
        ),
        ("A strike on Kharkiv killed three soldiers and wounded two.", [(3, 2)]),
    ],
)
def test_headlines_and_loss_claims(text: str, want: list[tuple[int, int]]) -> None:
    assert _tolls(text) == want
