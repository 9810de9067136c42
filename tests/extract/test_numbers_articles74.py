"""Round n28's number readings on minimal passages (``dev_numeric76``, dev_articles72-74).

Each row is a short passage and the numeric events expected of it: strikes as (weapon,
count), interceptions as (launched, intercepted), casualties as (killed, injured).
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty, Interception, Strike


def _read(
    text: str,
) -> tuple[
    list[tuple[str, int]], list[tuple[int | None, int | None]], list[tuple[int | None, int | None]]
]:
    found = extract(text)
    return (
        [(f.weapon, f.count) for f in found if isinstance(f, Strike)],
        [(f.launched, f.intercepted) for f in found if isinstance(f, Interception)],
        [(f.killed, f.injured) for f in found if isinstance(f, Casualty)],
    )


@pytest.mark.parametrize(
    ("text", "interceptions"),
    [
        # the missiles got through: an interception with intercepted 0, no strike
        (
            "The air force said Russia had attacked overnight with 60 drones and two cruise "
            "missiles. 41 of the drones were shot down, while the missiles reached their "
            "targets, it was said.",
            [(60, 41), (2, 0)],
        ),
        (
            "Russia fired three ballistic missiles at Sumy overnight, the air force said. "
            "The missiles, according to the same source, have reached their objectives.",
            [(3, 0)],
        ),
        (
            "Russia fired five Kinzhal missiles at the west overnight. None of them could be "
            "intercepted.",
            [(5, 0)],
        ),
        # the outcome after "according to the same source" in the next paragraph
        (
            "Russia attacked Ukraine overnight with 90 drones, the air force said.\n\n"
            "According to the same source, 70 drones were shot down or neutralised.",
            [(90, 70)],
        ),
        # a quoted share: the launch only
        (
            "The army said some 20 projectiles were fired from Lebanon, of which «the "
            "majority» were intercepted.",
            [(20, None)],
        ),
    ],
)
def test_outcome_without_figure(
    text: str, interceptions: list[tuple[int | None, int | None]]
) -> None:
    strikes, found, _ = _read(text)
    assert sorted(found, key=str) == sorted(interceptions, key=str)
    assert strikes == []


@pytest.mark.parametrize(
    ("text", "strikes"),
    [
        (
            "The Israeli army said it carried out 16 strikes against Hezbollah positions.",
            [("airstrike", 16)],
        ),
        (
            "The Israeli army affirmed to have carried out a dozen strikes against «terrorist "
            "targets».",
            [("airstrike", 12)],
        ),
        (
            "Russian forces carried out 412 strikes on 16 settlements of the region.",
            [("other", 412)],
        ),
        ("The ministry said the army had riposted with two air strikes.", [("airstrike", 2)]),
        (
            "The last great attack on the grid, on 5 October, had involved 496 drones and 53 "
            "missiles.",
            [],
        ),
    ],
)
def test_strike_readings(text: str, strikes: list[tuple[str, int]]) -> None:
    assert _read(text)[0] == strikes


@pytest.mark.parametrize(
    ("text", "casualties"),
    [
        # the wounded completing a killed-only toll
        (
            "At least nine people have died and another 30 have resulted wounded in the "
            "bombardment.",
            [(9, 30)],
        ),
        (
            "The shelling of a bus stop caused the death of three people, the governor said. The "
            "balance of wounded ascended to 14.",
            [(3, 14)],
        ),
        (
            "Israeli strikes killed 19 people since dawn, the civil defence said. Among the "
            "victims are five children, said its spokesman, who reported also some forty wounded.",
            [(19, 40), (5, None)],
        ),
        (
            "The number of dead after the attack on Odessa has risen to four, the governor said. "
            "A man died in hospital. The number of injured he now put at 17.",
            [(4, 17)],
        ),
        # a toll in another place is not completed
        (
            "Two people were killed in Kherson. In Kharkiv, the number of injured rose to 12.",
            [(2, None), (None, 12)],
        ),
        # the increment of a risen toll is no record
        (
            "By evening the number of dead had risen to nine, the emergency service said. "
            "Rescuers had recovered two more bodies from the rubble.",
            [(9, None)],
        ),
        # a wounded update completed by a dead figure after it (round n29)
        (
            "The number of injured has risen to 31, the mayor said. One person had died.",
            [(1, 31)],
        ),
        # an Italian inverted toll split by a subgroup aside (round n29)
        (
            "A missile hit a school in Holon: are 3 the dead, among whom a woman of 70, and over "
            "40 the wounded.",
            [(3, 40)],
        ),
    ],
)
def test_casualty_readings(text: str, casualties: list[tuple[int | None, int | None]]) -> None:
    assert sorted(_read(text)[2], key=str) == sorted(casualties, key=str)
