"""Round 77's speaker readings (helper h_fix_s77, ``_s77post``) on minimal sentences."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _statements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A mortar round hit a post near Naqoura. The United Nations Force in Lebanon "
            "said one guard was hurt.",
            ("UNIFIL", "indirect", "one guard was hurt"),
        ),
        (
            "Thirty people died in Rafah on Monday, the territory's Hamas-run health ministry "
            "said.",
            ("Gaza health ministry", "indirect", "Thirty people died in Rafah on Monday"),
        ),
        (
            "The Houthi rebels' health ministry said that four people were killed in Saada.",
            ("Houthi health ministry", "indirect", "four people were killed in Saada"),
        ),
        (
            "Hezbollah's Al-Manar television channel reported that a car was hit in Tyre.",
            ("Al-Manar", "indirect", "a car was hit in Tyre"),
        ),
        (
            "A drone was shot down over Sumy.\n\nThis was reported by the head of the Sumy "
            "RMA Oleh Hryhorov on Telegram, Censor.NET reports.\n\nAccording to him, a shop "
            "burned down.",
            ("Oleh Hryhorov", "indirect", "a shop burned down"),
        ),
        (
            "A resident of Pale also said that six people had been killed in the raid.",
            ("resident of Pale", "indirect", "six people had been killed in the raid"),
        ),
        (
            "A resident of Dilling said a shell fell near the school.",
            ("resident of Dilling", "indirect", "a shell fell near the school"),
        ),
        (
            "Sirens sounded in Israel after rockets were fired from Lebanon. The military "
            "said 12 projectiles crossed the border.",
            ("Israeli military", "indirect", "12 projectiles crossed the border"),
        ),
        (
            "Sudan's regular army holds the airport. The military this week said it had "
            "repaired the runway.",
            ("Sudanese military", "indirect", "it had repaired the runway"),
        ),
    ],
)
def test_renamed(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _statements(text)


def test_resident_pronoun() -> None:
    text = (
        "Jets bombed the village, according to Ko Aung, a teacher there. A resident of "
        "Mingin also said that five people were killed. He helped bury them at dusk, he said."
    )
    assert ("resident of Mingin", "indirect", "He helped bury them at dusk") in _statements(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Lebanese army said it had sent troops to Khiam.", "Lebanese army"),
        (
            "The Houthi-run health ministry said two people were hurt in Sanaa.",
            "Houthi-run health ministry",
        ),
        ("The army said on Monday that its troops had entered Naqoura, south Lebanon.", None),
    ],
)
def test_kept(text: str, speaker: str | None) -> None:
    speakers = {s for s, _, _ in _statements(text)}
    if speaker is not None:
        assert speaker in speakers
    assert "Israeli army" not in speakers and "UNIFIL" not in speakers


@pytest.mark.parametrize(
    "text",
    [
        "A resident of Kharkiv was hurt by debris overnight.",
        "The United Nations Force in Lebanon was set up in 1978.",
        "The military this week moved armour toward the border.",
        "Al-Manar's crew filmed the crater near Bint Jbeil.",
    ],
)
def test_no_statement(text: str) -> None:
    assert _statements(text) == []
