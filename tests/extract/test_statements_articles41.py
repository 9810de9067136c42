"""Minimal sentences for the readings of the eleventh session's second statement round on
dev_articles41 (literal translations of Ukrainian, Russian, Romanian, Czech, Hungarian,
Spanish, Portuguese and Arabic copy; helper h_stmt12, batch ``dev_statements37``).
Sentences are the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

POSITIVE = [
    # "This was VERBED by X" after the words: more verbs, a quote, a fronted channel
    (
        "Kyiv said its troops held the line near Lyman. “The assaults were repelled with "
        "heavy enemy losses.” This was circulated by the Ukrainian General Staff.",
        [
            ("Kyiv", "indirect", "its troops held the line near Lyman"),
            (
                "Ukrainian General Staff",
                "direct",
                "The assaults were repelled with heavy enemy losses.",
            ),
        ],
    ),
    (
        "A gas pipeline was damaged near Poltava. This was reported by the press service of "
        "the Russian Ministry of Defence.",
        [("Russian Defence Ministry", "indirect", "A gas pipeline was damaged near Poltava")],
    ),
    (
        "Two schools were damaged in the Slobidskyi district. On the Telegram network, this "
        "was informed by the mayor Ihor Terekhov.",
        [("Ihor Terekhov", "indirect", "Two schools were damaged in the Slobidskyi district")],
    ),
    (
        "The situation near Kupiansk remains tense. This is stated in the evening summary of "
        "the General Staff of the Armed Forces of Ukraine.",
        [("Ukrainian General Staff", "indirect", "The situation near Kupiansk remains tense")],
    ),
    # a dash between a closing quote and a plain-order source
    (
        "“The shelter worked as it should,” – Vitalii Kim emphasised.",
        [("Vitalii Kim", "direct", "The shelter worked as it should,")],
    ),
    # bare heads pointing back at the body that spoke
    (
        "The Russian Ministry of Defence said its forces had hit a fuel depot near Sumy. The "
        "depot was used by the army, the department specified.",
        [
            ("Russian Defence Ministry", "indirect", "its forces had hit a fuel depot near Sumy"),
            ("Russian Defence Ministry", "indirect", "The depot was used by the army"),
        ],
    ),
    (
        "Poland's Operational Command said fighter jets were on patrol. According to the "
        "quoted source, the airspace was closed near Rzeszów.",
        [
            ("Polish Operational Command", "indirect", "fighter jets were on patrol"),
            ("Polish Operational Command", "indirect", "the airspace was closed near Rzeszów"),
        ],
    ),
    (
        "Foreign Minister Radosław Sikorski said the embassy would stay open. The head of the "
        "ministry added that staff had been reduced.",
        [
            ("Radosław Sikorski", "indirect", "the embassy would stay open"),
            ("Radosław Sikorski", "indirect", "staff had been reduced"),
        ],
    ),
    # inverted cues with a time or channel phrase before the subject
    (
        "The water supply will be restored by the evening, announced today the city council "
        "of Dnipro.",
        [("Dnipro city council", "indirect", "The water supply will be restored by the evening")],
    ),
    (
        "„The attack on the hospital is a war crime,“ wrote on the X network the Latvian "
        "Ministry of Foreign Affairs.",
        [
            (
                "Latvian Ministry of Foreign Affairs",
                "direct",
                "The attack on the hospital is a war crime,",
            )
        ],
    ),
    # fronted "As reported by X on Telegram, C" and "LEAD: as X reported, C"
    (
        "As reported by the head of the Odesa regional military administration Oleh Kiper on "
        "Telegram, the port continued to operate.",
        [("Oleh Kiper", "indirect", "the port continued to operate")],
    ),
    (
        "The enemy again shelled the Nikopol district: as the head of the regional council "
        "Mykola Lukashuk reported, a gas line was cut.",
        [("Mykola Lukashuk", "indirect", "a gas line was cut")],
    ),
    # "informs that, ADJUNCT, C"
    (
        "The Romanian Ministry of National Defence informs that, on Sunday night, radar "
        "stations tracked several drones.",
        [
            (
                "Romanian Ministry of National Defence",
                "indirect",
                "on Sunday night, radar stations tracked several drones",
            )
        ],
    ),
    # "The Ministry of Health of X", "the military administration of the Ukrainian capital"
    (
        "The Ministry of Health of Lebanon said that two paramedics were missing.",
        [("Lebanese health ministry", "indirect", "two paramedics were missing")],
    ),
    (
        "Air defence was active over the city, reported the military administration of the "
        "Ukrainian capital on Telegram.",
        [("Kyiv city military administration", "indirect", "Air defence was active over the city")],
    ),
    # Czech spellings of table names, a dateline glued before the clause
    (
        "Several trams were damaged, said the mayor Ihor Terechov.",
        [("Ihor Terekhov", "indirect", "Several trams were damaged")],
    ),
    (
        "Kyiv/Prague – The power plant was hit again, according to the Ukrainian energy ministry.",
        [("Ukrainian energy ministry", "indirect", "The power plant was hit again")],
    ),
]

NEGATIVE = [
    "As reported earlier, the ferry line was suspended in October.",
    "This was followed by a second blast near the depot.",
    "The head of the ministry visited the port of Izmail on Monday.",
    "According to the schedule, the line will reopen in spring.",
    "The quoted source did not give further details.",
]

SLASH_DATELINE = [
    # a slash-agency dateline before the first sentence ("Bucharest, 21 October /Agerpres/ –")
    (
        "Bucharest, 21 October /Agerpres/ – Romania's Ministry of National Defence informs "
        "that radar stations tracked a drone.",
        [("Romanian Ministry of National Defence", "indirect", "radar stations tracked a drone")],
    ),
]

POINTING = [
    # ", pointing out that C" after a non-speech verb
    (
        "The ministry's spokesman, Anis al-Asbahi, raised the toll, pointing out that rescuers "
        "were still searching.",
        [("Anis al-Asbahi", "indirect", "rescuers were still searching")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_reading(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_statement(text: str) -> None:
    assert _said(text) == []


@pytest.mark.parametrize(("text", "expected"), SLASH_DATELINE)
def test_slash_dateline(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(("text", "expected"), POINTING)  # read since h_stmt38 (_s38reads)
def test_pointing_out(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected
