"""Statements and casualties in agency English and the English of Ukrainian and state outlets
(round 33, ``dev_statements58``, on dev_articles65): a possessive body before a report noun, a
common noun's office naming the body before it, an outlet's reporter, "Spokesman for the BODY
NAME", a bare "the command" after the unit, a bare "the health ministry" after the full name,
"X ..., and has said C"; "One of the injured is a 12-year-old boy", "One of them, a man, was
taken to hospital", "Earlier, on DATE, ...". Sentences are the helper's own, none from the
batch."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty
from tests.extract.found import quote_set as _said


def _tolls(text: str) -> set[tuple[int | None, int | None]]:
    return {(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ukrainian units held the line near Lyman, according to the General Staff's "
            "afternoon report.",
            {("Ukrainian General Staff", "Ukrainian units held the line near Lyman")},
        ),
        (
            "Two bridges over the Oskil were damaged, the General Staff's morning update said.",
            {("Ukrainian General Staff", "Two bridges over the Oskil were damaged")},
        ),
        (
            "A fire broke out at the Ryazan Oil Refinery after the raid. The refinery's press "
            "service said the blaze was contained within hours.",
            {("Ryazan Oil Refinery", "the blaze was contained within hours")},
        ),
        (
            "Reporting from Dnipro, CNN's Fred Pleitgen said sirens sounded for five hours. "
            "“Nobody slept here,” Pleitgen said.",
            {
                ("Fred Pleitgen", "sirens sounded for five hours"),
                ("Fred Pleitgen", "Nobody slept here,"),
            },
        ),
        (
            "Spokesman for the Eastern Group of Forces Viktor Trehubov said Russian troops had "
            "entered the outskirts of the town.",
            {("Viktor Trehubov", "Russian troops had entered the outskirts of the town")},
        ),
        (
            "Over the past day, the Southern Defense Forces hit two Russian ammunition depots, "
            "the command said.",
            {
                (
                    "Southern Defence Forces",
                    "Over the past day, the Southern Defense Forces hit two Russian ammunition "
                    "depots",
                )
            },
        ),
        (
            "The Gaza health ministry said hospitals were running out of fuel. Israel's "
            "blockade has halted most deliveries, according to the health ministry.",
            {
                ("Gaza health ministry", "hospitals were running out of fuel"),
                ("Gaza health ministry", "Israel's blockade has halted most deliveries"),
            },
        ),
        (
            "Russia holds most of the Luhansk region, and has said it will not hand back any "
            "of the land it annexed.",
            {("Russia", "it will not hand back any of the land it annexed")},
        ),
    ],
)
def test_round33_statements(text: str, expected: set[tuple[str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The plant's cooling pumps were switched to backup power overnight.",
        "The General Staff's map of the front was last updated on Sunday.",
        "CNN's crew in Kharkiv left the city before dawn.",
        "Spokesman for the Eastern Group of Forces Viktor Trehubov toured the positions.",
        "Russia holds most of the Luhansk region, and has lost many troops there this year.",
    ],
)
def test_round33_no_statement(text: str) -> None:
    assert _said(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three people were killed and six injured, Governor Oleh Kiper said. One of the "
            "injured is a 12-year-old boy, he added.",
            {(3, 6), (None, 1)},
        ),
        (
            "Two civilians were injured in Shebekino, the governor said. One of them, a man, "
            "was taken to hospital.",
            {(None, 2)},
        ),
        ("Earlier, on Oct. 4, a Russian drone attack on Kherson killed two people.", set()),
    ],
)
def test_round33_casualties(text: str, expected: set[tuple[int | None, int | None]]) -> None:
    assert _tolls(text) == expected
