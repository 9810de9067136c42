"""Tolls in translated German copy the lead found misread on real pages (tenth session).
Sentences are the lead's own."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty, Strike


def _tolls(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(f.group, f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ums Leben gekommen": the singular "lost their life" is a death, not an injury
        ("One person lost their life in the attack.", [("people", 1, None)]),
        (
            "One person had lost their life, 14 more suffered injuries.",
            [("people", 1, 14)],
        ),
        ("Two people lost their lives, 9 others were injured.", [("people", 2, 9)]),
    ],
)
def test_translated_toll(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert _tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "strikes"),
    [
        # "überzog ... mit": covering a place with bombs is an attack
        ("The Russian army covered Sumy in the night with 12 glide bombs.", [("glide_bomb", 12)]),
        ("The report covered 12 regions.", []),
        # intent told with a progressive is no attack, as "plans to"
        ("Russia is said to be planning to launch 800 drones in one night.", []),
        ("Moscow is preparing to fire 60 missiles at the capital.", []),
    ],
)
def test_translated_strike(text: str, strikes: list[tuple[str, int]]) -> None:
    found = [(f.weapon, f.count) for f in extract(text) if isinstance(f, Strike)]
    assert found == strikes
