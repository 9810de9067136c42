"""Round 91 (h_fix_s91): speaker naming on real South Asian, Sudanese and Myanmar copy — bare
ranks and office abbreviations dropped ("Maj Gen NAME", "Defence PRO NAME", "MLA NAME"), a bare
title resolved to its named holder, a body's first word and a unit's owner and ordinal kept
("the Karen National Union", "the SAF's 16th Infantry Division"), a place never the speaker of
a pronoun sentence, and "“Q”, said, ROLE, NAME"; read on real ``extract()`` output."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_set as _said


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        pytest.param(
            "Calling the raids a provocation, Maj Gen Bashir affirmed that the border stayed calm.",
            "Bashir",
            "the border stayed calm",
            id="rank-before-surname",
        ),
        pytest.param(
            "“Six drones fell in the fields,” Brig Awan said at a briefing in Multan.",
            "Awan",
            "Six drones fell in the fields,",
            id="brig-surname",
        ),
        pytest.param(
            "“Firing began at 5 am,” said Defence PRO Kiran Joshi.",
            "Kiran Joshi",
            "Firing began at 5 am,",
            id="office-abbreviation",
        ),
        pytest.param(
            "MLA Harpreet Gill told reporters that two shops burned. “One man died,” the MLA said.",
            "Harpreet Gill",
            "One man died,",
            id="bare-title-holder",
        ),
        pytest.param(
            "A spokesman for the Mon Unity Party told reporters that 3 monks were hurt.",
            "Mon Unity Party",
            "3 monks were hurt",
            id="first-word-kept",
        ),
        pytest.param(
            "“The militia fired 12 shells,” the SAF’s 19th Infantry Division said in a statement.",
            "SAF 19th Infantry Division",
            "The militia fired 12 shells,",
            id="owner-and-ordinal",
        ),
        pytest.param(
            "Dilling — A drone struck a truck on the road to Dilling on Friday.\n\n"
            "A driver told Radio Dabanga that the truck carried flour.\n\n"
            'He stressed that "nobody on board was armed".',
            "driver",
            "nobody on board was armed",
            id="dateline-place-pronoun",
        ),
        pytest.param(
            "A drone attack cut power in the River Nile and the Northern State on Friday.\n"
            "Witnesses said that “three drones hit the substation.”\n"
            "They pointed out that the fire burned for hours.",
            "Witnesses",
            "the fire burned for hours",
            id="place-they",
        ),
        pytest.param(
            "Shops closed early in Uri, officials said. “Two shells hit the bazaar”, "
            "confirmed,Tariq Mir, tehsildar.",
            "Tariq Mir",
            "Two shells hit the bazaar",
            id="said-comma-name",
        ),
    ],
)
def test_round91_speaker(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _said(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Lt Gen Bashir visited the wounded at a hospital in Multan.", None, id="visit"
        ),
        pytest.param(
            "The Mon Unity Party controls several villages near the coast.", None, id="no-cue"
        ),
        pytest.param(
            "Nyala — Two lorries burned on the road to Nyala. He was among the drivers.",
            None,
            id="dateline-no-cue",
        ),
        pytest.param(
            "Lviv governor Maksym Kozytskyi said two drones were downed. "
            "He added that no one was hurt.",
            "Maksym Kozytskyi",
            id="named-person-kept",
        ),
        pytest.param(
            "The Ukrainian Air Force said 40 drones were shot down overnight.",
            "Ukrainian Air Force",
            id="canonical-body-kept",
        ),
    ],
)
def test_round91_unchanged(text: str, speaker: str | None) -> None:
    speakers = {s for s, _ in _said(text)}
    if speaker is None:
        assert not speakers
    else:
        assert speakers == {speaker}
