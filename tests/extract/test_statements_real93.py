"""Round 93 (h_fix_s93): "C. This is reported by X.", a second teller after ", and / while",
passive scare quotes with no speaker, a name with a bracketed alias or gloss, "X alone said C"
and "... that it said were C"; read on real ``extract()`` output."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_set as _said


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        pytest.param(
            "Heating was restored to most flats in Lviv by noon. This is reported by the city "
            "council of Lviv.",
            "Lviv city council",
            "Heating was restored to most flats in Lviv by noon",
            id="this-is-reported-by",
        ),
        pytest.param(
            "Air defence crews were active over the Kursk region at night. This is stated by the "
            "Russian Defence Ministry.",
            "Russian Defence Ministry",
            "Air defence crews were active over the Kursk region at night",
            id="this-is-stated-by",
        ),
        pytest.param(
            "A shopkeeper said the bakery had closed early, and a retired nurse told AFP the "
            "pharmacy had no insulin left.",
            "retired nurse",
            "the pharmacy had no insulin left",
            id="and-second-teller",
        ),
        pytest.param(
            "A shopkeeper said the bakery had closed early, and a retired nurse told AFP the "
            "pharmacy had no insulin left.",
            "shopkeeper",
            "the bakery had closed early",
            id="and-first-teller",
        ),
        pytest.param(
            "The ferry was cancelled again, while a port worker told Reuters that the crew had "
            "gone home.",
            "port worker",
            "the crew had gone home",
            id="while-teller",
        ),
        pytest.param(
            "Action Contre la Faim (Action Against Hunger) on Sunday said its kitchens had run "
            "out of flour.",
            "Action Against Hunger",
            "its kitchens had run out of flour",
            id="gloss-in-brackets",
        ),
        pytest.param(
            "The Danish Refugee Council (DRC) said the shelters in the valley were full.",
            "Danish Refugee Council",
            "the shelters in the valley were full",
            id="acronym-in-brackets",
        ),
        pytest.param(
            "Al-Shifa Clinic alone said it receives forty burn patients a week.",
            "Al-Shifa Clinic",
            "it receives forty burn patients a week",
            id="alone-said",
        ),
        pytest.param(
            "The Israeli military struck a compound that it said was used by the group's "
            "commanders.",
            "Israeli military",
            "was used by the group's commanders",
            id="that-it-said",
        ),
    ],
)
def test_read(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _said(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            'The raid followed what has been described as the "worst night" of the siege.',
            id="passive-described-as",
        ),
        pytest.param(
            'The small drones, commonly referred to as "mosquitoes" by troops, are cheap.',
            id="commonly-referred-to",
        ),
        pytest.param("This is reported to be the coldest week in years.", id="reported-to-be"),
        pytest.param("This is explained by the lack of spare parts.", id="explained-by"),
        pytest.param(
            "The trucks turned back at the border, while the driver said nothing about the load.",
            id="said-nothing",
        ),
        pytest.param("The village itself was calm on Monday.", id="itself-no-cue"),
        pytest.param("The theatre (shut since May) said nothing.", id="brackets-said-nothing"),
    ],
)
def test_no_statement(text: str) -> None:
    assert not _said(text)


def test_active_described_as_keeps_speaker() -> None:
    said = _said('The ministry condemned what it described as a "reckless provocation".')
    assert ("ministry", "reckless provocation") in said
