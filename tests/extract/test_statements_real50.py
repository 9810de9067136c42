"""Minimal sentences for the readings of statement round 50 (helper h_real_s50, batch
``dev_statements76``, module ``_s50post``): real agency copy - headlines on the page's first
line, "the country's X", a country as a noun adjunct, "PLACE-based" groups, a spokesman read as
his organisation, pronouns that open a story or follow an outlet/byline/credit line, "it said"
after the body a sentence opens with, scare quotes and inscriptions. Sentences are the
helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

SPEAKERS = [
    # "the country's X" is the story's country: an "X says" heading, a dateline, earlier speakers
    (
        "Ukraine says it foiled drone raid on Lviv\nDrones approached Lviv from the east, "
        "Poland's military said. The country's air force said the drones were shot down.",
        "the drones were shot down",
        "Ukrainian Air Force",
    ),
    (
        "BEIRUT - Israeli jets struck a village near the border with Israel on Friday. The "
        "country's health ministry said rescuers were still searching the rubble.",
        "rescuers were still searching the rubble",
        "Lebanese health ministry",
    ),
    (
        "Drones hit a depot near Bryansk, Russian officials said, blaming Kyiv. The country's "
        "defence ministry said the drones came in low over the forest.",
        "the drones came in low over the forest",
        "Russian Defence Ministry",
    ),
    # a country as a noun adjunct before a lowercase body
    (
        "The Russia defence ministry said its units had taken a village near Kupiansk.",
        "its units had taken a village near Kupiansk",
        "Russian Defence Ministry",
    ),
    (
        "Glide bombs fell on the outskirts of Sumy, the Ukraine air force said.",
        "Glide bombs fell on the outskirts of Sumy",
        "Ukrainian Air Force",
    ),
    # table aliases of this round
    (
        "Ukraine's southern military command said the fire at the port had been put out.",
        "the fire at the port had been put out",
        "Operational Command South",
    ),
    (
        "The Houthi group said it would widen its campaign to the Mediterranean.",
        "it would widen its campaign to the Mediterranean",
        "Houthis",
    ),
    # "PLACE-based" keeps its place for an unnamed group
    (
        "Beirut-based rescuers said the building had collapsed onto the road.",
        "the building had collapsed onto the road",
        "Beirut-based rescuers",
    ),
    # the organisation's spokesman is the spokesperson the article names
    (
        "“Nothing has changed,” spokeswoman Sabrina Singh told reporters.\n\n“We will keep "
        "going,” the Pentagon spokeswoman said.",
        "We will keep going,",
        "Sabrina Singh",
    ),
    # a pronoun opening the story after a "NAME: ..." heading
    (
        "Sybiha: Pressure Is The Only Language Moscow Understands\nHe said that the night's "
        "attack had targeted gas facilities.",
        "the night's attack had targeted gas facilities",
        "Andrii Sybiha",
    ),
    # an outlet is never the antecedent of a pronoun
    (
        "Air defence was working over Kursk overnight.\n\nThis was reported by Governor "
        "Alexander Khinshtein, Censor.NET reports.\n\nAccording to him, a car caught fire.",
        "a car caught fire",
        "Alexander Khinshtein",
    ),
    # "it said" / "they said" after a body the table knows
    (
        "KYIV - Ukraine's air force shot down most of the incoming drones, it said on Monday.",
        "Ukraine's air force shot down most of the incoming drones",
        "Ukrainian Air Force",
    ),
    (
        "Ukrainian air defences said they downed most of the drones aimed at the capital.",
        "they downed most of the drones aimed at the capital",
        "Ukrainian air defence",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), SPEAKERS)
def test_speaker(text: str, quote: str, speaker: str) -> None:
    found = {q: s for s, _, q in _said(text)}
    assert found.get(quote) == speaker, found


NONE = [
    # agency headlines on the first line are no statements
    "Israel says it hit Hezbollah depots in Bekaa\nIsraeli aircraft struck depots in the "
    "Bekaa valley overnight.",
    "Power cut in Odesa after strike, officials say\nMuch of Odesa was without power on "
    "Monday morning.",
    "Drones strike Belgorod: Governor claims damage to homes. VIDEO\nThe city of Belgorod "
    "came under attack in the evening.",
    # a pronoun resolving to nobody
    "He said the negotiations would continue next month.",
    # scare quotes and words written on an object
    "The group claimed an attack on a “Zionist” vessel near the strait.",
    "Soldiers painted a slogan on the shell: “From Kharkiv with love”.",
    "Demonstrators held placards reading “No more drones”.",
    # "it said" after a subject the table does not know
    "The storm flooded the coastal road, it said.",
]


@pytest.mark.parametrize("text", NONE)
def test_no_statement(text: str) -> None:
    assert not _said(text)


def test_headline_quote_body_kept() -> None:
    """The body under a first-line headline keeps its statement."""
    text = (
        "Kyiv says it repelled attack on capital\nAll drones aimed at Kyiv were destroyed, "
        "the city's military administration said."
    )
    assert [q for _, _, q in _said(text)] == ["All drones aimed at Kyiv were destroyed"]


def test_outlet_sentence_keeps_outlet() -> None:
    """ "He said this ..., Ukrinform reports": the outlet names itself, so it stays."""
    text = (
        "Defence Minister Rustem Umerov said supplies would reach the front this week. He "
        "said this at a briefing in Kyiv, Ukrinform reports."
    )
    assert ("Ukrinform", "indirect", "He said this at a briefing in Kyiv") in _said(text)


@pytest.mark.xfail(
    reason="'Synehubov' is the table's Oleh Syniehubov by the written convention, but the "
    "alias lowers a measured set that labels the article's spelling (like 'Synjehubow'); "
    "left to the lead",
    strict=True,
)
def test_synehubov_spelling() -> None:
    text = "Oleh Synehubov said a school had been damaged in Kharkiv."
    assert _said(text)[0][0] == "Oleh Syniehubov"


def test_it_says_country() -> None:
    text = (
        "Israel launched its offensive against Hezbollah in late September. It says it aims "
        "to return residents to the north."
    )
    assert ("Israel", "indirect", "it aims to return residents to the north") in _said(text)
