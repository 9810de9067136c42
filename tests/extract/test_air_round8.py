"""The readings added with ``dev_numeric26``: figureless outcomes, class pairing, munitions.

Minimal sentences for each family, so a regression names the reading that broke rather
than a passage of the batch.
"""

from __future__ import annotations

import pytest

from pipeline.extract._airclass import missile_class
from tests.extract.found import Air
from tests.extract.found import air_rows as _interceptions
from tests.extract.found import strike_rows as _strikes


def test_slashed_model_keeps_its_class() -> None:
    assert missile_class("8 Iskander-M/KN-23 ballistic missiles", 0) == "ballistic"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Houthis sent four drones toward Eilat. The drones were brought down by jets.",
            [("drone", 4, 4, True)],
        ),
        ("Sirens sounded in Haifa. The drones were shot down over the sea.", []),
        (
            "Several of the nine Iskander-M missiles fired at Dnipro got through.",
            [("missile", 9, None, False)],
        ),
        (
            "Russia used 10 Iskander-M/KN-23 ballistic missiles and 30 Kh-101 cruise missiles."
            " Air defence downed 4 ballistic missiles and 27 Kh-101.",
            [("missile", 10, 4, False), ("missile", 30, 27, False)],
        ),
        (
            "Russia attacked with 90 drones of the Shahed, Gerbera and other types and four"
            " Iskander-M missiles, of which air defence downed 70 drones and two missiles.",
            [("drone", 90, 70, False), ("missile", 4, 2, False)],
        ),
        (
            "Russia sent 58 Shahed drones overnight, the air force said.\n\n"
            "It said 40 drones had been downed.",
            [("drone", 58, 40, False)],
        ),
    ],
)
def test_outcomes(text: str, expected: list[Air]) -> None:
    assert _interceptions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 90 munitions were dropped on the sites.", [("other", 90)]),
        ("Jets dropped 35 precision munitions on radar sites.", [("other", 35)]),
        ("Germany delivered 300 artillery shells to Kyiv.", []),
        ("The enemy delivered 15 guided bombs on Kupiansk.", [("glide_bomb", 15)]),
        ("A drone dropped six munitions from drones on the village.", [("drone", 6)]),
    ],
)
def test_strikes(text: str, expected: list[tuple[str, int]]) -> None:
    assert _strikes(text) == expected
