"""Round 81's quote-boundary readings (``pipeline.extract._s81post``) on minimal sentences."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_set as _statements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“The meeting in Ankara went well for both sides. “More rounds are needed,” "
            "Dmitry Peskov said.",
            (
                "Dmitry Peskov",
                "direct",
                "The meeting in Ankara went well for both sides. “More rounds are needed,",
            ),
        ),
        (
            "Ayman Safadi said that the “peace of the region is in danger”, voicing support "
            "for Jordan's neighbours after what he called a “reckless raid”.",
            ("Ayman Safadi", "indirect", "the “peace of the region is in danger”"),
        ),
        (
            "Ayman Safadi said that the “peace of the region is in danger”, voicing support "
            "for Jordan's neighbours after what he called a “reckless raid”.",
            ("Ayman Safadi", "partial", "reckless raid"),
        ),
        (
            "Mark Rutte said the allies were “ready to defend their skies”, adding a warning "
            "after what he called “reckless incursions”.",
            ("Mark Rutte", "partial", "reckless incursions"),
        ),
    ],
)
def test_reads(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _statements(text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        (
            "“Crews are out in every district.\n\n“Power will be back by evening,” "
            "Vitali Klitschko said.",
            ("Vitali Klitschko", "direct", "Power will be back by evening,"),
        ),
        (
            "Mark Rutte said the allies were “ready to defend their skies”, adding a warning "
            "after what he called “reckless incursions”.",
            ("Mark Rutte", "indirect", "a warning after what he called “reckless incursions”"),
        ),
        (
            "Hakan Fidan said the strikes were “unacceptable” and called for a ceasefire.",
            ("Hakan Fidan", "partial", "unacceptable"),
        ),
    ],
)
def test_leaves(text: str, unexpected: tuple[str, str, str]) -> None:
    assert unexpected not in _statements(text)


def test_no_mark_is_untouched() -> None:
    text = "Ivan Fedorov said the region had a hard night, describing the shelling as relentless."
    found = [q for s, m, q in _statements(text) if s == "Ivan Fedorov" and m == "indirect"]
    assert found and all(q.startswith("the region had a hard night") for q in found)
