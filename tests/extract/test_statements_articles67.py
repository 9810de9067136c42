"""Statements in literal English translations of Italian agency copy (statement round 35,
``dev_statements60``, ``_s35post``): an adjunct between an inverted saying verb and its
subject ("«C», wrote on X the ROLE NAME", "replied from PLACE", "echoed him"), "«C», he said"
after a verbless "More cautious the ROLE NAME.", a body qualified by its capital ("From Moscow,
the Ministry of Defence", "the air force of Kiev"), "who announced a NOUN" (no statement), a
reported clause opened by a quoted fragment, "NAME, finally, announced that C", "According to
the adviser, C" and long Italian headlines. Sentences are the helper's own, none from the batch."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Statement
from tests.extract.found import statement_set as _said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "«The bridge will reopen in May», wrote on Facebook the mayor of Odesa Hennadiy "
            "Trukhanov.",
            {("Hennadiy Trukhanov", "direct", "The bridge will reopen in May")},
        ),
        (
            "«No deal without Kiev at the table», replied from Paris the Ukrainian foreign "
            "minister Andrii Sybiha.",
            {("Andrii Sybiha", "direct", "No deal without Kiev at the table")},
        ),
        (
            "«We stand with the families», said the premier Giorgia Meloni. Sharper the tone of "
            "the minister of Justice Carlo Nordio. «Those who bomb schools will be judged», he "
            "said in Rome.",
            {
                ("Giorgia Meloni", "direct", "We stand with the families"),
                ("Carlo Nordio", "direct", "Those who bomb schools will be judged"),
            },
        ),
        (
            "From Moscow, the Ministry of Defence made known that 23 drones were destroyed over "
            "the Belgorod region.",
            {
                (
                    "Russian Defence Ministry",
                    "indirect",
                    "23 drones were destroyed over the Belgorod region",
                )
            },
        ),
        (
            "Russia launched 40 drones in the night, of which 31 were shot down, reported the "
            "air force of Kiev.",
            {
                (
                    "Ukrainian Air Force",
                    "indirect",
                    "Russia launched 40 drones in the night, of which 31 were shot down",
                )
            },
        ),
        (
            "The dead are 2, specified the governor Ivan Fedorov, who announced a day of "
            "mourning for Sunday.",
            {("Ivan Fedorov", "indirect", "The dead are 2")},
        ),
        (
            "The minister Adolfo Urso, instead, repeated that «not one factory» will close "
            "because of the gas prices.",
            {
                (
                    "Adolfo Urso",
                    "indirect",
                    "«not one factory» will close because of the gas prices",
                )
            },
        ),
    ],
)
def test_italian_translation_statements(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


def test_long_italian_headline_is_no_statement() -> None:
    text = (
        "Meloni in Brussels, then at the summit in Kiev: «Italy will not step back»\n\n"
        "Brussels - The premier arrived in the morning."
    )
    assert not _said(text)


def test_according_to_role_is_the_person_named_before() -> None:
    text = (
        "«The meeting was useful», declared the Kremlin adviser Yuri Ushakov. According to "
        "the adviser, Putin gave the envoy a message for Washington."
    )
    said = {(s, q) for s, _, q in _said(text)}
    assert ("Yuri Ushakov", "Putin gave the envoy a message for Washington") in said


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Dutch Prime Minister Dick Schoof rejected the plan on Monday. Commission "
            "President Ursula von der Leyen insisted that the scheme was sound. «We cannot "
            "pay for everyone», he replied.",
            "Dick Schoof",
        ),
        (
            "Finnish President Alexander Stubb spoke first. Foreign Minister Elina Valtonen "
            "added that the border would stay closed. «This is not a game», she said.",
            "Elina Valtonen",
        ),
    ],
)
def test_pronoun_after_new_person_keeps_gender(text: str, speaker: str) -> None:
    """ "«C», he replied" after a woman's reported words is not hers (the lead's merge check
    of rounds 34 and 35)."""
    direct = [f.speaker for f in extract(text) if isinstance(f, Statement) and f.mode == "direct"]
    assert direct == [speaker]
