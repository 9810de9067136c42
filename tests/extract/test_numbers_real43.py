"""Round n43's phrasing-survey readings (h_survey_n43), on minimal sentences of our own."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Interception, Strike

Rec = tuple[str, int]

STRIKES: list[tuple[str, list[Rec]]] = [
    ("The rebels fired 18 Iranian made rockets at the base.", [("rocket", 18)]),
    ("The militia launched six locally built drones at the airport.", [("drone", 6)]),
    ("Troops fired 20 Russian made Grad rockets at the village.", [("mlrs", 20)]),
    ("The jets struck the depot with two American made guided bombs.", [("glide_bomb", 2)]),
    ("The group launched 55 aerial targets at the north of Israel.", [("other", 55)]),
    ("About 35 air targets were fired toward the coast on Monday.", [("other", 35)]),
    ("A jet dropped three 500-pound bombs on the market.", [("glide_bomb", 3)]),
    ("Planes dropped two 250-kg bombs on the bridge.", [("glide_bomb", 2)]),
    ("The plant produced 400 Iranian made drones last year.", []),
    ("The radar follows 200 aerial targets at once.", []),
    ("The exhibition shows four 500-pound bombs dropped in 1943.", []),
    ("The army bought 50 locally made drones.", []),
]


@pytest.mark.parametrize(("text", "want"), STRIKES)
def test_survey_strikes(text: str, want: list[Rec]) -> None:
    got = [(f.weapon, f.count) for f in extract(text) if isinstance(f, Strike)]
    assert got == want


LAUNCHES: list[tuple[str, tuple[str, int, int]]] = [
    (
        "Russia launched 40 Iranian made Shahed drones overnight, of which 31 were shot down.",
        ("drone", 40, 31),
    ),
    (
        "The enemy launched 12 Russian made missiles, of which 9 were shot down.",
        ("missile", 12, 9),
    ),
]


@pytest.mark.parametrize(("text", "want"), LAUNCHES)
def test_survey_launch_of_outcome(text: str, want: tuple[str, int, int]) -> None:
    got = [
        (f.weapon, f.launched, f.intercepted) for f in extract(text) if isinstance(f, Interception)
    ]
    assert got == [want]
    assert not [f for f in extract(text) if isinstance(f, Strike)]


def test_aerial_targets_answered_later() -> None:
    text = (
        "Overnight, the enemy sent 90 air targets against the country. "
        "A total of 70 targets were neutralised, the air force said."
    )
    assert not [f for f in extract(text) if isinstance(f, Strike)]
