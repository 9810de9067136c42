"""Minimal sentences for the readings of statement round 63 (helper h_real_s63, batch
``dev_statements89``, module ``_s63post``): "NAME held talks / a meeting / a call with Y and
said “F”" (NAME's), a dateline "Place: NAME, TITLE, said C" read as the place, credit tags
"(Web Desk) -" read as speakers and a dateline left at the head of a reported clause; and
"NAME's office said C", which stays NAME's (the written convention). Sentences are the
helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

READINGS = [
    (
        "In May, President Shavkat Mirziyoyev held talks with Turkish President Recep "
        "Tayyip Erdogan and said \u201cthe guns must fall silent.\u201d",
        "Shavkat Mirziyoyev",
        "partial",
        "the guns must fall silent.",
    ),
    (
        "Chancellor Olaf Scholz had a phone call with Emmanuel Macron and said "
        "\u201cEurope must act together\u201d.",
        "Olaf Scholz",
        "partial",
        "Europe must act together",
    ),
    (
        "Tel Aviv: Gideon Saar, the foreign minister, said the embassy would reopen on Monday.",
        "Gideon Saar",
        "indirect",
        "the embassy would reopen on Monday",
    ),
    (
        "Kursk: Three people were injured in a drone attack on Lgov, regional authorities said.",
        "Kursk regional authorities",
        "indirect",
        "Three people were injured in a drone attack on Lgov",
    ),
    (
        "Prime Minister Benjamin Netanyahu's office said two drones fell near his home.",
        "Benjamin Netanyahu",
        "indirect",
        "two drones fell near his home",
    ),
    (
        "Putin held talks with Chinese leader Xi Jinping, who said "
        "\u201cthe partnership has no limits.\u201d",
        "Xi Jinping",
        "partial",
        "the partnership has no limits.",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "mode", "quote"), READINGS)
def test_reading(text: str, speaker: str, mode: str, quote: str) -> None:
    said = _said(text)
    assert (speaker, quote) in [(s, q) for s, _, q in said]
    if mode == "indirect":  # a quoted sentence's mode is the main reader's, not this round's
        assert (speaker, mode, quote) in said


NOT_SPEAKERS = [
    (
        "Abu Dhabi: Sheikh Tahnoun bin Zayed, the national security adviser, condemned "
        "the raid, describing it as a reckless act.",
        "Abu Dhabi",
    ),
    (
        "(Web Desk) - Bahrain has condemned the attack on Doha \u201cin the strongest terms\u201d.",
        "Web Desk",
    ),
    ("Kyiv (News Desk) - Poland has condemned the strike \u201cas barbaric\u201d.", "News Desk"),
    ("Tel Aviv: Gideon Saar, the foreign minister, said the embassy would reopen.", "Tel Aviv"),
    (
        "Earlier, President Shavkat Mirziyoyev held talks with Recep Tayyip Erdogan and said "
        "\u201cthe guns must fall silent.\u201d",
        "Recep Tayyip Erdogan",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), NOT_SPEAKERS)
def test_not_a_speaker(text: str, speaker: str) -> None:
    assert speaker not in [s for s, _, _ in _said(text)]


def test_desk_tagged_partial_dropped() -> None:
    text = (
        "(Monitoring Desk) - Oman has denounced the raid on the Al Udeid base "
        "\u201cwithout reservation\u201d."
    )
    assert _said(text) == []
