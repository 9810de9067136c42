"""Ninth session, first strike/interception round (``dev_numeric31``): the readings the
scorer does not see (source, qualifier, place) and the new helpers on minimal sentences."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract._airapprox import own_side_free, report_approx
from pipeline.extract._strikelead import list_start, one_of_many, since_after
from pipeline.extract.model import Interception, Strike


def _strikes(text: str) -> list[Strike]:
    return [f for f in extract(text) if isinstance(f, Strike)]


def _air(text: str) -> list[Interception]:
    return [f for f in extract(text) if isinstance(f, Interception)]


def test_report_named_in_the_sentence_is_the_source() -> None:
    text = (
        "The president said the night had been hard. The daily report of the General Staff "
        "gives higher figures: accordingly, Russia carried out 64 air strikes."
    )
    assert [s.reported_by for s in _strikes(text)] == ["Ukrainian General Staff"]


def test_qualifier_is_the_shoot_downs_own() -> None:
    """The contract: ``approx`` qualifies the main figure, the shoot-down when counted."""
    text = "Russia sent around 160 drones overnight; 138 were brought down, the air force said."
    assert [(i.launched, i.intercepted, i.approx) for i in _air(text)] == [(160, 138, "exact")]
    text = "Russia sent around 160 drones overnight, the air force said."
    assert [(s.count, s.approx) for s in _strikes(text)] == [(160, "about")]


def test_claim_about_the_other_sides_drones_is_not_over_that_side() -> None:
    text = (
        "Russia attacked Ukraine with drones overnight. The Russian side spoke of more than "
        "a hundred Ukrainian drones having been destroyed."
    )
    assert [i.location for i in _air(text)] == [None]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Russia attacked Sumy with 12 drones and a substation was hit in one of the attacks.",
         [("drone", 12)]),
        ("Troops attacked Nikopol, Marhanets and Pokrovske with drones 20 times.", [("drone", 20)]),
        ("Kramatorsk came under attack by glide bombs and drones 11 times.", [("other", 11)]),
        ("Jets struck 900 sites, depots and tunnels since the spring of 2024.", []),
        ("Warships fired 220 missiles at drones, missiles and launch sites since October 2023.",
         []),
        ("It was calm; in April, Iran launched more than 300 missiles at Israel.", []),
        ("Russia struck airfields with precision weapons and drones 52 times.", [("other", 52)]),
        ("Zelensky spoke of an attack overnight with more than 40 missiles.", [("missile", 40)]),
        ("Russia fired 40 missiles at Kyiv, Lviv and Odesa, the largest attack since 2022.",
         [("missile", 40)]),
        ("The Kremlin spoke of a retaliation strike in the night with 30 Kalibr missiles.",
         [("missile", 30)]),
    ],
)  # fmt: skip
def test_strike_shapes(text: str, want: list[tuple[str, int]]) -> None:
    assert [(s.weapon, s.count) for s in _strikes(text)] == want


def test_helpers() -> None:
    text = "Troops attacked Nikopol, Marhanets and Pokrovske with drones 20 times."
    assert list_start(text, text.index("Marhanets")) == 0
    assert one_of_many("damaged in one of the attacks", 11, "one")
    assert not one_of_many("One of the attacks", 0, "One")
    assert since_after("fired 9 rockets at A, B and C since October 2023.", 15)
    assert report_approx("about", "exact", "intercept", 12) == "exact"
    assert report_approx("about", "exact", "launch", None) == "about"
    assert report_approx("exact", "at_least", "intercept", 12) == "at_least"
    assert own_side_free("Ukraine", "Ukraine") is None
    assert own_side_free("Russia", "Ukraine") == "Russia"


def test_stockpile_is_no_interception() -> None:
    text = (
        "The army said Iran still had about 2,000 ballistic missiles left, though a third "
        "of its launchers had been destroyed."
    )
    assert _air(text) == []


def test_capital_region_share() -> None:
    text = "Six drones were shot down over Crimea, two more over the capital region of Moscow."
    assert [(i.intercepted, i.location) for i in _air(text)] == [
        (6, "Crimea"),
        (2, "Moscow region"),
    ]
