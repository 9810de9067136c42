"""Casualty families of the fourteenth session's round on ``dev_articles69`` (``dev_numeric71``,
h_num25): number-heavy literal translations of French, Italian, Spanish and Ukrainian copy
(``_n25cas``, ``_n25update``, ``_n25skip``; "N or so" in ``numbers``).

Each case is a minimal passage of my own; the figures are read as (killed, injured) per
casualty record.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Toll = tuple[int | None, int | None]

CASES: list[tuple[str, list[Toll]]] = [
    # The other harm told verb-first in the next sentence completes a killed-only toll ...
    (
        "At least 14 civilians died on Sunday in a drone attack. Resulted wounded another 37 "
        "civilians.",
        [(14, 37)],
    ),
    (
        "Two soldiers were killed at the checkpoint. Were wounded another three soldiers.",
        [(2, 3)],
    ),
    # ... also opening the next paragraph, with its condition share.
    (
        "At least 9 civilians died on Friday in a bombardment.\n\nResulted wounded another 30 "
        "civilians, of whom a dozen were transferred in serious state to the hospital.",
        [(9, 30), (None, 12)],
    ),
    # ... but not a group other than the dead's (kin counted after one person).
    (
        "Died in the attack a woman of 64 years and her two grandchildren. Resulted wounded five "
        "other people.",
        [(2, None), (None, 5)],
    ),
    # A condition share fronted by "The wounded," with no figure of its own.
    (
        "A guided bomb hit Sloviansk, killing two people and wounding 23. The wounded, of whom "
        "five in serious condition, were taken to the regional hospital.",
        [(2, 23), (None, 5)],
    ),
    (
        "The injured, of whom four in critical condition, were taken to Soroka hospital. The toll "
        "is of two dead and 11 injured.",
        [(2, 11), (None, 4)],
    ),
    # "Among them are counted N X" after the wounded; "Among the victims, N X" after a toll.
    (
        "Eleven people were wounded in Kharkiv. Among them are also counted two children.",
        [(None, 11), (None, 2)],
    ),
    (
        "The Israeli strike made 5 dead and 9 wounded. Among the victims there are also two "
        "journalists.",
        [(5, 9), (2, None)],
    ),
    (
        "The raid made 3 dead and 12 wounded. It is the balance of the morning. Among the "
        "victims, 2 workers of the port and a paramedic.",
        [(3, 12), (2, None)],
    ),
    # A group's dead and its wounded told in two sentences are one record.
    (
        "Are 7 the dead of the strike on Kramatorsk. Among the dead, three children. The wounded "
        "are 12, among them 5 children.",
        [(7, 12), (3, 5)],
    ),
    (
        "Among the dead, two women. The wounded are 8, among them 3 women.",
        [(2, 3), (None, 8)],
    ),
    # An update naming only the dead replaces the first toll and keeps its wounded ...
    (
        "A missile hit a building in Ternopil, making 16 dead and 60 wounded, according to the "
        "first balance. During the night the balance rose to 19 dead, after the rescuers "
        "extracted three more bodies from the rubble.",
        [(19, 60)],
    ),
    # ... not a place-fronted toll between them, nor another place's update.
    (
        "At least 27 Palestinians were killed since dawn in Israeli strikes on Gaza. Some fifty "
        "others were wounded.\n\nIn Gaza City, eight dead were counted after a strike on a "
        "house.\n\nIn the evening, the civil defence raised the toll to 31 dead, after the "
        "recovery of four bodies.",
        [(31, 50), (8, None)],
    ),
    (
        "Twelve people were killed and 40 wounded in the strike. In Kyiv the toll rose to 14 dead.",
        [(12, 40), (14, None)],
    ),
    # Place shares after "of whom".
    (
        "The toll of the night attack rose to 8 dead, of whom 6 in Ternopil and 2 in Lviv.",
        [(8, None), (6, None), (2, None)],
    ),
    # "killed a family of N"; "N or so".
    ("In Rafah, a strike on a tent killed a family of six.", [(6, None)]),
    ("The attack killed a whole family of four in Rafah.", [(4, None)]),
    (
        "The bombardment made at least 17 dead and a hundred or so wounded.",
        [(17, 100)],
    ),
    ("A hundred or so people were wounded.", [(None, 100)]),
    # Background and superseded figures: no toll.
    ("The war of 2006 between Israel and Hezbollah had made more than 1,200 dead.", []),
    (
        "It is the fourth attack this month. The last one of such scale, on 4 July, had made 31 "
        "dead and over 150 wounded.",
        [],
    ),
    ("Last autumn, a drone had killed a family of four in the same quarter.", []),
    (
        "The toll of the attack on Poltava climbed to 9 dead and 44 wounded. In the morning one "
        "spoke of 6 dead.",
        [(9, 44)],
    ),
    (
        "The dead of the offensive exceed 68,000 since October 2023, according to the ministry, "
        "and the wounded are more than 170,000.",
        [],
    ),
    # A fronted condition share with no toll near it is injured N (round n29, once open).
    (
        "The wounded, of whom two in serious condition, were hospitalised in Kherson.",
        [(None, 2)],
    ),
]


@pytest.mark.parametrize(("text", "tolls"), CASES)
def test_articles69_readings(text: str, tolls: list[Toll]) -> None:
    found = [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert sorted(found, key=str) == sorted(tolls, key=str)
