"""Minimal sentences for statement round 47 (h_stmt47, ``dev_articles75`` /
``dev_statements73``): the generic detector reading a clause that holds a «fragment»
(fronted, "for whom", incise), "C, VERB X, for whom D" as X's, and the speaker forms
:mod:`pipeline.extract._s47post` names ("the same source", "The NGO X", "X of the rebels",
"The office of NAME", a thing as the subject)."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _statements

READS = [
    (
        "The grid will need «years and not months» to recover, estimated the head of the "
        "operator, Olena Marchuk, in Kyiv.",
        ("Olena Marchuk", "indirect", "The grid will need «years and not months» to recover"),
    ),
    (
        "The Dutch defence minister, Ruben Brekelmans, for whom the air defence remains «a "
        "patchwork» in Europe, asked for more money on Monday.",
        ("Ruben Brekelmans", "indirect", "the air defence remains «a patchwork» in Europe"),
    ),
    (
        "In Sumy, the supply of water, explained the governor, Oleh Hryhorov, remains «very "
        "fragile» after the night.",
        ("Oleh Hryhorov", "indirect", "remains «very fragile» after the night"),
    ),
    (
        "The Spanish premier Pedro Sanchez met the press in Madrid. The talks will go on, "
        "according to the same source.",
        ("Pedro Sanchez", "indirect", "The talks will go on"),
    ),
    (
        "The NGO Mediterranea, which sails a ship off Libya, warned that the new rules would "
        "cost lives at sea.",
        ("Mediterranea", "indirect", "the new rules would cost lives at sea"),
    ),
    (
        "The port was hit again overnight, affirmed the Saba agency of the rebels, according "
        "to which two dockers were wounded.",
        ("Saba agency", "indirect", "two dockers were wounded"),
    ),
    (
        "Europe is «in danger» on its eastern flank, insisted the former Latvian premier, for "
        "whom the sabotage of the cables proves «the gaps» of the Alliance.",
        (
            "Latvian premier",
            "indirect",
            "the sabotage of the cables proves «the gaps» of the Alliance",
        ),
    ),
]


@pytest.mark.parametrize(("text", "want"), READS)
def test_reads(text: str, want: tuple[str, str, str]) -> None:
    got = _statements(text)
    speaker, mode, quote = want
    assert any(
        q == quote and m == mode and (speaker.lower() in s.lower() or s.lower() in speaker.lower())
        for s, m, q in got
    ), got


NONE = [
    "The decision of the cabinet shows that the line on the sanctions has changed.",
    "The night's attack confirmed that the town remains exposed to the glide bombs.",
    "The engineers worked all night so that the trains could leave on time.",
    "Did the ministry confirm that the border crossing would reopen on Monday?",
]


@pytest.mark.parametrize("text", NONE)
def test_no_statement(text: str) -> None:
    assert _statements(text) == []


NO_PARTIAL = [
    "Italy will stay «as long as necessary» in the Red Sea, made known the Farnesina in a note.",
]


@pytest.mark.parametrize("text", NO_PARTIAL)
def test_fragment_inside_clause_is_no_partial(text: str) -> None:
    got = _statements(text)
    assert got and all(m == "indirect" for _, m, _ in got), got
