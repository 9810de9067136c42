"""Readings of round n56's real-text numeric families (twenty-first session, h_fix_n56).

Table-driven minimal sentences of our own for ``_n56cas`` ("Another 57-year-old man
sustained fragmentation wounds" after a counted injured figure, a colon list's place item
equal to its total, "N displaced Palestinians were killed", "including a nurse and three
electrical engineers") and ``_n56strike`` ("dropped 3 mines from UAVs"), each with guards.
"""

from __future__ import annotations

import pytest

from tests.extract.found import strike_rows as strikes
from tests.extract.found import toll_rows as tolls

CASUALTIES: list[tuple[str, list[tuple[str, int | None, int | None]]]] = [
    (
        "A shell hit a shop in Kherson. Two people were injured. "
        "Another 62-year-old woman sustained shrapnel wounds.",
        [("people", None, 2), ("women", None, 1)],
    ),
    (
        "Bombs hit the village. One injured person was taken to hospital. "
        "Another man suffered fragmentation injuries.",
        [("people", None, 1), ("men", None, 1)],
    ),
    (
        "Three soldiers were wounded. Another 20-year-old man was also wounded.",
        [("soldiers", None, 3), ("men", None, 1)],
    ),
    ("A 50-year-old man was injured. Another man sustained shrapnel wounds.", []),
    ("Another woman sustained shrapnel wounds in the attack.", []),
    (
        "Two people were injured. Another 40-year-old man was detained at the scene.",
        [("people", None, 2)],
    ),
    (
        "Two people were injured. Another 70-year-old man sustained fatal injuries.",
        [("people", None, 2)],
    ),
    (
        "In total, 2 civilians died: Kupiansk district - 1, Izium \u2013 2 people.",
        [("civilians", 2, None), ("people", 1, None), ("people", 2, None)],
    ),
    (
        "4 people were injured over the day: Nikopol \u2013 4 people, Marhanets - 1.",
        [("people", None, 4), ("people", None, 4), ("people", None, 1)],
    ),
    (
        "Two civilians were killed in Izium. Two people died in Kupiansk on Monday.",
        [("civilians", 2, None), ("people", 2, None)],
    ),
    (
        "At least 21 displaced Palestinians were killed in a strike on a school.",
        [("displaced Palestinians", 21, None)],
    ),
    (
        "Nine displaced Sudanese died in the shelling of the camp.",
        [("displaced Sudanese", 9, None)],
    ),
    ("About 900 displaced Palestinians were moved to a new camp.", []),
    (
        "The ministry said five people were killed, including a guard and three electrical "
        "engineers.",
        [("people", 5, None), ("electrical engineers", 3, None)],
    ),
    (
        "Four people were wounded, including a driver and two railway inspectors.",
        [("people", None, 4), ("railway inspectors", None, 2)],
    ),
    ("The convoy brought 30 tonnes, including a pump and two water tanks.", []),
]


@pytest.mark.parametrize(("text", "want"), CASUALTIES)
def test_n56_casualties(text: str, want: list[tuple[str, int | None, int | None]]) -> None:
    assert sorted(tolls(text), key=str) == sorted(want, key=str)


STRIKES: list[tuple[str, list[tuple[str, int]]]] = [
    ("The occupiers dropped 3 mines from UAVs on Vovchansk.", [("drone", 3)]),
    ("Russian forces dropped five anti-personnel mines from drones near Izium.", [("drone", 5)]),
    ("Sappers removed 40 mines from the fields near Balakliia.", []),
    ("The exhibition showed 8 mines from the last war.", []),
    ("She dropped 3 places in the rankings.", []),
]


@pytest.mark.parametrize(("text", "want"), STRIKES)
def test_n56_strikes(text: str, want: list[tuple[str, int]]) -> None:
    assert strikes(text) == want
