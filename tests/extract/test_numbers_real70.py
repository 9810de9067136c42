"""Round c70's casualty readings on minimal passages (``dev_numeric119``, ``_c70cas``).

Each row is a short passage with the casualty records (group, killed, injured) expected of
it: birth years that are no count, bodies recovered under a raised toll, the harmed
identified by age after a toll's colon, a past attack dated inside its subject, and
condition shares ("N of the wounded victims were in a 'severe condition'", ", with N
reported to be in serious condition"), with negatives where the same words carry none.
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
    ("Drones attacked Kozatske. The man born in 1,991 suffered burns to both arms.", []),
    (
        "A shell hit a yard in Beryslav on Sunday. A woman born in 1968 was wounded, the "
        "administration said.",
        [],
    ),
    (
        "Shelling injured three people in Kherson, the governor said. One of them was born in "
        "1,949.",
        [("people", None, 3)],
    ),
    (
        "The death toll from the strike on Kryvyi Rih has risen to 20, officials said. Rescuers "
        "pulled 7 bodies from the ruins overnight. In addition, 55 people were wounded.",
        [("people", 20, 55)],
    ),
    (
        "The number of dead in the Odesa strike has risen to 9. Four bodies were retrieved from "
        "the rubble on Tuesday.",
        [("people", 9, None)],
    ),
    (
        "Rescuers found the bodies of three people in the ruins of a house in Pisky.",
        [("people", 3, None)],
    ),
    (
        "Rockets hit Balakliia, the governor said. Four people were injured: a man, 61, and "
        "three women, aged 35, 49 and 70.",
        [("people", None, 4)],
    ),
    (
        "A drone hit a car near Marhanets, killing two men: a driver, 52, and his passenger, "
        "aged 30.",
        [("men", 2, None)],
    ),
    (
        "Nine people were injured in the attack. Among the injured were two boys aged 11 and 15.",
        [("children", None, 2), ("people", None, 9)],
    ),
    (
        "Shelling wounded three people in Donetsk on Monday. A missile strike late last month "
        "killed 16 civilians there, including four children.",
        [("people", None, 3)],
    ),
    (
        "A drone killed a man in Sumy. An air strike early last year killed 12 people in the "
        "same district.",
        [],
    ),
    (
        "Last week alone, 31 civilians were killed in the province, the monitor said.",
        [("civilians", 31, None)],
    ),
    (
        "A bomb hit Izium on Friday, injuring eight people, the governor said. Two of the "
        'wounded victims were in a "severe condition", he added.',
        [("people", None, 2), ("people", None, 8)],
    ),
    (
        "A missile hit the port, killing four people and injuring ten others, the governor "
        "said. All the injured were crew members, with three reported to be in serious "
        "condition.",
        [("people", 4, 10), ("people", None, 3)],
    ),
    (
        "A strike on Dnipro injured 15 people. All were taken to hospital, with most reported "
        "to be in serious condition.",
        [("people", None, 15)],
    ),
    (
        "Ten people were injured in the blast, none of them in serious condition.",
        [("people", None, 10)],
    ),
    (
        "Bilopillia community: 5 civilians were wounded and 2 people died as a result of shelling.",
        [("civilians", 2, 5)],
    ),
    (
        "In Sumy, 2 residents were injured, and in Okhtyrka 3 people were killed, officials said.",
        [("people", 3, None), ("residents", None, 2)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_c70_casualties(text: str, expected: list[Rec]) -> None:
    assert records(text) == sorted(expected, key=repr)
