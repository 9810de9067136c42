"""Minimal sentences for the readings of statement round 49 (helper h_stmt49, batch
``dev_statements75``, modules ``_s49post``, ``_s49read``, ``_s49more``): wire epithets of
table bodies, a pronoun after a sentence introducing a person, hospital staff, a second
subject after "as", an adverb in the subject, a trailing subject before an adjunct, a
possessive source, quoted names, literal Romance shapes. Sentences are the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

CASES = [
    # wire epithets of table bodies
    (
        "Two reactors were switched to cold shutdown, the U.N. nuclear watchdog said on Friday.",
        ("IAEA", "Two reactors were switched to cold shutdown"),
    ),
    (
        "The UN health agency said three clinics in Kherson had closed this week.",
        ("WHO", "three clinics in Kherson had closed this week"),
    ),
    # "C, he told AGENCY" after a sentence introducing a person
    (
        "Rafael Grossi said the agency was ready to help. The plant's deputy director, Ivan "
        "Petrenko, rejected the criticism. No damage was found, he told the Interfax agency.",
        ("Ivan Petrenko", "No damage was found"),
    ),
    # staff of a named hospital
    (
        "Officials at Al-Aqsa Hospital said the bodies of three men had arrived overnight.",
        ("officials at Al-Aqsa Hospital", "the bodies of three men had arrived overnight"),
    ),
    (
        "Eight wounded were still in surgery, doctors at the European Hospital said.",
        ("doctors at the European Hospital", "Eight wounded were still in surgery"),
    ),
    # a second subject after "as"
    (
        "A strike killed two men near Nabatieh, Lebanon's health ministry said, as the Israeli "
        "army said it had targeted a Hezbollah commander.",
        ("Israeli army", "it had targeted a Hezbollah commander"),
    ),
    # an adverb read into the subject
    (
        "The Israeli army said its aircraft had hit a depot. The army also said that a drone was "
        "downed near Metula, while another fell in an open field.",
        ("Israeli army", "a drone was downed near Metula"),
    ),
    # a trailing subject read as leading because an adjunct follows the verb
    (
        "MOSCOW, 2 Dec – RIA Novosti. Moscow is ready for a new prisoner exchange, Russian "
        "Foreign Minister Sergei Lavrov stated following talks with the Minister of Foreign "
        "Affairs of Oman Badr Albusaidi.",
        ("Sergei Lavrov", "Moscow is ready for a new prisoner exchange"),
    ),
    # a possessive source before its document
    (
        "According to the General Staff's morning update, Russian troops attacked 38 times "
        "near Kupiansk.",
        ("Ukrainian General Staff", "Russian troops attacked 38 times near Kupiansk"),
    ),
    # an inverted clause with a «fragment» and a relative after the subject
    (
        "Any new deployment would be «a provocation», has repeated the spokesman of the "
        "Kremlin, Dmitry Peskov, according to whom Europe «is preparing for war».",
        ("Dmitry Peskov", "Any new deployment would be «a provocation»"),
    ),
    # Romance infinitive reports behind a relative or a second verb
    (
        "Spain «backs every effort», assured the minister José Manuel Albares, who recalled to "
        "have called his Ukrainian counterpart on Monday.",
        ("José Manuel Albares", "to have called his Ukrainian counterpart on Monday"),
    ),
    (
        "The Houthis denied the report and affirmed to remain ready to strike ships in the "
        "Red Sea.",
        ("Houthis", "to remain ready to strike ships in the Red Sea"),
    ),
    # a pronoun after a source read by a later pass
    (
        "Two houses burned in Nikopol, according to the head of the district, Serhii Lysak. "
        "A man was wounded, he referred, specifying that the fire was put out.",
        ("Serhii Lysak", "the fire was put out"),
    ),
    # a participle of saying opens its own statement
    (
        "From Paris, the minister Jean-Noël Barrot played down the row, assuring that the "
        "alliance «remains solid».",
        ("Jean-Noël Barrot", "the alliance «remains solid»"),
    ),
    # "S, made known the BODY, PRED" and "to whom he assured that C"
    (
        "Greece, made known the Hellenic Coast Guard, is ready to send two patrol boats.",
        ("Hellenic Coast Guard", "is ready to send two patrol boats"),
    ),
    (
        "The minister Antonio Tajani met his Serbian counterpart, Marko Djuric, to whom he "
        "assured that Rome would support the talks.",
        ("Antonio Tajani", "Rome would support the talks"),
    ),
    # a report of a named body, a spokesman "through" whom a group speaks
    (
        "According to a report of the Estonian police sent to parliament, thefts of cables "
        "doubled in a year.",
        ("Estonian police", "thefts of cables doubled in a year"),
    ),
    (
        "Hamas made it known through its spokesman Hazem Qassem that the talks had stalled.",
        ("Hazem Qassem", "the talks had stalled"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_round49_readings(text: str, expected: tuple[str, str]) -> None:
    who, quote = expected
    found = _said(text)
    assert any(s.lower() == who.lower() and quote in q for s, _, q in found), found


NEGATIVES = [
    'Turkey and Qatar set up the "Gaza Contact Group" last year.',
    "The army also held drills near the border on Tuesday.",
    "Officials at the hospital wore black ribbons during the funeral.",
    "The director of the plant, Ivan Petrenko, toured the damaged unit on Monday.",
    "According to the schedule, the talks resume in Geneva on Thursday.",
    "According to the group's annual report, sales grew for a fifth year.",
    "The U.N. nuclear watchdog has kept a team at the plant since 2022.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_statement(text: str) -> None:
    assert _said(text) == []


def test_quoted_name_no_partial() -> None:
    found = _said(
        "Wang Yi said Beijing would keep talking to both sides. China and Brazil set up the "
        '"Friends for Peace" group in 2024.'
    )
    assert all(mode != "partial" for _, mode, _ in found), found


def test_accused_of_fragment() -> None:
    """'accused X of «F»' is a partial: the labels of dev_articles68/69/76, blind20/26 and
    dev_statements65 (the dev_articles75 call concerns 'accused X of VP' with no fragment);
    read since round h_gen_s110 (``_s110``)."""
    found = _said("Zelensky accused Russia of “nuclear terrorism” in his evening address.")
    assert ("Volodymyr Zelensky", "partial", "nuclear terrorism") in found


@pytest.mark.xfail(
    reason="'Pope Leo XIV' is kept (10 dev labels) where dev_articles75 labels 'Leo XIV'",
    strict=True,
)
def test_pope_title() -> None:
    found = _said(
        "Pope Leo XIV, after the Angelus, prayed for Sudan, where, he said, «hunger kills»."
    )
    assert any(s == "Leo XIV" for s, _, _ in found), found


@pytest.mark.xfail(
    reason="the adjunct after the verb is read as its clause when the trailing name is one the "
    "readers resolve ('... following talks with the Minister ... of Qatar Mohammed Al Thani'); "
    "re-reading it as a trailing attribution lowered a measured set",
    strict=True,
)
def test_adjunct_read_as_clause() -> None:
    found = _said(
        "Moscow is ready for a new prisoner exchange, Russian Foreign Minister Sergei Lavrov "
        "stated following talks with the Minister of Foreign Affairs of Qatar Mohammed Al Thani."
    )
    assert ("Sergei Lavrov", "indirect", "Moscow is ready for a new prisoner exchange") in found
