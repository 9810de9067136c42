"""Round n48's readings (h_fix_n48), on minimal sentences of our own."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Rec = tuple[str, int | None, int | None]

CASES: list[tuple[str, list[Rec]]] = [
    # "The death from X has risen to N" (no "toll"), joined to a later "N others" wounded
    (
        "The death from a missile strike on Dnipro has risen to 8, officials said. "
        "Four others were wounded in the strike.",
        [("people", 8, 4)],
    ),
    (
        "The death from the shelling of Kherson rose to six, the governor said.",
        [("people", 6, None)],
    ),
    (
        "The death from a drone strike on Tyre has climbed to 4, the ministry said. "
        "A further 15 people were injured, it said.",
        [("people", 4, 15)],
    ),
    # a later plain death toll between: the wounded stay apart
    (
        "The death from a strike on Rafah has risen to 9, medics said. "
        "In Khan Younis, two people were killed. Three others were wounded.",
        [("people", 9, None), ("people", 2, 3)],
    ),
    # a restated single death
    (
        "A drone strike on a car near Sidon killed one person on Monday, the ministry said. "
        "The ministry said the drone hit the car on the coastal road, killing one man.",
        [("people", 1, None)],
    ),
    (
        "A strike on Sumy killed one person, officials said. Another strike killed one man.",
        [("people", 1, None), ("men", 1, None)],
    ),
    (
        "A strike on Sumy killed one person, officials said. "
        "In Kharkiv, a glide bomb hit a shop, killing one man.",
        [("people", 1, None), ("men", 1, None)],
    ),
    # a retracted death
    (
        "Earlier, the mayor said the strike killed one person, but later police said the man "
        "had died before the attack.",
        [],
    ),
    # an age between the figure and the group
    (
        "A Russian drone hit a car, injuring two nine-year-old children, the governor said.",
        [("children", None, 2)],
    ),
    ("Shelling killed three 68-year-old women in the village.", [("women", 3, None)]),
    # no toll
    ("The death of the commander was confirmed on Sunday.", []),
    ("The death penalty has risen to the top of the agenda, lawmakers said.", []),
    ("Two 12-year-old boys won the regional chess championship.", []),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_round_n48(text: str, want: list[Rec]) -> None:
    got = [(f.group, f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert sorted(got, key=str) == sorted(want, key=str)
