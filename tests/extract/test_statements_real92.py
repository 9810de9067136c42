"""Round 92 (h_fix_s92): unnamed people who "told OUTLET that C" (with an anonymity aside),
"with witnesses telling OUTLET that C", "NAME, ROLE, confirmed X but stated that C", ", while
a source said C", and no statement for "X has not confirmed C"; read on real ``extract()``
output."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_set as _said


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        pytest.param(
            "A resident of the village told Reuters that the clinic was shut.",
            "resident of the village",
            "the clinic was shut",
            id="resident-told-that",
        ),
        pytest.param(
            "The militia member—who spoke on condition of anonymity—told journalists that "
            "nine houses burned.",
            "militia member",
            "nine houses burned",
            id="dash-aside-told",
        ),
        pytest.param(
            "The guerrilla fighter—who spoke on condition of anonymity—told journalists that "
            "nine houses burned.",
            "guerrilla fighter",
            "nine houses burned",
            id="dash-aside-fighter",
        ),
        pytest.param(
            "The police source, also speaking on condition of anonymity, said the bridge "
            "had been hit twice.",
            "police source",
            "the bridge had been hit twice",
            id="comma-aside-said",
        ),
        pytest.param(
            "Local resident told Mash they saw a drone fall near the depot.",
            "Local resident",
            "they saw a drone fall near the depot",
            id="told-outlet-no-that",
        ),
        pytest.param(
            "Blasts shook the port at dawn, with villagers telling AFP by phone that two "
            "boats sank.",
            "villagers",
            "two boats sank",
            id="with-telling",
        ),
        pytest.param(
            "Amina Yusuf, head of the state clinic, also confirmed the attack but stated "
            "that the toll was rising.",
            "Amina Yusuf",
            "the toll was rising",
            id="role-but-stated",
        ),
        pytest.param(
            "Amina Yusuf confirmed the attack but stated that the toll was rising.",
            "Amina Yusuf",
            "the toll was rising",
            id="but-stated-cut",
        ),
        pytest.param(
            "Shells hit the market, residents said, while a police officer said two "
            "shops had burned.",
            "police officer",
            "two shops had burned",
            id="while-second-speaker",
        ),
    ],
)
def test_read(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _said(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Britain has not confirmed it carried out the raid on the port.", id="not"),
        pytest.param("The navy did not confirm that its ships fired.", id="did-not"),
        pytest.param("A farmer told his children to stay inside all day.", id="told-to"),
        pytest.param("A soldier told to hold the bridge was wounded.", id="told-passive"),
        pytest.param("A resident of Kassala told of nights spent in a ditch.", id="told-of"),
        pytest.param("The troops left, while the source said nothing about it.", id="said-nothing"),
    ],
)
def test_no_statement(text: str) -> None:
    assert not _said(text)
