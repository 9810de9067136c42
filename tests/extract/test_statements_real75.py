"""Round 75's statement readings (helper h_fix_s75, ``_s75post``) on minimal sentences."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _statements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A drone hit a barn near Sudzha, Alexei Smirnov has said\n\nNobody was hurt.",
            ("Alexei Smirnov", "indirect", "A drone hit a barn near Sudzha"),
        ),
        (
            "Water was cut to two districts of Mykolaiv, Vitaliy Kim wrote\n\nCrews were sent.",
            ("Vitaliy Kim", "indirect", "Water was cut to two districts of Mykolaiv"),
        ),
        (
            'The Israel Defense Forces (IDF) said sirens sounded.\n\n"Two drones came in, one '
            'was downed by the IDF Aerial Defense Array. Nobody was hurt," it said\n\n'
            "According to the IDF, jets hit posts in Khiam.",
            ("Israel Defense Forces", "indirect", "jets hit posts in Khiam"),
        ),
        (
            "A van was hit near Nabatieh in an apparent strike by Israel Lebanese media said.",
            (
                "Lebanese media",
                "indirect",
                "A van was hit near Nabatieh in an apparent strike by Israel",
            ),
        ),
        (
            "Blasts were heard near Tabriz Iranian state media reported on Monday.",
            ("Iranian state media", "indirect", "Blasts were heard near Tabriz"),
        ),
        (
            "Houthi forces fired at a freighter - the rebels claim it was hit twice.",
            ("Houthis", "indirect", "it was hit twice"),
        ),
        (
            "Naval experts speculate that the mine drifted from Odesa.",
            ("Naval experts", "indirect", "the mine drifted from Odesa"),
        ),
    ],
)
def test_read(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _statements(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army confirmed the sighting of a drone over Ashdod.",
        "The rebels claim responsibility for most attacks at sea.",
        "Reporters speculate about the timing of the offensive.",
        "Some analysts speculate the talks will fail.",
        "Footage aired by Syrian media showed smoke over Homs.",
        "Smoke rose over the port of Izmail\n\nShips waited offshore.",
        "Teams from the IDF Home Front Command searched the rubble in Bat Yam.",
    ],
)
def test_no_statement(text: str) -> None:
    assert _statements(text) == []


def test_restated_headline_toll() -> None:
    text = (
        "Strikes killed at least 12 people in Rafah, medics said\n\n"
        "Strikes on southern Gaza on Tuesday killed at least 12 people, medics said."
    )
    quotes = [q for _, _, q in _statements(text)]
    assert "Strikes killed at least 12 people in Rafah" not in quotes
