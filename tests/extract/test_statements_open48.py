"""Minimal sentences for the readings of statement round 48 (helper h_stmt48, batch
``dev_statements74``, module ``_s48post``): speakers read from sentence structure (a relative
clause's inner names, an incise inside a relative, a bulletin as the speaker, a bare role after
its holder's introduction, a bare ministry after a dateline city). Sentences are the helper's
own."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_rows as _said

CASES = [
    # a relative clause's inner names are not the main subject
    (
        "The Spanish Prime Minister, Pedro Sánchez, who met the Portuguese Prime Minister, "
        "Luís Montenegro, in Madrid, judged that the border must stay open.",
        ("Pedro Sánchez", "the border must stay open"),
    ),
    # an incise inside a relative of another subject
    (
        "The governor Ivan Fedorov visited Orikhiv, where, he said, the shelters are full.",
        ("Ivan Fedorov", "the shelters are full"),
    ),
    (
        "Cardinal Pietro Parolin travelled to Beirut, where, he recalled, the Church runs "
        "forty schools.",
        ("Pietro Parolin", "the Church runs forty schools"),
    ),
    # "he added" after a verb-first sentence
    (
        "Is badly damaged the railway station, reported the mayor Ihor Terekhov. The platforms, "
        "he added, will reopen on Friday.",
        ("Ihor Terekhov", "will reopen on Friday"),
    ),
    # a document as the speaker
    (
        "The Israeli army said it had hit a launch site near Tyre. The raid involved several "
        "aircraft, specified the communiqué.",
        ("Israeli army", "The raid involved several aircraft"),
    ),
    # a bare role after its holder's introduction, the table's holder never named before
    (
        "Rome - The head of state Sergio Mattarella opened the ceremony. The Republic belongs "
        "to all, underlined the head of state.",
        ("Sergio Mattarella", "The Republic belongs to all"),
    ),
    # a bare ministry after a dateline city
    (
        "BEIRUT - A drone hit a car near Sidon on Friday, announced the Ministry of Public Health.",
        ("Lebanese health ministry", "A drone hit a car near Sidon on Friday"),
    ),
    (
        "DAMASCUS - The curfew in the coastal towns was lifted, the Ministry of Interior said.",
        ("Syrian Ministry of Interior", "The curfew in the coastal towns was lifted"),
    ),
    # a body "of the territory" in copy datelined in the territory
    (
        "GAZA - Rescue teams pulled three survivors from a collapsed house, announced the civil "
        "defence of the territory.",
        ("Gaza civil defence", "Rescue teams pulled three survivors from a collapsed house"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_structure_read_speakers(text: str, expected: tuple[str, str]) -> None:
    who, quote = expected
    found = _said(text)
    assert any(s.lower() == who.lower() and quote in q for s, q in found), found


NEGATIVES = [
    "BEIRUT - The Ministry of Public Health opened a field hospital near Tyre.",
    "The governor toured Orikhiv, where the shelters are full.",
    "The bulletin of the General Staff is published every morning.",
    "The head of state laid a wreath and left without speaking.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_statement(text: str) -> None:
    assert _said(text) == []


@pytest.mark.xfail(
    reason="a saying verb inside a relative ('who said ... that C, met') keeps "
    "the main verb's words in its clause",
    strict=True,
)
def test_relative_saying_clause_cut() -> None:
    found = _said(
        "Donald Tusk, who said on Monday that Poland would close the border, met the "
        "Lithuanian President in Vilnius."
    )
    assert ("Donald Tusk", "Poland would close the border") in found


def test_role_after_two_presidents() -> None:
    """The role's holder when the other president carries his own title."""
    found = _said(
        "Riga - The head of state Edgars Rinkevics received the Estonian President, Alar Karis. "
        "The Baltic states stand together, declared the head of state."
    )
    assert ("Edgars Rinkevics", "The Baltic states stand together") in found
