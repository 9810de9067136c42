"""Attribution shapes of everyday wire copy across seven conflicts (sixth session, round two).

Unit tests of the rules behind ``dev_statements15.jsonl``: each pins one shape so a later
change that breaks it fails here, next to the rule, not only in the set's F1.
"""

from __future__ import annotations

import pytest

from tests.extract.found import quote_rows as _said


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A man was hurt in Sderot, Magen David Adom paramedics said.", "Magen David Adom"),
        ("The state-run Kayhan newspaper said the arrests had foiled a plot.", "Kayhan"),
        ("The UKMTO security agency said a tanker had reported a blast.", "UKMTO"),
        ("More than a million people have fled since May, U.N. agencies say.", "UN agencies"),
        ("Burkina Faso's government said the convoy had been ambushed near Djibo.",
         "Burkinabe government"),
        ("The local news network Suwayda 24 reported that the checkpoint was shelled.",
         "Suwayda 24"),
    ],
)  # fmt: skip
def test_words_that_only_describe_a_speaker(body: str, speaker: str) -> None:
    assert [s for s, _ in _said(body)] == [speaker]


def test_country_named_like_a_person() -> None:
    body = "Defense Minister Israel Katz visited the border. Israel says it struck a depot."
    assert _said(body) == [("Israel", "it struck a depot")]


def test_back_references_to_a_channel_and_a_monitor() -> None:
    body = (
        "Hezbollah's Al-Manar TV said a drone hit a car near Tyre. The blast set a shop on "
        "fire, the channel said. The Syrian Observatory for Human Rights said a depot burned. "
        "The London-based monitor said two guards were missing."
    )
    speakers = [s for s, _ in _said(body)]
    assert speakers == ["Al-Manar TV"] * 2 + ["Syrian Observatory for Human Rights"] * 2


def test_relative_clause_and_main_verb_both_speak() -> None:
    body = (
        "The Jordanian army, which says it has tightened border patrols since June, said two "
        "smugglers had been arrested."
    )
    assert _said(body) == [
        ("Jordanian army", "it has tightened border patrols since June"),
        ("Jordanian army", "two smugglers had been arrested"),
    ]


def test_unnamed_doctor_then_he() -> None:
    body = (
        "“They came back twice,” a doctor at Al-Awda Hospital told AFP, asking not to be named. "
        "He said the ward was full."
    )
    assert [s for s, _ in _said(body)] == ["doctor at Al-Awda Hospital"] * 2


def test_saying_in_a_statement_after_an_act() -> None:
    body = "The militia rejected the claim, saying in a statement that its units fired at posts."
    assert _said(body) == [("militia", "its units fired at posts")]


def test_trailing_title_then_name() -> None:
    body = "The shelling hit a school, according to the district's police spokesman, Ivan Petrenko."
    assert [s for s, _ in _said(body)] == ["Ivan Petrenko"]
