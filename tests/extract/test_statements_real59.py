"""Minimal sentences for the readings of statement round 59 (helper h_real_s59, batch
``dev_statements85``, modules ``_s59post``, ``_s59more`` and ``_s59release``): a title-case cue
verb glued to a name, a role resolved to headline words, a "Statement by TITLE NAME" release,
"saying “Q,” stressing ...", a fronted "Regarding ... claims that" topic, an inverted cue's
apposition, "was cited as saying ..., adding that", and a city mayor under another spelling.
Sentences are the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

READINGS = [
    (
        "Traffic on the Zhytomyr highway was halted after the strike, Serhiy Lysak Said.",
        "Serhiy Lysak",
        "indirect",
        "Traffic on the Zhytomyr highway was halted after the strike",
    ),
    (
        '"The ferry will sail again on Friday," Oleh Kiper Added.',
        "Oleh Kiper",
        "direct",
        "The ferry will sail again on Friday,",
    ),
    (
        "Deal Within Reach, Says Fidan\n\nHakan Fidan met the press in Ankara.\n\n"
        '"Both delegations have the text," Fidan said as quoted by the state agency.',
        "Hakan Fidan",
        "direct",
        "Both delegations have the text,",
    ),
    (
        "UN Envoy Slams Raid On Depot\n\nKHERSON - The head of the UN office visited the "
        'depot on Monday.\n\n"The depot held only flour," Anna Berg said.\n\n'
        '"Food stores are no target," said the UN envoy.',
        "Anna Berg",
        "direct",
        "Food stores are no target,",
    ),
    (
        "Truce bid alive: Omani official\n\nMUSCAT\n\nThe plan is still on the table, an Omani "
        'official told AFP.\n\n"Both sides have the draft," added the official.',
        "Omani official",
        "direct",
        "Both sides have the draft,",
    ),
    (
        "Geneva — Statement by WHO Director-General Tedros Adhanom Ghebreyesus\n\n"
        '"The hospital in Kherson was hit twice tonight.\n\n"Health care must never be a target."',
        "Tedros Adhanom Ghebreyesus",
        "direct",
        "Health care must never be a target.",
    ),
    (
        "Ursula von der Leyen urged unity, saying “Europe stands with Moldova,” stressing the "
        "need for energy aid.",
        "Ursula von der Leyen",
        "direct",
        "Europe stands with Moldova,",
    ),
    (
        "Regarding Russian claims that the shelter was a depot, Anna Berg said, "
        '"We found families there, nothing else."',
        "Anna Berg",
        "direct",
        "We found families there, nothing else.",
    ),
    (
        "The ferry line was shelled again, said Oleh Kiper, Head of the Odesa Regional "
        "Military Administration.",
        "Oleh Kiper",
        "indirect",
        "The ferry line was shelled again",
    ),
    (
        "The border must stay open, Finnish President Alexander Stubb was quoted as saying by "
        "Yle on Friday, adding that he had spoken to Tusk.",
        "Alexander Stubb",
        "indirect",
        "The border must stay open",
    ),
    (
        "Kharkiv Mayor Ihor Terekhov said a school was hit. According to the mayor of Kharkov, "
        "nobody was hurt.",
        "Ihor Terekhov",
        "indirect",
        "nobody was hurt",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "mode", "quote"), READINGS)
def test_reading(text: str, speaker: str, mode: str, quote: str) -> None:
    assert (speaker, mode, quote) in _said(text)


ABSENT = [
    (
        "Regarding Russian claims that the shelter was a depot, Anna Berg said, "
        '"We found families there, nothing else."',
        "Regarding Russian claims that the shelter was a depot",
    ),
    (
        "The ferry line was shelled again, said Oleh Kiper, Head of the Odesa Regional "
        "Military Administration.",
        "Head of the Odesa Regional Military Administration",
    ),
]


@pytest.mark.parametrize(("text", "quote"), ABSENT)
def test_no_such_quote(text: str, quote: str) -> None:
    assert all(q != quote for _, _, q in _said(text))


NEGATIVES = [
    "Talks Stall In Doha\n\nDOHA\n\nThe delegations left on Friday without a new date.",
    "Statement by President Maia Sandu expected tonight\n\nThe address follows a cabinet meeting.",
    "Regarding the damaged bridge, repairs will start on Monday.",
    "Red Cross Chief To Visit Kherson\n\nKHERSON\n\nThe ICRC president arrives on Thursday.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_statement(text: str) -> None:
    assert _said(text) == []


def test_first_name_said_is_kept() -> None:
    said = _said("Said Khalil said the dam had held through the night.")
    assert ("Said Khalil", "indirect", "the dam had held through the night") in said


OPEN = [
    pytest.param(
        "WFP Chief Warns Of Famine\n\nROME - The head of the World Food Programme warned on "
        'Monday that famine was spreading.\n\n"Families eat leaves," Cindy McCain said.',
        "Cindy McCain",
        marks=pytest.mark.xfail(
            reason="'The head of the World Food Programme' named in the next sentence is read "
            "as 'Food Programme'"
        ),
    ),
]


@pytest.mark.parametrize(("text", "speaker"), OPEN)
def test_open(text: str, speaker: str) -> None:
    said = _said(text)
    assert said and said[0][0] == speaker
