"""Attributions in translated German copy the lead found failing on real pages (tenth
session): the source with no comma before its clause, an aside between auxiliary and
participle, a trailing adverb after an inverted speaker, and a clause that carries a verb
of its own before the sentence's trailing attribution. Sentences are the lead's own."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Interception
from tests.extract.found import quote_rows as _said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Nach Angaben der Luftwaffe wurden 32 von 46 Drohnen ...": no comma after the source
        (
            "According to the Ukrainian air force 41 of 57 drones were shot down.",
            [("Ukrainian Air Force", "41 of 57 drones were shot down")],
        ),
        (
            "According to Governor Ivan Fedorov 9 people were injured in Zaporizhzhia.",
            [("Ivan Fedorov", "9 people were injured in Zaporizhzhia")],
        ),
        (
            "According to the governor at least 6 people were injured.",
            [("governor", "at least 6 people were injured")],
        ),
        # a short fronted adverbial, then the source with no comma
        (
            "On Tuesday night, according to the Ukrainian air force 23 of 30 drones were "
            "destroyed.",
            [("Ukrainian Air Force", "23 of 30 drones were destroyed")],
        ),
        (
            "In heavy attacks on the south, according to the authorities at least four people "
            "have died.",
            [("authorities", "at least four people have died")],
        ),
        # an outlet whose name ends in a number keeps it
        ("According to Channel 24, two people died.", [("Channel 24", "two people died")]),
        # the subject and its auxiliary before the aside: the predicate is reported
        (
            "The Ukrainian air force has, according to its own information, repelled nine of "
            "eleven drones.",
            [("Ukrainian Air Force", "repelled nine of eleven drones")],
        ),
        # a trailing adverb after the inverted speaker ("sagte Selenskyj weiter")
        (
            "The talks had been useful, said Zelensky further.",
            [("Volodymyr Zelensky", "The talks had been useful")],
        ),
        (
            "The front held near Pokrovsk, said Syrskyi also on Monday.",
            [("Oleksandr Syrskyi", "The front held near Pokrovsk")],
        ),
        # an adjective "further" is no trailing adverb: no inverted cue
        ("Kyiv counts 150 clashes a day, Moscow claims further villages.", []),
        # the sentence's trailing attribution reports a clause with a verb of its own
        (
            "Moscow urges Kyiv to withdraw its troops, said Kremlin spokesman Dmitry Peskov in "
            "an interview.",
            [("Dmitry Peskov", "Moscow urges Kyiv to withdraw its troops")],
        ),
        (
            "Russia calls on the West to stop the deliveries, Peskov said.",
            [("Dmitry Peskov", "Russia calls on the West to stop the deliveries")],
        ),
    ],
)
def test_translated_attribution(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected


def test_the_aside_keeps_the_interception() -> None:
    text = "According to the Ukrainian air force 41 of 57 drones were shot down."
    air = [f for f in extract(text) if isinstance(f, Interception)]
    assert [(a.launched, a.intercepted) for a in air] == [(57, 41)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks are hard but they go on, RIA news agency quoted Kremlin spokesman "
            "Dmitry Peskov as saying on Saturday.",
            [("Dmitry Peskov", "The talks are hard but they go on")],
        ),
        (
            "The talks go on, Interfax quoted Peskov as saying. He also said Russia wanted "
            "talks in Minsk.",
            [
                ("Dmitry Peskov", "The talks go on"),
                ("Dmitry Peskov", "Russia wanted talks in Minsk"),
            ],
        ),
        # the leading form and the passive keep their readings
        (
            "RIA quoted Peskov as saying that the talks go on.",
            [("Dmitry Peskov", "the talks go on")],
        ),
        (
            "The talks go on, Lavrov was quoted as saying by RIA.",
            [("Sergei Lavrov", "The talks go on")],
        ),
    ],
)
def test_relayed_quote_after_the_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German "teilte mit, C" / "berichtete, C" / "schrieb, C": the comma sets off the clause
        (
            "The prosecutor's office announced, in the attack four people had died.",
            [("prosecutor's office", "in the attack four people had died")],
        ),
        (
            "The governor wrote, the situation was under control.",
            [("governor", "the situation was under control")],
        ),
        # a participle after the comma is no clause of the report
        (
            "The army announced, adding that the offensive continued.",
            [("army", "the offensive continued")],
        ),
    ],
)
def test_comma_after_a_report_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected
