"""Minimal passages for place-aware restatements (h_num17, ``dev_numeric58``): equal tolls
of different places in a roundup are two records (:mod:`pipeline.extract._repeat_places`),
a toll split by place is not completed by the next sentence's other harm
(:mod:`pipeline.extract._casualty_placeitem`), while a toll restated for the same place (a
headline, a quote, a later paragraph, a risen toll) stays one record."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract._casualty_placeitem import place_item
from pipeline.extract.model import Casualty

Toll = tuple[int | None, int | None]

APART: list[tuple[str, list[Toll]]] = [
    # fronted towns in consecutive paragraphs (the places table knows neither)
    (
        "In Kupiansk, a bomb injured three people.\n\nIn Balakliia, three people were injured.",
        [(None, 3), (None, 3)],
    ),
    # fronted regions in the translated-German order
    (
        "In the region Saporischschja, two persons were killed. In the neighbouring region "
        "Dnipropetrowsk, likewise two persons died.",
        [(2, None), (2, None)],
    ),
    # the clause's own town against a fronted town of the next sentence
    (
        "A drone struck a car in Bilopillia, killing one person and injuring two. In "
        "Krasnopillia, mortar fire injured two people.",
        [(1, 2), (None, 2)],
    ),
    # a town in the clause against a town the next sentence names with "the town of"
    (
        "Shelling killed two people in Kherson. Further east, two people were killed in a "
        "drone strike on the town of Kostiantynivka.",
        [(2, None), (2, None)],
    ),
    # a toll without a place takes the place its paragraph fronted before it
    (
        "In Sumy, a drone hit a block. Three people were injured.\n\nIn Shostka, a strike "
        "also left three people injured.",
        [(None, 3), (None, 3)],
    ),
    # "there" after a sentence fronting another village than the first toll's town
    (
        "In Kherson, artillery wounded 4 people. In the village of Antonivka, a drone hit a "
        "bus stop. 4 people were wounded there.",
        [(None, 4), (None, 4)],
    ),
    # paragraph kickers naming two regions
    (
        "Dnipropetrovsk region. The Russians hit Nikopol. One person was killed.\n\nKharkiv "
        "region. In Zolochiv, one person was killed.",
        [(1, None), (1, None)],
    ),
    # a region fronted two sentences before the German-order toll, against an elided item
    (
        "In the city Cherson, the army shelled a district. Dead there were two. In the "
        "region Donezk, the Russians killed one person in Kostjantyniwka and two in "
        "Druschkiwka.",
        [(2, None), (1, None), (2, None)],
    ),
    # a bare figure with "also" and its own town
    (
        "Glide bombs killed three people in Kostiantynivka and injured six. Three were also "
        "killed in Pokrovsk.",
        [(3, 6), (3, None)],
    ),
    # the injured after a toll split by place are a record of their own
    (
        "In the region Charkiw, drones killed two persons in Kupjansk and one in Isjum, the "
        "governor wrote. Injured were four.",
        [(2, None), (1, None), (None, 4)],
    ),
]

SAME: list[tuple[str, list[Toll]]] = [
    # a headline restated by the body
    (
        "Russian drone strike injures four in Odesa\n\nA Russian drone attack on Odesa "
        "overnight injured four people, the governor said.",
        [(None, 4)],
    ),
    # a quote naming the same town
    (
        'Two people were killed in a strike on Kramatorsk, the mayor said. "The Russians '
        'killed two people in Kramatorsk this morning," he wrote.',
        [(2, None)],
    ),
    # the same town said twice; a district by the possessive is that town
    (
        "Shelling injured five people in Kherson, the governor said. The city administration "
        "said five people had been injured in Kherson's Dniprovskyi district.",
        [(None, 5)],
    ),
    # a toll with no place of its own against a placed one
    (
        "In Nikopol, a drone killed one person. One person was killed, the governor confirmed.",
        [(1, None)],
    ),
    # a region against a town decides nothing
    (
        "Russian attacks in the region Charkiw killed two persons, the governor said. In "
        "Kurylivka, two persons were killed by a glide bomb.",
        [(2, None)],
    ),
    # where the speaker spoke is no place of the toll
    (
        'Two people were injured in Odesa, Zelensky told reporters in Kyiv. "Two people were '
        'injured in Odesa tonight," he said.',
        [(None, 2)],
    ),
    # a risen toll of the same town replaces the one before it
    (
        "In Sumy, a missile killed two people.\n\nBy the evening, the number of dead in Sumy "
        "had risen to four.",
        [(4, None)],
    ),
]

ITEMS: list[tuple[str, bool]] = [
    ("one in Slowjansk", True),
    ("two in the village of Kurylivka", True),
    ("3 more in Pokrovsk", True),
    ("two people were killed in Pokrovsk", False),
    ("killed two persons in Kupjansk", False),
]


def _tolls(text: str) -> list[Toll]:
    return _sorted([(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)])


def _sorted(tolls: list[Toll]) -> list[Toll]:
    return sorted(tolls, key=lambda t: (t[0] or -1, t[1] or -1))


@pytest.mark.parametrize(("text", "expected"), APART)
def test_tolls_of_different_places(text: str, expected: list[Toll]) -> None:
    assert _tolls(text) == _sorted(expected)


@pytest.mark.parametrize(("text", "expected"), SAME)
def test_tolls_restated_for_one_place(text: str, expected: list[Toll]) -> None:
    assert _tolls(text) == _sorted(expected)


@pytest.mark.parametrize(("evidence", "expected"), ITEMS)
def test_place_item(evidence: str, expected: bool) -> None:
    assert place_item(evidence) is expected
