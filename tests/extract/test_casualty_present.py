"""Ninth-session casualty readings (``dev_numeric32``): kin after one person, "another
twelve", people present or a past record, disasters, tolls since an earlier weekday,
quoted groups, colon lists after "of" a region, and agency recaps."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

CASES: list[tuple[str, list[tuple[int | None, int | None]]]] = [
    # "another twelve" is the figure, not one more person.
    (
        "Shelling claimed the lives of four civilians and injured another thirteen, the "
        "governor said.",
        [(4, 13)],
    ),
    ("The strike killed one woman and injured another, police said.", [(1, 1)]),
    # Kin after one person share that person's harm, not the nearest harm word's.
    (
        "The death toll included a man and his two sons, while four other people were "
        "wounded, medics said.",
        [(2, None), (None, 4)],
    ),
    ("A drone killed a farmer and his three grandsons near Nikopol.", [(3, None)]),
    ("A shell hit the yard, killing an old man and his son.", []),
    ("Rescuers found the bodies of a woman and her three children in the rubble.", [(3, None)]),
    # Shot dead; quoted group nouns, in the table or not; "remain in hospital".
    ('Officials said 7 "infiltrators" were killed overnight.', [(7, None)]),
    ("Two soldiers were killed. Nine passengers remain in hospital.", [(2, None), (None, 9)]),
    ("Four assailants were shot dead by the guards.", [(4, None)]),
    ('Army television said 16 "rebels" had been killed near the border.', [(16, None)]),
    # People present, a denied harm, a past record, a disaster: no toll.
    ("One paramedic was killed; the ward had about 40 patients admitted.", [(1, None)]),
    ("The base, whose 2,000 soldiers guard the pass, was shelled but nobody was hurt.", []),
    (
        "The worst strike of the year, on Sumy on April 13, killed 35 people.",
        [],
    ),
    ("A powerful earthquake killed more than 500 people in the mountains in May.", []),
    ("Twelve people died in floods after the dam burst.", []),
    # Since an earlier weekday than the day told: a running total; a rise stays the toll.
    (
        "The ministry said on Tuesday that the raids had killed 61 people since Saturday.",
        [],
    ),
    (
        "The number of people killed since Friday had risen to nine, officials said on Sunday.",
        [(9, None)],
    ),
    # A colon list after "of" a region: one record per town.
    (
        "The Russians killed 3 residents of Zaporizhzhia region: 2 in Huliaipole and 1 in "
        "Stepnohirsk.",
        [(3, None), (2, None), (1, None)],
    ),
    # An agency's recap of its earlier report.
    (
        "On May 2, a drone attack on a bus in Kherson injured nine passengers, Ukrinform "
        "reported earlier.",
        [],
    ),
    # A pluperfect "had set fire" is no superseded toll.
    (
        "He said a drone had set fire to a shed and that one worker had been injured.",
        [(None, 1)],
    ),
    # Stress reactions after an aside are no injuries.
    (
        "Nineteen people, including three children, had sought medical help for acute stress "
        "after the blast.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "tolls"), CASES)
def test_casualty_readings(text: str, tolls: list[tuple[int | None, int | None]]) -> None:
    found = [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert sorted(found, key=str) == sorted(tolls, key=str)
