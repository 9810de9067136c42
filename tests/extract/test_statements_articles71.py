"""Minimal sentences for the statement round on dev_articles71 (h_stmt42, ``_s42post``,
``_s42read``): Romance "VERB having PP" in a relative, "SUBJECT, according to X, PREDICATE",
"About this informed X", adjuncts before "that", "and asked Y to VP", inverted tails with
adjuncts, platform adjuncts before a role and name, nicknamed appositions, German comma
clauses and "according to own statements", "it said" after a fronted verb, and the speaker
forms of "the head of the OVA", "the city military administration", "Ministry of X of
COUNTRY", "Ministry of X in CAPITAL" and surnames with particles. Names, places and verbs
differ from the batch's to check the readings transfer."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_set as _statements

READS = [
    pytest.param(
        "The Croatian prime minister, Andrej Plenković, who assured having spoken with the "
        "Serbian president, cancelled the trip.",
        ("Andrej Plenković", "indirect", "having spoken with the Serbian president"),
        id="relative-having",
    ),
    pytest.param(
        "The ferry was stopped at dawn; the passengers, according to the mayor Ihor Polishchuk, "
        "were taken to a shelter.",
        ("Ihor Polishchuk", "indirect", "were taken to a shelter"),
        id="according-predicate",
    ),
    pytest.param(
        "The Danish navy confirmed that a cable was cut in the Baltic. The ship, according to "
        "the same source, left the area at night.",
        ("Danish navy", "indirect", "left the area at night"),
        id="according-same-source",
    ),
    pytest.param(
        "A dormitory of the college burned in Zhytomyr overnight. About this informed the head "
        "of the Zhytomyr OVA Vitalii Bunechko.",
        (
            "Vitalii Bunechko",
            "indirect",
            "A dormitory of the college burned in Zhytomyr overnight",
        ),
        id="about-this-informed",
    ),
    pytest.param(
        "The Belgian defence minister, Theo Francken, declared this Monday in Antwerp that the "
        "frigate will sail in spring.",
        ("Theo Francken", "indirect", "the frigate will sail in spring"),
        id="adjuncts-before-that",
    ),
    pytest.param(
        "The Romanian president, Nicușor Dan, condemned the incursion and asked the allies to "
        "send more radars to the Danube.",
        ("Nicușor Dan", "indirect", "the allies to send more radars to the Danube"),
        id="and-asked-to",
    ),
    pytest.param(
        "The gas supply of the district was restored, as reported in the evening the mayor of "
        "Chernihiv, Dmytro Bryzhynskyi.",
        ("Dmytro Bryzhynskyi", "indirect", "The gas supply of the district was restored"),
        id="as-reported-role-name",
    ),
    pytest.param(
        "“The shelters are full,” wrote on Telegram the governor of the region, Ivan Fedorov.",
        ("Ivan Fedorov", "direct", "The shelters are full,"),
        id="platform-role-name",
    ),
    pytest.param(
        "The militia, led by the commander Ali Hamid, known as “the Falcon”, claimed on Telegram "
        "that its men hold the bridge.",
        ("militia", "indirect", "its men hold the bridge"),
        id="nickname-apposition",
    ),
    pytest.param(
        "The Slovak interior minister Matúš Šutaj Eštok declared for his part, the border "
        "crossings had remained open.",
        ("Matúš Šutaj Eštok", "indirect", "the border crossings had remained open"),
        id="german-comma-clause",
    ),
    pytest.param(
        "The Austrian army searched the forest near Graz. According to own statements, the "
        "drone had crashed there.",
        ("Austrian army", "indirect", "the drone had crashed there"),
        id="own-statements",
    ),
    pytest.param(
        "Meanwhile reported the maritime agency UKMTO an incident near Aden. The crew had seen "
        "a small boat, it said.",
        ("UKMTO", "indirect", "The crew had seen a small boat"),
        id="fronted-it-said",
    ),
    pytest.param(
        "A school burned in Kherson, the head of the Kherson OVA Oleksandr Prokudin said. A bus "
        "was hit too, the head of the OVA added.",
        ("Oleksandr Prokudin", "indirect", "A bus was hit too"),
        id="head-of-ova",
    ),
    pytest.param(
        "The Ministry of Defence of Latvia stated that the drills ended.",
        ("Latvian Ministry of Defence", "indirect", "the drills ended"),
        id="ministry-of-country",
    ),
    pytest.param(
        "The Spanish president, Felipe González Márquez, spoke in Seville. “We want peace,” "
        "declared González Márquez.",
        ("Felipe González Márquez", "direct", "We want peace,"),
        id="surname-run",
    ),
    pytest.param(
        "The Portuguese premier, Aníbal Cavaco da Silva, arrived. “We stay,” said Cavaco da Silva.",
        ("Aníbal Cavaco da Silva", "direct", "We stay,"),
        id="surname-particle",
    ),
]


@pytest.mark.parametrize(("text", "expected"), READS)
def test_reads(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _statements(text)


NONE = [
    pytest.param("Hezbollah claimed the bombing in a short statement.", id="claimed-noun"),
    pytest.param("The air force spoke of a combined attack with 35 drones.", id="spoke-of-count"),
    pytest.param(
        "The famine has according to UN estimates hit ten provinces.", id="according-estimates"
    ),
    pytest.param("The trains, according to plan, left at dawn.", id="according-plan"),
]


@pytest.mark.parametrize("text", NONE)
def test_no_statement(text: str) -> None:
    assert not _statements(text)


def test_according_then_relative() -> None:
    found = _statements(
        "The convoy arrived late, according to the ministry, which gave no details."
    )
    assert ("ministry", "indirect", "The convoy arrived late") in found


def test_nickname_is_no_partial() -> None:
    found = _statements(
        "The commander, Omar Idris, known as “the Wolf”, said that the road is open."
    )
    assert not any(mode == "partial" for _, mode, _ in found)
