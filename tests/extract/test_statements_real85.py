"""Round 85 (h_fix_s85): a relative "that" and a fronted phrase are not reported speech."""

from __future__ import annotations

import pytest

from tests.extract.found import indirect_set as _indirect


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Mykolaiv condemned the raid that damaged a school near the river port.",
        "Governor Ivan Fedorov showed photos of the depot that was burned out near Orikhiv.",
        "The minister wrote on Telegram about the drones that had reached the outskirts of Sumy.",
        "After talks with envoys in Riga, Zelensky vowed to restore the grid by December.",
        "During a stop in Haifa on Monday, Israel Katz threatened to widen the operation.",
    ],
)
def test_no_indirect_statement(text: str) -> None:
    assert _indirect(text) == set()


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Fedorov said on Friday that the depot was burned out by a drone.",
            "Fedorov",
            "the depot was burned out by a drone",
        ),
        (
            "The monitors said in a report that annotated images showed craters near Avdiivka.",
            "monitors",
            "annotated images showed craters near Avdiivka",
        ),
        (
            "Analysts said on Friday that scheduled outages will resume in four regions.",
            "Analysts",
            "scheduled outages will resume in four regions",
        ),
        (
            "The army said that was the second attempt this week.",
            "army",
            "was the second attempt this week",
        ),
        (
            "Talks will resume in Doha next week, Dmitry Peskov said on Tuesday.",
            "Dmitry Peskov",
            "Talks will resume in Doha next week",
        ),
        (
            "The port remains open, the ministry said, and it plans to add convoys.",
            "ministry",
            "The port remains open",
        ),
    ],
)
def test_indirect_statement_kept(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _indirect(text)
