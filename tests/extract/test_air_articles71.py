"""The air and strike readings added with ``dev_numeric75`` (h_air22, ``dev_articles71``/``70``).

Minimal sentences for each family of literal Spanish, Portuguese, Italian, Ukrainian and
German copy, so a regression names the reading that broke rather than a passage.
"""

from __future__ import annotations

import pytest

from tests.extract.found import Air
from tests.extract.found import air_rows as _interceptions
from tests.extract.found import strike_rows as _strikes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N of the missiles" after a shoot-down verb answers the sentence's earlier figure.
        (
            "Russia fired 60 drones and six missiles Kinzhal, said the air force, which"
            " reported having destroyed 51 of the drones and two of the missiles.",
            [("drone", 60, 51, False), ("missile", 6, 2, False)],
        ),
        # A relative clause states the zero of its own list item.
        (
            "The enemy used 70 drones, of which 52 were shot down, as well as four Iskander-M"
            " ballistic missiles, which it was not possible to intercept.",
            [("drone", 70, 52, False), ("missile", 4, 0, False)],
        ),
        # "while the ballistic missiles were not intercepted" is not the cruise missiles' zero.
        (
            "Russia used 30 drones, 2 ballistic missiles Iskander-M and 3 cruise missiles"
            " Kalibr. 25 drones and the three cruise missiles were shot down, while the"
            " ballistic missiles were not intercepted.",
            [("drone", 30, 25, False), ("missile", 3, 3, True), ("missile", 2, 0, False)],
        ),
        # German perfect: the participle closes the launch clause.
        (
            "Russia has in the night to Monday 58 drones against Ukraine deployed. Of the"
            " drones, 44 could be shot down, the air force said.",
            [("drone", 58, 44, False)],
        ),
    ],
)
def test_same_report_readings(text: str, expected: list[Air]) -> None:
    assert sorted(_interceptions(text)) == sorted(expected)
    assert _strikes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An aside between the definite subject and the arrival verb; a paragraph between.
        (
            "Russia launched 40 drones and two missiles Iskander-M; 31 drones were shot"
            " down.\n\nThe missiles, according to the air force, reached their targets.",
            [("drone", 40, 31, False), ("missile", 2, 0, False)],
        ),
        (
            "Russia attacked with 45 drones and three Iskander-M missiles. 40 drones were"
            " downed; the missiles, according to the same source, hit targets in Sumy.",
            [("drone", 45, 40, False), ("missile", 3, 0, False)],
        ),
        # A later outcome naming no model answers the whole of a breakdown, not a part.
        (
            "The air force said that Russia launched 300 drones and 20 missiles, among them 16"
            " Kh-101 cruise missiles and 4 Kinzhal missiles.\n\nThe air defence shot down 280"
            " drones and 12 missiles.",
            [("drone", 300, 280, False), ("missile", 20, 12, False)],
        ),
    ],
)
def test_answered_across_sentences(text: str, expected: list[Air]) -> None:
    assert sorted(_interceptions(text)) == sorted(expected)
    assert _strikes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army spoke of 18 strikes against military targets of the Houthis.",
            [("airstrike", 18)],
        ),
        (
            "The Israeli army said it had carried out about ten strikes against the port of"
            " Ras Isa.",
            [("airstrike", 10)],
        ),
        ("TYRE - Were 7 the Israeli raids that hit the south overnight.", [("airstrike", 7)]),
        (
            "The enemy struck Sumy with 5 attack drones, the Shostka district - with artillery.",
            [("drone", 5)],
        ),
        (
            "The troops made 90 attacks, among them 50 attacks with drones of various types"
            " and 11 with multiple rocket launchers.",
            [("other", 90), ("drone", 50), ("mlrs", 11)],
        ),
    ],
)
def test_strike_readings(text: str, expected: list[tuple[str, int]]) -> None:
    assert _strikes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The WHO confirmed this year 41 attacks against health facilities in the country.",
        "The army said it had struck about twenty targets of Hamas, among them tunnels.",
    ],
)
def test_no_event(text: str) -> None:
    assert _strikes(text) == []
    assert _interceptions(text) == []


def test_missiles_hit_a_site_after_launch() -> None:
    text = (
        "Overnight the enemy attacked with 2 Iskander-M ballistic missiles and 30 drones."
        " Air defence shot down 25 drones. The missiles hit infrastructure in Poltava."
    )
    assert sorted(_interceptions(text)) == [("drone", 30, 25, False), ("missile", 2, 0, False)]
