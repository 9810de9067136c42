"""Round 78's statement readings (helper h_fix_s78, ``_s78post`` / ``_s78lines``) on minimal
sentences."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _statements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“The roof caved in at midnight,” baker Omar Saleh told AFP.",
            ("Omar Saleh", "direct", "The roof caved in at midnight,"),
        ),
        (
            '"Two shells fell near the well. Nobody came to help," local resident Huda Ali said.',
            ("Huda Ali", "direct", "Two shells fell near the well. Nobody came to help,"),
        ),
        (
            '"A drone set the substation alight," an official with the power utility said, '
            "asking not to be named.",
            ("official with the power utility", "direct", "A drone set the substation alight,"),
        ),
        (
            "“Smoke rose over the port,” trader Ali Hamid told Reuters.\n\n“Then the power died.”",
            ("Ali Hamid", "direct", "Then the power died."),
        ),
        (
            "A witness told AFP that two trucks burned near the bridge.",
            ("witness", "indirect", "two trucks burned near the bridge"),
        ),
        (
            "A shell hit the clinic in Babanusa, a local official and a nurse told Reuters.",
            ("local official", "indirect", "A shell hit the clinic in Babanusa"),
        ),
        (
            "The Press Office of the Sennar Power Company issued a statement confirming that "
            "the plant was hit twice.",
            ("Sennar Power Company", "indirect", "the plant was hit twice"),
        ),
        (
            "President Salva Kiir denounced the raid, with his spokeswoman warning that "
            "the border would stay closed.",
            ("spokeswoman for Salva Kiir", "indirect", "the border would stay closed"),
        ),
        (
            "The Polish officials suggest that the balloons came from Belarus.",
            ("Polish officials", "indirect", "the balloons came from Belarus"),
        ),
        (
            "The Ukrainian newspaper Kyiv Post wrote that a drone hit an oil terminal.",
            ("Kyiv Post", "indirect", "a drone hit an oil terminal"),
        ),
        (
            "The dam is 6 kilometres from the front, Ukrainian media write.",
            ("Ukrainian media", "indirect", "The dam is 6 kilometres from the front"),
        ),
        (
            "According to Insecurity Insight, a group tracking attacks on aid, several clinics "
            "were looted in May.",
            ("Insecurity Insight", "indirect", "several clinics were looted in May"),
        ),
        (
            "Shelling killed five people in Kadugli, according to local emergency responders.",
            ("local emergency responders", "indirect", "Shelling killed five people in Kadugli"),
        ),
        (
            "Drones over Russia:\n"
            "▪️Air defences downed 9 drones overnight, the Defence Ministry said\n"
            "▪️According to the statement, six drones were downed over the Kursk Region",
            (
                "Russian Defence Ministry",
                "indirect",
                "six drones were downed over the Kursk Region",
            ),
        ),
    ],
)
def test_reads(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _statements(text)


@pytest.mark.parametrize(
    "text",
    [
        "Baker Omar Saleh opened his shop again on Sunday.",
        "The officials suggest a change of route for the trucks.",
        "The company issued a statement on Friday and shut its depot.",
        "A witness statement was filed with the court in Juba.",
        "The newspaper writes about the floods every spring.",
        "▪️Trains to Kursk run on schedule\n▪️Schools open as usual",
        "Local emergency responders arrived at the scene within an hour.",
    ],
)
def test_no_reading(text: str) -> None:
    assert _statements(text) == []
