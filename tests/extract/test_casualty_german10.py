"""Casualties in translated German copy (``dev_numeric41``): the harm word fronted in
German order ("Dead there were three"), "have come around", "N further" as "N more", one
harm verb closing a list of groups after a one-person death, care splits after an injured
toll, and tolls told beside the story's toll (a rival outlet's count, an earlier report, a
figure pointing back to a period, a quote restating a running total). Each reading has a
counterpart that stays as it was."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Toll = tuple[int | None, int | None]

CASES: list[tuple[str, list[Toll]]] = [
    # One harm verb closing a list of groups, after a one-person death.
    ("A 60-year-old woman died, two women and two men suffered injuries.", [(None, 2), (None, 2)]),
    ("A 74-year-old man lost his life, three women and a boy were injured.", [(None, 3)]),
    ("A man was killed; two men and a woman had to be treated in hospital.", [(None, 2)]),
    ("A man died, three men and one woman were hospitalised.", [(None, 3), (None, 1)]),
    # ... but subgroups and "others" keep their own harm.
    (
        "Forty-one people were killed, including 12 children and six women, and 210 others "
        "were wounded.",
        [(41, 210), (12, None), (6, None)],
    ),
    # The harm word fronted in German order.
    ("Dead there were three, according to the police.", [(3, None)]),
    ("Injured there were 14, the mayor said.", [(None, 14)]),
    ("Dead there are, according to first information, four.", [(4, None)]),
    ("Dead there were after the attack on Odesa two, injured eight.", [(2, 8)]),
    ("Governor Synjehubow reported, five further fatalities there had been.", [(5, None)]),
    ("Fatalities there were none, the governor said.", []),
    (
        "Dead there were three, according to the police. Injured there were 14.",
        [(3, 14)],
    ),
    (
        "The number of dead rose according to the head of the city, Oleksandr Vilkul, to four.",
        [(4, None)],
    ),
    # "have come around" (German "sind ums Leben gekommen") and "N further".
    ("In the attack two persons have come around.", [(2, None)]),
    ("At least three persons had come around during the shelling.", [(3, None)]),
    ("One person had lost their life, 18 further suffered injuries.", [(1, 18)]),
    (
        '"Currently 17 injured are known. Four people have come around," wrote the mayor late '
        "on Sunday evening on Telegram.",
        [(4, 17)],
    ),
    (
        "Four persons were killed, among them a boy. The number of injured rose according to "
        "the mayor to 35.",
        [(4, 35)],
    ),
    # The care split after an injured toll: each share is a care subgroup.
    (
        "In Odesa 12 persons were injured. Seven are in hospital, five were treated ambulantly.",
        [(None, 12), (None, 7), (None, 5)],
    ),
    (
        "Nine people were injured. Six had to be hospitalised, three received help on site.",
        [(None, 9), (None, 6), (None, 3)],
    ),
    (
        "16 persons were injured. Five were being treated in hospitals, four treated on the spot.",
        [(None, 16), (None, 5), (None, 4)],
    ),
    (
        "Eight people were injured. Three of them are in hospital, five received first aid on "
        "site.",
        [(None, 8), (None, 3), (None, 5)],
    ),
    # ... a figure not below the total is no share.
    ("Five people were injured. Five were treated on the spot.", [(None, 5)]),
    # Subgroups listed after "Among them are".
    (
        "The number of dead rose according to the governor to nine. Among them are two "
        "children and three women.",
        [(9, None), (2, None), (3, None)],
    ),
    # A rival outlet's count or an earlier report beside the story's toll.
    (
        "Six persons were killed, the administration said. Other media reported eight dead.",
        [(6, None)],
    ),
    (
        "Nine persons were killed, the governor said. Russian bloggers spoke of 12 dead.",
        [(9, None)],
    ),
    ("Some outlets spoke of nine dead.", [(9, None)]),
    (
        "The number of injured had risen to 27. Previously the mayor had communicated about "
        "19 injured.",
        [(None, 27)],
    ),
    # "During this time" after a period or running total, but not after hours of an attack.
    (
        "The report covers the period from 1 June to 31 August. During this time, 612 "
        "civilians were killed.",
        [],
    ),
    (
        "Since the beginning of the invasion 597 children have been killed. During this time "
        "more than 1,800 were injured.",
        [],
    ),
    (
        "The attack lasted from 22:00 until 04:00. During this time two persons were killed.",
        [(2, None)],
    ),
    # A quote restating a running total in its paragraph.
    (
        'Since the beginning of the year 217 civilians have been killed in the region. "217 '
        'people have lost their lives," the governor said.',
        [],
    ),
    # Care told in the present as a habit.
    ("The hospital treats currently more than 60 wounded soldiers.", []),
    # "13 of 28 injured are in inpatient treatment": the total and the share in one phrase
    # (closed by _cas21total, dev_numeric66).
    ("In Kharkiv, 13 of the 28 injured are in inpatient treatment.", [(None, 28), (None, 13)]),
]


@pytest.mark.parametrize(("text", "tolls"), CASES)
def test_german10_readings(text: str, tolls: list[Toll]) -> None:
    found = [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert sorted(found, key=str) == sorted(tolls, key=str)
