"""Statements in literal French, Italian, Romanian, Moldovan and Belgian copy and German-online
tickers (statement round 31, ``dev_statements56``): a bare "Ministry of X" in a story told from
one country, a body or described speaker opening its own sentence after another name ("X, in a
note, VERB that", "Questioned by OUTLET, a source VERB that", "A diplomat confided to OUTLET
that", "Sources of PALACE"), "the tenant of the Quai d'Orsay / Palazzo Chigi", participle
clauses kept by the subject, "asked Y to «Z»", "An X adviser", "which according to the group",
a fronted verbless sentence before "«Q», he said", "And again: «Q»", second clauses after a
guillemet, "the civil defence of Gaza", ticker stamps and headlines. Sentences are the
helper's own, none from the batch."""

from __future__ import annotations

import pytest

from pipeline.extract._s31country import story_country
from tests.extract.found import quote_set as _said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A drone fell near Măcin, in Romanian territory. The Ministry of National Defence "
            "(MApN) informs that the wreckage was secured by the army.",
            {("Romanian Ministry of National Defence", "the wreckage was secured by the army")},
        ),
        (
            "Moldova's border police found a drone near Giurgiulești. According to the "
            "Ministry of Defence, the device carried no warhead.",
            {("Moldovan Ministry of Defence", "the device carried no warhead")},
        ),
        (
            "The Italian navy will get two new frigates, confirmed the Ministry of Defence in "
            "a note.",
            {("Italian Ministry of Defence", "The Italian navy will get two new frigates")},
        ),
        (
            "Sergei Lavrov called the talks «useless». The OSCE, in a statement, stressed "
            "that its monitors «remain neutral».",
            {("OSCE", "its monitors «remain neutral»")},
        ),
        (
            "Contacted by Reuters, a security source confirmed that the convoy had been "
            "stopped at the border.",
            {("security source", "the convoy had been stopped at the border")},
        ),
        (
            "A Western diplomat confided to Le Monde that the sanctions «will hurt Moscow».",
            {("Western diplomat", "the sanctions «will hurt Moscow»")},
        ),
        (
            "Sources of Palazzo Chigi let filter that the summit is postponed to March.",
            {("Palazzo Chigi sources", "the summit is postponed to March")},
        ),
        (
            "The head of French diplomacy, Jean-Noël Barrot, arrived in Kyiv. The tenant of the "
            "Quai d'Orsay declared that France «will keep its word».",
            {("Jean-Noël Barrot", "France «will keep its word»")},
        ),
        (
            "Keir Starmer welcomed the agreement after a call with Emmanuel Macron, writing on "
            "X that Britain «stands ready to help».",
            {("Keir Starmer", "Britain «stands ready to help»")},
        ),
        (
            "An Elysée adviser confided that the text «is not final».",
            {("Elysée adviser", "the text «is not final»")},
        ),
        (
            "Hezbollah condemned the strikes on Tyre, which according to the movement hit "
            "civilian homes.",
            {("Hezbollah", "hit civilian homes")},
        ),
        (
            "Harsher the leader of Azione, Carlo Calenda. «The plan is late by two years», he "
            "said.",
            {("Carlo Calenda", "The plan is late by two years")},
        ),
    ],
)
def test_round31_readings(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _said(text)


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Volodymyr Zelensky asked the allies to «hurry up» with the air defence systems.",
            "Volodymyr Zelensky",
            "the allies to «hurry up» with the air defence systems",
        ),
        (
            "Carlo Calenda attacked the government: «There is no plan». And again: «The "
            "soldiers deserve better».",
            "Carlo Calenda",
            "The soldiers deserve better",
        ),
        (
            "Emmanuel Macron judged that the meeting had been «useful», while insisting that "
            "Europe must pay «its share».",
            "Emmanuel Macron",
            "Europe must pay «its share»",
        ),
        (
            "Families are still sleeping in the tents of the school, according to the civil "
            "defence of Gaza.",
            "Gaza civil defence",
            "Families are still sleeping in the tents of the school",
        ),
        (
            "Update, 9:15 am: According to Governor Vitaliy Kim, Russian drones hit the port of "
            "Mykolaiv overnight.",
            "Vitaliy Kim",
            "Russian drones hit the port of Mykolaiv overnight",
        ),
    ],
)
def test_round31_one_statement(text: str, speaker: str, quote: str) -> None:
    assert (speaker, quote) in _said(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tajani: «No Italian soldier in Ukraine»\n\nThe minister spoke in Rome.\n\nHe met the "
        "ambassadors.",
        "Questioned by Le Parisien, the minister declined to comment.",
        "The tenant of the Elysée will travel to Warsaw on Monday.",
        "The Ministry of National Defence (MApN) bought 18 armoured vehicles.",
    ],
)
def test_round31_negatives(text: str) -> None:
    assert not _said(text)


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("Drones fell in Romania; the Romanian army and Bucharest reacted.", "Romanian"),
        ("Russia hit Kyiv; Ukrainian officials and Poland's army reacted.", None),
        ("Chișinău protested; Moldova summoned the Russian envoy.", "Moldovan"),
    ],
)
def test_story_country(body: str, country: str | None) -> None:
    assert story_country(body) == country


def test_lebanese_public_health() -> None:
    """One canonical form for the body (a speakers.csv row since the thirteenth session)."""
    said = _said("According to the Lebanese Ministry of Public Health, the raid killed two.")
    assert ("Lebanese health ministry", "the raid killed two") in said
