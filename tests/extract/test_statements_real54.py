"""Minimal sentences for the readings of statement round 54 (helper h_real_s54, batch
``dev_statements80``, modules ``_s54post``, ``_s54titles``, ``_s54more``): real agency copy -
an office holder named once with an acronym body's title and then by the title alone, a named
body behind another body's possessive, adjectives joined by "and" before one source noun,
a demonym kept over a seat, "the outlet said", "Local resident NAME" and "it said" after a
plural speaker. Sentences are the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

_ISPR = (
    "Shells hit two villages near Kotli overnight, Director-General (DG) Inter-Services Public "
    "Relations (ISPR) Major-General Hamid Raza said on Sunday. "
)

READINGS = [
    # a trailing attribution led by a long title built on acronyms
    (_ISPR, "Hamid Raza", "indirect", "Shells hit two villages near Kotli overnight"),
    # the title alone after it is the person
    (
        _ISPR + "A school roof was damaged in Nikial, the DG ISPR said.",
        "Hamid Raza",
        "indirect",
        "A school roof was damaged in Nikial",
    ),
    (
        "ISPR Director General Lt Gen Kamran Ali Shah said that seven drones were downed. "
        "The ISPR DG further said that the wreckage had been recovered.",
        "Kamran Ali Shah",
        "indirect",
        "the wreckage had been recovered",
    ),
    # a rank without a full stop keeps the first name; "DG SURNAME" is the person
    (
        "ISPR Director General Lt Gen Kamran Ali Shah said that seven drones were downed.",
        "Kamran Ali Shah",
        "indirect",
        "seven drones were downed",
    ),
    (
        "ISPR Director General Lt Gen Kamran Ali Shah said that seven drones were downed.\n\n"
        "“One of them fell near a mosque,” DG Shah said.",
        "Kamran Ali Shah",
        "direct",
        "One of them fell near a mosque,",
    ),
    # the body alone stays the body
    (
        "According to the ISPR, a quadcopter was shot down near Battal.",
        "ISPR",
        "indirect",
        "a quadcopter was shot down near Battal",
    ),
    # a named body behind a body's possessive
    (
        "The ministry's Emergency Operations Center said a shepherd was wounded near Khiam.",
        "Emergency Operations Center",
        "indirect",
        "a shepherd was wounded near Khiam",
    ),
    # adjectives joined by "and" before one plural source noun
    (
        "Lebanese official and security sources said artillery shelled Kfarchouba.",
        "Lebanese official and security sources",
        "indirect",
        "artillery shelled Kfarchouba",
    ),
    (
        "Israeli and Palestinian media reported that rockets were fired from Beit Hanoun.",
        "Israeli and Palestinian media",
        "indirect",
        "rockets were fired from Beit Hanoun",
    ),
    (
        "Nine people were killed in a strike on Rafah, Palestinian security and medical sources "
        "said on Monday.",
        "Palestinian security and medical sources",
        "indirect",
        "Nine people were killed in a strike on Rafah",
    ),
    (
        "Nine people were killed in a strike on Rafah, Palestinian security and medical sources "
        "said. The sources told reporters that two houses were flattened.",
        "Palestinian security and medical sources",
        "indirect",
        "two houses were flattened",
    ),
    # the article's demonym over the seat
    (
        "A member of the Palestinian Civil Defense in Gaza was killed on Friday. The Civil "
        "Defense said its crews were searching a house in Jabalia.",
        "Palestinian Civil Defense",
        "indirect",
        "its crews were searching a house in Jabalia",
    ),
    # ", citing X" after an outlet's credit, and "the outlet said" after it
    (
        "A house was hit in Metula, the Times of Israel reported, citing local officials.",
        "Times of Israel",
        "indirect",
        "A house was hit in Metula",
    ),
    (
        "The Israeli army said it intercepted most of the rockets. A house was hit in Metula, the "
        "Times of Israel reported, citing local officials. Nobody was hurt, the outlet said.",
        "Times of Israel",
        "indirect",
        "Nobody was hurt",
    ),
    # "Local resident NAME" then "she told ..."
    (
        "A missile hit a block of flats in Kryvyi Rih. Local resident Olha described the blast. "
        "“The windows flew into the room,” she told Suspilne.",
        "Olha",
        "direct",
        "The windows flew into the room,",
    ),
    # an outlet's dateline credit before a named spokesperson
    (
        "IRNA (May 2) – Iran's Foreign Ministry spokesperson, Esmail Baghaei, has condemned the "
        "raid, stating that it breached international law.",
        "Esmail Baghaei",
        "indirect",
        "it breached international law",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "mode", "quote"), READINGS)
def test_reading(text: str, speaker: str, mode: str, quote: str) -> None:
    assert (speaker, mode, quote) in _said(text)


KEPT = [
    # a single adjective before the source noun stays as it is
    ("Lebanese security sources said the drone hit a motorcycle.", "Lebanese security sources"),
    # a seat without the article's demonym stays the seat
    (
        "The Civil Defence in Gaza said 12 bodies were recovered in Jabalia.",
        "Gaza Civil Defence",
    ),
    # a body's own plain health ministry is no Civil Defense
    (
        "In the Gaza Strip, four people were killed near Khan Younis, according to the health "
        "ministry in Gaza.",
        "Gaza health ministry",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), KEPT)
def test_speaker_kept(text: str, speaker: str) -> None:
    assert speaker in {s for s, _, _ in _said(text)}


NEGATIVES = [
    "The ISPR was set up in 1949 and handles press relations for the armed forces.",
    "Palestinian security and medical sources could not be reached for comment.",
    "Israeli and Palestinian media outlets carried footage of the blast.",
    "DG ISPR Major General Hamid Raza is due to brief reporters on Friday.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_statement(text: str) -> None:
    assert _said(text) == []


def test_office_at_the_jccc() -> None:
    text = (
        "Ukrainian formations fired 14 mortar rounds at Zaitsevo, the DPR mission to the JCCC said."
    )
    assert (
        "DPR mission to the JCCC",
        "indirect",
        "Ukrainian formations fired 14 mortar rounds at Zaitsevo",
    ) in _said(text)


def test_claiming_that() -> None:
    text = "For its part, the Israeli army confirmed the strike, claiming that it had hit a depot."
    assert ("Israeli army", "indirect", "it had hit a depot") in _said(text)
