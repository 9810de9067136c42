"""Round h_fix_s72: speakers credited to the wrong words of real regional and Red Sea copy
(``_s72post``, ``_s72quotes``, ``_s72more``), on minimal sentences of the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_rows as _said

POSITIVE = [
    (
        "A drone hit a fuel depot near Kakhovka at night. This was reported by the Kherson OVA.",
        "Kherson regional military administration",
        "fuel depot",
    ),
    (
        "\u201cCENTCOM forces struck a Houthi launch site,\u201d the military command said.",
        "US Central Command",
        "launch site",
    ),
    (
        'The "Central Command" of the US military said that its jets hit a radar on the coast.',
        "US Central Command",
        "radar on the coast",
    ),
    (
        "Army spokesman Lieutenant-Colonel Dan Golan said the crossing was closed.",
        "Dan Golan",
        "crossing was closed",
    ),
    (
        "The Sudan Medics Union group said the clinic had been looted.",
        "Sudan Medics Union",
        "clinic had been looted",
    ),
    (
        "Gen Tariq Aziz had visited forward posts in the Neelum valley, warning India against"
        " \u2018any provocation\u2019.",
        "Tariq Aziz",
        "any provocation",
    ),
    (
        "The relevant statement was made by Mykolaiv Regional Military Administration on"
        " Telegram, an Ukrinform correspondent reports.\n\n\u201cA warehouse burned in"
        " Ochakiv,\u201d the report states.",
        "Mykolaiv Regional Military Administration",
        "warehouse burned",
    ),
    (
        "\u2018The whole street shook,\u2019 said a neighbour of the victim, outside the"
        " school.\n\n\u2018We ran to the basement.\u2019",
        "neighbour of the victim",
        "basement",
    ),
    (
        "\u201cThe guns never stop at night,\u201d an unidentified soldier said."
        " \u201cWe sleep in turns.\u201d",
        "unidentified soldier",
        "sleep in turns",
    ),
    (
        "The Israeli army said it tracked launches from Lebanon. The Israeli military statement"
        " gave no figures. It added that its jets struck a launcher.",
        "Israeli army",
        "launcher",
    ),
    (
        "Olga Petrova said that a shop was damaged.\n\n\u201cNo one was hurt,\u201d the mayor"
        " added.",
        "Olga Petrova",
        "No one was hurt",
    ),
    (
        "The Ministry of Defence (MoD) said RAF jets, working with the US, joined the raids."
        " It said all crews returned safely.",
        "Ministry of Defence",
        "crews returned safely",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words"), POSITIVE)
def test_read(text: str, speaker: str, words: str) -> None:
    said = _said(text)
    assert any(s.lower() == speaker.lower() and words in q for s, q in said), said


NEGATIVE = [
    ("The Kherson OVA opened a new shelter in Bilozerka.", "Kherson"),
    ("The military command moved its headquarters last year.", "US Central Command"),
    ("Lieutenant-Colonel Dan Golan visited the crossing.", "Dan Golan"),
    ("The Sudan Medics Union group was founded in 2019.", "Sudan Medics Union"),
    ("A neighbour of the victim was seen at the gate.", "neighbour of the victim"),
    ("An unidentified soldier stood at the gate.", "unidentified soldier"),
    ("Previously, the village had been hit in March.", "Previously"),
    ("It was the third alarm this week.", "It"),
]


@pytest.mark.parametrize(("text", "speaker"), NEGATIVE)
def test_not_read(text: str, speaker: str) -> None:
    said = _said(text)
    assert not any(speaker.lower() in s.lower() for s, _ in said), said


def test_quoted_command_name_is_no_partial() -> None:
    said = _said('The "Central Command" of the US military said its ships left the Gulf.')
    assert all(q != "Central Command" for _, q in said), said


def test_adverb_is_no_speaker() -> None:
    text = (
        "Ivan Sokolov wrote that the school was hit. Previously, the governor of the region"
        " of the troops was shot on the village of Pesky. He noted that a barn burned."
    )
    assert all(s != "Previously" for s, _ in _said(text))
