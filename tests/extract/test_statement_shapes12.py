"""Attribution shapes of prosecutors', NGO, Indian and appositive-title copy (eleventh session).

Unit tests of the helpers behind ``dev_statements12.jsonl``: each pins one shape so a later
change that breaks it fails here, next to the rule, not only in the set's F1.
"""

from __future__ import annotations

import pytest

from pipeline.extract import _apposed, _orgs, _roles
from tests.extract.found import speaker_rows as _speakers


def test_unit_of_a_ministry_speaks_for_it() -> None:
    tokens = ["XP", "Division", "of", "the", "Ministry", "of", "External", "Affairs"]
    assert _orgs.unit_owner(tokens) == ["Ministry", "of", "External", "Affairs"]
    assert _orgs.unit_owner(["health", "department", "of", "the", "Sumy", "region"]) is None


def test_unnamed_prosecutor() -> None:
    assert _orgs.unnamed_prosecutor(["tuesday's", "prosecutor's", "statement"])
    assert _orgs.unnamed_prosecutor(["prosecutors"])
    assert not _orgs.unnamed_prosecutor(["the", "chief", "military", "prosecutor"])


def test_three_word_name_after_complement() -> None:
    names = ["of", "State", "for", "External", "Affairs", "Kirti", "Vardhan", "Singh"]
    assert _roles.name_after_complement(names) == ["Kirti", "Vardhan", "Singh"]
    assert _roles.name_after_complement(["Representative", "Marjorie", "Taylor", "Greene"]) == []


def test_clause_after_title_appositive() -> None:
    text = "According to Ri Yong Ho, North Korea's foreign minister, the flights were a threat."
    at = text.index(",") + 1
    assert text[_apposed.past_title(text, at) :].startswith(" the flights")
    plain = "According to Ri Yong Ho, the flights were a threat."
    assert _apposed.past_title(plain, plain.index(",") + 1) == plain.index(",") + 1


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        (
            "Sergei Lavrov, Russia's foreign minister, said talks had failed. "
            "The minister added that Moscow would respond.",
            ["Sergei Lavrov", "Sergei Lavrov"],
        ),
        (
            "The Village Council in Majdal Shams, a local Druze body, said the pitch was hit.",
            ["Village Council in Majdal Shams"],
        ),
        (
            "The talks were hard, according to adviser to the head of the Presidential "
            "Office Mykhailo Podolyak.",
            ["Mykhailo Podolyak"],
        ),
        (
            "The court will rule soon, Slovakia's general prosecutor said.",
            ["Slovak general prosecutor"],
        ),
        ("Authorities in Pakistan said the crossing would stay shut.", ["Authorities in Pakistan"]),
        ("The indictment runs to 200 pages. Prosecutors have not commented.", []),
    ],
)
def test_speakers(body: str, speakers: list[str]) -> None:
    assert _speakers(body) == speakers
