"""Minimal sentences for the readings of the last statement round on dev_articles49/48:
agency stand-ins for bodies in TASS, ANSA, EFE and agency English (helper h_fin_stmt, batch
``dev_statements43``). Sentences are the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

POSITIVE = [
    # "the military department" after a defence ministry spoke
    (
        "The Russian Defence Ministry said its troops had advanced near Siversk. “The enemy "
        "is retreating,” the military department stressed.",
        [
            ("Russian Defence Ministry", "indirect", "its troops had advanced near Siversk"),
            ("Russian Defence Ministry", "direct", "The enemy is retreating,"),
        ],
    ),
    (
        "The Russian Defense Ministry reported new strikes on airfields. According to the "
        "military department, six aircraft were hit.",
        [("Russian Defence Ministry", "indirect", "six aircraft were hit")],
    ),
    # the foreign ministry named by its seat
    (
        "Italian Foreign Minister Antonio Tajani met his Greek counterpart on Monday. “Athens "
        "and Rome agree on the essentials,” the head of the Farnesina said.",
        [("Antonio Tajani", "direct", "Athens and Rome agree on the essentials,")],
    ),
    (
        "French Foreign Minister Jean-Noël Barrot arrived in Kyiv. The head of the Quai "
        "d'Orsay said Paris would open a consulate in Odesa.",
        [("Jean-Noël Barrot", "indirect", "Paris would open a consulate in Odesa")],
    ),
    # a capital's national body
    (
        "Kyiv's air force said 40 drones had been shot down overnight.",
        [("Ukrainian Air Force", "indirect", "40 drones had been shot down overnight")],
    ),
    (
        "Kiev's air force reported that Russia had fired two missiles at Sumy.",
        [("Ukrainian Air Force", "indirect", "Russia had fired two missiles at Sumy")],
    ),
    # a country's body with its name and a description
    (
        "Britain's UKMTO maritime security agency said a tanker had reported gunfire nearby.",
        [("UKMTO", "indirect", "a tanker had reported gunfire nearby")],
    ),
    (
        "The UN's OCHA humanitarian office said aid trucks had reached Kadugli.",
        [("OCHA", "indirect", "aid trucks had reached Kadugli")],
    ),
    # "..., NAME, who recalled that C"
    (
        "Foreign Minister José Manuel Albares was in Kyiv. “We stand with you,” declared "
        "Albares, who recalled that Spain had trained 8,000 soldiers.",
        [
            ("José Manuel Albares", "direct", "We stand with you,"),
            ("José Manuel Albares", "indirect", "Spain had trained 8,000 soldiers"),
        ],
    ),
    (
        "The order came from the mayor, Ihor Terekhov, who added that the metro would stay "
        "open all night.",
        [("Ihor Terekhov", "indirect", "the metro would stay open all night")],
    ),
    # an unnamed source with an apposition before the verb
    (
        "A medical source at Nasser Hospital, the largest in the south, told AFP that the "
        "generators had stopped.",
        [("medical source at Nasser Hospital", "indirect", "the generators had stopped")],
    ),
    # a city body in a one-city story in German spelling
    (
        "Cherson The Russian army shelled the river port again. Two cranes were damaged, the "
        "city council announced.",
        [("Cherson city council", "indirect", "Two cranes were damaged")],
    ),
]

NEGATIVE = [
    "Representatives of the military department will brief the Duma committee next week.",
    "The head of the Farnesina met the Ukrainian ambassador on Tuesday.",
    "Kiev's air force lost a second F-16 fighter during a combat mission.",
    "The prize went to the surgeon Olena Marchuk, who recalled the first night of the war.",
    "A diplomatic source in Brussels, who was present at the meeting, declined to comment.",
]

OPEN = [
    (
        "US Defense Secretary Pete Hegseth visited Warsaw. The head of the Pentagon said more "
        "troops would rotate through Poland.",
        [("Pete Hegseth", "indirect", "more troops would rotate through Poland")],
        "only the Farnesina and the Quai d'Orsay are read as a minister's house",
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_positive(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [pytest.param(t, e, marks=pytest.mark.xfail(reason=r, strict=True)) for t, e, r in OPEN],
)
def test_open(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected
