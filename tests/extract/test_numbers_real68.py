"""Round h_gen_n68: named battles' large tolls, a one-kind toll's victims, a counted
subgroup's share, bodies in morgues, a second voice's equal toll and hedged lower tolls a
larger one replaces (``_n68bg``, ``_n68cas``, ``_n68rep``)."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Row = tuple[int | None, int | None]


def _tolls(text: str) -> list[Row]:
    return sorted(
        ((f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)),
        key=lambda r: (r[0] or 0, r[1] or 0),
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a named battle's toll in the perfect is the story's, not a war's running total
        (
            "More than 2,100 people have been killed in the fighting for Sennar, medics said.",
            [(2100, None)],
        ),
        (
            "Some 1,700 people have lost their lives in clashes over control of the town of Raqqa.",
            [(1700, None)],
        ),
        (
            "So far, 1,250 bodies have been recovered from the streets of Aleppo, rescuers said.",
            [(1250, None)],
        ),
        # a war's or a conflict's tally stays a running total
        ("More than 12,000 people have been killed in the war since it began, the UN said.", []),
        ("About 5,000 people have been killed in the conflict in the region.", []),
        ("Some 1,200 troops have been sent to the battle for the city.", []),
        # the rest of a split toll stays no record (the written dnum79 call)
        (
            "A drone strike killed three people. One of the dead was a fighter and the other two "
            "were farmers, a source said.",
            [(1, None), (3, None)],
        ),
        (
            "A strike hit the house. One of the dead was a teacher, and the others were not named.",
            [(1, None)],
        ),
        ("One of the crew was a medic and the other two were drivers.", []),
        # a share of a counted subgroup
        (
            "Shelling killed eight people. The dead include four children. Among the four "
            "children, two were twins.",
            [(2, None), (4, None), (8, None)],
        ),
        (
            "Shelling killed eight people. The dead include four children. Among the four minors, "
            "two were cousins.",
            [(2, None), (4, None), (8, None)],
        ),
        ("Among the 30 passengers, six were children, the driver said.", []),
        ("Among the four ships, two were tankers.", []),
        # the victims of a one-kind toll
        (
            "A blast injured 15 people at the station. The casualties include four children.",
            [(None, 4), (None, 15)],
        ),
        ("Four soldiers were killed. The victims include nine civilians.", [(4, None)]),
        # bodies in two places
        (
            "The envoy said 700 bodies had been collected from the streets, with an additional 300 "
            "in hospital morgues.",
            [(300, None), (700, None)],
        ),
        ("The morgue has room for another 150 bodies, officials said.", []),
        # a second voice's equal figure in one sentence
        (
            "The ministry said 14 people had been killed in the raid, and a doctor told AFP that "
            "14 people were dead.",
            [(14, None)],
        ),
        (
            "Three people were killed in Izium and three people were killed in Balakliia.",
            [(3, None), (3, None)],
        ),
        # a hedged lower toll a larger one replaces; another place's stays
        (
            "According to preliminary data, one person was injured in the attack on Sumy. Later, "
            "the governor said four people were injured in the attack.",
            [(None, 4)],
        ),
        (
            "In Sumy, one person is known to have been injured so far. In Kharkiv, three people "
            "were injured.",
            [(None, 1), (None, 3)],
        ),
        (
            "Five people were hurt in the attack, the mayor said. So far five victims are known, "
            "two of whom are in hospital.",
            [(None, 2), (None, 5)],
        ),
    ],
)
def test_tolls(text: str, want: list[Row]) -> None:
    assert _tolls(text) == want
