"""Readings of round n50's strike and air-defence shapes (twentieth session, h_fix_n50).

Table-driven minimal passages for the families of ``dev_numeric98`` (``_n50strike``,
``_n50air``, ``_n50shape``): ", adding some of them were intercepted" after a long launch
clause, "failed to stop only N" and the later shoot-down that answers the launch, a dash
list of "N WEAPON - PLACE" items, "fired N barrages", "killed ... in N airstrikes", running
totals "in the last year" / "since the coup began", "with drones and guided bombs N times",
and ticker updates "Update: ... now N"; "twice" with no weapon and a range's lower bound
keep their written readings.
"""

from __future__ import annotations

import pytest

from tests.extract.found import report_rows as reports
from tests.extract.found import strike_rows as strikes

STRIKES: list[tuple[str, list[tuple[str, int]]]] = [
    (
        "Earlier the enemy hit Kherson with two KABs - Dniprovskyi district and 3 drones - "
        "Korabelnyi district.",
        [("glide_bomb", 2), ("drone", 3)],
    ),
    ("Hezbollah also fired four barrages at towns near the border.", [("rocket", 4)]),
    ("The group launched two missile barrages toward Eilat.", [("missile", 2)]),
    (
        "Six fishermen were killed on Monday in two junta airstrikes near the river.",
        [("airstrike", 2)],
    ),
    (
        "Russian troops attacked the community with drones and guided bombs 17 times.",
        [("other", 17)],
    ),
    (
        "Russian drones hit Kherson 4 times overnight.\n\n"
        "Update: the number of drone strikes on Kherson has now risen to 8.",
        [("drone", 8)],
    ),
    (
        "Russia launched 20 drones at Izmail overnight.\n\n"
        "Update: Russia has now launched 31 drones at Izmail, the governor said.",
        [("drone", 31)],
    ),
    # negatives and kept readings
    ("Iran fired 40 missiles at Israel in two barrages overnight.", [("missile", 40)]),
    ("Israel's defences can handle barrages of up to 100 rockets.", []),
    ("The air force carried out more than 500 air strikes in the last year, monitors said.", []),
    ("The junta has carried out 900 airstrikes since the coup began.", []),
    ("Russian forces shelled the village of Hlukhiv twice on Sunday.", []),
    ("Russian troops struck Nikopol twice with heavy artillery.", [("artillery", 2)]),
    (
        "Russian troops hit the town 9 times with artillery, drones and guided bombs.",
        [("other", 9)],
    ),
    (
        "Russia fired 6 missiles at Dnipro. Update: no casualties have been reported.",
        [("missile", 6)],
    ),
]


@pytest.mark.parametrize(("text", "want"), STRIKES)
def test_strikes(text: str, want: list[tuple[str, int]]) -> None:
    assert strikes(text) == want


REPORTS: list[tuple[str, list[tuple[int | None, int | None]]]] = [
    (
        "About 35 rockets fired from Lebanon within 10 minutes hit several villages in the "
        "Galilee, the military said on Monday, adding some of them were intercepted.",
        [(35, None)],
    ),
    (
        "Russia launched 88 attack drones against Ukraine overnight, the air force said, "
        "adding that air defence failed to stop only 4 of them.",
        [(88, None)],
    ),
    (
        "Russia fired 5 missiles and 240 drones at Ukraine, the Ukrainian Air Force said, adding "
        "that air defences failed to stop only six drones and shot down five missiles.\n\n"
        "The Ukrainian Air Force said that 234 drones were shot down or jammed.",
        [(5, 5), (240, 234)],
    ),
    (
        "Air defence shot down 20 of 26 drones, the air force said. "
        "Update: the air force now says 22 of the 26 drones were shot down.",
        [(26, 22)],
    ),
    # a range counts its lower bound (the written rule), no event is dropped
    ("A US destroyer shot down two to four ballistic missiles, an official said.", [(None, 2)]),
]


@pytest.mark.parametrize(("text", "want"), REPORTS)
def test_reports(text: str, want: list[tuple[int | None, int | None]]) -> None:
    assert reports(text) == want
