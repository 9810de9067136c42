"""Round 86 (h_fix_s86): possessive countries as adjectives, short names resolved to the full
name the passage introduced, and described sources placed by town and country."""

from __future__ import annotations

import pytest

from tests.extract.found import speaker_rows as _speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "DR Congo's army said on Friday that rebels had shelled a camp near Sake.",
            "Congolese army",
        ),
        (
            "The Democratic Republic of the Congo's interior ministry said the curfew in Uvira "
            "would stay in force.",
            "Congolese interior ministry",
        ),
        ("Burundi's army said on Monday that its troops had left Kamanyola.", "Burundian army"),
        (
            "Esther Mukamana stood outside the ward in Goma. “We slept on the road,” said Esther.",
            "Esther Mukamana",
        ),
        (
            "“We have no more beds,” said Dr Pierre Kasongo, who runs the clinic. Dr Kasongo "
            "added: “Send fuel for the generators.”",
            "Pierre Kasongo",
        ),
        (
            "A UN official in Bunia, Democratic Republic of Congo, said on Monday that the camp "
            "had been emptied.",
            "UN official",
        ),
    ],
)
def test_renamed(text: str, speaker: str) -> None:
    assert speaker in _speakers(text)


@pytest.mark.parametrize(
    ("text", "kept", "not_made"),
    [
        (  # introduced by a bare first name: another person's full name does not take it
            "Taras, a gunner from Sumy, said the crew sleeps in shifts. Gen. Taras Bondar, the "
            "brigade's commander, said the line held. “The nights are long,” Taras said.",
            "Taras",
            "",
        ),
        (  # a place is nobody's first name
            "The Ukraine War Desk reported heavy fighting. Initially, Ukraine claimed that 40 of "
            "the drones were downed.",
            "",
            "Ukraine War",
        ),
        (  # a named body after the possessive keeps its own name
            "Kenya's Red Cross Society said the road to Garissa had reopened.",
            "",
            "Kenyan Red Cross Society",
        ),
        (  # two full names hold the surname: the short form stays
            "Peter Okello and his sister Grace Okello run the shelter. “We will not leave,” "
            "Okello said.",
            "",
            "Grace Okello",
        ),
    ],
)
def test_kept(text: str, kept: str, not_made: str) -> None:
    found = _speakers(text)
    if kept:
        assert found[-1] == kept
    if not_made:
        assert not_made not in found
