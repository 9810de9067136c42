"""Minimal sentences for the casualty readings of the twelfth session's round on
``dev_articles55`` (h_num16, ``dev_numeric56``): rises told by a closing participle or
naming their place, the deaths they explain, "N more GROUP" past a scene sentence, "has
since killed N" and remains handed over."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Toll = tuple[int | None, int | None]

CASES: list[tuple[str, list[Toll]]] = [
    # a rise by a closing participle; the death it explains is no record
    (
        "A missile hit a block in Odesa, killing three people and injuring 12, the governor "
        "said. In the evening, police said one of the injured had died in hospital, bringing "
        "the death toll to four.",
        [(4, 12)],
    ),
    (
        "Two people were killed and nine wounded when a bomb hit a market, the governor said. "
        "Later he wrote that one of the wounded had succumbed to his injuries, lifting the "
        "toll to three.",
        [(3, 9)],
    ),
    # a rise naming its place picks that place's toll; the next sentence's death goes
    (
        "In air attacks on the city Sumy, at least two persons have been killed and 17 injured, "
        "the administration communicated. In Okhtyrka, one person was killed and three were "
        "injured. In the afternoon the administration raised the number of dead in Sumy to "
        "three. One of the injured had died in the clinic.",
        [(3, 17), (1, 3)],
    ),
    (
        "A drone strike on a bus killed one person and wounded eight, the administration said. "
        "Later on Tuesday, the administration updated the number of those killed to two.",
        [(2, 8)],
    ),
    # a rise in the same sentence as the injured's rise
    (
        "A missile hit a hotel, killing one person and injuring 14, the mayor said. Later, police "
        "said one of the injured had died, raising the death toll to two, and that the number "
        "of injured had risen to 16.",
        [(2, 16)],
    ),
    # another group's toll is not raised by a rise naming none
    (
        "The strikes killed three port workers and wounded 14 others.\n\nThe civil defence "
        "revised the toll from the strike on the school to 11 dead.",
        [(3, 14), (11, None)],
    ),
    # the other harm of a group past a scene sentence
    (
        "Two rescuers were killed in a strike on Kharkiv, the service said. The crew had come "
        "to put out a fire. Four more rescuers were injured.",
        [(2, 4)],
    ),
    (
        "Three of its soldiers were killed in an ambush, the army said. Two more soldiers were "
        "wounded.",
        [(3, None), (None, 2)],
    ),
    # a war's running total and a handover
    (
        "The war began with an attack in October 2023. The offensive has since killed more than "
        "60,000 Palestinians, the ministry said.",
        [],
    ),
    ("Under the deal, Israel hands over the remains of 15 Palestinians for each hostage.", []),
    # a wounded man who died with no update stays a record (art55-08)
    (
        "A missile attack killed three people. Injured there were eleven, the governor wrote. "
        "Two of the injured died later in hospital, he added.",
        [(3, 11), (2, None)],
    ),
    # an elided place equal to another region's toll (art55-07; dev_numeric58)
    (
        "In the region Cherson, two people were killed.\n\nThe attacks in the region Donezk "
        "killed one person in Kostjantyniwka and two in Druschkiwka and injured seven.",
        [(2, None), (1, None), (2, None), (None, 7)],
    ),
    # an equal figure of another fronted place is no restatement (art55-11; dev_numeric58)
    (
        "In Komyshany, a drone attack killed 2 people and injured 4.\n\nIn Zolochiv, 4 people "
        "were injured, including 2 rescuers.",
        [(2, 4), (None, 4), (None, 2)],
    ),
]


def _tolls(text: str) -> list[Toll]:
    return sorted(
        ((f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)),
        key=lambda t: (t[0] or -1, t[1] or -1),
    )


def _sorted(tolls: list[Toll]) -> list[Toll]:
    return sorted(tolls, key=lambda t: (t[0] or -1, t[1] or -1))


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_casualty_reading(text: str, expected: list[Toll]) -> None:
    assert _tolls(text) == _sorted(expected)
