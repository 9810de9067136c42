"""One speaker, one form: the naming kinds of round 14 (:mod:`pipeline.extract._sp14forms`),
as minimal sentences read end to end."""

from __future__ import annotations

import pytest

from pipeline.extract._sp14forms import _residue, _seat
from tests.extract.found import speaker_rows as _speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # residue of the clause around the name
        (
            "Questioned by AFP, a European diplomat has confided that the talks had stalled.",
            "European diplomat",
        ),
        (
            "Reached by phone, a Western military attaché has estimated that the line would hold.",
            "Western military attaché",
        ),
        (
            "The city was quiet, as the military governor Witalij Kim on Telegram wrote.",
            "Witalij Kim",
        ),
        # the table's descriptive and other-language aliases
        (
            "The head of the Kremlin, for his part, has maintained that Russia is ready to talk.",
            "Vladimir Putin",
        ),
        ("The FINUL indicated that one of its patrols had observed the impacts.", "UNIFIL"),
        ("The FINUL recalled that any attack on peacekeepers is a grave violation.", "UNIFIL"),
        # a national body named through its capital
        (
            "The Ministry of Health of Beirut said that the hospitals had new supplies.",
            "Lebanese health ministry",
        ),
        (
            "The Ministry of Foreign Affairs of Warsaw said that the violation was deliberate.",
            "Polish Ministry of Foreign Affairs",
        ),
        (
            "The Ministry of Defence of Ankara announced that the frigate would join the mission.",
            "Turkish Ministry of Defence",
        ),
        (
            "The Ministry of Foreign Affairs of Madrid said that Spain would back new sanctions.",
            "Spanish Ministry of Foreign Affairs",
        ),
        # a seat, not a title: the article's wording; a country opening the sentence gives its
        # adjective ("X's" and "of X" alike, the lead's call on art71-06 and dst68-024)
        (
            "The Ministry of Health in Sanaa stated that the power station had been hit again.",
            "Ministry of Health in Sanaa",
        ),
        (
            "The Ministry of Foreign Affairs of Pakistan said that it was following events.",
            "Pakistani Ministry of Foreign Affairs",
        ),
        # an appositive description speaking
        (
            "The deputy Éric Coquerel, president of the finance committee, denounced «a lie».",
            "Éric Coquerel",
        ),
        # people outside the table keep the article's spelling; the German exception stays
        ("Vitaliy Kim wrote on Telegram that the air alert had ended.", "Vitaliy Kim"),
        ("The night had been restless, Governor Oleh Synjehubow wrote.", "Oleh Synjehubow"),
    ],
)
def test_one_form_per_speaker(text: str, speaker: str) -> None:
    assert speaker in _speakers(text)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "The night was restless, the head of the Kharkiv OVA Oleh Syniehubov reported. "
            "Rescuers worked until dawn, the head of the OVA specified.",
            ["Oleh Syniehubov", "Oleh Syniehubov"],
        ),
        (
            "The head of the Zaporizhzhia OVA Ivan Fedorov said that buses would leave on "
            "Thursday. The head of the OVA added that pensioners would be taken first.",
            ["Ivan Fedorov", "Ivan Fedorov"],
        ),
        (
            "President Luiz Inácio Lula da Silva said that Brazil could mediate. "
            "“This war has no military solution,” affirmed Lula.",
            ["Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva"],
        ),
        (
            "The night was restless, the head of the Kharkiv OVA Oleh Syniehubov reported. "
            "A school was damaged, the OVA said.",
            ["Oleh Syniehubov", "Kharkiv regional military administration"],
        ),
    ],
)
def test_one_form_across_a_passage(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    "text",
    [
        "Schools will stay closed, as the mayor Ihor Terechow on Facebook announced.",
        "The repairs would take days, as the energy minister Switlana Hryntschuk on X explained.",
    ],
)
def test_platform_before_a_final_verb(text: str) -> None:
    assert _speakers(text)


def test_helpers() -> None:
    assert _residue("European diplomat has") == "European diplomat"
    assert _residue("military governor Witalij Kim on Telegram") == "Witalij Kim"
    assert _residue("Kharkiv regional governor") is None
    assert _residue("Hamas") is None
    beirut = "The Ministry of Health of Beirut said that C."
    assert _seat("Beirut health ministry", beirut) == "Lebanese health ministry"
    assert _seat("Spanish Ministry of Foreign Affairs of Madrid", "") == (
        "Spanish Ministry of Foreign Affairs"
    )
    assert _seat("Ministry of Foreign Affairs of Pakistan", "") is None
    assert _seat("Gaza health ministry", "The Ministry of Health in Gaza said that C.") is None
