"""Numeric readings of the thirteenth session's round on ``dev_articles67`` / ``dev_articles66``
(h_num22, ``dev_numeric68``).

Minimal sentences for each family fixed on the casualty and interception errors of the
literal Italian and French translations, so a regression names the reading that broke:

- "Are 3 the dead and 12 the wounded" (also "Rose to 9 the dead and to 40 the wounded"):
  the second figure of an inverted pair takes its own noun's kind (``_cas22read``);
- "The wounded are N" in the paragraph after an "Among the victims ..." subgroup line
  completes the inverted toll before it (``_cas22read``, asked by ``_casualty_prior``);
- "Three of the dead were in a car hit on the road between X and Y" is a place share
  (``_cas19read.dead_at``);
- "killed a 67-year-old woman and injured 14 people" then "bringing the toll to two dead"
  is one record 2/14 (``_cas22read.fold_lone_dead``);
- "the deadliest day since the entry into force of the ceasefire" ranks the day; the toll
  stays (``_cas22read.ranked_since``, asked by ``_casualty_war``);
- "against 3 dead and 30 injured in a previous toll" is superseded (``_cas19skip``);
- "By mid-morning, X raised the toll to ..." replaces the lede's toll across a paragraph
  (``_casualty_update``);
- "launched N drones and M missiles, among which K Kinzhal: the air defence shot down ..."
  leaves the subtype inside the launch (``_air22sub``, asked by ``_airmention``), and "of
  which K Kinzhal" after a launch is no strike (``_launchshare``);
- "N drones of the M launched were shot down" is M/N (``_air22sub.of_the_launched``);
- "shot down N drones launched by the Houthis toward X" takes the rebels' claim of M drones
  told after it as the launch (``_airrelative``);
- a headline of two parts ("...: 3 dead. Moscow: «Shot down 112 drones»") restated by the
  story is no event (``_num22head``, asked by ``_headfigs``).
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty
from tests.extract.found import Air
from tests.extract.found import air_rows as _interceptions
from tests.extract.found import strike_rows as _strikes

Toll = tuple[str, int | None, int | None]


def _tolls(text: str) -> list[Toll]:
    return [(f.group, f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mykolaiv - Are 2 the dead and 7 the wounded after the night attack on the port, "
            "reported the governor.",
            [("people", 2, 7)],
        ),
        (
            "Rose to 5 the dead and to 21 the wounded in the strike on the depot, communicated "
            "the rescuers.",
            [("people", 5, 21)],
        ),
        (
            "Rises to 12 the number of the dead in the raids on Rafah. Among the victims there "
            "are 3 children, communicated the ministry.\n\nThe wounded are 35, specified the "
            "same source.",
            [("people", 12, 35), ("children", 3, None)],
        ),
        (
            "Four people died in Israeli raids near Tyre, the ministry said. Three of the dead "
            "were in a van hit on the road between Tyre and Sidon.",
            [("people", 4, None), ("people", 3, None)],
        ),
        (
            "A Russian strike on the town killed a 58-year-old man and injured 11 people, the "
            "governor said.\n\nIn the evening, a woman died in hospital, bringing the toll to "
            "two dead.",
            [("people", 2, 11)],
        ),
        (
            "Israeli raids killed 14 Palestinians on Monday, in the deadliest day since the "
            "entry into force of the ceasefire, the civil defence said.",
            [("Palestinians", 14, None)],
        ),
        (
            "The toll of the strike stands at 6 dead and 25 injured, against 4 dead and 19 "
            "injured in a previous toll, the mayor said.",
            [("people", 6, 25)],
        ),
        (
            "The attack killed at least two people in Lviv, officials said.\n\nBy mid-morning, "
            "the mayor raised the toll to five dead and 30 injured.",
            [("people", 5, 30)],
        ),
    ],
)
def test_casualty_readings(text: str, expected: list[Toll]) -> None:
    assert _tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Overnight Russia launched 300 drones and 20 missiles, among which 5 Kinzhal: the "
            "air defence shot down 270 drones and 12 missiles.",
            [("drone", 300, 270, False), ("missile", 20, 12, False)],
        ),
        (
            "The air force said 33 drones of the 45 launched were shot down.",
            [("drone", 45, 33, False)],
        ),
        (
            "The destroyer shot down 5 drones launched by the Houthis toward the Gulf of Aden. "
            "The rebels claimed an attack with 6 drones on the ship.",
            [("drone", 6, 5, False)],
        ),
        (
            "Lviv, night of drones: 1 dead. Kyiv: «Shot down 60 drones»\n\nLviv - One person "
            "was killed in the night attack. The air force said it shot down 60 drones.",
            [("drone", None, 60, False)],
        ),
    ],
)
def test_air_readings(text: str, expected: list[Air]) -> None:
    assert _interceptions(text) == expected


def test_of_which_subtype_no_strike() -> None:
    text = (
        "Russia launched 90 drones and 6 missiles, of which 2 Kinzhal; 80 drones and 4 "
        "missiles were shot down."
    )
    assert _strikes(text) == []
