"""Round 95 (h_fix_s95): "NAME, who noted that C1, said C2" is two statements, "GROUP have
issued (repeated) warnings that C", "C, witnesses and officials told OUTLET, bringing ...",
"..., with NOUN officials acknowledging that C" and "A man told the ... group that C", and the
negatives that stay without a statement; read on real ``extract()`` output."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_set as _said


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        pytest.param(
            "Mayor Anton Kovalenko said on Sunday that a school was hit. Kovalenko, who noted "
            "that the pupils were at home, said the roof had collapsed.",
            "Anton Kovalenko",
            "the pupils were at home",
            id="who-noted-that",
        ),
        pytest.param(
            "Mayor Anton Kovalenko said on Sunday that a school was hit. Kovalenko, who noted "
            "that the pupils were at home, said the roof had collapsed.",
            "Anton Kovalenko",
            "the roof had collapsed",
            id="who-noted-then-said",
        ),
        pytest.param(
            "Relief groups have issued repeated warnings that the wells in the valley are dry.",
            "Relief groups",
            "the wells in the valley are dry",
            id="issued-warnings-that",
        ),
        pytest.param(
            "A blast hit the harbour in Mykolaiv early on Sunday, witnesses and officials told "
            "AFP, breaking a long lull in the area.",
            "witnesses and officials",
            "A blast hit the harbour in Mykolaiv early on Sunday",
            id="told-outlet-then-participle",
        ),
        pytest.param(
            "Sirens sounded across the city at dawn, residents at the scene said on condition of "
            "anonymity, while a police source said trains were stopped.",
            "residents",
            "Sirens sounded across the city at dawn",
            id="said-while",
        ),
        pytest.param(
            "The army said its troops held the line, with Russian officials admitting that a "
            "depot had burned.",
            "Russian officials",
            "a depot had burned",
            id="with-officials-admitting-that",
        ),
        pytest.param(
            "A teacher told the Paris-based press group that the classrooms were empty.",
            "teacher",
            "the classrooms were empty",
            id="person-told-lower-case-outlet",
        ),
    ],
)
def test_round95_statements(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _said(text)


def test_with_clause_cut_off_the_host() -> None:
    said = _said(
        "The army said its troops held the line, with Russian officials admitting that a depot "
        "had burned."
    )
    assert not any("Russian officials admitting" in q for _, q in said)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Farmers, who had fled at night, came back on Friday.", id="who-no-that"),
        pytest.param("The port authority has issued a warning to all ships.", id="warning-no-that"),
        pytest.param(
            "Crews fixed the line on Monday, bringing power back to the district.", id="no-teller"
        ),
        pytest.param(
            "The convoy arrived at noon, with aid workers unloading flour.", id="with-no-that"
        ),
        pytest.param(
            "Residents and officials gathered in the square, hoping for news.", id="no-verb"
        ),
        pytest.param("A nurse told the story to her colleagues.", id="told-no-that"),
    ],
)
def test_round95_negatives(text: str) -> None:
    assert not _said(text)
