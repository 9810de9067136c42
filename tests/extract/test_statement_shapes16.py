"""German copy in English, second round (dev_statements16): inverted and city bodies,
national figures, Swiss titles, unnamed spokespeople, "the militia"."""

from __future__ import annotations

from pipeline.extract import _cityback, _inverted
from tests.extract.found import quote_rows as _said


def test_uninvert() -> None:
    tokens = ["the", "regional", "administration", "of", "Mykolaiv"]
    assert _inverted.uninvert(tokens) == ["Mykolaiv", "regional", "administration"]
    tokens = ["state", "government", "of", "North", "Kordofan"]
    assert _inverted.uninvert(tokens) == ["North", "Kordofan", "state", "government"]
    assert _inverted.uninvert(["the", "Ministry", "of", "Defence"]) is None
    assert _inverted.uninvert(["the", "governor", "of", "Sumy"]) is None
    assert _inverted.uninvert(["the", "city", "council", "of", "The", "Hague"]) is None


def test_city_of() -> None:
    assert _cityback.city_of("A drone hit a block in Odesa.\n\nTwo were hurt, as ") == "Odesa"
    assert _cityback.city_of("Russia attacked the city of Nyala. ") == "Nyala"
    assert _cityback.city_of("Fighting in the Kharkiv region. ") is None
    assert _cityback.city_of("Odesa was hit.\n\nA.\n\nB.\n\nThe ") is None


def test_inverted_body_speaks() -> None:
    said = _said("Grain silos were damaged, the regional administration of Odesa said.")
    assert said == [("Odesa regional administration", "Grain silos were damaged")]


def test_national_figures_name_nobody() -> None:
    assert _said("The ceasefire had largely held, according to Lebanese data.") == []
    assert _said("The drone was tracked for minutes, according to Polish information.") == []


def test_swiss_title_and_spokespeople() -> None:
    said = _said(
        "Federal Councillor Karin Keller-Sutter called on the parties to return to talks. "
        "Switzerland was ready to host talks, the Federal Councillor said."
    )
    assert [s for s, _ in said] == ["Karin Keller-Sutter", "Karin Keller-Sutter"]
    said = _said(
        "Many passengers were affected, a spokeswoman said. "
        "Spokesman Dmitri Peskow said that there was no evidence."
    )
    assert said[0][0] != "Dmitry Peskov"
    said = _said("The road would stay closed overnight, a police spokesman said.")
    assert said == [("police spokesman", "The road would stay closed overnight")]


def test_bare_militia_is_the_armed_group() -> None:
    said = _said(
        "Israel struck southern Lebanon, the Lebanese health ministry said. "
        "Three of the dead were members of Hezbollah, the militia announced."
    )
    assert said[-1][0] == "Hezbollah"


def test_german_quote_over_two_sentences() -> None:
    said = _said(
        "Mayor Ihor Terechow spoke.\n\n„The city is under fire. But Kharkiv is holding on“, "
        "Terechow told reporters."
    )
    assert said == [("Ihor Terekhov", "The city is under fire. But Kharkiv is holding on")]


def test_inverted_verb_before_quoted_outlet() -> None:
    said = _said("Kyiv was attacked overnight, writes the “Kyiv Independent”, citing sources.")
    assert said == [("Kyiv Independent", "Kyiv was attacked overnight")]


def test_said_from_circles() -> None:
    said = _said("It was said from government circles that a deal was close.")
    assert said == [("government circles", "a deal was close")]
    assert _said("The plan was said from the outset to be final.") == []
