"""Minimal sentences for the readings of the eleventh session's fifth statement round on
dev_articles46/45 (agency English, Ukrinform, PAP, AFP French, Saba and sample-style German
copy; helper h_stmt16, batch ``dev_statements41``). Sentences are the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

POSITIVE = [
    # a press office of the body the sentence names
    (
        "Crews of the State Emergency Service put out a fire at a depot, the service's press "
        "office said.",
        [
            (
                "State Emergency Service",
                "indirect",
                "Crews of the State Emergency Service put out a fire at a depot",
            )
        ],
    ),
    (
        "The Sumy Regional Prosecutor's Office has opened a case over the attack, the press "
        "service of the prosecutor's office reported.",
        [
            (
                "Sumy regional prosecutor's office",
                "indirect",
                "The Sumy Regional Prosecutor's Office has opened a case over the attack",
            )
        ],
    ),
    (
        "Ukrenergo crews restored power in the north overnight, the company's press service said.",
        [("Ukrenergo", "indirect", "Ukrenergo crews restored power in the north overnight")],
    ),
    # "This was reported on Telegram by NAME, an Ukrinform correspondent reports"
    (
        "A drone hit a farm building overnight. This was reported on Telegram by the head of "
        "the regional administration Serhiy Lysak, an Ukrinform correspondent reports. "
        "According to him, the fire was put out quickly.",
        [
            ("Serhiy Lysak", "indirect", "A drone hit a farm building overnight"),
            ("Serhiy Lysak", "indirect", "the fire was put out quickly"),
        ],
    ),
    # Saba's "the Israeli enemy's army"
    (
        "The Israeli enemy's army claimed that it had intercepted a drone over the Red Sea.",
        [("Israeli army", "indirect", "it had intercepted a drone over the Red Sea")],
    ),
    # PAP's "the head of the Ministry of National Defence" for the minister named before
    (
        'Defence Minister Władysław Kosiniak-Kamysz visited the base. "We are ready," the '
        "head of the Ministry of National Defence wrote.",
        [("Władysław Kosiniak-Kamysz", "direct", "We are ready,")],
    ),
    # the UN monitoring mission, then "the mission said"
    (
        "According to the UN monitoring mission, civilian harm rose in the autumn. Most "
        "victims were elderly, the mission said.",
        [
            ("UN monitoring mission", "indirect", "civilian harm rose in the autumn"),
            ("UN monitoring mission", "indirect", "Most victims were elderly"),
        ],
    ),
    # "a brigade spokesman" after the story named the brigade
    (
        "Zelensky visited the 93rd Mechanised Brigade. Most of its pilots are volunteers, a "
        "brigade spokesman said.",
        [("93rd Mechanised Brigade", "indirect", "Most of its pilots are volunteers")],
    ),
    # "the movement said" after the movement was named
    (
        "Hamas rejected the draft. In a statement, the movement said the text ignored its demands.",
        [("Hamas", "indirect", "the text ignored its demands")],
    ),
    # a date after the verb: "said on Nov. 14", "said on 14 November"
    (
        "The Kremlin said on 14 November it saw no basis for new talks.",
        [("Kremlin", "indirect", "it saw no basis for new talks")],
    ),
    (
        "NATO said on Oct. 3 its jets had been scrambled over the Baltic.",
        [("NATO", "indirect", "its jets had been scrambled over the Baltic")],
    ),
    # table aliases
    (
        "Jets were scrambled over the south-east, the Polish armed forces' Operational Command "
        "announced.",
        [("Polish Operational Command", "indirect", "Jets were scrambled over the south-east")],
    ),
    # open until h_stmt32 (_s32post, _s32clause)
    (
        "Two depots were set on fire, a military source in the Kursk region told TASS.",
        [("military source in the Kursk region", "indirect", "Two depots were set on fire")],
    ),
    (
        "The World Food Programme says more than 3 million people in the region go hungry.",
        [
            (
                "World Food Programme",
                "indirect",
                "more than 3 million people in the region go hungry",
            )
        ],
    ),
    (
        "« We have no anaesthetics », an MSF doctor in El-Fasher told AFP, asking not to be named.",
        [("MSF doctor in El-Fasher", "direct", "We have no anaesthetics")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_reading(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


NEGATIVE = [
    "The press office of the State Emergency Service in Kharkiv was damaged in the attack.",
    "The head of the Ministry of National Defence visited a radar site on Friday.",
    "The UN monitoring mission has been working in Ukraine since 2014.",
    "This was reported earlier in the week, before the ceasefire collapsed.",
    "The movement was founded in 1987 during the first intifada.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_statement(text: str) -> None:
    assert _said(text) == []
