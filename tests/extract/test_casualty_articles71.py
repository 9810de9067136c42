"""Casualty families of the fourteenth session's round on ``dev_articles71``/``70``
(``dev_numeric74``, h_num27): toll updates told in Romance and German word order
(``_n27upd``), background tolls and misread toll shapes (``_n27bg``).

Each case is a minimal passage of my own; the figures are read as (killed, injured) per
casualty record.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Toll = tuple[int | None, int | None]

CASES: list[tuple[str, list[Toll]]] = [
    # An update with the figure before its kind replaces the first toll of that kind ...
    (
        "A missile killed two people and wounded ten in Poltava, said the governor. Later, the "
        "governor elevated to 13 the number of wounded.",
        [(2, 13)],
    ),
    (
        "Five people died and 20 were wounded in Kherson, informed the prosecutor. With the "
        "death of a woman in hospital, the balance of dead rose to six.",
        [(6, 20)],
    ),
    # A place named inside the update, before its figure, that the first toll does not name
    # is another place's toll; one named after the figure explains the update.
    (
        "A Russian missile strike killed two people and injured 11 in Odesa on Monday. Later "
        "the number of dead in Dnipro rose to three, officials said.",
        [(2, 11), (3, None)],
    ),
    (
        "A drone strike killed one man and injured 9 in Kherson. Later the number of wounded "
        "rose to 12, after two workers in Beryslav were hurt as well.",
        [(1, 12)],
    ),
    # ... the noun before its verb (German order) ...
    (
        "In Odesa two persons were killed and nine injured, the governor wrote. By night rose "
        "the number of dead to four.",
        [(4, 9)],
    ),
    (
        "At least three people were killed in Sumy, the mayor said. A further 15 people were "
        "injured. By evening had the rescuers the number of dead raised to five.",
        [(5, 15)],
    ),
    # ... both kinds, and the further dead that raised it are no record.
    (
        "A first balance spoke of one dead. Rose then to four the dead and to 30 the wounded, "
        "according to the mayor.",
        [(4, 30)],
    ),
    (
        "The drone strike killed eight civilians and wounded 25, the network said. In the "
        "evening it elevated the balance to ten dead, after two of the wounded died.",
        [(10, 25)],
    ),
    # With no toll before it, the update is the toll, its "among the latter" the wounded's.
    (
        "The ministry elevated to nine the number of dead and to 31 that of wounded, among the "
        "latter six children.",
        [(9, 31), (None, 6)],
    ),
    # A recap after one more death ("Thus, ...") raises the toll.
    (
        "In the Sumy region, 1 person was killed and 4 were injured over the day. In the "
        "evening, one more woman died in hospital. Thus, 2 people were killed in the region.",
        [(2, 4)],
    ),
    # Another place's update stands beside the first toll; a region's beside a city's.
    (
        "The shelling of the Kherson region left two dead and nine wounded. In Beryslav, the "
        "number of wounded rose to four.",
        [(2, 9), (None, 4)],
    ),
    # A running total told as an update is no update.
    (
        "Israeli fire killed three Palestinians in Rafah. Since October 2023 the number of the "
        "dead rose to 68,000, according to the ministry.",
        [(3, None)],
    ),
    # Background: a past attack's toll "at that time", a month's count, a war's lives, an
    # aggregate of attacks this year, the wounded among people freed.
    (
        "Two people were killed in Zaporizhzhia. Already in May had rockets the city hit; at "
        "that time nine people had died.",
        [(2, None)],
    ),
    ("The UN mission counts for August alone 130 killed civilians in Ukraine.", []),
    ("The war has according to the UN more than 60,000 lives demanded.", []),
    ("The WHO counted this year 40 attacks against clinics, with more than 500 dead.", []),
    ("Kyiv welcomed 90 soldiers home; among those released there are 8 badly wounded.", []),
    # The Italian inverted toll of both kinds, its subgroup the wounded's.
    (
        "A drone hit a market in Kherson. Are four the dead and 15 the wounded, among them two "
        "children.",
        [(4, 15), (None, 2)],
    ),
    # Two sites in one sentence: one record each.
    (
        "The ministry indicated that a strike on a van near Sidon killed two people, and that "
        "five others were wounded in a raid on a house in Tyre.",
        [(2, None), (None, 5)],
    ),
    # The counted group after an uncounted person.
    ("A drone hit a minibus in Shebekino, wounding the driver and two passengers.", [(None, 2)]),
    # A condition share of a care share.
    (
        "The attack left one dead and 12 wounded. Six of the wounded remain hospitalised, two "
        "of them in grave state.",
        [(1, 12), (None, 6), (None, 2)],
    ),
]


@pytest.mark.parametrize(("text", "tolls"), CASES)
def test_articles71_readings(text: str, tolls: list[Toll]) -> None:
    found = [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert sorted(found, key=str) == sorted(tolls, key=str)
