"""Round h_fix_s83: speaker renamings and back-references (``_s83post``, ``_s83back``)."""

from __future__ import annotations

import pytest

from tests.extract.found import speaker_rows as _speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Roughly 1,200 flats were left without heating, according to official figures.",
            "official figures",
        ),
        (
            "Two bridges over the river collapsed, according to local media reports and "
            "photos shared by residents.",
            "local media reports",
        ),
        (
            "Hezbollah’s Al-Manar television channel reported that the hospital in Nabatieh "
            "was evacuated.",
            "Al-Manar",
        ),
        (
            "Schools were shut in the valley, according to the group’s affiliated Al-Mayadeen.",
            "Al-Mayadeen",
        ),
        (
            "According to the Israel Defense Forces’ Home Front Command, beaches in Ashdod "
            "will stay closed.",
            "Home Front Command",
        ),
        (
            "The opposition-linked Syrian Observatory for Human Rights said the checkpoint "
            "was abandoned.",
            "Syrian Observatory for Human Rights",
        ),
        (
            "The bridge was repaired by noon, Syria's official state media reported.",
            "Syrian state media",
        ),
        (
            "Civilians made up most of the victims, according to Iraq’s ambassador to the "
            "United Nations. The ambassador told the council that the market was full.",
            "Iraqi ambassador to the United Nations",
        ),
        (
            "Storm hits Odesa Ukrainian officials said on Monday that the ferry line was halted.",
            "Ukrainian officials",
        ),
        ("In Lebanon, officials say about 5,000 families have left Tyre.", "Lebanese officials"),
        (
            "Witnesses told Reuters the market was empty. Egypt’s army sealed the border at dawn. "
            "“The crossing will stay closed until further notice,” it said.",
            "Egyptian army",
        ),
        (
            "The Houthi-run interior ministry office in the coastal Hodeidah Governorate said "
            "that the depot burned for hours. The ministry office said later the fire was out.",
            "Houthi-run interior ministry office",
        ),
        (
            "Storm Damages Roofs In Poltava Region Overnight\n“Several roofs were torn off in "
            "the night,” he said.\nAccording to Kohut, repairs have started.",
            "Kohut",
        ),
        (
            "“If the enemy strikes again, the answer will be harsh,” the IRGC said, adding that "
            "Islamic Revolutionary Guard Corps units were ready.",
            "IRGC",
        ),
    ],
)
def test_renamed(text: str, speaker: str) -> None:
    assert speaker in _speakers(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Official figures for the month are due next week.", "official figures"),
        ("Lebanon’s ambassador to the United Nations landed in New York on Monday.", "ambassador"),
        (
            "Roof Torn Off In Sumy\n“Nobody was hurt,” he said.\nAccording to Ivan Petrenko "
            "and Olena Koval, crews came quickly.",
            "Roof Torn Off In Sumy",
        ),
        ("In Israel, authorities have opened new shelters in Haifa.", "Israeli authorities"),
        ("The movement’s affiliated Al-Mayadeen channel was taken off the air.", "Al-Mayadeen"),
        (
            "Police sources said the road was cut. “Nobody was hurt,” it said.",
            "Egyptian army",
        ),
    ],
)
def test_not_renamed(text: str, wrong: str) -> None:
    assert wrong not in _speakers(text)
