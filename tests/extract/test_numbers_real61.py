"""Readings of round n61's real-text numeric families (twenty-second session, h_fix_n61).

Table-driven minimal sentences of our own for ``_n61air`` (a shoot-down list naming rocket
systems: "N MODEL and MODEL rockets / shells were destroyed") and ``_n61cas`` (a family's
children, "N of his children were killed"; the second group of "N of those killed were X
and M Y"), each with guards.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Interception
from tests.extract.found import toll_rows as tolls

Toll = tuple[str, int | None, int | None]


def downs(text: str) -> list[tuple[int | None, str | None]]:
    return [(f.intercepted, f.weapon_model) for f in extract(text) if isinstance(f, Interception)]


DOWNS = [
    (
        "Eight HIMARS and Alder rockets were also destroyed, the ministry said.",
        [(8, "HIMARS, Alder")],
    ),
    ("The army said 15 Vampire rockets had been shot down over Belgorod.", [(15, "Vampire")]),
    (
        "Two Storm Shadow cruise missiles and two HIMARS multiple rocket launcher shells "
        "were intercepted, the ministry said.",
        [(2, "Storm Shadow"), (2, "HIMARS")],
    ),
    ("Ukraine received 30 HIMARS rockets in the latest aid package.", []),
    ("The ministry said it plans to buy 12 Alder rockets next year.", []),
]

TOLLS = [
    ("A farmer said that two of his children were killed by the shell.", [("children", 2, None)]),
    (
        "Three of her sister's children died in the strike, a relative said.",
        [("children", 3, None)],
    ),
    ("He lost his wife and five of his children in the air raid.", [("children", 5, None)]),
    ("Two of their children were wounded in the blast, the parents said.", [("children", None, 2)]),
    ("Two of his children live in Kyiv and were not at home, he said.", []),
    (
        "Five of those killed were soldiers and two attackers, the police said.",
        [("soldiers", 5, None), ("attackers", 2, None)],
    ),
    ("Four of those arrested were police officers and two students, prosecutors said.", []),
]


@pytest.mark.parametrize(("text", "want"), DOWNS)
def test_rocket_system_shoot_downs(text: str, want: list[tuple[int, str]]) -> None:
    assert downs(text) == want


@pytest.mark.parametrize(("text", "want"), TOLLS)
def test_children_and_second_groups(text: str, want: list[Toll]) -> None:
    assert tolls(text) == want
