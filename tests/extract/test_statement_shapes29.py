"""Unit tests for the ninth session's fourth statement round (dev_statements29): translated
German attribution shapes ("spoke of" with no marks, "In the words of X", "said a spokesman
of the X"), one minimal sentence per reading."""

from __future__ import annotations

import pytest

from pipeline.extract import _groupref, _headof, _spokeof, _voiceof
from tests.extract.found import statement_rows as _said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Russian side spoke of a planned provocation by Kyiv.",
            [("Russian side", "indirect", "a planned provocation by Kyiv")],
        ),
        (
            "Kyiv spoke of the worst shelling of the city in weeks.",
            [("Kyiv", "indirect", "the worst shelling of the city in weeks")],
        ),
        (
            "Warsaw spoke of a hybrid attack on its railways and closed the border.",
            [("Warsaw", "indirect", "a hybrid attack on its railways")],
        ),
        (
            "The Ukrainian side spoke of heavy losses near Lyman, where the assault stalled.",
            [("Ukrainian side", "indirect", "heavy losses near Lyman, where the assault stalled")],
        ),
        # a person's "spoke of" with no marks is a toll or a topic, not a labelled statement
        ("Governor Ivan Fedorov at first spoke of two injured.", []),
        ("The Kremlin chief spoke for four hours in Moscow.", []),
    ],
)
def test_spoke_of_without_marks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


def test_spoke_of_with_marks_is_left_to_the_partial_quote() -> None:
    assert _spokeof.hits("Kyiv spoke of a “terror night”.") == []
    assert _spokeof.hits("Kyiv spoke of a terror night.") == [(5, "spoke")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the words of Peskov, the talks had stalled.",
            [("Dmitry Peskov", "indirect", "the talks had stalled")],
        ),
        (
            "In the words of the Polish prime minister Donald Tusk, Europe is at war.",
            [("Donald Tusk", "indirect", "Europe is at war")],
        ),
        ("The words of the Pope were read out in Kyiv.", []),
    ],
)
def test_in_the_words_of(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The drones were downed over Tula, said a spokesman of the Russian Defence Ministry.",
            "Russian Defence Ministry",
        ),
        (
            "The talks were useful, said a spokeswoman for the Turkish Foreign Ministry in Ankara.",
            "Turkish Foreign Ministry",
        ),
        (
            "The talks were useful, said a spokeswoman of the Turkish Foreign Ministry.",
            "Turkish Foreign Ministry",
        ),
    ],
)
def test_spokesperson_of_a_body_after_an_inverted_cue(text: str, speaker: str) -> None:
    assert [s for s, _, _ in _said(text)] == [speaker]


def test_voiced_span_and_body() -> None:
    text = "said a spokesman of the Russian Defence Ministry."
    assert _voiceof.voiced_end(text, text.index(" of")) == len(text) - 1
    assert _voiceof.voiced_end("a spokesman of the ministry.", 11) == -1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Foreign Minister Johann Wadephul met his counterpart in Odesa. "
            "The head of the Foreign Office said Russia showed no interest in peace.",
            "Johann Wadephul",
        ),
        (
            "Defence Minister Boris Pistorius visited Vilnius. "
            "The brigade was ready, said the head of the Defence Ministry.",
            "Boris Pistorius",
        ),
    ],
)
def test_head_of_the_ministry_is_its_minister(text: str, speaker: str) -> None:
    assert [s for s, _, _ in _said(text)] == [speaker]


def test_head_of_rewrite_takes_the_whole_phrase_only() -> None:
    assert _headof.rewrite("The head of the Foreign Office") == "The foreign minister"
    assert _headof.rewrite("the chief of the Ministry of Defence") == "the defence minister"
    assert _headof.rewrite("the head of the Foreign Office's press service") == (
        "the head of the Foreign Office's press service"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky's office said the talks had ended. It said a statement would follow.",
        "Zelensky's office said the talks had ended. It added that a statement would follow.",
        "The Ukrainian army said it had held Lyman. Zelensky's office said the talks had ended. "
        "It said a statement would follow.",
    ],
)
def test_it_said_after_a_persons_office(text: str) -> None:
    assert [s for s, _, _ in _said(text)][-2:] == ["Volodymyr Zelensky", "Volodymyr Zelensky"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Houthis said they had hit a tanker. UKMTO said the crew was safe. "
            "The group said more attacks would follow.",
            "Houthis",
        ),
        (
            "Hezbollah said it had fired rockets. The Israeli army said sirens sounded. "
            "The group said the attack was a response.",
            "Hezbollah",
        ),
        (
            "The RSF said it had taken the town. The Sudanese army denied it. "
            "The group said its fighters held the market.",
            "RSF",
        ),
        # no group before: the nearest named body, as before
        (
            "The Israeli army said sirens sounded. The group said the attack was over.",
            "Israeli army",
        ),
    ],
)
def test_the_group_passes_over_a_state_body(text: str, speaker: str) -> None:
    assert _said(text)[-1][0] == speaker


def test_state_body() -> None:
    assert _groupref.state_body("Israeli army")
    assert _groupref.state_body("UKMTO")
    assert _groupref.state_body("Kyiv")
    assert not _groupref.state_body("Rapid Support Forces")
    assert not _groupref.state_body("Houthis")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel rejected the plan on Monday and says Hamas is rearming.",
            [("Israel", "indirect", "Hamas is rearming")],
        ),
        (
            "Hamas released two hostages and says it wants a second phase.",
            [("Hamas", "indirect", "it wants a second phase")],
        ),
        ("Kharkiv came under fire on Monday and said its power was cut.", []),
        ("Kharkiv was shelled again and says nothing.", []),
    ],
)
def test_conjoined_says_after_a_lone_actor(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


def test_foreign_minister_after_head_of_the_foreign_office_apposed() -> None:
    # fixed in statement round 25 (_s25post: a lowercase role right after its holder)
    text = (
        "The head of the Foreign Office, Johann Wadephul, was in Kyiv. "
        "The foreign minister said Berlin would pay for generators."
    )
    assert [s for s, _, _ in _said(text)] == ["Johann Wadephul"]


@pytest.mark.xfail(
    reason="open: month words as given names ('June Kunugi', 'April Reyes'): "
    "'In May Zelensky said' must stay a date (dst28-007, dst29-012)",
    strict=True,
)
def test_month_given_name() -> None:
    text = "The convoy reached Sumy, April Reyes, a charity coordinator, said."
    assert [s for s, _, _ in _said(text)] == ["April Reyes"]
