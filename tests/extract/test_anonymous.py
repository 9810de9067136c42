"""Unnamed, counted sources and ticker lines (:mod:`pipeline.extract._anonymous`)."""

from __future__ import annotations

import pytest

from pipeline.extract import _anonymous
from tests.extract.found import statement_rows as _statements


@pytest.mark.parametrize(
    ("text", "name", "clause"),
    [
        ("The vote slipped to May, two people familiar with the talks said.", "two people "
         "familiar with the talks", "The vote slipped to May"),
        ("A Western diplomat who asked not to be identified said the draft was ready.",
         "A Western diplomat", "the draft was ready"),
        ("The vote slipped to May, said a diplomat who asked not to be named.", "a diplomat",
         "The vote slipped to May"),
        ("Senior Hamas source to Al Mayadeen: no new proposal has arrived.",
         "senior Hamas source", "no new proposal has arrived"),
    ],
)  # fmt: skip
def test_find(text: str, name: str, clause: str) -> None:
    found = _anonymous.find(text)
    assert found is not None
    assert found.name == name
    assert text[found.c_start : found.c_end] == clause


@pytest.mark.parametrize(
    "text",
    [
        "A diplomat who asked for asylum was detained at the airport.",
        "Two people familiar with the matter were questioned by police.",
        "Our correspondent to Kyiv: a new posting.",
    ],
)
def test_no_source(text: str) -> None:
    assert _anonymous.find(text) is None or not _statements(text)


def test_counted_source_speaks() -> None:
    text = "“The window is closing,” one US official said."
    assert _statements(text) == [("US official", "direct", "The window is closing,")]
