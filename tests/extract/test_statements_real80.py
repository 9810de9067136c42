"""Round 80's statement readings (``pipeline.extract._s80post``) on minimal sentences."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_set as _statements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A cyclist was hurt when a “kamikaze” drone struck a van in Grayvoron, Gladkov wrote.",
            (
                "Gladkov",
                "indirect",
                "A cyclist was hurt when a “kamikaze” drone struck a van in Grayvoron",
            ),
        ),
        (
            'Members of the group "Viasna" have gone to Warsaw to meet exiles, AFP reported.',
            ("AFP", "indirect", 'Members of the group "Viasna" have gone to Warsaw to meet exiles'),
        ),
        (
            "Power was cut in three districts of Odesa after midnight, Reuters points out.",
            ("Reuters", "indirect", "Power was cut in three districts of Odesa after midnight"),
        ),
        (
            "The ministry promised new generators, but local officials say none have arrived yet.",
            ("local officials", "indirect", "none have arrived yet"),
        ),
        (
            "An army official said Indian troops fired back at Pakistani posts near Kupwara.",
            (
                "army official",
                "indirect",
                "Indian troops fired back at Pakistani posts near Kupwara",
            ),
        ),
        (
            'A military official said that "about 15 drones were launched at Eilat" on Sunday.',
            ("military official", "partial", "about 15 drones were launched at Eilat"),
        ),
        (
            "Four people died when jets hit a market in Sagaing region, according to a witness"
            " and Radio Free Asia.",
            (
                "Radio Free Asia",
                "indirect",
                "Four people died when jets hit a market in Sagaing region",
            ),
        ),
    ],
)
def test_read(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _statements(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The drone, a so-called “kamikaze” model, hit a bus near the village.", None),
        ("An army official was killed when a shell hit the post on Friday.", None),
        ("A military spokesperson did not respond to a request for comment.", None),
        ("The plan was announced on Sunday, but few trucks have crossed since then.", None),
        ("Reuters pointed the camera at the crater after the strike.", None),
    ],
)
def test_no_statement(text: str, absent: None) -> None:
    assert not _statements(text)


def test_pronoun_follows_bare_source() -> None:
    found = _statements(
        "An army official said Pakistani troops shelled Indian posts in Uri on Friday."
        " “Two soldiers were wounded,” he said."
    )
    assert ("army official", "direct", "Two soldiers were wounded,") in found
