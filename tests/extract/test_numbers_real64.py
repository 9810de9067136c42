"""Readings of round n64's real-text casualty families (twenty-third session, h_fix_n64).

Table-driven minimal sentences of our own for ``_n64rep`` (an equal toll told as "N
others" is other people, not a restatement) and ``_n64cas`` (a toll's subgroup told with a
widened harm noun: "N of those injured was said to be in severe condition", "N of the
people injured in the attack are X"); each with guards.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Toll = tuple[str, int | None, int | None]


def tolls(text: str) -> list[Toll]:
    return sorted(
        ((f.group, f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)),
        key=lambda t: (t[0], t[1] or 0, t[2] or 0),
    )


CASES: list[tuple[str, list[Toll]]] = [
    # "N others" after an equal toll: other people, two records
    (
        "Jets hit a village near Idlib, killing two people, and later struck Ariha, killing "
        "two others, including a boy.",
        [("people", 2, None), ("people", 2, None)],
    ),
    (
        "A shell killed three farmers near Orikhiv. In Huliaipole, a drone killed three others.",
        [("farmers", 3, None), ("people", 3, None)],
    ),
    (
        "Two nurses were wounded in Kherson, and two others were wounded in Bilozerka.",
        [("nurses", None, 2), ("nurses", None, 2)],
    ),
    # guards: the toll's own "others" beside its dead, and a plain restatement
    (
        "Shelling killed 6 people and left 14 others injured in Gaza City, the agency said. "
        '"The attack led to the death of 6 civilians and left 14 others injured," it added.',
        [("people", 6, 14)],
    ),
    (
        "A strike on a house in Rafah killed four people, medics said. Four people died in the "
        "strike, a hospital official confirmed.",
        [("people", 4, None)],
    ),
    (
        "Police detained two men in Quetta; two others were arrested later.",
        [],
    ),
    # a subgroup told with a widened harm noun
    (
        "Nine people were wounded in the blast. One of those injured was said to be in "
        "critical condition.",
        [("people", None, 1), ("people", None, 9)],
    ),
    (
        "Ten people were injured in the strike. Three of the people injured in the strike are "
        "rescue workers, the mayor said.",
        [("people", None, 10), ("rescue workers", None, 3)],
    ),
    (
        "The bombing killed eight people; three of those killed in the bombing were soldiers.",
        [("people", 8, None), ("soldiers", 3, None)],
    ),
    # guards: no harm noun, no condition or group, a vague share
    (
        "Three of the people evacuated from the village are children.",
        [],
    ),
    (
        "Several of those injured were said to be in serious condition.",
        [],
    ),
    (
        "The governor said two of the people rescued were in stable condition.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_real64_tolls(text: str, want: list[Toll]) -> None:
    assert tolls(text) == sorted(want, key=lambda t: (t[0], t[1] or 0, t[2] or 0))
