"""Round h_gen_s104: reporting frames left undetected on the real sets (``_s104frames``)."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Statement


def _statements(text: str) -> list[tuple[str, str]]:
    return [(f.speaker, f.quote) for f in extract(text) if isinstance(f, Statement)]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "A bridge near Sloviansk was hit at dawn, Ukrainian and local officials said.",
            "Ukrainian and local officials",
            "A bridge near Sloviansk was hit at dawn",
        ),
        (
            "Greek and Cypriot officials said that the ferry would sail again on Friday.",
            "Greek and Cypriot officials",
            "the ferry would sail again on Friday",
        ),
        (
            "Local publics wrote that a warehouse in Bryansk was burning.",
            "local publics",
            "a warehouse in Bryansk was burning",
        ),
        (
            "After the clashes, insurgents say they hold the market road.",
            "insurgents",
            "they hold the market road",
        ),
        (
            "Food stocks will last two more weeks, an aid group states.",
            "aid group",
            "Food stocks will last two more weeks",
        ),
        (
            "The defence ministry asserts it hit only fuel depots near Kherson.",
            "defence ministry",
            "it hit only fuel depots near Kherson",
        ),
    ],
)
def test_frames_read(text: str, speaker: str, quote: str) -> None:
    found = _statements(text)
    assert any(s.lower() == speaker.lower() and q == quote for s, q in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The channels shared with viewers a clip that showed the fire from a roof.",
        "Crews maintained the road that leads to the depot for years.",
        "The insurgents asserted control over the crossing on Sunday.",
        "Some say the fighting will stop before spring.",
        "The governor wrote a short letter to the minister in May.",
        "After the clashes, the insurgents say they hold the market road.",
    ],
)
def test_no_frame(text: str) -> None:
    assert _statements(text) == []


def test_two_plural_speakers_stay_two() -> None:
    found = _statements("Residents and local officials said that the dam was damaged.")
    assert {s for s, _ in found} == {"Residents", "local officials"}
