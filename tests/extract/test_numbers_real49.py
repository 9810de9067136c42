"""Readings of round n49's strike and air-defence shapes (nineteenth session, h_fix_n49).

Table-driven minimal passages for the families of ``dev_numeric97`` (``_n49strike``,
``_n49air``, ``_n49shape``): counted adjective-laden airstrikes as a subject, a place
appositive before "with N missiles", "N rounds of strikes", a verbless "N missiles and drones
in a single night", a hit beside "shot down M more", "N bomb attacks", the elliptical launch
item before a combined outcome, the nearest guided-bomb sentence of the paragraph, and a
"Downed drone kills N" headline; "twice" with a weapon as subject stays no count.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Interception, Strike


def strikes(text: str) -> list[tuple[str, int]]:
    return [(f.weapon, f.count) for f in extract(text) if isinstance(f, Strike)]


def reports(text: str) -> list[tuple[int | None, int | None]]:
    return [(f.launched, f.intercepted) for f in extract(text) if isinstance(f, Interception)]


STRIKES: list[tuple[str, list[tuple[str, int]]]] = [
    ("Two deadly Israeli airstrikes struck a clinic in Rafah on Sunday.", [("airstrike", 2)]),
    ("Five fresh Russian air strikes hit the town overnight.", [("airstrike", 5)]),
    (
        "Witnesses said jets targeted a house in Maghazi, central Gaza, with at least one missile.",
        [("missile", 1)],
    ),
    (
        "Residents said a drone targeted a van near Sidon, southern Lebanon, with two missiles.",
        [("missile", 2)],
    ),
    (
        "US and British jets carried out three rounds of joint strikes on Houthi sites.",
        [("airstrike", 3)],
    ),
    ("The coalition conducted two rounds of air strikes on the port.", [("airstrike", 2)]),
    (
        '"Their idea of peace is 480 missiles and drones in a single night," he said.',
        [("other", 480)],
    ),
    ("The enemy carried out 15 bomb attacks on the Huliaipole front.", [("airstrike", 15)]),
    ("Russian aircraft made four bomb strikes on Siversk.", [("airstrike", 4)]),
    (
        "Drones hit Sumy in the morning. Later aircraft dropped guided bombs on Vovchansk. "
        "The army carried out six strikes on the town.",
        [("glide_bomb", 6)],
    ),
    # negatives and kept readings ("twice" with the weapon as subject: no count, num5-013)
    ("Russian drones attacked Nikopol twice on Friday.", []),
    ("Kupiansk was hit by artillery twice in the evening.", []),
    ("Russia could launch 600 missiles and drones in a single night, analysts said.", []),
    (
        "Drones hit Sumy. Zaporizhzhia: aircraft dropped guided bombs on Vasylivka. "
        "Russian forces carried out 380 strikes on 12 settlements over the past day.",
        [("other", 380)],
    ),
    ("The town was shelled twice on Monday.", []),
    ("Russia fires twice as many drones as last year.", []),
    ("Two car bomb attacks shook the city last year.", []),
    ("The factory can make 300 missiles and drones a month.", []),
    (
        "Russian forces hit Izium with drones and guided bombs. "
        "They carried out 11 strikes on the town.",
        [("other", 11)],
    ),
    ("Russia launched 25 drones at Kharkiv and 15 at Sumy, 33 of which were shot down.", []),
]


@pytest.mark.parametrize(("text", "want"), STRIKES)
def test_strikes(text: str, want: list[tuple[str, int]]) -> None:
    assert strikes(text) == want


REPORTS: list[tuple[str, list[tuple[int | None, int | None]]]] = [
    ("Downed drone kills four in Bryansk region: governor", []),
    ("Intercepted missile injures two in Odesa", []),
    (
        "Russian forces attacked the village with three drones, "
        "and air defence shot down two more.",
        [(None, 2)],
    ),
    (
        "Russian troops struck Marhanets with six drones; air defence destroyed four more drones.",
        [(None, 4)],
    ),
    (
        "Russia launched 25 drones at Kharkiv and 15 at Sumy, 33 of which were shot down.",
        [(None, 33)],
    ),
    # kept readings
    ("Russia launched 40 drones overnight; air defence shot down 31 of them.", [(40, 31)]),
    ("Air defence shot down two drones over the region.", [(None, 2)]),
]


@pytest.mark.parametrize(("text", "want"), REPORTS)
def test_reports(text: str, want: list[tuple[int | None, int | None]]) -> None:
    assert reports(text) == want


def test_hit_and_more_keeps_the_strike() -> None:
    text = (
        "Russian forces attacked the village with three drones, and air defence shot down two more."
    )
    assert strikes(text) == [("drone", 3)]
