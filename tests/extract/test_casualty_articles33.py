"""Numeric families of the tenth session's round on ``dev_articles33`` (``dev_numeric43``):
translated agency copy's toll updates, recalled incidents, care shares and air reports.

Each case is a minimal passage of my own; the figures are read as (killed, injured) per
casualty record, (weapon, count) per strike and (launched, intercepted) per interception.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty, Interception, Strike

CASUALTIES: list[tuple[str, list[tuple[int | None, int | None]]]] = [
    # The increment inside a toll update is part of the toll.
    (
        "The toll of the strike on Sumy rose to nine dead on Monday after rescuers pulled three "
        "more bodies from the rubble.",
        [(9, None)],
    ),
    (
        "The number of people killed in Odesa has climbed to 12 after rescuers found the bodies "
        "of two more victims.",
        [(12, None)],
    ),
    ("The death toll has reached seven after the body of one more man was found.", [(7, None)]),
    # ... but further injured beside a risen death toll stay the other harm.
    (
        "The death toll rose to five on Friday. Another 30 people were injured.",
        [(5, 30)],
    ),
    # A compared incident in a "when" clause is background.
    (
        "A missile killed six people in Dnipro on Sunday. It was the deadliest attack on the city "
        "since 21 May, when 31 people were killed at a bus station.",
        [(6, None)],
    ),
    (
        "It was the worst attack since the summer, when a drone attack on a bus killed nine "
        "passengers.",
        [],
    ),
    # The dead named after their toll, or named again by a definite noun.
    (
        "Three people were killed in the strike. The ministry identified the dead as three "
        "young men aged 19, 22 and 24.",
        [(3, None)],
    ),
    (
        "Two medics were killed near Kherson. The ministry condemned the killing of the two "
        "medics.",
        [(2, None)],
    ),
    # A war's opening in a past year governs its trailing participle.
    (
        "Israel launched an offensive in Lebanon on Oct. 8, 2023, which grew into a full-scale "
        "war against Hezbollah a year later, killing more than 4,000 people.",
        [],
    ),
    ("Russian troops shelled the town on Monday, killing three people.", [(3, None)]),
    # Care shares: an active transfer, and a second share elided after the first.
    (
        "Settlers attacked the village, injuring six citizens. Crews transferred three of the "
        "injured to hospital.",
        [(None, 6), (None, 3)],
    ),
    (
        "Seven people were wounded. Four of the wounded were taken to the city hospital, three "
        "received medical help at the scene.",
        [(None, 7), (None, 4), (None, 3)],
    ),
    (
        "Paramedics evacuated two of the wounded to Soroka hospital after shrapnel lightly "
        "wounded eight people.",
        [(None, 2), (None, 8)],
    ),
    # Panic and anxiety attacks are no injuries.
    (
        "Medics treated three people for shrapnel wounds and 16 others who suffered panic attacks.",
        [(None, 3)],
    ),
    ("Nine people were lightly hurt and 20 had anxiety attacks.", [(None, 9)]),
    # A preliminary toll the same body later raises is replaced.
    (
        "Four fishermen were killed and nine others were wounded, the ministry said in a "
        "preliminary toll. Later, the ministry raised the toll to seven dead and 15 wounded.",
        [(7, 15)],
    ),
    # Another official's report of the other harm completes the toll in the next sentence.
    (
        "At least five people were killed in the attack on Kharkiv. Mayor Ihor Terekhov wrote on "
        "Telegram that 40 people had been injured.",
        [(5, 40)],
    ),
    # A toll since an earlier weekday, with no day of its own, and its continuation.
    (
        "The ministry put the number of dead at 406 since Friday; more than 3,000 had been "
        "injured.",
        [],
    ),
    ("Its hospital had received 31 wounded people since Saturday.", [(None, 31)]),
    (
        "Since Saturday, strikes have killed 29 civilians, the governor said on Tuesday; a "
        "further 104 have been wounded.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASUALTIES)
def test_articles33_casualties(text: str, want: list[tuple[int | None, int | None]]) -> None:
    got = [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert sorted(got, key=str) == sorted(want, key=str)


AIR: list[tuple[str, list[tuple[str, int]], list[tuple[int | None, int | None]]]] = [
    # The share that got through after an air-defence report is part of it.
    (
        "The army said air defences downed nine of 12 drones launched at Kassala. One drone "
        "that got through set fire to a fuel depot.",
        [],
        [(12, 9)],
    ),
    (
        "Air defence destroyed 20 of the 24 missiles. Two missiles that broke through damaged "
        "an industrial site.",
        [],
        [(24, 20)],
    ),
    # Without a report before it the figure stays a strike.
    ("Four drones that evaded the air defences hit a fuel depot in Luhansk.", [("drone", 4)], []),
    # A stated combined total "of enemy air attack" that was recorded.
    (
        '"A total of 40 means of enemy air attack were recorded," the air force said, adding it '
        "destroyed eight missiles.",
        [],
        [(40, None), (None, 8)],
    ),
]


@pytest.mark.parametrize(("text", "strikes", "interceptions"), AIR)
def test_articles33_air(
    text: str, strikes: list[tuple[str, int]], interceptions: list[tuple[int | None, int | None]]
) -> None:
    found = extract(text)
    got_s = [(f.weapon, f.count) for f in found if isinstance(f, Strike)]
    got_i = [(f.launched, f.intercepted) for f in found if isinstance(f, Interception)]
    assert got_s == strikes
    assert sorted(got_i, key=str) == sorted(interceptions, key=str)


# Once an open call (art33-09); settled by dev_articles46's annotator (art46-12) and read
# since h_num14 (``_airaim``): a shoot-down heading for the place a launch aimed at answers it.
def test_cross_side_claim_and_shoot_down() -> None:
    text = (
        "Saree said the air force had targeted Eilat with three drones.\n\n"
        "On the Israeli side, the army said two drones heading for Eilat were shot down."
    )
    found = extract(text)
    got = [(f.launched, f.intercepted) for f in found if isinstance(f, Interception)]
    assert got == [(3, 2)]
    assert not [f for f in found if isinstance(f, Strike)]
