"""Casualty families of the twelfth session's round on ``dev_articles58`` and
``dev_articles57`` (``dev_numeric60``): an evening update naming its city among several
cities' tolls, running totals since a truce came into force, and a place list after the
toll's attribution.

Each case is a minimal passage of my own; the figures are read as (killed, injured) per
casualty record.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Toll = tuple[int | None, int | None]

CASES: list[tuple[str, list[Toll]]] = [
    # An evening update naming a city replaces that city's toll, not the last city's.
    (
        "In Kyiv, three people were killed and 12 injured, Klitschko said. In Lviv, one person "
        "was killed and four were wounded, the governor said.\n\nBy evening, the Kyiv city "
        "administration said the number of dead had risen to five and the number of injured "
        "to 19.",
        [(1, 4), (5, 19)],
    ),
    # ... also when it says only "in the capital" (no national capital is Lviv) ...
    (
        "In the capital, three people were killed and 12 injured, Klitschko said. In Lviv, one "
        "person was killed and four were wounded, the governor said.\n\nBy evening, the number "
        "of dead in the capital had risen to five and the number of injured to 19.",
        [(1, 4), (5, 19)],
    ),
    # ... or a region's body counting "in the city".
    (
        "In Odesa, two people were killed and six injured. In Mykolaiv, one person was killed "
        "and three were injured.\n\nIn the evening, the Odesa regional administration said the "
        "number of dead in the city had risen to three and the number of injured to nine.",
        [(1, 3), (3, 9)],
    ),
    # The update of the last city named stays as before.
    (
        "In Odesa, two people were killed and six injured. In Mykolaiv, one person was killed "
        "and three were injured.\n\nIn the evening, the mayor said the toll in Mykolaiv had "
        "risen to two dead and five injured.",
        [(2, 6), (2, 5)],
    ),
    # A running total since a truce came into force (Romance and Slavic copy) is background.
    (
        "Since the entry into force of the ceasefire on 10 October, more than 240 Palestinians "
        "have died in Gaza, according to the health authorities.",
        [],
    ),
    ("Since the signing of the truce in January, strikes have killed 150 people.", []),
    (
        "Four Palestinians were killed in Khan Younis on Sunday, the ministry said. Since the "
        "coming into force of the truce, 97 people have been killed.",
        [(4, None)],
    ),
    # A place list after the toll's attribution and a colon shares out the toll.
    (
        "Russian shelling injured four residents of the region over the past day, governor "
        "Ivan Fedorov said: two in Huliaipole and one each in Orikhiv and Stepnohirsk.",
        [(None, 4), (None, 2), (None, 1), (None, 1)],
    ),
    (
        "Russian drones killed three people in the region overnight, the administration "
        "wrote: two in Shostka and one in Konotop.",
        [(3, None), (2, None), (1, None)],
    ),
    # A subgroup told with its ages is a record of its own.
    (
        "Three people were killed and 34 injured. Among the injured were a baby and two "
        "teenagers aged 14 and 16.",
        [(3, 34), (None, 2)],
    ),
]


def _sorted(tolls: list[Toll]) -> list[Toll]:
    return sorted(tolls, key=lambda t: (t[0] or -1, t[1] or -1))


def _tolls(text: str) -> list[Toll]:
    return _sorted([(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)])


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_casualty_reading(text: str, expected: list[Toll]) -> None:
    assert _tolls(text) == _sorted(expected)
