"""Minimal sentences for the readings of the eleventh session's statement round on
dev_articles38 (translated French, Italian, Spanish, Polish and Turkish copy; helper
h_stmt11, batch ``dev_statements36``). Sentences are the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

POSITIVE = [
    # passive agents after "by" (Polish, Italian, Spanish order)
    (
        "The bridge over the Dniester was reopened, as was communicated by the Polish "
        "Operational Command.",
        [("Polish Operational Command", "indirect", "The bridge over the Dniester was reopened")],
    ),
    (
        "A school was damaged in the attack, it was informed by the head of the regional "
        "military administration, Ivan Fedorov.",
        [("Ivan Fedorov", "indirect", "A school was damaged in the attack")],
    ),
    (
        "A tram depot caught fire in the night, as reported on Telegram by the mayor of the "
        "city, Ihor Terekhov.",
        [("Ihor Terekhov", "indirect", "A tram depot caught fire in the night")],
    ),
    (
        "Two bridges near Tyre were destroyed, according to what was made known by the "
        "Lebanese army in a note.",
        [("Lebanese army", "indirect", "Two bridges near Tyre were destroyed")],
    ),
    (
        "It was reported by the Latvian army that a balloon had crossed the border at night.",
        [("Latvian army", "indirect", "a balloon had crossed the border at night")],
    ),
    # "As was specified, C": the source of the sentence before goes on
    (
        "Mayor Andriy Sadovyi said a warehouse had burned down. As was specified, the fire "
        "spread to a garage nearby.",
        [
            ("Andriy Sadovyi", "indirect", "a warehouse had burned down"),
            ("Andriy Sadovyi", "indirect", "the fire spread to a garage nearby"),
        ],
    ),
    # ", specifying that C" / ", recalling that C": more words of the speaker
    (
        "The Kharkiv regional administration said a depot had been hit, specifying that "
        "the fire was contained by noon.",
        [
            ("Kharkiv regional administration", "indirect", "a depot had been hit"),
            ("Kharkiv regional administration", "indirect", "the fire was contained by noon"),
        ],
    ),
    # trailing "he detailed"
    (
        "Governor Oleh Syniehubov said a bomb had hit a bakery. The windows of a school "
        "were shattered, he detailed.",
        [
            ("Oleh Syniehubov", "indirect", "a bomb had hit a bakery"),
            ("Oleh Syniehubov", "indirect", "The windows of a school were shattered"),
        ],
    ),
    # dashes: the plain-order source, and a comma-set time before the inverted subject
    (
        "A gas pipeline near Lutsk was damaged in the attack - local authorities informed.",
        [("local authorities", "indirect", "A gas pipeline near Lutsk was damaged in the attack")],
    ),
    (
        "Electricity has been restored in the city - declared, on Sunday, the governor of "
        "the Kursk region, Alexander Khinshtein, quoted by agencies.",
        [("Alexander Khinshtein", "indirect", "Electricity has been restored in the city")],
    ),
    # a fronted capital or side places a bare ministry
    (
        "From Moscow, the Defence Ministry claimed that its troops had taken a village.",
        [("Russian Defence Ministry", "indirect", "its troops had taken a village")],
    ),
    (
        "On the Russian side, the Defence Ministry said that a Ukrainian drone was downed.",
        [("Russian Defence Ministry", "indirect", "a Ukrainian drone was downed")],
    ),
    # table spellings
    (
        "President Volodymyr Zełenski said that the grid had held.",
        [("Volodymyr Zelensky", "indirect", "the grid had held")],
    ),
    (
        "Firefighters worked through the night, the SES of Ukraine reported.",
        [("State Emergency Service", "indirect", "Firefighters worked through the night")],
    ),
]

NEGATIVE = [
    "As was expected, the summit ended without a joint declaration.",
    "It was announced that the border crossing would reopen on Monday.",
    "Recalling the floods of 2023, the villagers built a new dam.",
    "The convoy reached Kherson on Tuesday - later than planned.",
    "From Moscow, the delegation flew on to Minsk.",
]

SECOND_OFFICE = [
    # Italian title back-reference: the person's second office (passes since h_stmt14)
    (
        "Foreign Minister Antonio Tajani visited Kyiv. «We will not stop», the deputy "
        "premier underlined.",
        [("Antonio Tajani", "direct", "We will not stop")],
    ),
    # a pronoun after a named person who declined to comment
    (
        "President Volodymyr Zelensky said the strike was a war crime. Questioned by "
        "reporters, Kremlin spokesman Dmitry Peskov declined to comment. « Ask the "
        "military », he declared.",
        [
            ("Volodymyr Zelensky", "indirect", "the strike was a war crime"),
            ("Dmitry Peskov", "direct", "Ask the military"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_reading(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_statement(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize(("text", "expected"), SECOND_OFFICE)
def test_second_office_and_declined_comment(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _said(text) == expected
