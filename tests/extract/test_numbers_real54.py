"""Readings of round n54's number shapes (twenty-first session, h_fix_n54).

Table-driven minimal passages for the families of ``dev_numeric102``: a hit out of a salvo
aimed at a ship ("one of three missiles ... hit the tanker") and "struck once with an FPV
drone" after a tally (``_n54strike``); "As Ukrinform reported, over the past day ..." as the
day's tally (``_n54recap``); an equal toll of a town its sentence places in another region,
and a lede's or a quote's plain dead restating a named group's (``_n54cas``).
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Strike
from tests.extract.found import report_rows as reports
from tests.extract.found import toll_rows as tolls


def strikes(text: str) -> list[tuple[int, str]]:
    return [(f.count, f.weapon) for f in extract(text) if isinstance(f, Strike)]


SALVO: list[tuple[str, list[tuple[int, str]], list[tuple[int | None, int | None]]]] = [
    (
        "One of three cruise missiles fired from Yemen hit the tanker Blue Dawn, the navy said.",
        [(3, "missile")],
        [],
    ),
    (
        "One of the two drones launched by the rebels slammed into the freighter Anna off Aden.",
        [(2, "drone")],
        [],
    ),
    # a shoot-down stays one
    ("One of the two missiles was intercepted by a destroyer.", [], [(2, 1)]),
    ("One of the ships struck by the rebels last year is still in port.", [], []),
]


@pytest.mark.parametrize(("text", "want", "air"), SALVO)
def test_salvo_hits(
    text: str, want: list[tuple[int, str]], air: list[tuple[int | None, int | None]]
) -> None:
    assert strikes(text) == want
    assert reports(text) == air


TIMES: list[tuple[str, list[tuple[int, str]]]] = [
    (
        "The enemy fired 23 times at the border villages. It also struck once with an FPV drone.",
        [(23, "other"), (1, "drone")],
    ),
    (
        "Russian troops shelled the community 17 times and attacked twice with kamikaze drones.",
        [(17, "artillery"), (2, "drone")],
    ),
    # no tally before it, or no count
    ("The village was attacked twice on Monday.", []),
    ("The country now has twice as many drones as last year.", []),
]


@pytest.mark.parametrize(("text", "want"), TIMES)
def test_times_with_a_drone(text: str, want: list[tuple[int, str]]) -> None:
    assert strikes(text) == want


RECAP: list[tuple[str, list[tuple[int, str]]]] = [
    (
        "As Ukrinform reported, over the past day Russian forces carried out 377 attacks on "
        "16 settlements in the Kherson region.",
        [(377, "other")],
    ),
    (
        "As UNN reported, in the past 24 hours the enemy shelled 9 settlements 64 times.",
        [(64, "artillery")],
    ),
    # recaps stay recaps
    (
        "As Ukrinform reported earlier, over the past day Russian forces carried out 377 "
        "attacks on 16 settlements.",
        [],
    ),
    ("As Ukrinform reported, Russian forces carried out 377 attacks on 16 settlements.", []),
]


@pytest.mark.parametrize(("text", "want"), RECAP)
def test_todays_tally_relayed(text: str, want: list[tuple[int, str]]) -> None:
    assert strikes(text) == want


TOLLS: list[tuple[str, list[tuple[str, int | None, int | None]]]] = [
    (
        "A drone attack in the Sumy region wounded one civilian. Shelling wounded one civilian "
        "in Nikopol, in southern Dnipropetrovsk, on Friday.",
        [("civilians", None, 1), ("civilians", None, 1)],
    ),
    # a town of the region named before restates its toll
    (
        "A missile strike in the Kharkiv region injured two people. Artillery fire injured two "
        "people in Kupiansk as well.",
        [("people", None, 2)],
    ),
    (
        "Strikes on Odesa left three dead on Friday.\nThree women were killed when a missile "
        'hit a warehouse in Odesa, the governor said.\n"So far we know of three dead... they '
        'were at work."\nSix people were taken to hospital, he added.',
        [("women", 3, None), ("people", None, 6)],
    ),
    (
        'Two men were killed by a drone near Huliaipole. "We know of two dead civilians," the '
        "mayor said.",
        [("men", 2, None)],
    ),
    # a plain toll of its own stays
    (
        "Two people were killed in Kherson on Monday. In Nikopol, two men were killed by a drone.",
        [("people", 2, None), ("men", 2, None)],
    ),
]


@pytest.mark.parametrize(("text", "want"), TOLLS)
def test_places_and_restated_dead(
    text: str, want: list[tuple[str, int | None, int | None]]
) -> None:
    assert tolls(text) == want
