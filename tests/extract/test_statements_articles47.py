"""Minimal sentences for the readings of the eleventh session's last statement round on
dev_articles47 (then 45/46): translated German political copy (helper h_stmt17, batch
``dev_statements42``). Sentences are the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

POSITIVE = [
    # a two-place dateline glued to the lead, then a party or nationality stand-in
    (
        "Madrid, Kyiv Spanish Prime Minister Pedro Sánchez has promised more air defence. "
        "„Spain keeps its word“, the 53-year-old said on Friday.",
        [("Pedro Sánchez", "direct", "Spain keeps its word")],
    ),
    (
        "Prague, Kyiv Czech President Petr Pavel has visited a hospital. „The wounded deserve "
        "our help“, the head of state said.",
        [("Petr Pavel", "direct", "The wounded deserve our help")],
    ),
    # polls by institute or title
    (
        "According to a Civey survey for the Tagesspiegel, 48 percent of Germans back more aid.",
        [("Civey", "indirect", "48 percent of Germans back more aid")],
    ),
    (
        "According to the latest ARD DeutschlandTrend by Infratest dimap, most voters want talks.",
        [("Infratest dimap", "indirect", "most voters want talks")],
    ),
    (
        "According to an Allensbach poll commissioned by the FAZ, support for sanctions is "
        "falling.",
        [("Allensbach", "indirect", "support for sanctions is falling")],
    ),
    # "As X reported, citing Y, C": Y's
    (
        "As the agency TASS reported, citing presidential aide Yuri Ushakov, the call lasted "
        "two hours.",
        [("Yuri Ushakov", "indirect", "the call lasted two hours")],
    ),
    (
        "As RIA Novosti reported, citing diplomatic sources, the envoys would meet in Geneva.",
        [("diplomatic sources", "indirect", "the envoys would meet in Geneva")],
    ),
    # a bare role after a holder's statement, not the holder named in an adjunct
    (
        "„We are ready“, Turkish President Recep Tayyip Erdogan said after meeting Ukrainian "
        "President Volodymyr Zelensky. The head of state said talks could resume in May.",
        [
            ("Recep Tayyip Erdogan", "direct", "We are ready"),
            ("Recep Tayyip Erdogan", "indirect", "talks could resume in May"),
        ],
    ),
    # a regional title as a stand-in for the person the sentence before opens with
    (
        "CSU leader Markus Söder was blunt. The plan was a mistake, the Bavarian Prime Minister "
        "said.",
        [("Markus Söder", "indirect", "The plan was a mistake")],
    ),
    # "she said" after a man and a woman were named
    (
        "Party chief Jan van Aken stayed silent. Co-chair Ines Schwerdtner, by contrast, "
        "praised it. „This is overdue“, she said.",
        [("Ines Schwerdtner", "direct", "This is overdue")],
    ),
    # a judgement after "called the paper"
    (
        "Defence expert Roderich Kiesewetter called the paper „dangerously naive“.",
        [("Roderich Kiesewetter", "partial", "dangerously naive")],
    ),
    # "spoke of „...“ and announced that C"
    (
        "Viktor Orbán spoke of „madness“ and announced that Hungary would block the plan.",
        [
            ("Viktor Orbán", "partial", "madness"),
            ("Viktor Orbán", "indirect", "Hungary would block the plan"),
        ],
    ),
    # "C, he said: „...“"
    (
        "Prime Minister Dick Schoof hesitated. The risks were too high, he said: „We need "
        "guarantees.“",
        [
            ("Dick Schoof", "direct", "We need guarantees."),
            ("Dick Schoof", "indirect", "The risks were too high"),
        ],
    ),
    # "Chamber of Commerce in X" keeps its place
    (
        "The German Chamber of Commerce in China said that orders had fallen sharply.",
        [("German Chamber of Commerce in China", "indirect", "orders had fallen sharply")],
    ),
    # "According to the authority" after the body was introduced by its head noun
    (
        "The Russian Defence Ministry said 20 drones were downed. The aviation authority "
        "Rosaviatsia closed two airports. According to the authority, flights were diverted to "
        "Kazan.",
        [
            ("Russian Defence Ministry", "indirect", "20 drones were downed"),
            ("Rosaviatsia", "indirect", "flights were diverted to Kazan"),
        ],
    ),
    # a title joined by "and" before a trailing name
    (
        "The crew was evacuated, Energy and Natural Resources Minister Alparslan Bayraktar said.",
        [("Alparslan Bayraktar", "indirect", "The crew was evacuated")],
    ),
]

NEGATIVE = [
    "Berlin, Kyiv Chancellor Friedrich Merz travelled to Kyiv on Monday by night train.",
    "According to plan, the delegation will fly on to Warsaw on Wednesday evening.",
    "Foreign Minister Johann Wadephul welcomed the decision of the EU summit on Friday.",
    "The paper bears the title „Peace through diplomacy“ and appeared in the Süddeutsche Zeitung.",
]

POLL = [  # read since h_stmt38 (_s38reads): a lower-case word in the institute's name
    (
        "A poll by Infratest dimap found that 41 percent of Germans want more diplomacy.",
        [("Infratest dimap", "indirect", "41 percent of Germans want more diplomacy")],
    ),
]

OPEN = [
    (
        "The manager, Poseidon Bulk Management, said that the crew was safe and that the ship "
        "had “no link to Israel.”",
        [
            ("Poseidon Bulk Management", "indirect", "the crew was safe"),
            ("Poseidon Bulk Management", "partial", "no link to Israel."),
        ],
        "'said that A and that B “...”' is read as one clause",
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE + POLL)
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
