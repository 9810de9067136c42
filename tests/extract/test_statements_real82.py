"""Round h_fix_s82's readings (``pipeline.extract._s82post``) on minimal sentences of our own."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Strike
from tests.extract.found import statement_set as _statements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "He condemned the “brutal shelling.”The Kassala Lawyers Group said on Friday that"
            " “four shops were burned to the ground.”",
            ("Kassala Lawyers Group", "partial", "four shops were burned to the ground."),
            id="glued-mark-new-speaker",
        ),
        pytest.param(
            "The barracks in Sennar was hit twice overnight, said the local resistance"
            " committee in Sennar.",
            (
                "local resistance committee in Sennar",
                "indirect",
                "The barracks in Sennar was hit twice overnight",
            ),
            id="placed-body-tail",
        ),
        pytest.param(
            "Two wells were poisoned last week, said the village council in Mellit.\n"
            "The water is no longer safe to drink, said the council.",
            ("village council in Mellit", "indirect", "The water is no longer safe to drink"),
            id="placed-body-later-bare",
        ),
    ],
)
def test_read(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _statements(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The poster read “Hope.”The Youth Council painted the wall.", id="no-saying"),
        pytest.param("The council in Mellit approved the water budget.", id="no-tail"),
        pytest.param(
            "The film was called “Dust.”The Cinema Union met in the capital.", id="title-glued"
        ),
    ],
)
def test_no_statement(text: str) -> None:
    assert _statements(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The ministry said it had detected six Ukrainian sea drones off the coast of Crimea.",
            ("drone", 6),
            id="detected-sea-drones",
        ),
        pytest.param(
            "Panic spread through the camp, with over 12 rockets falling near the clinic.",
            ("rocket", 12),
            id="rockets-falling",
        ),
    ],
)
def test_strike(text: str, expected: tuple[str, int]) -> None:
    assert expected in {(f.weapon, f.count) for f in extract(text) if isinstance(f, Strike)}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Divers had detected oil off the coast of Crimea.", id="detected-no-drones"),
        pytest.param("Sales are falling, with over 12 stores closing.", id="falling-no-weapon"),
    ],
)
def test_no_strike(text: str) -> None:
    assert not [f for f in extract(text) if isinstance(f, Strike)]
