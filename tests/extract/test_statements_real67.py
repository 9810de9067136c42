"""Minimal sentences for the readings of statement round 67 (phrasing survey of helper
h_survey_s67, batch ``dev_statements93``, module ``_s67post``): a role description of a titled
person named before ("the President of the Czech Republic", "the head of the Swiss foreign
ministry", "the head of the Spanish government", "the Greek leader", "the head of NATO") is
that person, and "X reacted / responded to reports / claims that C" is no statement of X.
Sentences are the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

READINGS = [
    # "the President of COUNTRY"
    (
        "Czech President Petr Pavel landed in Kyiv. The President of the Czech Republic said "
        "that more shells would come.",
        "Petr Pavel",
        "indirect",
        "more shells would come",
    ),
    (
        "Finnish President Alexander Stubb spoke in Turku. According to the President of "
        "Finland, the border would stay shut.",
        "Alexander Stubb",
        "indirect",
        "the border would stay shut",
    ),
    # "the head of the ADJ foreign ministry / ADJ diplomacy"
    (
        "Swiss Foreign Minister Ignazio Cassis spoke in Bern. Talks would take time, said the "
        "head of the Swiss foreign ministry.",
        "Ignazio Cassis",
        "indirect",
        "Talks would take time",
    ),
    (
        "Austrian Foreign Minister Beate Meinl-Reisinger visited Lviv. The head of Austrian "
        "diplomacy said that Vienna would pay for the mine clearing.",
        "Beate Meinl-Reisinger",
        "indirect",
        "Vienna would pay for the mine clearing",
    ),
    # "the head of the ADJ government / executive", also before "condemned ..., and said"
    (
        "Portuguese Prime Minister Luis Montenegro spoke on Monday. The head of the Portuguese "
        "executive condemned the raid ordered by Vladimir Putin, and said that it was a crime.",
        "Luis Montenegro",
        "indirect",
        "it was a crime",
    ),
    # "the ADJ leader", and a pronoun after it
    (
        "Greek Prime Minister Kyriakos Mitsotakis spoke in Athens. The Greek leader said that "
        "no troops would go. He added that the navy would help.",
        "Kyriakos Mitsotakis",
        "indirect",
        "the navy would help",
    ),
    # the head of a body
    (
        "NATO Secretary General Mark Rutte spoke in Oslo. Stocks were too low, the head of "
        "NATO warned.",
        "Mark Rutte",
        "indirect",
        "Stocks were too low",
    ),
    # "reacted to claims that C, and said that C2": C2 only
    (
        "Slovak Prime Minister Robert Fico reacted to claims that Bratislava had blocked the "
        "loan, and said that he had asked for time.",
        "Robert Fico",
        "indirect",
        "he had asked for time",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "mode", "quote"), READINGS)
def test_reading(text: str, speaker: str, mode: str, quote: str) -> None:
    assert (speaker, mode, quote) in _said(text)


NOT_READ = [
    # the reports' clause is not the reactor's
    (
        "Polish Prime Minister Donald Tusk responded to reports that Warsaw was sending troops.",
        ("Donald Tusk", "indirect", "Warsaw was sending troops"),
    ),
    # a title before the name stays the name's, never an earlier person's
    (
        "Premier Giorgia Meloni spoke in Rome. From Brussels, the President of the European "
        "Commission Ursula von der Leyen said that the package was ready.",
        ("Giorgia Meloni von der Leyen", "indirect", "the package was ready"),
    ),
    # "the leader of the party" is no head of government
    (
        "Premier Giorgia Meloni replied from Brussels. The leader of the League had said that "
        "Italy was at war with no one.",
        ("Giorgia Meloni", "indirect", "Italy was at war with no one"),
    ),
    # another country's minister is not the one named
    (
        "Swiss Foreign Minister Ignazio Cassis met reporters. The head of the Finnish foreign "
        "ministry said that the border would stay shut.",
        ("Ignazio Cassis", "indirect", "the border would stay shut"),
    ),
]


@pytest.mark.parametrize(("text", "reading"), NOT_READ)
def test_not_read(text: str, reading: tuple[str, str, str]) -> None:
    assert reading not in _said(text)


@pytest.mark.parametrize(
    "text",
    [
        "The head of the Swiss foreign ministry flew to Geneva on Monday.",
        "Czech President Petr Pavel met the President of Finland in Prague.",
        "The Kremlin reacted coolly to media reports that a summit was planned.",
    ],
)
def test_no_statement(text: str) -> None:
    assert _said(text) == []
