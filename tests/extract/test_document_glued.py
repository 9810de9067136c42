"""Sentence ends a scrape glued to the next sentence are split (``_n31glue``).

Scraped pages lose the space between sentences set in separate elements ("... the
ministry said.Hezbollah fired ..."); abbreviations, outlet names with a dot, web
addresses, decimals and initials are never cut.
"""

from __future__ import annotations

import pytest

from pipeline.extract.document import parse


def kept(body: str) -> list[str]:
    doc = parse(body)
    for s in doc.sentences:
        assert body[s.start : s.end] == s.text
    return [s.text for s in doc.sentences]


GLUED: list[tuple[str, list[str]]] = [
    (
        "Three people were killed, the ministry said.Hezbollah fired rockets in response.",
        ["Three people were killed, the ministry said.", "Hezbollah fired rockets in response."],
    ),
    (
        "The toll rose to 12.Two of the dead were children.",
        ["The toll rose to 12.", "Two of the dead were children."],
    ),
    (
        'The sirens sounded at night."We heard three blasts," a resident said.',
        ["The sirens sounded at night.", '"We heard three blasts," a resident said.'],
    ),
    (
        'He said "we will hold the line."Then he left.',
        ['He said "we will hold the line."', "Then he left."],
    ),
    ("Is it over?No one knows yet.", ["Is it over?", "No one knows yet."]),
    (
        "The drone was shot down over the sea.A second one fell in a field.",
        ["The drone was shot down over the sea.", "A second one fell in a field."],
    ),
    (
        "The rockets were launched from Gaza (Reuters).An hour later sirens sounded again.",
        ["The rockets were launched from Gaza (Reuters).", "An hour later sirens sounded again."],
    ),
]


@pytest.mark.parametrize(("body", "want"), GLUED)
def test_glued_end_splits(body: str, want: list[str]) -> None:
    assert kept(body) == want


WHOLE = [
    "Censor.NET reports that the mayor spoke.",
    "The governor of St.Petersburg signed the decree.",
    "The budget grew by 5.4 percent this year.",
    "The report was carried by Ukrinform.ua on Monday.",
    "The U.S.-made jets arrived in August.",
    "Sen. J.D. Vance spoke to reporters.",
    "Details are on www.Example.org today.",
    "Write to press@Ministry.gov for details.",
    "Gen.Syrskyi visited the front.",
    "A Kh-101 missile was shot down at 2 p.m. on Monday.",
]


@pytest.mark.parametrize("body", WHOLE)
def test_no_split_inside_names_and_numbers(body: str) -> None:
    assert kept(body) == [body]


PROMO: list[tuple[str, list[str]]] = [
    (
        "Two people were injured, the governor said.Read also: Air force downs 41 of 47 drones",
        ["Two people were injured, the governor said."],
    ),
    (
        "The mayor spoke.Read also: Six killed in Dnipro.The shelters stay open.",
        ["The mayor spoke.", "The shelters stay open."],
    ),
    (
        "The mayor spoke.See also: Strikes on the port\nThe shelters stay open.",
        ["The mayor spoke.", "The shelters stay open."],
    ),
]


@pytest.mark.parametrize(("body", "want"), PROMO)
def test_glued_promo_is_dropped(body: str, want: list[str]) -> None:
    assert kept(body) == want
