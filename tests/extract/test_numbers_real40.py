"""Round n40's casualty families (``_n40cas``), own minimal sentences on real ``extract()``."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty


def _tolls(text: str) -> list[tuple[int | None, int | None]]:
    return [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # running totals since a date, a month or an event; until a month; over many incidents
        ("Nurses said 12 patients have died since the siege of the ward began on 4 April.", []),
        (
            "The office said that since 2 July more than 20 homes were hit, "
            "killing at least 40 people.",
            [],
        ),
        (
            "Some 80 residents of Makiivka have been killed by shelling since May, the mayor said. "
            "A further 300 people have been wounded in the city, he said.",
            [],
        ),
        (
            "Officials said 7 civilians have been killed and 50 injured in more than 900 incidents "
            "of firing until June this year.",
            [],
        ),
        ("Since dawn, airstrikes have killed 9 people across Gaza, medics said.", [(9, None)]),
        # recap spans
        (
            "Macron condemned the attack. As a reminder, on the night of 4 May, "
            "drones hit the port. "
            "At least six people were killed.",
            [],
        ),
        (
            "One man was wounded in Nikopol on Monday, the governor said.\n\nAs Suspilne reported, "
            "on 2 March, troops killed a woman in Marhanets. Two more residents were injured.",
            [(None, 1)],
        ),
        # earlier attacks a story comes after, past "when" clauses
        (
            "Shelling killed two people in Kherson on Sunday. The attack came a "
            "day after a missile "
            "strike on Sumy killed 9 civilians.",
            [(2, None)],
        ),
        (
            "Four people were wounded in Sloviansk on Monday. The shelling "
            "followed the deaths of 8 "
            "people at a market on Friday.",
            [(None, 4)],
        ),
        (
            "Delhi vowed a response to the attack last month, when gunmen killed 20 tourists. On "
            "Wednesday, shelling killed three villagers in Uri, police said.",
            [(3, None)],
        ),
        ("The mourning comes after a missile strike on Uman killed 12 people.", [(12, None)]),
        # the war's opening with its hostages, combined figures, census, habit, war-long totals
        (
            "A strike on a house in Rafah killed five people on Monday. About 1,200 people were "
            "killed and 250 taken hostage in the attack on Israel.",
            [(5, None)],
        ),
        ("At least 70 people had been killed or injured in the strikes, UNICEF said.", []),
        (
            "There are 50 wounded men and women in the hospital receiving care, the director said.",
            [],
        ),
        ("Before the war, the clinic treated about 200 injured miners a year.", []),
        ("In Gaza, at least 31,000 people have been killed, the health ministry said Monday.", []),
        # a lower pluperfect figure beside a risen toll
        (
            "The death toll in Uman rose to 23, officials said. The minister said 19 people had "
            "been killed in the strike.",
            [(23, None)],
        ),
        # completions
        (
            "The shelling of Kharkiv resulted in the deaths of 4 people and "
            "injuries to more than 30, "
            "officials said.",
            [(4, 30)],
        ),
        (
            "The governor said the raid killed at least 9 people, including two medics. "
            "Additionally, 40 others, among them several children, were wounded.",
            [(9, 40), (2, None)],
        ),
    ],
)
def test_n40_casualties(text: str, expected: list[tuple[int | None, int | None]]) -> None:
    assert _tolls(text) == expected
