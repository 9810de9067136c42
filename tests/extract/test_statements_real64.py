"""Minimal sentences for the readings of statement round 64 (phrasing survey of helper
h_survey_s64, batch ``dev_statements90``, module ``_s64post``): a reported clause opening
with a quotation and running on with "and" (a partial, and "and that C2" an indirect),
"TITLE of PLACE (REGION) NAME said C" (NAME's, and the later bare title's), and "C, OUTLET
reports, citing (a statement from) BODY" (BODY's, with a later "the statement said"). Sentences
are the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

READINGS = [
    # a quotation opening the reported clause, run on with "and"
    (
        'The governor said "the bridge is still standing" and then left.',
        "governor",
        "partial",
        "the bridge is still standing",
    ),
    (
        "Zelensky said that \u201cthe reply will come\u201d and that the army was ready.",
        "Volodymyr Zelensky",
        "partial",
        "the reply will come",
    ),
    (
        "Zelensky said that \u201cthe reply will come\u201d and that the army was ready.",
        "Volodymyr Zelensky",
        "indirect",
        "the army was ready",
    ),
    (
        "Kaja Kallas said \u201cwe will not blink\u201d and that, for now, \u201cpatience\u201d "
        "is needed.",
        "Kaja Kallas",
        "partial",
        "patience",
    ),
    # "TITLE of PLACE (REGION) NAME said C"
    (
        "Mayor of Balakliia (Kharkiv region) Ivan Stolbovyi said the water supply was cut.",
        "Ivan Stolbovyi",
        "indirect",
        "the water supply was cut",
    ),
    (
        "Mayor of Balakliia (Kharkiv region) Ivan Stolbovyi said the water supply was cut. "
        "He added that crews were on site.",
        "Ivan Stolbovyi",
        "indirect",
        "crews were on site",
    ),
    (
        "Head of Pavlohrad district (Dnipropetrovsk region) Petro Moroz told reporters two "
        'garages burned. "Nobody was hurt," the head of the district said.',
        "Petro Moroz",
        "direct",
        "Nobody was hurt,",
    ),
    # "C, OUTLET reports, citing (a statement from) BODY"
    (
        "A drone hit a pier in Reni, UNN reports, citing the Southern Defence Forces.",
        "Southern Defence Forces",
        "indirect",
        "A drone hit a pier in Reni",
    ),
    (
        "Sirens sounded in Poltava, Suspilne reports, citing a statement from the Poltava City "
        'Council. "Stay in shelters," the statement said.',
        "Poltava City Council",
        "direct",
        "Stay in shelters,",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "mode", "quote"), READINGS)
def test_reading(text: str, speaker: str, mode: str, quote: str) -> None:
    assert (speaker, mode, quote) in _said(text)


NOT_READ = [
    # a quotation that is the clause's subject stays in the indirect clause
    (
        "Speaking in Riga, NATO chief Mark Rutte said \u201ca real shift\u201d in air defence "
        "is needed now.",
        ("Mark Rutte", "partial", "a real shift"),
    ),
    # a body named in lower case, or the outlet's own reporter, is no relay
    (
        "Ukrinform reports, citing its own correspondent, that the queue stretched for miles.",
        ("its own correspondent", "indirect", "the queue stretched for miles"),
    ),
]


@pytest.mark.parametrize(("text", "reading"), NOT_READ)
def test_not_read(text: str, reading: tuple[str, str, str]) -> None:
    assert reading not in _said(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mayor of Lviv (western Ukraine) Andriy Sadovyi visited the damaged school on Monday.",
        "The report, citing satellite images, showed craters near the airfield.",
        "Citing the weather, the ministry postponed the ceremony by a week.",
    ],
)
def test_no_statement(text: str) -> None:
    assert _said(text) == []


def test_outlet_keeps_uncited_claims() -> None:
    said = _said("Ukrinform reports, citing its own correspondent, that the queue stretched.")
    assert all(s == "Ukrinform" for s, _, _ in said)
