"""Round c74's restated and updated tolls on minimal passages (``dev_numeric123``, ``_c74cas``).

Each row is a short passage with the casualty records (group, killed, injured) expected of
it: an update of one kind folds into the story's full toll (equal: no record; larger: the
full toll takes it), the same one-kind figure told twice of one place is one record, and an
older lower count of the dead told after the toll gives none; negatives keep two records
where the later toll is another attack's, another town's, a share or a regional total.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Rec = tuple[str, int | None, int | None]


def records(text: str) -> list[Rec]:
    return sorted(
        ((f.group, f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)),
        key=repr,
    )


CASES: list[tuple[str, list[Rec]]] = [
    (
        "Shelling hit a bakery in Toretsk, killing three people and wounding 15, the police "
        "said.\n\nBy night the death toll had risen to three, the governor wrote.",
        [("people", 3, 15)],
    ),
    (
        "A guided bomb hit Kherson, killing five people and injuring 20, officials said.\n\n"
        "Crews worked until dawn.\n\nOn Sunday the death toll rose to seven.",
        [("people", 7, 20)],
    ),
    (
        "A missile killed more than 30 people in Vinnytsia, the mayor said. The strike on "
        "Vinnytsia has claimed more than 30 lives, according to the mayor.",
        [("people", 30, None)],
    ),
    (
        "A missile strike on Pokrovsk killed at least 12 people and wounded 40, officials "
        "said.\n\nAt least ten people were reported killed in Pokrovsk by the strike in the "
        "first hours.",
        [("people", 12, 40)],
    ),
    (
        "A drone struck a hostel in Sloviansk, raising the death toll from the week's attack "
        "to 11.\n\nOfficials said on Monday that nine people had been confirmed dead in "
        "Sloviansk.",
        [("people", 11, None)],
    ),
    # negatives: another attack, another town, a share, a regional total
    (
        "Russian shelling killed nine people in Kherson, the governor said. In a separate "
        "attack on Beryslav, eight people were killed.",
        [("people", 8, None), ("people", 9, None)],
    ),
    (
        "A strike killed ten people in Dnipro, officials said. Nine people were killed in "
        "Pavlohrad the same night.",
        [("people", 9, None), ("people", 10, None)],
    ),
    (
        "A fire after the strike killed 20 people in Odesa, officials said. 15 people died "
        "in the fire itself.",
        [("people", 15, None), ("people", 20, None)],
    ),
    (
        "A rocket killed six people in Izium, police said. Five more people were killed "
        "there the next day.",
        [("people", 5, None), ("people", 6, None)],
    ),
    (
        "A drone strike killed 40 people in Kadugli, a doctors' group said. The state health "
        "ministry said 35 people were killed in Kadugli.",
        [("people", 35, None), ("people", 40, None)],
    ),
    (
        "A missile hit the port of Izmail, killing two people and injuring nine, officials "
        "said.\n\nThe number of people injured in the shelling attack on Tuesday has risen to "
        "15.",
        [("people", 2, 9), ("people", None, 15)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_restated_tolls(text: str, expected: list[Rec]) -> None:
    assert records(text) == sorted(expected, key=repr)
