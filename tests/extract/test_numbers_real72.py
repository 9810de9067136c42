"""Round c72's casualty readings on minimal passages (``dev_numeric121``, ``_c72cas``).

Each row is a short passage with the casualty records (group, killed, injured) expected of
it: a story's one toll told with its dead in the lede and its wounded sentences or
paragraphs later is one record, and a subgroup named on both sides of one toll's sentence
is one record of that group; negatives keep two records where the wounded are placed in
another town, told after another event, another day or a separate attack.
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
        "Guided bombs hit Orikhiv on Friday, killing five people and a dog.\nA clinic burned "
        "down.\nVolunteers cleared the road by night.\nThe governor said the number of "
        "injured stands at 27.",
        [("people", 5, 27)],
    ),
    (
        "A missile attack on Bila Tserkva killed at least seven people, officials said.\n\n"
        "Windows were blown out across the district.\n\nFirst aid crews reported that 19 "
        "people were hurt in the attack.",
        [("people", 7, 19)],
    ),
    (
        "At least 12 people were killed, including four children, and 40 people were injured, "
        "among them six children, in the strike on Izium, officials said.",
        [("children", 4, 6), ("people", 12, 40)],
    ),
    (
        "Two civilians were killed in Stepnohirsk, the governor said. One civilian was wounded "
        "in Huliaipole.",
        [("civilians", 2, None), ("civilians", None, 1)],
    ),
    (
        "A drone strike killed three people in Sumy on Monday, the mayor said.\n\nIn a separate "
        "attack on Okhtyrka, 11 people were injured.",
        [("people", 3, None), ("people", None, 11)],
    ),
    (
        "Shelling killed two people in Kupiansk, the governor said.\nOn Sunday, a drone attack "
        "wounded four people near the city.",
        [("people", 2, None), ("people", None, 4)],
    ),
    (
        "Artillery killed one person in Nikopol, officials said.\n\nPower was cut to a "
        "hospital.\n\nAn evening drone attack also wounded three others.",
        [("people", 1, None), ("people", None, 3)],
    ),
    (
        "A drone killed two people in Beryslav, the governor said.\n\nShops were damaged.\n\n"
        "Four more people were injured later.",
        [("people", 2, None), ("people", None, 4)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_c72_casualties(text: str, expected: list[Rec]) -> None:
    assert records(text) == sorted(expected, key=repr)
