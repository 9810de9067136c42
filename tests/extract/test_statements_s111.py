"""Round h_gen_s111: a description, an epithet or a long form standing where the story names
the speaker, and four attribution frames the chain left unread (``_s111``, ``_s111forms``,
``_s111read``)."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Statement


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(f.speaker, f.quote) for f in extract(text) if isinstance(f, Statement)]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (  # a lede's description named next by a body
            "Moldova's national grid operator said a drone had cut a line near Ocnita.\n\n"
            "Moldelectrica said crews restored supply by noon.",
            "Moldelectrica",
            "a drone had cut a line near Ocnita",
        ),
        (  # an indefinite role named next in an apposition with a bracketed abbreviation
            "The head of a UN agency said on Monday he feared for the clinics in Kherson.\n\n"
            "“We cannot reach them,” Tom Fletcher, head of the Office for the Coordination of "
            "Humanitarian Affairs (OCHA), said of the shelling.",
            "Tom Fletcher",
            "We cannot reach them,",
        ),
        (  # a definite epithet after the one person named
            "Hakan Fidan landed in Odesa on Friday. The Turkish diplomat said Ankara would send "
            "two more generators.",
            "Hakan Fidan",
            "Ankara would send two more generators",
        ),
        (  # a curly possessive lede role named next, then the bare role again
            "A drone hit a bus depot in the Sumy region, the region’s governor said.\n\n"
            "“Two drivers were hurt,” Oleh Hryhorov wrote on Telegram.\n\n"
            "Later, the governor said that the depot had reopened.",
            "Oleh Hryhorov",
            "the depot had reopened",
        ),
        (  # a table body with an owner's possessive before it
            "The British navy’s United Kingdom Maritime Trade Operations office said a bulk "
            "carrier reported a blast near Aden.",
            "UKMTO",
            "a bulk carrier reported a blast near Aden",
        ),
        (  # a table body cut short before its abbreviation
            "Rubble covered a clinic of the United Nations Relief and Works Agency for Palestine "
            "Refugees (UNRWA) in Jabalia, the organization said.",
            "UNRWA",
            "Rubble covered a clinic of the United Nations Relief and Works Agency for Palestine "
            "Refugees (UNRWA) in Jabalia",
        ),
        (  # "ADVERBIAL, in his words, C" after the person's statement
            "Governor Ivan Fedorov said a drone hit a school in Orikhiv. Apart from that, in his "
            "words, a bakery lost its roof in Huliaipole.",
            "Ivan Fedorov",
            "a bakery lost its roof in Huliaipole",
        ),
        (  # "NAME, the armed wing of GROUP, said C"
            "The Qassam Brigades, the armed wing of Hamas, said its fighters had hit a bulldozer "
            "in Rafah.",
            "al-Qassam Brigades",
            "its fighters had hit a bulldozer in Rafah",
        ),
        (  # "GROUP at COMPANY denied that C1, and said C2"
            "Officials at Lukoil denied that the depot had burned, and said trains kept running.",
            "Officials at Lukoil",
            "trains kept running",
        ),
        (  # "“Q,” he wrote" left unread after a long-titled lede
            "Drones were downed near Kursk, governor of Russia’s frontier Kursk Region Ivan "
            "Petrov said.\n\n“A barn burned down in Sudzha,” he wrote on his Telegram channel.",
            "Ivan Petrov",
            "A barn burned down in Sudzha,",
        ),
    ],
)
def test_named_as_the_story_names_them(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _pairs(text)


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (  # the epithet is the counterpart, not the person named
            "Andrii Sybiha met his Polish counterpart in Rzeszow. The Polish diplomat said the "
            "border crossing would reopen.",
            "Polish diplomat",
            "the border crossing would reopen",
        ),
        (  # a description in the lede, a person speaks next: no binding across kinds
            "A UN agency said on Friday that convoys to Sumy were halted.\n\n"
            "The order followed shelling near Krasnopillia, Oleh Hryhorov said.",
            "UN agency",
            "convoys to Sumy were halted",
        ),
        (  # another region's governor named next keeps the lede's own governor
            "Three drones were downed over the Bryansk region, the region’s governor said.\n\n"
            "In the neighbouring Oryol region, Governor Andrei Klychkov said a shed burned.",
            "Bryansk regional governor",
            "Three drones were downed over the Bryansk region",
        ),
        (  # "A senior diplomat said ... The diplomat said" keeps the description
            "Bart De Wever spoke first. A senior EU diplomat said the talks went late. The "
            "diplomat said no deal was near.",
            "senior EU diplomat",
            "no deal was near",
        ),
        (  # a title and a nationality that do not fit the epithet
            "Swedish Defence Minister Pal Jonson visited Kyiv on Monday. The Ukrainian diplomat "
            "said the talks were useful.",
            "Ukrainian diplomat",
            "the talks were useful",
        ),
        (  # a bracketed abbreviation the table does not list keeps the long name
            "The Danish Refugee Council (DRC) said its office in Kharkiv was damaged.",
            "Danish Refugee Council",
            "its office in Kharkiv was damaged",
        ),
    ],
)
def test_left_as_written(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "In his words and in his deeds, the mayor of Kherson has stayed with the city.",
        "The Qassam Brigades, the armed wing of Hamas, released a new video on Sunday.",
        "Workers at the Tuapse refinery repaired the damaged pipeline within two days.",
        "The head of French diplomacy will travel to Kyiv next week.",
    ],
)
def test_no_statement(text: str) -> None:
    assert _pairs(text) == []
