"""Which lone words a pronoun may point back to (``pipeline.extract._pronouns``)."""

from __future__ import annotations

import pytest

from pipeline.extract._apposed import Resolved
from pipeline.extract._clauses import split_clause
from pipeline.extract._pronouns import LONE, NO, YES, acts, fits, lone_name, name_like


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Jaishankar", True), ("Kupiansk", False), ("Russia", False), ("UNIFIL", False)],
)
def test_lone_name(name: str, expected: bool) -> None:
    assert lone_name(name) is expected


def test_name_like_rejects_plural_openers() -> None:
    assert name_like("Wadephul")
    assert not name_like("Talks")


def test_fits() -> None:
    assert fits(Resolved("Jaishankar", "other"), "he") == LONE
    assert fits(Resolved("Volodymyr Zelensky", "person", "m"), "she") == NO
    assert fits(Resolved("Ukrenergo", "org"), "it") == YES


@pytest.mark.parametrize(
    ("before", "after", "subject", "expected"),
    [
        ("Over the past day", "Ukrainian aviation hit four areas", "the General Staff", True),
        ("Jaishankar", "appealed for unity among the parties", "sources", True),
        ("Israel", "was “dragging the region back to war.”", "he", False),
        ("Two drones hit the port", "and a fire broke out nearby", "the governor", False),
    ],
)
def test_split_clause(before: str, after: str, subject: str, expected: bool) -> None:
    assert split_clause(before, after, subject) is expected


def test_acts_rejects_places_things_happen_to() -> None:
    assert acts("Jaishankar met his counterpart on Monday.", "Jaishankar")
    assert not acts("Huliaipole was shelled again on Monday.", "Huliaipole")
