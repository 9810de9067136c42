"""Minimal sentences for the readings of statement round 58 (helper h_real_s58, batch
``dev_statements84``, module ``_s58post``): a body-led clause credited at its end to a named
spokesperson (and the "“Q,” he said" after it), "In COUNTRY, the military says", a leading
adverb before the speaker and the speaker's own act after the clause. Sentences are the
helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

READINGS = [
    (
        "The Indian Foreign Ministry has urged both sides to show restraint after the raids, "
        "Indian Foreign Ministry Spokesman Randhir Jaiswal said at a briefing.",
        "Randhir Jaiswal",
        "indirect",
        "The Indian Foreign Ministry has urged both sides to show restraint after the raids",
    ),
    (
        "The Japanese Foreign Ministry protested the launch, as well as the drills near its "
        "waters, Foreign Ministry spokesman Toshihiro Kitamura said.",
        "Toshihiro Kitamura",
        "indirect",
        "The Japanese Foreign Ministry protested the launch, as well as the drills near its waters",
    ),
    (
        "The Pentagon has sent a second carrier to the region, Pentagon Press Secretary Pat "
        "Ryder said on Tuesday.",
        "Pat Ryder",
        "indirect",
        "The Pentagon has sent a second carrier to the region",
    ),
    (
        "Hezbollah said it fired drones at a base. In Israel, the military says nine soldiers "
        "have been wounded this week.",
        "Israeli military",
        "indirect",
        "nine soldiers have been wounded this week",
    ),
    (
        "Earlier police believed that a drone had fallen near Sderot.",
        "police",
        "indirect",
        "a drone had fallen near Sderot",
    ),
    (
        "Meanwhile local officials reported that the bridge had been hit again.",
        "local officials",
        "indirect",
        "the bridge had been hit again",
    ),
    (
        "Ukraine's defence minister warned on Monday that Kyiv would keep hitting refineries, "
        "issuing the warning after a drone strike on Odesa.",
        "Ukrainian defence minister",
        "indirect",
        "Kyiv would keep hitting refineries",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "mode", "quote"), READINGS)
def test_reading(text: str, speaker: str, mode: str, quote: str) -> None:
    assert (speaker, mode, quote) in _said(text)


def test_he_said_after_credit_is_the_spokesperson() -> None:
    text = (
        "The Chinese Foreign Ministry called for a halt to the strikes, Chinese Foreign Ministry "
        'Spokeswoman Mao Ning said.\n"Civilians must not pay the price," she said.'
    )
    assert ("Mao Ning", "direct", "Civilians must not pay the price,") in _said(text)


NEGATIVES = [
    "In Israel, the military funeral of the two reservists drew thousands of people.",
    "Earlier police cordons around the port were lifted on Friday morning.",
    "The Army Spokesman post has been vacant since the reshuffle in March.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_statement(text: str) -> None:
    assert _said(text) == []


OPEN = [
    pytest.param(
        "The regional head noted that two houses were damaged in Shebekino.",
        "regional head",
        marks=pytest.mark.xfail(reason="'The regional head noted' is not read yet"),
    ),
]


@pytest.mark.parametrize(("text", "speaker"), OPEN)
def test_open(text: str, speaker: str) -> None:
    said = _said(text)
    assert said and said[-1][0] == speaker
