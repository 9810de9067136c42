"""Minimal sentences for the readings of the eleventh session's statement round on
dev_articles42 (the shared sample's translated-German political copy; helper h_stmt13,
batch ``dev_statements38``, module ``_rolepost``). Sentences are the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

POSITIVE = [
    # a role description stands for the person quoted or named before
    (
        "Ghana's President John Mahama opened the forum in Accra. Africa would not be a "
        "battlefield for others, the Ghanaian head of state said.",
        [("John Mahama", "indirect", "Africa would not be a battlefield for others")],
    ),
    (
        "Kremlin adviser Yuri Ushakov spoke to reporters. The call had been businesslike, "
        "the presidential aide told the agency Interfax.",
        [("Yuri Ushakov", "indirect", "The call had been businesslike")],
    ),
    (
        "Labour MP Emily Thornberry chairs the committee. The report would be published in "
        "May, the Labour politician said.",
        [("Emily Thornberry", "indirect", "The report would be published in May")],
    ),
    # a hyphenated title before the name
    (
        "UNRWA Commissioner-General Philippe Lazzarini warned that the clinics would close.",
        [("Philippe Lazzarini", "indirect", "the clinics would close")],
    ),
    (
        "UN Under-Secretary-General Tom Fletcher said the crossing had been shut again.",
        [("Tom Fletcher", "indirect", "the crossing had been shut again")],
    ),
    # a body's name through "of"
    (
        "Wheat exports fell sharply in May, according to the Kyiv School of Economics.",
        [("Kyiv School of Economics", "indirect", "Wheat exports fell sharply in May")],
    ),
    # "the Commission" in copy about the EU
    (
        "EU ministers met in Luxembourg. The new rules would apply from June, the Commission said.",
        [("European Commission", "indirect", "The new rules would apply from June")],
    ),
    # the partial of "X called Y a „...“" is the subject's
    (
        "Slovak Prime Minister Robert Fico called Zelensky an „obstacle to peace“.",
        [("Robert Fico", "partial", "obstacle to peace")],
    ),
    # nested sources: the outer person or body, whole clause; an outlet only relays
    (
        "According to Ushakov, Putin told Trump that Moscow wanted a lasting settlement.",
        [
            (
                "Yuri Ushakov",
                "indirect",
                "Putin told Trump that Moscow wanted a lasting settlement",
            )
        ],
    ),
    (
        "The Elysée published a readout in the evening. According to it, Macron urged Xi to "
        "press Moscow for a ceasefire.",
        [("Elysée", "indirect", "Macron urged Xi to press Moscow for a ceasefire")],
    ),
    (
        "According to TASS, Kremlin spokesman Dmitry Peskov said that no date had been set.",
        [("Dmitry Peskov", "indirect", "no date had been set")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_reading(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


NEGATIVE = [
    "The Kremlin confirmed the meeting but gave no details.",
    "Warsaw After a night of drone alarms in the east, Prime Minister Donald Tusk has "
    "appealed to NATO for more help.",
    "The Brazilian head of state arrived in New York on Sunday evening.",
    "UNRWA Commissioner-General Philippe Lazzarini visited a school in Khan Younis.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_statement(text: str) -> None:
    assert _said(text) == []


def test_trailing_threatened() -> None:
    text = "Merz spoke in Kyiv. Otherwise there would be new sanctions, the chancellor threatened."
    assert ("Friedrich Merz", "indirect", "Otherwise there would be new sanctions") in _said(text)


def test_governor_there() -> None:
    text = "The depot in the Tambov region was hit, the governor there reported."
    assert _said(text)[0][0] == "Tambov regional governor"
