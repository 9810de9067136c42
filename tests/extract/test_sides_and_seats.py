"""Statement round 3 of the seventh session: sides that publish nothing, platforms that
speak for no one, bodies placed by an opening country or a seat."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Statement
from tests.extract.found import speaker_rows as _speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russia has dropped thousands of glide bombs this year, according to Kyiv estimates.",
            [],
            id="capital-estimates-no-speaker",
        ),
        pytest.param(
            "Tens of thousands have been killed, according to UN estimates.",
            ["United Nations"],
            id="un-estimates-still-speak",
        ),
        pytest.param(
            "Trump wrote on Truth Social that a deal was close.", ["Donald Trump"], id="platform"
        ),
        pytest.param(
            "In Latvia, the National Armed Forces reported that a drone had crashed.",
            ["Latvian National Armed Forces"],
            id="opening-country-places-body",
        ),
        pytest.param(
            "Ukraine has received three more air-defence systems, the Ministry of Defence said.",
            ["Ukrainian Defence Ministry"],
            id="sole-country-defence-ministry",
        ),
        pytest.param(
            "In Moscow, the Ministry of Defence said its forces had struck targets in Ukraine.",
            ["Russian Defence Ministry"],
            id="opening-capital-beats-target",
        ),
        pytest.param(
            "Rescue teams were searching the rubble, the Civil Defence in Gaza said.",
            ["Gaza Civil Defence"],
            id="seat-places-proper-body",
        ),
    ],
)
def test_round3_speakers(text: str, expected: list[str]) -> None:
    assert [s.lower() for s in _speakers(text)] == [s.lower() for s in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A depot burned down, as reported by Oleh Kiper, head of the Odesa OVA.",
            [("Oleh Kiper", "A depot burned down")],
            id="trailing",
        ),
        pytest.param(
            "In Odesa Oblast, as reported by Oleh Kiper, head of the Odesa OVA, a depot burned.",
            [("Oleh Kiper", "a depot burned")],
            id="after-opening-adverbial",
        ),
        pytest.param("The talks were postponed, as reported earlier.", [], id="no-source"),
    ],
)
def test_as_reported_by(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(f.speaker, f.quote) for f in extract(text) if isinstance(f, Statement)]
    assert found == expected
