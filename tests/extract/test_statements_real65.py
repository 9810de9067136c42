"""Minimal sentences for the readings of statement round 65 (phrasing survey of helper
h_survey_s65, batch ``dev_statements91``, module ``_s65post``): a dateline before "X said early
/ late on DAY that C", a participle aside between the verb and "that", two named speakers
before one verb ("A and B said C", and a later "The joint statement said C2"), and "A called
the remarks from TITLE B “C”" (A's). Sentences are the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

READINGS = [
    # a dateline before "said early / late on DAY"
    (
        "April 3 (Reuters) - The Kremlin said late on Monday that the envoy would fly to Riyadh.",
        "Kremlin",
        "indirect",
        "the envoy would fly to Riyadh",
    ),
    (
        "Jan 8 (AP) - Russia's Defence Ministry said early on Friday that two bridges were hit.",
        "Russian Defence Ministry",
        "indirect",
        "two bridges were hit",
    ),
    # a participle aside between the verb and "that"
    (
        "Mao Ning said on Friday, responding to a question about the visit, that Beijing "
        "welcomed it.",
        "Mao Ning",
        "indirect",
        "Beijing welcomed it",
    ),
    (
        "Zakharova told reporters, commenting on the vote, that Moscow would not recognise it.",
        "Maria Zakharova",
        "indirect",
        "Moscow would not recognise it",
    ),
    # two named speakers before one verb
    (
        "The talks must resume, Antonio Guterres and Mark Rutte said in a joint statement.",
        "Mark Rutte",
        "indirect",
        "The talks must resume",
    ),
    (
        "The talks must resume, Antonio Guterres and Mark Rutte said in a joint statement.",
        "Antonio Guterres",
        "indirect",
        "The talks must resume",
    ),
    (
        "Chancellor Friedrich Merz and President Emmanuel Macron said in a joint statement "
        "that the grid must be protected.",
        "Friedrich Merz",
        "indirect",
        "the grid must be protected",
    ),
    (
        "Friedrich Merz and Kaja Kallas issued a joint statement on Friday. The joint "
        "statement said that the fund would double.",
        "Kaja Kallas",
        "indirect",
        "the fund would double",
    ),
    # "A called the remarks from TITLE B “C”"
    (
        "Hamas official Taher al-Nunu called the remarks from Israel Defense Forces Spokesman "
        'Effie Defrin "pure propaganda."',
        "Taher al-Nunu",
        "partial",
        "pure propaganda.",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "mode", "quote"), READINGS)
def test_reading(text: str, speaker: str, mode: str, quote: str) -> None:
    assert (speaker, mode, quote) in _said(text)


NOT_READ = [
    # two titles of one person stay one speaker
    (
        "Deputy Prime Minister and Defence Minister Władysław Kosiniak-Kamysz said the "
        "airspace was closed.",
        ("Deputy Prime Minister", "indirect", "the airspace was closed"),
    ),
    # a body named with "and" stays one body
    (
        "The National Security and Defence Council said new sanctions had been approved.",
        ("National Security", "indirect", "new sanctions had been approved"),
    ),
    # the aside never stays in the clause
    (
        "Peskov said, answering a question, that no call was planned.",
        ("Dmitry Peskov", "indirect", "answering a question, that no call was planned"),
    ),
]


@pytest.mark.parametrize(("text", "reading"), NOT_READ)
def test_not_read(text: str, reading: tuple[str, str, str]) -> None:
    assert reading not in _said(text)


@pytest.mark.parametrize(
    "text",
    [
        "May 4 (Reuters) - Storms closed the port of Odesa early on Sunday.",
        "Antonio Guterres and Mark Rutte met in New York on Tuesday.",
        "Mao Ning, responding to a question, declined to comment.",
        "Peskov called the meeting for Friday morning.",
    ],
)
def test_no_statement(text: str) -> None:
    assert _said(text) == []
