"""Round h_fix_s84's readings (``pipeline.extract._s84post``) on minimal sentences of our own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_set as _statements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Earlier reports said that the dam near Nova Kakhovka had been breached again.",
            ("earlier reports", "indirect", "the dam near Nova Kakhovka had been breached again"),
            id="earlier-reports-said",
        ),
        pytest.param(
            "The ferry terminal was shut for the night, according to a police statement.",
            ("police", "indirect", "The ferry terminal was shut for the night"),
            id="according-to-a-police-statement",
        ),
        pytest.param(
            "Smoke rose over the rail yard at dawn, according to local reports.",
            ("local reports", "indirect", "Smoke rose over the rail yard at dawn"),
            id="according-to-local-reports",
        ),
        pytest.param(
            "Two clinics lost power after the raid, paramedics in the town said, as crews"
            " worked on the lines.",
            ("paramedics", "indirect", "Two clinics lost power after the raid"),
            id="responders-tail-said",
        ),
        pytest.param(
            "The cabinet approved a new plan, in which Israel says it will widen the buffer"
            " zone along the fence.",
            ("Israel", "indirect", "it will widen the buffer zone along the fence"),
            id="in-which-says",
        ),
        pytest.param(
            "As Vitali Klitschko wrote on Telegram, the metro would run as shelters all night.",
            ("Vitali Klitschko", "indirect", "the metro would run as shelters all night"),
            id="as-name-wrote",
        ),
        pytest.param(
            "Turkey yesterday said that its envoy would travel to Baghdad next week.",
            ("Turkey", "indirect", "its envoy would travel to Baghdad next week"),
            id="adverb-before-verb",
        ),
        pytest.param(
            "Regional authorities confirm that the bridge will stay closed until spring.",
            ("regional authorities", "indirect", "the bridge will stay closed until spring"),
            id="authorities-confirm",
        ),
        pytest.param(
            "Egypt's cabinet confirmed that it had sent aid lorries to the crossing.",
            ("Egyptian cabinet", "indirect", "it had sent aid lorries to the crossing"),
            id="country-cabinet-confirmed",
        ),
        pytest.param(
            "A spokeswoman for the Rambam hospital in Haifa said the ward was full by noon.",
            ("Rambam hospital", "indirect", "the ward was full by noon"),
            id="hospital-spokeswoman",
        ),
        pytest.param(
            "Retired teacher Olena Marchuk, who lives across the road, said the glass had"
            " cracked in every flat.",
            ("Olena Marchuk", "indirect", "the glass had cracked in every flat"),
            id="described-witness-who",
        ),
        pytest.param(
            "Retired teacher Olena Marchuk, who lives across the road, said she ran outside."
            " “It was dark,” she said. “Then the sirens started again.”",
            ("Olena Marchuk", "direct", "Then the sirens started again."),
            id="interrupted-quote-second-part",
        ),
    ],
)
def test_reads(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _statements(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Earlier reports of a fire at the port proved false.", id="reports-noun"),
        pytest.param("The crews rebuilt the road, according to plan, by May.", id="per-plan"),
        pytest.param(
            "The museum opened a hall in which Israel's history is told through maps.",
            id="in-which-no-verb",
        ),
        pytest.param("As the water rose, the villagers left their homes.", id="as-no-speaker"),
        pytest.param("The governor yesterday visited the damaged school.", id="adverb-no-verb"),
        pytest.param(
            "A spokesman for the hospital was not available for comment.", id="hospital-no-say"
        ),
        pytest.param(
            "Local farmer Anna Bilyk, who lost her barn in the fire, rebuilt it within a month.",
            id="witness-no-say",
        ),
    ],
)
def test_reads_nothing(text: str) -> None:
    assert not _statements(text)


def test_adverb_leaves_speaker() -> None:
    speakers = {s for s, _, _ in _statements("The Kremlin today stated that talks would resume.")}
    assert speakers == {"Kremlin"}
