"""Casualty families of the thirteenth session's round on ``dev_articles61``/``60``
(``dev_numeric61``, h_num19): literal Romance and Turkish translations with their languages'
number syntax.

Each case is a minimal passage of my own; the figures are read as (killed, injured) per
casualty record.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Toll = tuple[int | None, int | None]

CASES: list[tuple[str, list[Toll]]] = [
    # The Italian inverted toll, completed by "The wounded are N".
    ("Are 14 the dead in the bombardment of Kherson, said the governor.", [(14, None)]),
    (
        "Were at least 8 the dead in the raid, the civil defence said. The wounded are 30, "
        "according to the hospital.",
        [(8, 30)],
    ),
    ("Rises to 6 the number of the dead in the collapse of the building.", [(6, None)]),
    (
        "Are 20 the dead in the raids, the ministry said. Among the victims, 4 minors. The "
        "wounded are over 50, according to the hospital.",
        [(20, 50), (4, None)],
    ),
    # "victims" alone says neither.
    ("Rises to 6 the number of the victims of the attack.", []),
    # Condition shares in Romance order.
    (
        "The toll climbs to 11 dead and 40 wounded, among whom 7 in serious state.",
        [(11, 40), (None, 7)],
    ),
    (
        'The attack killed one person and injured 9, among them 3 children. "Two of the '
        'children are in serious condition," the surgeon said.',
        [(1, 9), (None, 3), (None, 2)],
    ),
    # A later incident's equal toll restates no condition share.
    (
        "In Kyiv the toll is of 2 dead and 8 wounded, of whom 3 in serious condition. In the "
        "region of Kursk, a drone hit a car: 1 dead and 3 wounded.",
        [(2, 8), (None, 3), (1, 3)],
    ),
    # Superseded first counts.
    (
        "The balance rose to 6 dead and 25 wounded. The first balance, at dawn, spoke of 2 dead.",
        [(6, 25)],
    ),
    ("The ministry raised the toll to 9 dead, a figure which at noon was of 5 dead.", [(9, None)]),
    ("According to the balance, 4 people were killed.", [(4, None)]),
    # An earlier attack in the pluperfect with "made" / "caused".
    (
        "The strike made 3 dead. The last attack of this scale, on 2 May, had made 10 dead.",
        [(3, None)],
    ),
    ("The previous raid, on 20 June, had caused 4 dead and 12 wounded.", []),
    # Dates with "of".
    ("In May of 2023, a similar attack had killed 12 people in Uman.", []),
    ("During the war of 2006 between Israel and Hezbollah, about 1 200 people died.", []),
    # Place items with the place first.
    ("In Odesa were registered 3 wounded, while in Izmail another 2.", [(None, 3), (None, 2)]),
    ("The attack made 4 dead in Kherson and another 1 in Mykolaiv.", [(4, None), (1, None)]),
    # Shares of the dead by place.
    (
        "Four people died, the ministry said. Two of the dead were registered in a strike on a "
        "car near Tyre, while the other two died in Nabatieh.",
        [(4, None), (2, None), (2, None)],
    ),
    # Running totals of both kinds; hunger counts.
    (
        "Since 7 October 2023 the number of the dead rose to 58.000, and the number of wounded "
        "to 139.000, the ministry said.",
        [],
    ),
    ("The number of people who died because of hunger rose to 120, of whom 80 are children.", []),
    # Harm after people seized.
    ("The army arrested 9 people in Jenin and wounded 2 young men.", [(None, 2)]),
    # A habit and the expected.
    ("The hospital treats at the moment 40 wounded soldiers.", []),
    # A death-toll rise naming the toll's town.
    (
        "In the Nikopol district, one person was killed and six were injured.\n\n"
        + "The city also lost power for hours. " * 40
        + "\n\nIn the evening, the governor said that one of the wounded in Nikopol had died "
        "in hospital, raising the death toll to two.",
        [(2, 6)],
    ),
    # A group condition share opening a passage with no harm word (gated by "condition",
    # dev_numeric66).
    ("Three of the women are in critical condition, the doctors said.", [(None, 3)]),
]


@pytest.mark.parametrize(("text", "tolls"), CASES)
def test_articles61_readings(text: str, tolls: list[Toll]) -> None:
    found = [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert sorted(found, key=str) == sorted(tolls, key=str)
