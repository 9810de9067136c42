"""Statements in literal English translations of French copy (round 36, ``dev_statements61``,
on dev_articles66): every saying verb of one lemma table in every position - ", (while)
VERB-ing that C" after another clause, "«Q», VERB [adjuncts] the TITLE, NAME", "called on /
urged OBJ to VP «F»" with a quoted or apposed object, "According to the DESCRIPTION NAME, C",
"according to NAME estimates, C", "..., according to her, C", "the DESCRIPTION, NAME" as a
speaker, religious honorifics dropped, "NAME VERB-ed a «F»" partials. Sentences are the
helper's own, none from the batch."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_set as _said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Greek prime minister, Kyriakos Mitsotakis, opened the summit in Athens, "
            "recalling that the frigates «would sail before spring».",
            ("Kyriakos Mitsotakis", "indirect", "the frigates «would sail before spring»"),
        ),
        (
            "The Danish minister, Lars Løkke Rasmussen, admitted that the talks «are stalling», "
            "while promising that a new offer would follow.",
            ("Lars Løkke Rasmussen", "indirect", "a new offer would follow"),
        ),
        (
            "«The roof held, which saved us», recounts the teacher, Oksana Melnyk, in the yard.",
            ("Oksana Melnyk", "direct", "The roof held, which saved us"),
        ),
        (
            "In Vienna, the Austrian foreign ministry called on «both camps» to resume the talks "
            "«without delay».",
            (
                "Austrian foreign ministry",
                "indirect",
                "«both camps» to resume the talks «without delay»",
            ),
        ),
        (
            "According to the analytics firm Kpler, tanker loadings at the port fell sharply "
            "in October.",
            ("Kpler", "indirect", "tanker loadings at the port fell sharply in October"),
        ),
        (
            "According to Reuters calculations, refinery runs dropped to a two-year low.",
            ("Reuters", "indirect", "refinery runs dropped to a two-year low"),
        ),
        (
            "«We pray in the cellar now», says Brother Andriy Kovalenko, the prior of the "
            "monastery.",
            ("Andriy Kovalenko", "direct", "We pray in the cellar now"),
        ),
        (
            "The spokeswoman of the Dutch government, Anna de Vries, hailed on Friday a "
            "«historic agreement».",
            ("Anna de Vries", "partial", "historic agreement"),
        ),
    ],
)
def test_french_positions(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _said(text)


@pytest.mark.parametrize(
    "text",
    [
        "The convoy reached Kherson at dusk, while assuring the supply of two hospitals.",
        "Sister Maria Horbach has run the shelter in the school since the spring.",
        "According to Ukrainian estimates, the front moved little in November.",
    ],
)
def test_no_statement(text: str) -> None:
    assert not _said(text)
