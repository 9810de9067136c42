"""Round 90 (h_fix_s90): "He noted" after a titled person given to that person, not the body,
and "“Q,” the report reads" given to the report's source, not the relaying outlet; read on
real ``extract()`` output."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_set as _said


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        pytest.param(
            "A roof was torn off in Lyman, the Donetsk regional military administration said."
            "\n\nVadym Filashkin\n\nHead of the Donetsk OVA\n\nHe noted that the school was shut.",
            "Vadym Filashkin",
            "the school was shut",
            id="name-line-he-noted",
        ),
        pytest.param(
            "Fires broke out near Sloviansk, the Donetsk regional military administration said."
            "\n\nVadym Filashkin\n\nHead of the Donetsk OVA\n\n"
            "She added that crews worked all day.",
            "Vadym Filashkin",
            "crews worked all day",
            id="name-line-she-added",
        ),
        pytest.param(
            "Attacks went on near Lyman: the General Staff of the Armed Forces of Ukraine "
            "announced it in its morning update, as reported by Ukrinform. "
            "“Aviation struck five enemy positions,” the report reads.",
            "Ukrainian General Staff",
            "Aviation struck five enemy positions,",
            id="report-reads",
        ),
        pytest.param(
            "Shelling went on near Orikhiv, the Southern Defence Forces said on Monday, as "
            "reported by Suspilne. “The enemy tried to advance twice,” the update says.",
            "Southern Defence Forces",
            "The enemy tried to advance twice,",
            id="update-says",
        ),
    ],
)
def test_speaker_given(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _said(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("He noted the damage on his phone before leaving the village.", id="he-noun"),
        pytest.param("The report reads like a list of ruined streets.", id="reads-like"),
        pytest.param(
            "A new report on the shelling was published. The report reads well but gives "
            "no figures.",
            id="reads-well",
        ),
        pytest.param(
            "The regional administration opened two shelters in Izium. He noted the address.",
            id="body-he-noun",
        ),
    ],
)
def test_no_statement(text: str) -> None:
    assert not _said(text)


def test_body_pronoun_it_kept() -> None:
    said = _said(
        "The Sumy regional military administration said a drone hit a garage in Shostka. "
        "It noted that nobody was hurt."
    )
    assert ("Sumy regional military administration", "nobody was hurt") in said
