"""Minimal sentences for the readings of statement round 69 (helper h_fix_s69, batch
``dev_statements95``, modules ``_s69roles`` and ``_s69post``): "the presidents of X and Y said
C" is one statement of each office holder, "ADJ GROUP and GROUP2 said C" gives the adjective to
both, "COUNTRY calls on X ..., said SPEAKER" is the attribution's with the whole clause,
"C, said Putin's spokesman, NAME" is the spokesman's, and "the Spanish leader" after one
"Prime Minister NAME" is that person; a quoted platform name, "He wrote about this on ...,
OUTLET reports" and a participial opener before "X said, “Q”" are no statements, and "the
local NAME news agency" is NAME (``_s69drop``). Sentences are the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_set as _said

READINGS = [
    (
        "The presidents of Poland and Lithuania said the bridge would reopen in May.",
        {
            ("Polish president", "indirect", "the bridge would reopen in May"),
            ("Lithuanian president", "indirect", "the bridge would reopen in May"),
        },
    ),
    (
        "The talks had been useful, the foreign ministers of Estonia and Finland said on Friday.",
        {
            ("Estonian foreign minister", "indirect", "The talks had been useful"),
            ("Finnish foreign minister", "indirect", "The talks had been useful"),
        },
    ),
    (
        "Ukrainian military and officials said two substations had been hit.",
        {
            ("Ukrainian military", "indirect", "two substations had been hit"),
            ("Ukrainian officials", "indirect", "two substations had been hit"),
        },
    ),
    (
        "The road was closed for six hours, Polish police and authorities said.",
        {
            ("Polish police", "indirect", "The road was closed for six hours"),
            ("Polish authorities", "indirect", "The road was closed for six hours"),
        },
    ),
    (
        "Swiss Foreign Minister Ignazio Cassis was in Geneva. Switzerland calls on both sides to "
        "talk, said the head of the foreign ministry.",
        {("Ignazio Cassis", "indirect", "Switzerland calls on both sides to talk")},
    ),
    (
        "Belgium urges Iran to free the aid worker, a human rights group wrote.",
        {("human rights group", "indirect", "Belgium urges Iran to free the aid worker")},
    ),
    (
        'Moscow is "not in a hurry" and will wait, stressed Putin\'s spokesman, Dmitry Peskov.',
        {("Dmitry Peskov", "partial", "not in a hurry")},
    ),
    (
        "Prime Minister Pedro Sanchez toured the port. The Spanish leader said two ships would "
        "sail to Estonia.",
        {("Pedro Sanchez", "indirect", "two ships would sail to Estonia")},
    ),
    (
        'The army wrote on its platform "X" that "the convoy reached the town."',
        {("army", "partial", "the convoy reached the town.")},
    ),
    (
        "Three villages lost power, the local Mehr news agency said.",
        {("Mehr", "indirect", "Three villages lost power")},
    ),
    (
        'Dismissing the claims, the ministry said, "The depot was empty."',
        {("ministry", "direct", "The depot was empty.")},
    ),
]

NEGATIVES = [
    "He wrote about this on his Telegram channel, Ukrinform reports.",
    "The presidents of France and Germany met in Berlin on Tuesday.",
    "Ukrainian military and officials laid wreaths in Bucha.",
    "Putin's spokesman, Dmitry Peskov, flew to Minsk with the delegation.",
    "The prime ministers of Sweden and Norway attended the ceremony.",
]


@pytest.mark.parametrize(("text", "expected"), READINGS)
def test_reading(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= _said(text)
    assert len(_said(text)) == len(expected)


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative(text: str) -> None:
    assert _said(text) == set()


def test_principal_keeps_own_words() -> None:
    """The principal's own statement stays his when the spokesman is only mentioned before."""
    said = _said('Putin\'s spokesman, Dmitry Peskov, was present. "We will see," Putin said.')
    assert ("Vladimir Putin", "direct", "We will see,") in said
