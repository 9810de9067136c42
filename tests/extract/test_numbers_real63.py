"""Readings of round n63's real-text casualty families (twenty-third session, h_fix_n63).

Table-driven minimal sentences of our own for ``_n63cas``: recalls of an earlier attack
("comes on the heels of", "This attack follows", "at the time", "in retaliation for the ...
attack in which"), "was martyred and another was injured", "the bodies of N X and M Y",
"Among the victims were ..., with N others injured", people "taking shelter", a body "seen
in the video", "N (other) Hindu pilgrims were killed", a hospital's "received N bodies and M
injured", and one-harm tolls of the same forces under another word; each with guards.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty
from tests.extract.found import toll_rows as tolls


def figures(text: str) -> list[tuple[int | None, int | None]]:
    return sorted(
        ((f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)),
        key=lambda t: (t[0] or 0, t[1] or 0),
    )


CASES: list[tuple[str, list[tuple[int | None, int | None]]]] = [
    # recalls of an earlier attack are background
    (
        "Shelling hit Izium on Monday, killing two people. The shelling comes on the heels of "
        "a rocket attack that killed 8 people and wounded 30 in the town.",
        [(2, None)],
    ),
    (
        "A drone hit a depot in Sumy, wounding three workers. This attack follows a day of "
        "mourning for 17 residents killed in earlier strikes.",
        [(None, 3)],
    ),
    (
        "A rocket hit Ashkelon on Friday and injured one man. The city was hit in May by a "
        "barrage that at the time killed two people and injured 9 others.",
        [(None, 1)],
    ),
    (
        "The raid comes amid a weeks-long operation in the camp, which has resulted in more "
        "than 30 people killed.",
        [],
    ),
    # "at the time of" and "said at the time that" are no recall
    (
        "The governor said at the time that the drone had killed six people and wounded 14.",
        [(6, 14)],
    ),
    (
        "At the time of writing, four people have been killed in the shelling of Kharkiv.",
        [(4, None)],
    ),
    # martyred and another injured
    ("The army said one soldier was martyred and another was injured in Kotli.", [(1, 1)]),
    ("Police said one policeman was martyred near Bannu.", [(1, None)]),
    # bodies of N X and M Y
    (
        "A medic said he counted the bodies of 11 men and 6 women at the site.",
        [(6, None), (11, None)],
    ),
    ("The bodies of the two pilots were recovered on Sunday.", []),
    # among the victims ..., with N others injured
    (
        "At least 21 civilians were killed in shelling of Kadugli, the army said. Among the "
        "victims were 5 women and 7 children, with 26 others injured and taken to hospital.",
        [(5, None), (7, None), (21, 26)],
    ),
    # people taking shelter are no toll
    (
        "A bomb hit the pagoda, killing 9 people, where more than 80 people from nearby "
        "villages were taking shelter.",
        [(9, None)],
    ),
    ("More than 400 people were sheltering in the school, the teacher said.", []),
    # a sighting is no toll
    ("One body could be briefly seen in the video lying beside a car.", []),
    # an unknown group after a sentence-opening count
    (
        "A shell hit a house in Rajouri, killing one woman. Two other Hindu pilgrims were "
        "killed when their minibus was struck.",
        [(1, None), (2, None)],
    ),
    ("Three Druze farm workers were killed when a rocket struck an orchard.", [(3, None)]),
    ("Two other Sikh leaders were invited to the talks.", []),
    ("Two of the workers were killed in the blast, police said.", [(2, None)]),
    # a hospital's intake
    (
        "The hospital received no fewer than 14 bodies and about 35 injured people, a doctor said.",
        [(14, 35)],
    ),
    ("The hospital received about 300 patients a day before the war.", []),
    # one-harm tolls of the same forces under another word
    (
        "Four Pakistani army personnel were injured when a drone hit a post near Sialkot. "
        "Later, officials said the drone hit a military post, injuring four Pakistani soldiers.",
        [(None, 4)],
    ),
    (
        "Three soldiers were killed in Kupiansk on Monday. In Lyman, five troops were wounded.",
        [(None, 5), (3, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_n63_casualties(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert figures(text) == expected


def test_n63_hindu_pilgrims_group() -> None:
    assert ("Hindu pilgrims", 2, None) in tolls(
        "A shell hit a house in Rajouri, killing one woman. Two other Hindu pilgrims were "
        "killed when their minibus was struck."
    )
