"""Minimal sentences for the readings of statement round 66 (real-page fixing round of helper
h_fix_s66, batch ``dev_statements92``, module ``_s66post``): a reported clause run on into a
second source ("..., but later NAME, TITLE, said C2") or ending in ", according to NAME",
"C, X said two days after EVENT", "described by X as “Q”", a participial opener read as the
speaker, and "COUNTRY, in a statement from its BODY, said"; an "and that ... “Q”" tail and
"X defense ministry" stay as the written conventions have them. Sentences are the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

_RUNON = (
    "Mayor Petro Savchuk initially reported that the shell hit a garage, but later Iryna Holub, "
    "a police spokeswoman, said the shell hit a playground."
)
_TAIL = (
    "Governor Roman Busko said that the rail line was open and that trains would run "
    "\u201con the usual timetable.\u201d"
)

READINGS = [
    # a clause run on into a second source
    (_RUNON, "Petro Savchuk", "indirect", "the shell hit a garage"),
    (_RUNON, "Iryna Holub", "indirect", "the shell hit a playground"),
    # "C, X said N days after EVENT"
    (
        "Grain exports fell by a third, Olha Stefanishyna said four days after the port was hit.",
        "Olha Stefanishyna",
        "indirect",
        "Grain exports fell by a third",
    ),
    (
        "Kaja Kallas said two weeks before the vote that the fund was ready.",
        "Kaja Kallas",
        "indirect",
        "the fund was ready",
    ),
    # "saying C, according to (its spokesman) NAME"
    (
        "The group claimed the strike, saying it hit a radar, according to its spokesman "
        "Omar Said.",
        "Omar Said",
        "indirect",
        "it hit a radar",
    ),
    # "described by X as “Q”"
    (
        "The raid was described by farmers as \u201cthe worst since spring\u201d.",
        "farmers",
        "partial",
        "the worst since spring",
    ),
    # a participial opener is no speaker
    (
        "Rejecting the claim, a navy spokesman said the ship was never hit.",
        "navy spokesman",
        "indirect",
        "the ship was never hit",
    ),
    # "COUNTRY, in a statement from its BODY, said C"
    (
        "Jordan, in a statement from its Foreign Ministry, said the border stays closed.",
        "Jordanian Foreign Ministry",
        "indirect",
        "the border stays closed",
    ),
    # the written conventions kept: an "and that ... “Q”" tail stays in one clause, and a
    # body outside the speaker table keeps the article's spelling
    (
        _TAIL,
        "Roman Busko",
        "indirect",
        "the rail line was open and that trains would run \u201con the usual timetable.\u201d",
    ),
    (
        "Ukraine's defense ministry said the shipment had arrived.",
        "Ukrainian defense ministry",
        "indirect",
        "the shipment had arrived",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "mode", "quote"), READINGS)
def test_reading(text: str, speaker: str, mode: str, quote: str) -> None:
    assert (speaker, mode, quote) in _said(text)


NOT_READ = [
    (_RUNON, ("Petro Savchuk", "indirect", _RUNON[44:-1])),
    (
        "Grain exports fell by a third, Olha Stefanishyna said four days after the port was hit.",
        ("Olha Stefanishyna", "indirect", "four days after the port was hit"),
    ),
    # "according to" with no name keeps the clause as read
    (
        "Officials said a shell hit the market, killing one man, according to a first count.",
        ("first count", "indirect", "a shell hit the market, killing one man"),
    ),
    # a quotation inside the clause (not closing it) is no partial of its own
    (
        "The Kremlin said that talks went on and that \u201csome gaps\u201d remained open.",
        ("Kremlin", "partial", "some gaps"),
    ),
]


@pytest.mark.parametrize(("text", "reading"), NOT_READ)
def test_not_read(text: str, reading: tuple[str, str, str]) -> None:
    assert reading not in _said(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bridge, described by engineers as unsafe, was closed on Monday.",
        "Speaking of the harvest, farmers in the south expect a good year.",
        "He left two days after the vote and returned in March.",
        "Egypt, in a bid to ease tensions, hosted both delegations in Cairo.",
        "The defense ministry building was damaged in the blast.",
        "The shelling lasted two hours, but later the guns fell silent.",
    ],
)
def test_no_statement(text: str) -> None:
    assert _said(text) == []
