"""Minimal sentences for the readings of statement round 52 (helper h_real_s52, batch
``dev_statements78``, modules ``_s52post`` and ``_s52names``): real agency copy - outlet
credits after an attribution (they only relay), datelines and page metadata glued to the
lead, "the head of the RMA" and "According to the RMA", "the post reads", "COUNTRY's Channel
12", bodies cut short before "in COUNTRY" or an acronym, "the military agency", "X claimed it
..." and "C - the head of the RMA later reported". Sentences are the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

READINGS = [
    # an outlet credit closing an attributed sentence only relays: no part of the clause
    (
        "Shelling damaged a bridge near Kupiansk, said the head of the Kharkiv Regional "
        "Military Administration Oleh Syniehubov, reports UNN.",
        "Oleh Syniehubov",
        "indirect",
        "Shelling damaged a bridge near Kupiansk",
    ),
    (
        "Ukraine's energy ministry says the repairs will take a month, Interfax-Ukraine reported "
        "on Monday.",
        "Ukrainian energy ministry",
        "indirect",
        "the repairs will take a month",
    ),
    # "the post reads" / "the message says": the post's author
    (
        "Oleh Kiper, head of the Odesa Regional Military Administration, posted a video on "
        "Telegram.\n\n“The port is working as usual,” the post says.",
        "Oleh Kiper",
        "direct",
        "The port is working as usual,",
    ),
    # "the head of the RMA": the last head introduced; "According to the RMA": its place
    (
        "Sumy mayor Oleksandr Lysenko said trams had stopped. Volodymyr Artiukh, head of the "
        "Sumy RMA, said rescuers were at the scene.\n\nThe head of the RMA stressed that the "
        "water supply was working.",
        "Volodymyr Artiukh",
        "indirect",
        "the water supply was working",
    ),
    (
        "A drone hit a shop in Sumy, the Sumy Regional Military Administration said.\n\n"
        "According to the RMA, two cars were burned.",
        "Sumy regional military administration",
        "indirect",
        "two cars were burned",
    ),
    (
        "Oleh Syniehubov, head of the Kharkiv Regional Military Administration, said a drone hit "
        "a warehouse.\n\nAs a result of the strike on Kharkiv, a man was hurt - the head of the "
        "RMA later reported.",
        "Oleh Syniehubov",
        "indirect",
        "As a result of the strike on Kharkiv, a man was hurt",
    ),
    # datelines and page metadata are no part of the clause
    (
        "KHARKIV, Jan 5 (Reuters) - A drone hit a power plant in the city, the Kharkiv "
        "regional governor said.",
        "Kharkiv regional governor",
        "indirect",
        "A drone hit a power plant in the city",
    ),
    (
        "(MENAFN) Yemen's Houthi group announced late Wednesday that it had fired drones at "
        "targets in Eilat.",
        "Houthis",
        "indirect",
        "it had fired drones at targets in Eilat",
    ),
    # outlets by their own name; bodies cut short before "in COUNTRY" or an acronym
    (
        "Israel's Channel 12 reported that the rocket fell in an open area.",
        "Channel 12",
        "indirect",
        "the rocket fell in an open area",
    ),
    (
        "Israeli Channel 12 said the rocket fell in an open area.",
        "Israeli Channel 12",
        "indirect",
        "the rocket fell in an open area",
    ),
    (
        "The Islamic Resistance in Iraq said it launched drones at a target in Eilat.",
        "Islamic Resistance in Iraq",
        "indirect",
        "it launched drones at a target in Eilat",
    ),
    (
        "The Luhansk People's Republic's (LPR) representative office at the Joint Center for "
        "Control and Coordination (JCCC) said that Ukrainian troops shelled Stakhanov.",
        "LPR representative office at the JCCC",
        "indirect",
        "Ukrainian troops shelled Stakhanov",
    ),
    (
        "A depot burned near Tula, the Russian Defence Ministry said.\n\n“Air defence systems "
        "destroyed drones over the Tula region,” the military agency said.",
        "Russian Defence Ministry",
        "direct",
        "Air defence systems destroyed drones over the Tula region,",
    ),
    (
        "Israel claimed on Sunday that it intercepted a missile fired from Yemen, Anadolu Agency "
        "reports.",
        "Israel",
        "indirect",
        "it intercepted a missile fired from Yemen",
    ),
    (
        "The Israeli army claimed it intercepted rockets launched from Lebanon toward Metula.",
        "Israeli army",
        "indirect",
        "it intercepted rockets launched from Lebanon toward Metula",
    ),
    (
        "A drone hit a car in Belgorod, the governor said. Local doctors described the "
        "driver's wounds as “serious.”",
        "local doctors",
        "partial",
        "serious.",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "mode", "quote"), READINGS)
def test_reading(text: str, speaker: str, mode: str, quote: str) -> None:
    assert (speaker, mode, quote) in _said(text)


NONE_BY = [
    # an outlet credit after the real cue only relays (dev_statements42/50's calls)
    (
        "Hungary's government says the pipeline was not damaged in the strike, Reuters reports.",
        "Reuters",
    ),
    (
        "A drone fell on a field outside Kursk, the Russian Defence Ministry said, TASS reported.",
        "TASS",
    ),
    (
        "Israel claimed on Sunday that it intercepted a missile fired from Yemen, Anadolu Agency "
        "reports.",
        "Anadolu Agency",
    ),
    # a named source line credited to an outlet stays no statement of the outlet's
    (
        "Russian artillery hit Marhanets in the morning.\n\nSerhiy Lysak, head of the "
        "Dnipropetrovsk RMA, posted this on Telegram, Ukrinform reports.",
        "Ukrinform",
    ),
    ("The head of the RMA visited the wounded in hospital on Monday.", "Serhiy Lysak"),
]


@pytest.mark.parametrize(("text", "speaker"), NONE_BY)
def test_no_statement_by(text: str, speaker: str) -> None:
    assert all(s != speaker for s, _, _ in _said(text))


NEGATIVES = [
    "The post was shared thousands of times within an hour.",
    "date 2024-09-01 KYIV, Sept 1 (Reuters) - A power outage hit parts of Kyiv on Sunday evening.",
    "A shell hit the school in the morning - the roof later collapsed.",
    "The Islamic Resistance in Iraq is an umbrella of armed groups backed by Iran.",
    "Israel claimed victory in the qualifier on Sunday.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_statement(text: str) -> None:
    assert _said(text) == []


def test_standfirst_repeated_by_lead_is_one_statement() -> None:
    text = (
        "A school in Horlivka was damaged by shelling, the city mayor, Ivan Prikhodko, said\n\n"
        "MOSCOW (UrduPoint News / Sputnik - 3rd June, 2023) A school in Horlivka was damaged "
        "by shelling, the city mayor, Ivan Prikhodko, said."
    )
    said = _said(text)
    assert (
        said.count(("Ivan Prikhodko", "indirect", "A school in Horlivka was damaged by shelling"))
        == 1
    )
