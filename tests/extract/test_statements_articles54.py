"""Minimal sentences for the statement round on dev_articles54 (h_stmt23, ``_s23post``).

Each row is one reading of :mod:`pipeline.extract._s23post`, ``_s23clauses`` or
``_s23roles`` on literal French / Italian wire English: the sentence, then the (speaker,
mode, quote) it must yield; hard negatives must yield no statement.
"""

from __future__ import annotations

import pytest

from tests.extract.found import statement_set as _statements


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(speaker, quote) for speaker, _, quote in _statements(text)}


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (  # verb-first tail, cut before the outlet
            "«Nobody wants a new front», insisted the Israeli foreign minister Gideon Saar on "
            "France Inter.",
            "Gideon Saar",
            "Nobody wants a new front",
        ),
        (  # "the head of the Elysée" is the French head of state
            "«Europe must stand up», declared the head of the Elysée in Brussels.",
            "Emmanuel Macron",
            "Europe must stand up",
        ),
        (  # "the tenant of the Kremlin", then ", quoted by"
            "«The talks are stalled», said the tenant of the Kremlin, quoted by the agency TASS.",
            "Vladimir Putin",
            "The talks are stalled",
        ),
        (  # "the head of Italian diplomacy" is the foreign minister named before
            "The Minister of Foreign Affairs Antonio Tajani met his Greek counterpart. «The "
            "dialogue goes on», underlined the head of Italian diplomacy on Rai Radio1.",
            "Antonio Tajani",
            "The dialogue goes on",
        ),
        (  # a bare role after a sentence naming one person
            "The League of Matteo Salvini abstained. «No more weapons», declared the deputy "
            "prime minister, interviewed by La Stampa.",
            "Matteo Salvini",
            "No more weapons",
        ),
        (  # an unknown verb before a titled name
            "«Tehran will regret it», thundered the Israeli prime minister Benjamin Netanyahu.",
            "Benjamin Netanyahu",
            "Tehran will regret it",
        ),
        (  # "For the head of French diplomacy, «C»."
            "The French foreign minister Jean-Noël Barrot landed in Beirut. For the head of "
            "French diplomacy, «the hour of decisions has come».",
            "Jean-Noël Barrot",
            "the hour of decisions has come",
        ),
        (  # "according to whom C"
            "The mayor of Odesa, Hennadiy Trukhanov, spoke on local radio, according to whom "
            "the port will reopen on Monday.",
            "Hennadiy Trukhanov",
            "the port will reopen on Monday",
        ),
        (  # ", who announced that C" after a role tail
            "The Minister of Foreign Affairs Antonio Tajani spoke in Rome. «We are ready», added "
            "the head of Italian diplomacy, who announced that Rome will host the talks.",
            "Antonio Tajani",
            "Rome will host the talks",
        ),
        (  # "let it be known that C"
            "The Rassemblement national let it be known that it would abstain on the text.",
            "Rassemblement national",
            "it would abstain on the text",
        ),
        (  # "Sources of the X let it be understood"
            "Sources of the Quirinale let it be understood that the head of State will not "
            "comment.",
            "Quirinale sources",
            "the head of State will not comment",
        ),
        (  # "C, he let it be understood."
            "Jean-Noël Barrot spoke after the summit. Paris will not send troops, he let it be "
            "understood.",
            "Jean-Noël Barrot",
            "Paris will not send troops",
        ),
        (  # "called on X to «...» ...": the whole complement
            "The Lebanese president Joseph Aoun called on Israel to «withdraw at once» from the "
            "border hills.",
            "Joseph Aoun",
            "Israel to «withdraw at once» from the border hills",
        ),
        (  # "threatened to VERB «...» ..."
            "The defence minister Israel Katz threatened to strike «without restraint» if the "
            "fire went on.",
            "Israel Katz",
            "to strike «without restraint» if the fire went on",
        ),
        (  # a framing verb: the fragment is its subject's partial
            "The UN Secretary General Antonio Guterres expressed his «grave alarm» after the "
            "shelling.",
            "Antonio Guterres",
            "grave alarm",
        ),
        (  # ", while NAME denounced a «...»": not the first clause's speaker
            "The Ukrainian air force reported the raid at dawn, while the head of the Elysée, "
            "Emmanuel Macron, denounced a «barbaric night».",
            "Emmanuel Macron",
            "barbaric night",
        ),
        (  # "Russian diplomacy ..., judging them «...»"
            "Russian diplomacy criticised the words of the Italian minister, judging them "
            "«hostile».",
            "Russian Foreign Ministry",
            "hostile",
        ),
        (  # "...: according to a survey by X, C"
            "Opinion is split: according to a survey by Demos, 52% of the Italians back the aid.",
            "Demos",
            "52% of the Italians back the aid",
        ),
        (  # "the X institute" is X
            "According to a poll by the Elabe institute published on Sunday, 61% of the French "
            "back the sanctions.",
            "Elabe",
            "61% of the French back the sanctions",
        ),
    ],
)
def test_reads(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The head of the Elysée reiterated his appeal for a European air shield.",
        "The Israeli army accused the movement of hiding weapons in schools.",
        "The tenant of the Kremlin received the Hungarian prime minister on Friday.",
        "Sources of the Quirinale confirmed the date of the visit.",
        "For his part, the ambassador left the room before the vote.",
    ],
)
def test_negatives(text: str) -> None:
    assert not _statements(text)


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        pytest.param(
            "The Ukrainian air force, which reported damage in three regions, published photos.",
            None,
            None,
            id="which-reported-np",  # read since h_stmt32 (_s32post)
        ),
        pytest.param(
            "The Minister of Defence Guido Crosetto confirmed that the new package is ready, "
            "specifying however that Italy «cannot empty its stocks».",
            "Guido Crosetto",
            "the new package is ready",
            id="participle-however",  # read since h_stmt32 (_s32post)
        ),
    ],
)
def test_open(text: str, speaker: str | None, quote: str | None) -> None:
    if speaker is None:
        assert not _statements(text)
    else:
        assert (speaker, quote) in _pairs(text)
