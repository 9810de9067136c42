"""Air-defence and strike readings of Middle East and Asian copy (``dev_numeric63``, h_air19).

Minimal sentences for the families fixed in the thirteenth session's Middle East and Asia
round: range adjectives between a figure and its missiles ("two short-range ballistic
missiles", "30 medium-range", "intercontinental"), Korean-literal "rounds of / from" naming
the weapon after them, the IDF's Hebrew-literal "launches" and "were identified crossing",
and a weapon "allowed to fall" (no shoot-down). Known misses are xfail.
"""

from __future__ import annotations

import pytest

from tests.extract.found import Air
from tests.extract.found import air_rows as _interceptions
from tests.extract.found import strike_rows as _strikes


@pytest.mark.parametrize(
    ("text", "strikes"),
    [
        # Range adjectives are modifiers like "long-range".
        (
            "North Korea fired two short-range ballistic missiles into the East Sea.",
            [("missile", 2)],
        ),
        ("Iran fired 30 medium-range ballistic missiles at Israel.", [("missile", 30)]),
        ("The Houthis fired two medium-range missiles at Eilat.", [("missile", 2)]),
        ("North Korea launched three intermediate-range missiles.", [("missile", 3)]),
        ("Russia launched 20 long-range attack drones at Odesa.", [("drone", 20)]),
        # "rounds of / from" leave the weapon to the noun after them.
        ("North Korea fired two rounds of strategic cruise missiles.", [("missile", 2)]),
        (
            "North Korea fired about 10 rounds from 240mm multiple rocket launchers.",
            [("mlrs", 10)],
        ),
        ("The army fired 200 rounds of artillery at the village.", [("artillery", 200)]),
        ("Troops fired 50 rounds at the position.", [("artillery", 50)]),
        # ... and "rounds of talks" names no weapon at all.
        ("The two sides held three rounds of talks in Istanbul.", []),
        # Not counted: an article, "several", a launch "identified" with no figure.
        ("North Korea test-fired an intercontinental ballistic missile.", []),
        ("North Korea fired several short-range ballistic missiles.", []),
        # A crossing told through a sighting, with no outcome, stays a strike.
        ("About 10 rockets were identified crossing from Lebanon.", [("rocket", 10)]),
        # "launches" of something other than crossing fire count nothing.
        ("The agency carried out 12 launches of satellites this year.", []),
    ],
)
def test_strike_readings(text: str, strikes: list[tuple[str, int]]) -> None:
    assert _strikes(text) == strikes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sighting between the figure and its crossing: the crossing is still its launch.
        (
            "5 rockets were identified crossing from the Gaza Strip; 3 of them were intercepted.",
            [("missile", 5, 3, False)],
        ),
        (
            "12 rockets were identified crossing from Lebanon. Most were intercepted.",
            [("missile", 12, None, False)],
        ),
        (
            "Three missiles were identified crossing from Yemen; two of them were intercepted.",
            [("missile", 3, 2, False)],
        ),
        # Hebrew-literal "launches": the rockets or missiles themselves.
        (
            "About 20 launches were identified crossing from Lebanese territory, some of "
            "which were intercepted.",
            [("missile", 20, None, False)],
        ),
        (
            "Approximately 15 launches crossed from Lebanese territory, most of which were "
            "intercepted.",
            [("missile", 15, None, False)],
        ),
        # A weapon let through on purpose is no shoot-down.
        (
            "Iran fired 14 missiles at Al Udeid. Thirteen were intercepted and one was "
            "allowed to fall.",
            [("missile", 14, 13, False)],
        ),
        (
            "Iran launched 19 missiles at the base; 18 were intercepted and one was allowed "
            "to land in an empty area.",
            [("missile", 19, 18, False)],
        ),
        # Range adjectives before a launch with a counted outcome.
        (
            "The Houthis fired four medium-range ballistic missiles toward Israel. Three were "
            "shot down.",
            [("missile", 4, 3, False)],
        ),
        (
            "North Korea launched eight short-range missiles. None of them was intercepted.",
            [("missile", 8, 0, False)],
        ),
    ],
)
def test_air_readings(text: str, expected: list[Air]) -> None:
    assert _interceptions(text) == expected
    assert _strikes(text) == []


@pytest.mark.parametrize(
    ("text", "strikes"),
    [
        # A whole fronted by "Of the N ..." and dated to an earlier period is background.
        ("Of the more than 700 drones Russia sent last month to Kyiv, only 5 percent hit.", []),
        ("Of the 300 missiles fired last year at the grid, most hit.", []),
        # ... a week's total ("last week alone") stays news.
        (
            "Of the 120 missiles fired last week alone, most hit energy sites.",
            [("missile", 120)],
        ),
    ],
)
def test_fronted_past_share(text: str, strikes: list[tuple[str, int]]) -> None:
    assert _strikes(text) == strikes


def test_could_not_be_intercepted_share() -> None:
    text = "Two of the three missiles fired from Yemen could not be intercepted."
    assert _interceptions(text) == [("missile", 3, None, False)]
