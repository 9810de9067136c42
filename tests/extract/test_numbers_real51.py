"""Round n51's readings (h_fix_n51), on minimal sentences of our own."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Rec = tuple[str, int | None, int | None]

CASES: list[tuple[str, list[Rec]]] = [
    # a toll of soldiers followed by where they were posted
    ("A missile hit the barracks, killing 30 soldiers stationed there.", [("soldiers", 30, None)]),
    ("The drone wounded 7 troops deployed near the bridge.", [("troops", None, 7)]),
    # soldiers named by their unit or call-up
    ("Two Pakistan Army soldiers were killed on Friday.", [("soldiers", 2, None)]),
    ("About 90 mobilised soldiers were killed in the strike.", [("soldiers", 90, None)]),
    (
        "Officials said 120 conscripted Russian soldiers were killed in a school and about "
        "70 others were injured.",
        [("soldiers", 120, 70)],
    ),
    # "also wounded N" joined to the toll a sentence before
    (
        "Bombing of a village on Monday killed nine civilians, including two children. "
        "The raid on Kanpetlet village, south of Mindat, a town in the hills, also wounded "
        "15 people, they said.",
        [("civilians", 9, 15), ("children", 2, None)],
    ),
    # "among the N killed were M GROUP"
    (
        "Eight people were killed in the shelling. Among the eight killed were two nurses.",
        [("people", 8, None), ("nurses", 2, None)],
    ),
    # a calendar-dated past incident in a story told by weekday
    (
        "One soldier was killed in the Uri sector on Monday.\n\n"
        "Two soldiers were killed in Poonch on May 3 in a similar attack.",
        [("soldiers", 1, None)],
    ),
    ("On June 5 last year, shelling killed 14 people in the town.", []),
    # a toll in a long quote of an official
    (
        'The spokesman said: "Our teams searched all night. Four martyrs have been recovered '
        'from the rubble, and the search goes on."',
        [("people", 4, None)],
    ),
    # no toll
    ("The army stationed 300 soldiers along the border.", []),
    ("About 2,000 mobilised soldiers were sent to the front.", []),
    ("Among the 30 guests were four diplomats.", []),
    ("Twelve Pakistan Army soldiers took part in the parade on Friday.", []),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_round_n51(text: str, want: list[Rec]) -> None:
    got = [(f.group, f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert sorted(got, key=str) == sorted(want, key=str)
