"""Round h_gen_s109: "the rebels say" / "C, the rights group states" bound to the group
named, and "Asked if Q, NAME told reporters that C" read as NAME's C."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Statement


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(f.speaker, f.quote) for f in extract(text) if isinstance(f, Statement)]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Amnesty International met families in Tawila. Food must reach the camp, "
            "the human rights organization states.",
            "Amnesty International",
            "Food must reach the camp",
        ),
        (
            "M23 fighters held Sake. The rebels say they will open the road to Goma.",
            "M23",
            "they will open the road to Goma",
        ),
        (
            "Human Rights Watch wrote to the minister. The rights group says the jail is full.",
            "Human Rights Watch",
            "the jail is full",
        ),
        (
            "Despite the rain, the rebels say they hold the ridge near Masisi.",
            "rebels",
            "they hold the ridge near Masisi",
        ),
        (
            "Asked if talks would resume, Kremlin spokesman Dmitry Peskov told reporters "
            "that no date was set.",
            "Dmitry Peskov",
            "no date was set",
        ),
    ],
)
def test_class_noun_and_asked_frames(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebel group's convoy reached Masisi on Friday.",
        "Amnesty International opened an office. The rights group's office employs 12 people.",
        "Human Rights Watch met refugees. The rights organization states in its charter apply.",
        "In a charter published in 2019, the militia states its aims in four articles.",
        "Asked to leave, the reporters walked out of the hall in Minsk.",
        "The insurgents' trucks crossed the border at dawn.",
        "The rebels claim responsibility for raids on shipping almost every week.",
    ],
)
def test_no_statement(text: str) -> None:
    assert _pairs(text) == []


def test_two_groups_keep_the_class_noun() -> None:
    text = "M23 and the Houthis were named in the report. The rebels say the report is biased."
    assert _pairs(text) == [("rebels", "the report is biased")]


def test_asked_frame_drops_the_misread_clause() -> None:
    text = (
        "Asked if the raid fit with Moscow's wish for talks, Kremlin spokesman Dmitry Peskov "
        "told reporters that both sides kept firing."
    )
    pairs = _pairs(text)
    assert ("Dmitry Peskov", "both sides kept firing") in pairs
    assert not any("told reporters" in q for _, q in pairs)
