"""Minimal sentences for the readings of statement round 60 (helper h_real_s60, batch
``dev_statements86``, module ``_s60post``): a back-reference to a source named in full
before, "The source added" after an agency, a "-run" body, an unnamed army spokesperson,
"OUTLET of COUNTRY's broadcaster" and "“Q1,” he said. “Q2,” NAME added.". Sentences are the
helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said

READINGS = [
    (
        "Shells hit a depot near Tartus, Syrian military sources said.\n\n"
        "The sources, who asked not to be named, said that two guards were hurt.",
        "Syrian military sources",
        "indirect",
        "two guards were hurt",
    ),
    (
        "Kuwaiti security sources said a drone fell near the border.\n\n"
        '"It carried no charge," said the security sources.',
        "Kuwaiti security sources",
        "direct",
        "It carried no charge,",
    ),
    (
        "The Dnipro City Military Administration said a school was damaged.\n"
        '"Classes will move online," the city administration said.',
        "Dnipro City Military Administration",
        "direct",
        "Classes will move online,",
    ),
    (
        "The state news agency SANA said air defences downed drones over Hama.\n\n"
        "The source added: \u201cThe rest fell in open fields.\u201d",
        "SANA",
        "direct",
        "The rest fell in open fields.",
    ),
    (
        "The Houthi-run Health Ministry said three fishermen were hurt near Hodeidah.",
        "Houthi-run health ministry",
        "indirect",
        "three fishermen were hurt near Hodeidah",
    ),
    (
        "Rebels shelled the market in El Fasher, the Sudanese army spokesperson said on Monday.",
        "Sudanese army spokesperson",
        "indirect",
        "Rebels shelled the market in El Fasher",
    ),
    (
        "Kan of Israel\u2019s public broadcaster reported that the envoy landed in Doha.",
        "Kan",
        "indirect",
        "the envoy landed in Doha",
    ),
    (
        "Odesa was hit at dawn. \u201cThe port is working,\u201d he said. "
        "\u201cShips are loading grain,\u201d Oleh Kiper added.",
        "Oleh Kiper",
        "direct",
        "The port is working,",
    ),
    (
        "Air force spokesman Yuri Ilnat said the drones came in low over the river.",
        "Yuriy Ihnat",
        "indirect",
        "the drones came in low over the river",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "mode", "quote"), READINGS)
def test_reading(text: str, speaker: str, mode: str, quote: str) -> None:
    assert (speaker, mode, quote) in _said(text)


NEGATIVES = [
    "The sources of the blaze near the depot were not found.",
    "The Houthi-run ministry building in Sanaa was badly damaged.",
    "The army spokesperson did not respond to a request for comment.",
    "Kan of Israel's public broadcaster aired footage of the fire.",
    "The source of the smoke was a burning tyre depot.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_statement(text: str) -> None:
    assert _said(text) == []


KEPT = [
    (
        # "added" after another speaker's quote in another paragraph: no forward reading
        "\u201cThe port is working,\u201d he said.\n"
        "\u201cShips are loading,\u201d Oleh Kiper added.",
        "Oleh Kiper",
        "The port is working,",
    ),
    (
        # a different head word: "officials" does not become "military sources"
        "Syrian military sources said a depot burned. Officials said the fire was out.",
        "Syrian military sources",
        "the fire was out",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "quote"), KEPT)
def test_not_renamed(text: str, speaker: str, quote: str) -> None:
    assert all(not (s == speaker and q == quote) for s, _, q in _said(text))
