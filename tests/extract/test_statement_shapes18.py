"""Unit tests for the seventh session's second statement round (dev_statements18)."""

from __future__ import annotations

from pipeline.extract import _inverted, _officeholder, _orgs, _saidfrom


def test_title_phrase_ending_in_a_name_gives_the_person() -> None:
    subject = "Spokesperson of the Southern Defence Forces Vladyslav Voloshyn"
    assert _officeholder.closing_name(subject) == "Vladyslav Voloshyn"
    assert _officeholder.closing_name("the head of the Zaporizhzhia OVA Ivan Fedorov") == (
        "Ivan Fedorov"
    )
    assert _officeholder.closing_name("Head of the Department of Civil Protection") is None


def test_native_acronym_stands_for_the_name_before_it() -> None:
    body = "Flights stopped, the National Crisis Management Centre (NKVC) said."
    assert _orgs.defined_acronym(body, "NKVC", 40) == "National Crisis Management Centre"
    body = "Balloons came from Belarus, the National Crisis Management Centre (NKVC) said."
    assert _orgs.defined_acronym(body, "NKVC", 50) == "National Crisis Management Centre"


def test_body_of_an_unnamed_region_becomes_regional() -> None:
    tokens = ["the", "military", "administration", "of", "the", "region"]
    assert _inverted.uninvert(tokens) == ["regional", "military", "administration"]
    assert _inverted.uninvert(["the", "administration", "of", "the", "city"]) == [
        "city",
        "administration",
    ]


def test_bare_it_was_said_carries_the_speaker_before() -> None:
    assert _saidfrom.bare_said("The town was shelled 14 times, it was said.") == 29
    assert _saidfrom.bare_said("It was said that the town was quiet.") is None
