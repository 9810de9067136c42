"""Round h_gen_s107: a title left before a person's full name, a "-ly" adverb after a body
(``_s107names``) and an indefinite role lede named next ("A Russian regional governor
said C ... local governor NAME said", the ``_s103role`` pattern widened)."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract._s107names import outlet, unadverbed, untitled
from pipeline.extract.model import Statement


def _speakers(text: str) -> dict[str, str]:
    """Quote -> speaker of every statement extract() reads from ``text``."""
    return {f.quote: f.speaker for f in extract(text) if isinstance(f, Statement)}


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Sumy Gov Olena Hrab said the market would stay closed on Sunday.",
            "the market would stay closed on Sunday",
            "Olena Hrab",
        ),
        (
            "Lviv Gov Taras Moroz said three trains were delayed. Moroz added that "
            "the station was open.",
            "the station was open",
            "Taras Moroz",
        ),
        (
            "The blast was condemned by UN Resident Coordinator Karin Olsen. "
            '"Clinics must be spared," Olsen said.',
            "Clinics must be spared,",
            "Karin Olsen",
        ),
        (
            "The Kremlin consistently argues that its troops avoid towns.",
            "its troops avoid towns",
            "Kremlin",
        ),
        (
            "The Odesa city council reportedly said that the ferry would resume on Friday.",
            "the ferry would resume on Friday",
            "Odesa city council",
        ),
        (
            "A Russian regional governor said on Monday that a warehouse was burning. The "
            'Kursk region was "under fire", local governor Pavel Ivlev said on Telegram.',
            "a warehouse was burning",
            "Pavel Ivlev",
        ),
        (
            'A local mayor said the water supply was cut. "Tankers are on the way," '
            "Mykola Dmytrenko wrote.",
            "the water supply was cut",
            "Mykola Dmytrenko",
        ),
        (
            "A regional governor said the curfew would begin at ten.",
            "the curfew would begin at ten",
            "regional governor",
        ),
        (
            "Secretary General Mark Rutte said more air defence would follow.",
            "more air defence would follow",
            "Mark Rutte",
        ),
        (
            "A shelter opened in the school, the We Are Ukraine news outlet reported.",
            "A shelter opened in the school",
            "We Are Ukraine",
        ),
        (
            "The Kyiv Independent daily said the metro would run all night.",
            "the metro would run all night",
            "Kyiv Independent",
        ),
    ],
)
def test_speaker(text: str, quote: str, speaker: str) -> None:
    assert _speakers(text).get(quote) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "A regional governor visited the damaged school on Tuesday. Parents waited outside.",
        "Coordinator training for volunteers began in Dnipro on Saturday.",
        "The family quietly left the city on the last evacuation train.",
        "Gov Kiper's motorcade passed the checkpoint shortly after noon.",
    ],
)
def test_no_statement(text: str) -> None:
    assert _speakers(text) == {}


@pytest.mark.parametrize(
    ("speaker", "name"),
    [
        ("Poltava Gov Ivan Sirko", "Ivan Sirko"),
        ("Coordinator Ana Lima", "Ana Lima"),
        ("Ukrainian Prosecutor General's Office", None),
        ("UN Secretary General Antonio Guterres", None),
        ("Minister Zelensky", None),
        ("Head of the Foreign Ministry Department", None),
    ],
)
def test_untitled(speaker: str, name: str | None) -> None:
    assert untitled(speaker) == name


@pytest.mark.parametrize(
    ("speaker", "cut"),
    [
        ("Kremlin traditionally", "Kremlin"),
        ("city council reportedly", "city council"),
        ("the victim's family", None),
        ("Haaretz daily", None),
        ("Kremlin", None),
    ],
)
def test_unadverbed(speaker: str, cut: str | None) -> None:
    assert unadverbed(speaker) == cut


@pytest.mark.parametrize(
    ("speaker", "name"),
    [
        ("We Are Ukraine news outlet", "We Are Ukraine"),
        ("the Zaxid news portal", "Zaxid"),
        ("Local news outlet", None),
        ("local news outlet", None),
        ("Ukrainian news site", None),
    ],
)
def test_outlet(speaker: str, name: str | None) -> None:
    assert outlet(speaker) == name
