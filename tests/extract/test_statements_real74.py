"""Round h_fix_s74: one-letter respellings of listed people, demonstrative back-references
and a bare "the ministry" (``_s74post``, ``_s74names``, ``_s74ministry``), on minimal
sentences of the helper's own."""

from __future__ import annotations

import pytest

from pipeline.extract._s74names import respelled
from tests.extract.found import quote_rows as _said

POSITIVE = [
    ("Rustem Umierov said the radars had been delivered to Odesa.", "Rustem Umerov", "radars"),
    ("Denys Shmygal said the reserve plants were running again.", "Denys Shmyhal", "reserve"),
    ("Sergei Rjabkov said Moscow saw no basis for new talks.", "Sergei Ryabkov", "no basis"),
    (
        "In a statement from the foreign ministry, Jordan condemned the raid. The ministry said"
        " the embassy staff were safe.",
        "Jordanian foreign ministry",
        "embassy staff",
    ),
    (
        "Kuwait replied through the defence ministry on Sunday. The ministry said the radar had"
        " tracked two drones.",
        "Kuwaiti defence ministry",
        "tracked two drones",
    ),
    (
        "The Ministry of Foreign Affairs said the talks had stalled. The ministry added that the"
        " envoy was recalled. The Omani Foreign Ministry said mediation would resume.",
        "Omani Foreign Ministry",
        "envoy was recalled",
    ),
    (
        "A senior Hamas official said the delegation had left Doha. This official said a reply"
        " was due on Friday.",
        "senior Hamas official",
        "reply was due",
    ),
    (
        "A Western diplomat said the vote was postponed. That diplomat added that France had"
        " objected.",
        "Western diplomat",
        "France had objected",
    ),
]

NEGATIVE = [
    ("This official visit to Odesa was his second in a month.", "This official"),
    ("The ministry building in Sumy was hit by a drone on Monday.", "ministry"),
    ("Rustem Umierov arrived in Brussels on Tuesday.", "Rustem Umerov"),
    ("That diplomat's car was stopped at the border crossing.", "Western diplomat"),
    ("A statement from the health ministry was posted online late on Friday.", "ministry"),
]


@pytest.mark.parametrize(("text", "speaker", "words"), POSITIVE)
def test_read(text: str, speaker: str, words: str) -> None:
    found = _said(text)
    assert any(s == speaker and words in q for s, q in found), found


@pytest.mark.parametrize(("text", "speaker"), NEGATIVE)
def test_not_read(text: str, speaker: str) -> None:
    assert not any(s == speaker for s, _ in _said(text))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Oleh Synehubov", None),  # the written call keeps this spelling
        ("Oleh Synjehubow", None),  # the German spelling stays as written
        ("Mark Rutte", None),  # the table's own spelling needs nothing
        ("Ivan Fedorov", None),  # no listed person one letter away
        ("Rustem Umierov", "Rustem Umerov"),
        ("Valerii Zaluzhnyj", "Valerii Zaluzhnyi"),
    ],
)
def test_respelled(name: str, expected: str | None) -> None:
    assert respelled(name) == expected
