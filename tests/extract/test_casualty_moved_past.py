"""Casualty families of the eighth session's first round (dev_numeric25): tolls the story has
moved past, split tolls opened by their source, condition subgroups named by their group,
"including" subgroups whose harm a later sentence tells, and totals' continuations."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

# (killed, injured) per record, in order.
CASES: list[tuple[str, list[tuple[int | None, int | None]]]] = [
    # Superseded tolls told in the pluperfect ("hatte von sechs Toten gesprochen").
    (
        "Nine persons were killed. In the morning the city had still spoken of six dead.",
        [(9, None)],
    ),
    (
        "Five were injured in Sumy. Earlier, the governor had talked about three injured.",
        [(None, 5)],
    ),
    (
        "The toll rose to nine, with 21 wounded. Earlier, seven people had been reported dead.",
        [(9, 21)],
    ),
    ("Eight persons were killed. In the morning, the figure had been five dead.", [(8, None)]),
    # Bodies found that made the toll rise or be corrected: no record of their own.
    ("The toll was raised to 15 on Tuesday when teams found two further bodies.", [(15, None)]),
    (
        "At first the service reported four dead. By evening the figure was corrected to seven "
        "after rescuers recovered three more bodies.",
        [(7, None)],
    ),
    # A past incident fronted by its date.
    (
        "Two people were hurt on Monday. A week ago, a strike on the market killed 11 shoppers.",
        [(None, 2)],
    ),
    (
        "Drones injured three workers. Only last week, a missile had killed two employees.",
        [(None, 3)],
    ),
    ("Last week alone, 40 civilians were killed in the region, the governor said.", [(40, None)]),
    ("Two died in Izium. The day before, three persons had died there in shelling.", [(2, None)]),
    # A toll split over two sentences, the second opened by its source.
    (
        "In Sumy, three persons were killed in a drone attack. According to the city "
        "administration, 16 persons were injured.",
        [(3, 16)],
    ),
    ("Five persons died in Kharkiv. As the governor reported, 18 persons were injured.", [(5, 18)]),
    (
        "Two people were killed in Kharkiv. According to the health ministry, 12 people were "
        "injured in a separate attack on Odesa.",
        [(2, None), (None, 12)],
    ),
    (
        "Two persons were killed. As the administration announced on Telegram, 14 persons "
        "were injured.",
        [(2, 14)],
    ),
    ("Two persons were killed. Furthermore, 14 persons were injured.", [(2, 14)]),
    (
        "Eleven people were wounded. Two of the injured are fighting for their lives.",
        [(None, 11), (None, 2)],
    ),
    # Condition subgroups: an appositive description, or the group named again.
    (
        "Medics treated two injured men, one of them a 63-year-old in serious condition.",
        [(None, 2), (None, 1)],
    ),
    (
        "The blast wounded 20 people, among them five soldiers. Two of the soldiers are in "
        "critical condition.",
        [(None, 20), (None, 5), (None, 2)],
    ),
    (
        "Among the injured were four police officers. One of the officers said the blast threw "
        "him across the street.",
        [(None, 4)],
    ),
    (
        "Eleven people were wounded in Odesa. Two of the 11 wounded were in critical condition.",
        [(None, 11), (None, 2)],
    ),
    (
        "Five persons lost their lives, 18 were injured. Three of them are in a "
        "life-threatening condition.",
        [(5, 18), (None, 3)],
    ),
    (
        "Among the injured are also three journalists. One of them was seriously injured.",
        [(None, 3), (None, 1)],
    ),
    # "including" after both kinds: a later sentence tells which harm.
    (
        "Strikes killed eight people and wounded 17, including two paramedics. The committee "
        "said two of its paramedics were killed.",
        [(8, 17), (2, None)],
    ),
    # One kind of a two-kind toll risen later; a place's or an incident's share.
    (
        "A missile attack killed 12 people and injured 90 others. The number of injured rose "
        "to 94 later in the day.",
        [(12, 94)],
    ),
    (
        "At least eight people were killed and 40 injured. The military administration later "
        "spoke of nine dead.",
        [(9, 40)],
    ),
    ("Strikes killed at least 31 people, including 11 in Gaza City.", [(31, None), (11, None)]),
    (
        "Strikes killed at least 31 people, including 11 in a single strike on a home.",
        [(31, None), (11, None)],
    ),
    # "Another <one of the group>" in the next sentence: one more, the other harm.
    ("Three soldiers were killed in Gaza. Another soldier was seriously wounded.", [(3, 1)]),
    ("Two civilians were killed in Kupiansk. Another man was wounded later.", [(2, None)]),
    # Continuations and headlines of running totals.
    (
        "Since January, 1,100 civilians have been killed in the region. A further 3,200 were "
        "injured.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_round8_casualties(text: str, want: list[tuple[int | None, int | None]]) -> None:
    got = [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert got == want


def test_ticker_headline_over_a_running_total() -> None:
    text = (
        "+++ 07:05 +++ Iran: 224 dead since Friday\n"
        "In Iran, at least 224 people have been killed since the start of the attacks on "
        "Friday, the health ministry said."
    )
    assert [f for f in extract(text) if isinstance(f, Casualty)] == []
