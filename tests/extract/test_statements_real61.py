"""Minimal sentences for the readings of statement round 61 (helper h_real_s61, batch
``dev_statements87``, module ``_s61post``): Arabic "bin" names shortened later or read as
their apposed title, a bare title after one person introduced with it, a multi-sentence
quote's last sentence not read again as indirect speech, and another spelling of a listed
person. Sentences are the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

READINGS = [
    (
        "Sheikh Hamad bin Jassim Al Thani met the envoy on Monday.\n"
        "Sheikh Hamad said the talks on the border crossing would resume.",
        "Hamad bin Jassim Al Thani",
        "indirect",
        "the talks on the border crossing would resume",
    ),
    (
        "Dr. Nasser bin Ali Al Rawas, an adviser to the sultan, toured the port.\n"
        '"Shipping is safe," Al Rawas said.',
        "Nasser bin Ali Al Rawas",
        "direct",
        "Shipping is safe,",
    ),
    (
        "Turki bin Saleh Al Dossari, minister of state for energy, said the pipeline was intact.",
        "Turki bin Saleh Al Dossari",
        "indirect",
        "the pipeline was intact",
    ),
    (
        "NATO Secretary General Mark Rutte arrived in Vilnius.\n"
        '"We stand with our allies," the Secretary General said.',
        "Mark Rutte",
        "direct",
        "We stand with our allies,",
    ),
    (
        "Fires broke out in Rylsk, Governor of the region Pavel Orlov said.\n"
        "On Monday the governor of the Kursk region reported more shelling. "
        "He noted that a bridge was hit.",
        "Pavel Orlov",
        "indirect",
        "a bridge was hit",
    ),
    (
        "Regional governor Oleg Synegubov said a drone hit a garage in Kharkiv.",
        "Oleh Syniehubov",
        "indirect",
        "a drone hit a garage in Kharkiv",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "mode", "quote"), READINGS)
def test_reading(text: str, speaker: str, mode: str, quote: str) -> None:
    assert (speaker, mode, quote) in _said(text)


NEGATIVES = [
    "Sheikh Hamad bin Jassim Al Thani opened the new terminal in Doha.",
    "The Secretary General's plane landed in Kyiv shortly after noon.",
    "The minister's convoy reached Riyadh before dawn.",
    "Governor Oleg Synegubov visited the school in Kharkiv.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_statement(text: str) -> None:
    assert _said(text) == []


KEPT = [
    (
        # two people introduced with the title: the bare title is given to neither
        "NATO Secretary General Mark Rutte and former Secretary General Jens Stoltenberg "
        'met in Oslo.\n"Talks were useful," the secretary general said.',
        "Mark Rutte",
        "Talks were useful,",
    ),
    (
        # a described former office holder is not the titled person named before
        "Foreign Minister Andrii Sybiha spoke in Tallinn.\n"
        "A former Estonian prime minister said the region was better prepared.",
        "Andrii Sybiha",
        "the region was better prepared",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "quote"), KEPT)
def test_not_renamed(text: str, speaker: str, quote: str) -> None:
    assert all(not (s == speaker and q == quote) for s, _, q in _said(text))


REQUOTED = [
    "\u2018The line is open again. The depot was not hit. Expect delays,\u2019 "
    "NATO Secretary General Mark Rutte said.",
    '"The talks were useful. We agreed a timetable. More work is needed," Mark Rutte said.',
]


@pytest.mark.parametrize("text", REQUOTED)
def test_quote_tail_not_indirect(text: str) -> None:
    said = _said(text)
    assert any(m == "direct" for _, m, _ in said)
    assert all(m != "indirect" for _, m, _ in said)
