"""Casualty families of the eighth session's second round (dev_numeric28): past seasons,
"among the dead ..., among the injured ..." pairs, named sides, Romance translations
("resulted wounded", "of which two gravely", "in serious conditions") and German-order
regions that keep two equal tolls apart."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

# (killed, injured) per record, in order.
CASES: list[tuple[str, list[tuple[int | None, int | None]]]] = [
    # A past season fronted, and a turn back to the story's day after it.
    ("Last spring a rocket hit a school in Sumy and killed nine pupils.", []),
    (
        "Last winter a strike killed 12 people; this time the attack wounded five people.",
        [(None, 5)],
    ),
    # A past incident looked back at after a pluperfect.
    ("On Friday, drones had already hit the depot; four workers were killed at that time.", []),
    # One record per group from two leads of the other harm.
    ("Among the dead are two women, among the injured are six women.", [(2, 6)]),
    # Named sides and new group nouns.
    (
        "Strikes killed ten people. Three Hamas fighters were among those killed.",
        [(10, None), (3, None)],
    ),
    ("Two members of a local militia were killed.", [(2, None)]),
    ("A bomb killed one soldier. Another four pedestrians were injured.", [(1, None), (None, 4)]),
    # Romance translations.
    ("At least 20 persons died and 45 resulted wounded.", [(20, 45)]),
    ("Nine persons were injured, of which two gravely.", [(None, 9), (None, 2)]),
    (
        "One person died and six were wounded, of whom two in serious conditions.",
        [(1, 6), (None, 2)],
    ),
    ("Eight were injured, of whom one in a critical state.", [(None, 8), (None, 1)]),
    # One of the harmed named with a verb counts; the appositive "one of them a X" does not.
    (
        "Three sailors were injured; one of the wounded is a citizen of India.",
        [(None, 3), (None, 1)],
    ),
    ("Four persons were injured, one of them a man of 70 years.", [(None, 4)]),
    # A toll's wounded told after their noun, and a dated past lead after a semicolon.
    ("The balance rises to four dead. The wounded are 15, the mayor said.", [(4, 15)]),
    (
        "Six people were injured; the night before, a drone had killed two people there.",
        [(None, 6)],
    ),
    ("Among the dead are three guards and among the wounded five guards.", [(3, 5)]),
    ("Two persons died in Sumy. Further four persons were injured.", [(2, 4)]),
    ("The strike cost the life of one person; further two persons were injured.", [(1, 2)]),
    (
        "The raid killed 9 people and wounded 30; among the dead there are two nurses.",
        [(9, 30), (2, None)],
    ),
    # The condition of one of a subgroup named by its noun in the next sentence.
    (
        "A shell hit the yard, injuring six people, among them two children. One child is in "
        "critical condition.",
        [(None, 6), (None, 2), (None, 1)],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_round8_translated_casualties(text: str, want: list[tuple[int | None, int | None]]) -> None:
    got = [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert got == want


def test_equal_tolls_in_two_german_order_regions() -> None:
    """ "In the region A four persons were injured" and the same figure in region B later are
    two tolls, not a restatement."""
    text = (
        "+++ 09:10 +++ In the region Cherson two persons were killed and four injured, writes "
        "the governor.\n\n+++ 11:30 +++ In the Russian region Brjansk four persons were injured "
        "by a drone, writes the governor there."
    )
    got = [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert got == [(2, 4), (None, 4)]
