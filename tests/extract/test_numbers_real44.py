"""Round n44's phrasing-survey readings (h_survey_n44), on minimal sentences of our own."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Interception, Strike

Rec = tuple[str, int]
Rep = tuple[str, int | None, int | None]

CASES: list[tuple[str, list[Rec], list[Rep]]] = [
    # a counted attack joined by "and" to a shoot-down clause of its sentence
    (
        "Troops shelled the villages 9 times and air defences destroyed 5 drones.",
        [("artillery", 9)],
        [("drone", None, 5)],
    ),
    (
        "The enemy fired at the town 22 times and air defence shot down four drones.",
        [("other", 22)],
        [("drone", None, 4)],
    ),
    (
        "The jets carried out 16 air strikes on the coast and the navy intercepted two missiles.",
        [("airstrike", 16)],
        [("missile", None, 2)],
    ),
    (
        "Russia launched 50 drones and air defence shot down 44 of them.",
        [],
        [("drone", 50, 44)],
    ),
    # "aerial targets" in quotation marks
    ('The group launched 70 "aerial targets" at the north of Israel.', [("other", 70)], []),
    ('About 25 "air targets" were fired toward Haifa on Monday.', [("other", 25)], []),
    (
        'The army detected eight "suspicious aerial targets" over the border, six of which'
        " were intercepted.",
        [],
        [("mixed", 8, 6)],
    ),
    ('The radar can follow 200 "aerial targets" at once.', [], []),
    # a per-place count continued elliptically
    (
        "Aircraft dropped 11 guided bombs on the Sumy region and 8 on the Kharkiv region.",
        [("glide_bomb", 11), ("glide_bomb", 8)],
        [],
    ),
    (
        "The enemy fired 30 shells at Nikopol and another 12 at Marhanets.",
        [("artillery", 30), ("artillery", 12)],
        [],
    ),
    (
        "The group fired 16 rockets at Metula and 9 at Kiryat Shmona.",
        [("rocket", 16), ("rocket", 9)],
        [],
    ),
    ("The factory built 40 drones in May and 55 in June.", [], []),
]


@pytest.mark.parametrize(("text", "strikes", "reports"), CASES)
def test_survey_round_44(text: str, strikes: list[Rec], reports: list[Rep]) -> None:
    found = extract(text)
    assert [(f.weapon, f.count) for f in found if isinstance(f, Strike)] == strikes
    got = [(f.weapon, f.launched, f.intercepted) for f in found if isinstance(f, Interception)]
    assert got == reports
