"""Unit tests of the ninth session's third numeric round: half a dozen, report shares, sums."""

from __future__ import annotations

from pipeline.extract import extract
from pipeline.extract.model import Interception, Strike
from pipeline.extract.numbers import find_quantities, parse_number


def test_half_a_dozen_is_six() -> None:
    assert parse_number("half a dozen") == 6
    assert [q.value for q in find_quantities("Half a dozen drones hit the port.")] == [6]


def test_share_of_a_reported_launch_is_no_strike() -> None:
    found = extract(
        "Russia launched 45 missiles, including 8 Iskander missiles. "
        "Air defence shot down 38 of them."
    )
    assert not [f for f in found if isinstance(f, Strike)]
    assert [(f.launched, f.intercepted) for f in found if isinstance(f, Interception)] == [(45, 38)]


def test_fended_off_share_is_an_outcome() -> None:
    found = extract(
        "The Russian military attacked Ukraine overnight with 88 drones, Kyiv reported. "
        "Thereof 71 were fended off."
    )
    assert [(f.launched, f.intercepted) for f in found if isinstance(f, Interception)] == [(88, 71)]


def test_stated_total_after_per_weapon_reports() -> None:
    found = extract(
        "Air defence brought down 10 of 14 cruise missiles and 58 of 72 Shaheds overnight. "
        "In total, 86 air targets had been launched."
    )
    mixed = [f for f in found if isinstance(f, Interception) and f.weapon == "mixed"]
    assert [(f.launched, f.intercepted) for f in mixed] == [(86, None)]
    assert not [f for f in found if isinstance(f, Strike)]


def test_total_that_is_no_sum_is_not_taken() -> None:
    found = extract(
        "Air defence brought down 10 of 14 cruise missiles and 58 of 72 Shaheds overnight. "
        "In total, 90 air targets had been launched."
    )
    assert not [f for f in found if isinstance(f, Interception) and f.weapon == "mixed"]
