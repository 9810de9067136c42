"""Round c75's subgroup readings on minimal passages (``dev_numeric124``, ``_c75cas``).

Each row is a short passage with the casualty records (group, killed, injured) expected of
it: a subgroup bracketed in the injured clause beside a separate group's dead, and the dead's
subgroup beside "M others were injured", an earlier attack's toll dated back from the
story's ("a day earlier" beside a similar attack, "N days before the strike"), with negatives
where the same words carry no toll or the other kind belongs to another attack.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Rec = tuple[str, int | None, int | None]


def records(text: str) -> list[Rec]:
    return sorted(
        ((f.group, f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)),
        key=repr,
    )


CASES: list[tuple[str, list[Rec]]] = [
    (
        "Shelling hit Hlukhiv. 4 residents were wounded, including 3 children, and one "
        "person was killed.",
        [("children", None, 3), ("residents", 1, 4)],
    ),
    (
        "Eight people were hurt, including two teenagers, and three people died after the "
        "strike, police said.",
        [("people", 3, 8), ("teenagers", None, 2)],
    ),
    (
        "A rocket hit Kherson, killing nine people. The dead include two children; 19 others were "
        "injured.",
        [("children", 2, None), ("people", 9, 19)],
    ),
    (
        "The dead include five miners; 11 others were wounded, the company said.",
        [("miners", 5, None), ("people", None, 11)],
    ),
    (
        "Six people were killed, including two children, and 15 people were injured in Sloviansk.",
        [("children", 2, None), ("people", 6, 15)],
    ),
    ("The guests include three actors; 20 others were invited from abroad.", []),
    ("The team has 25 players, including 4 goalkeepers, and one coach was dismissed.", []),
    (
        "Ten people were injured, including two children, the mayor said. One person was "
        "killed in a separate strike on Balakliia.",
        [("children", None, 2), ("people", 1, None), ("people", None, 10)],
    ),
    (
        "Drones hit a depot in Sumy on Friday. A similar attack on Okhtyrka a day earlier "
        "wounded six people.",
        [],
    ),
    ("Four days before the attack, a drone killed three residents of Vovchansk.", []),
    (
        "Shelling killed two civilians and wounded five over the previous day, the governor said.",
        [("civilians", 2, 5)],
    ),
    (
        "Shelling wounded four people in Kupiansk a day earlier, the governor said on Monday.",
        [("people", None, 4)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_subgroup_figures(text: str, expected: list[Rec]) -> None:
    assert records(text) == sorted(expected, key=repr)
