"""Round n45's casualty revisions (h_fix_n45, ``_n45cas``), on minimal sentences of our own."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Rec = tuple[str, int | None, int | None]


def _tolls(text: str) -> list[Rec]:
    return [(f.group, f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]


CASES: list[tuple[str, list[Rec]]] = [
    # a next sentence's "also wounded" completes the killed-only toll and its subgroups
    (
        "At least 30 people, including 10 women, were killed when a shell hit a camp, medics "
        "said. The attack also wounded 45 people, including 12 women.",
        [("people", 30, 45), ("women", 10, 12)],
    ),
    (
        "Twelve people were killed in a missile strike on Sumy, the mayor said. "
        "The governor condemned the attack, which also left 33 injured.",
        [("people", 12, 33)],
    ),
    (
        "Five people were killed in shelling of Nikopol, officials said. It also wounded 8 others.",
        [("people", 5, 8)],
    ),
    (
        "Three people were killed in a strike on Sumy. An attack on Kharkiv also wounded 6 people.",
        [("people", 3, None), ("people", None, 6)],
    ),
    (
        "Four soldiers were killed at a base, the army said. A separate strike wounded 9 people.",
        [("soldiers", 4, None), ("people", None, 9)],
    ),
    # a later counted figure for an uncounted "several were injured"
    (
        "Seven people were killed and several were injured in a drone strike on the market. "
        "Around 15 injured people were taken to hospital.",
        [("people", 7, 15)],
    ),
    # one figure for both harms; damaged hardware; others who were rescued or who helped
    ("A drone raid killed or injured 14 servicemen at the airfield, officials said.", []),
    (
        "The attack destroyed three jets and badly damaged five others, the army said.",
        [],
    ),
    (
        "One man was killed in the Lviv region and six others were rescued from the rubble.",
        [("men", 1, None)],
    ),
    ("Two others carried a wounded man to the car, a witness said.", []),
    # an earlier attack beside the story's own news; a recalled attack told alone is kept
    (
        "Shelling wounded three people in Kherson on Monday. A missile strike on a cafe in "
        "Kramatorsk killed 12 people last month.",
        [("people", None, 3)],
    ),
    (
        "A strike on a port in Hodeidah killed at least 60 people last month, officials said.",
        [("people", 60, None)],
    ),
    (
        "Medics said 9 civilians were killed in shelling of Rafah on Monday. It came after "
        "Israel's June 8 raid on Nuseirat, which killed at least 200 Palestinians.",
        [("civilians", 9, None)],
    ),
    # the toll named again with "the"
    (
        "A strike on a van killed two people near Khiam on Monday, the ministry said. "
        "A local station also reported that the two dead in Khiam were farmers.",
        [("people", 2, None)],
    ),
    # war-long totals
    (
        "A drone strike killed two people in Dnipro on Friday. Fighting has gone on since the "
        "full-scale invasion began. More than 700 civilians have been killed in the region.",
        [("people", 2, None)],
    ),
    (
        "The health ministry says the toll since the war began stands at 50,000. The dead "
        "include 15,000 children. A strike on Rafah killed six people on Sunday.",
        [("people", 6, None)],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_n45_casualties(text: str, want: list[Rec]) -> None:
    assert sorted(_tolls(text), key=str) == sorted(want, key=str)
