"""Round n29's number readings on minimal passages (``dev_numeric77``, dev_articles72-74).

Each row is a short passage and the numeric events expected of it: strikes as (weapon,
count), interceptions as (launched, intercepted), casualties as (killed, injured).
"""

from __future__ import annotations

import pytest

from tests.extract.numeric_reading import Pair, read_numbers


@pytest.mark.parametrize(
    ("text", "casualties"),
    [
        # an inverted toll split by a subgroup aside is one toll
        (
            "A missile hit a building in Bat Yam: are 4 the dead, among whom a child of 8 "
            "years, and over 60 the wounded.",
            [(4, 60)],
        ),
        (
            "In Ashdod a rocket hit a house: are 6 the dead, among them two children, and 25 "
            "the injured.",
            [(2, None), (6, 25)],
        ),
        (
            "In Holon a rocket struck a kindergarten. Are 5 the wounded, among whom a guard of "
            "60 years, and 1 the dead.",
            [(1, 5)],
        ),
        (
            "In Ashkelon a rocket hit a house: are 4 the dead, among whom a child of 8 years, "
            "while the wounded are 30.",
            [(4, 30)],
        ),
        # an injured update completed by the dead figure of the next sentence
        (
            "The number of wounded in Kryvyi Rih rose to 19, the mayor said. Three people had "
            "lost their lives.",
            [(3, 19)],
        ),
        (
            "The number of injured rose to 40, the mayor said. Three people have died.",
            [(3, 40)],
        ),
        # another place's dead, a named group's dead: apart
        (
            "In Kherson the number of injured has risen to nine, the governor wrote. In "
            "Mykolaiv, one person was killed by a drone.",
            [(1, None), (None, 9)],
        ),
        (
            "In Odesa the number of injured rose to 16, the administration said. One woman "
            "died in hospital.",
            [(1, None), (None, 16)],
        ),
        # a condition share of a counted group
        (
            "In Sumy the toll rose to two dead and 15 wounded. Among the wounded are counted "
            "four children, one of whom in serious state.",
            [(2, 15), (None, 1), (None, 4)],
        ),
        (
            "A missile hit the hospital area: are 2 the dead, among them a nurse, and 31 the "
            "injured, of whom four in grave condition.",
            [(2, 31), (None, 4)],
        ),
        (
            "The drone attack left 17 injured. Among the injured are counted four women, none "
            "of whom in serious state.",
            [(None, 17), (None, 4)],
        ),
        (
            "The wounded, of whom two in serious condition, were hospitalised in Kherson.",
            [(None, 2)],
        ),
        # "one" before an occupational noun
        (
            "According to the administration, one train attendant was killed. Eleven "
            "passengers were injured.",
            [(1, None), (None, 11)],
        ),
        (
            "In Nikopol, one power-line worker was wounded by artillery fire.",
            [(None, 1)],
        ),
        (
            "One station attendant and two passengers were injured when the drone hit the "
            "platform.",
            [(None, 1), (None, 2)],
        ),
        ("A postal worker was wounded by shrapnel in Kupiansk.", []),
        # "N of the dead in the car were X"
        (
            "A raid on a car near Nabatieh killed 3 people. The army said that two of the dead "
            "in the car were members of the Radwan force.",
            [(2, None), (3, None)],
        ),
        (
            "A glide bomb hit a bus and injured 14 people. Two of the injured on the bus were "
            "foreign nationals.",
            [(None, 14), (None, 2)],
        ),
        (
            "Russian shelling killed six people. Two of the dead in the car were identified "
            "only by the evening.",
            [(6, None)],
        ),
        pytest.param(
            "The number of injured rose to 40, the mayor said. Another person died in hospital.",
            [(1, 40)],
            marks=pytest.mark.xfail(
                reason="'another' continuing an injured update with a death: open", strict=False
            ),
        ),
    ],
)
def test_casualties(text: str, casualties: list[Pair]) -> None:
    assert read_numbers(text)[2] == sorted(casualties, key=str)


@pytest.mark.parametrize(
    ("text", "strikes", "interceptions"),
    [
        # a count in apposition to the weapon noun
        (
            "According to a local official, the drones, at least six, targeted the market.",
            [("drone", 6)],
            [],
        ),
        (
            "The rockets, about 30, were fired from southern Lebanon, the army said.",
            [("rocket", 30)],
            [],
        ),
        (
            "According to the air force, the drones, at least twelve, were all shot down.",
            [],
            [(12, 12)],
        ),
        ("The soldiers, about forty, were evacuated to Kramatorsk.", [], []),
        ("The drones, a new model assembled in Iran, were seen over the port.", [], []),
        # a predicate count
        (
            "According to the army, the missiles fired from Iranian territory were about 35, "
            "the majority of which were intercepted.",
            [],
            [(35, None)],
        ),
        (
            "According to the army, the missiles launched from Yemen were two, and both were "
            "intercepted.",
            [],
            [(2, 2)],
        ),
        (
            "According to the army, the drones launched against the capital were 40, of which "
            "35 were shot down.",
            [],
            [(40, 35)],
        ),
        (
            "The missiles launched at Kyiv were 12, the air force said. Air defence shot down "
            "ten of them.",
            [],
            [(12, 10)],
        ),
        (
            "According to the air force, the drones sent by Russia against Ukraine during the "
            "night were 95.",
            [("drone", 95)],
            [],
        ),
        ("The soldiers deployed along the border were about 1,200.", [], []),
        # a colon total and its per-region shares
        (
            "The ministry said Ukrainian drones had been shot down over Russian territory: 64 "
            "in total, of these 21 over the Kursk region.",
            [],
            [(None, 21), (None, 64)],
        ),
        (
            "According to the ministry, drones were intercepted over the country: a total of "
            "75, of which 30 over the Rostov region.",
            [],
            [(None, 30), (None, 75)],
        ),
        # a running total since a mission began
        (
            "The command said that since the start of the mission, in February 2024, the "
            "European units have escorted over 800 ships and have shot down more than 20 "
            "drones.",
            [],
            [],
        ),
        (
            "Since midnight, the air defence has shot down 23 drones over the Kyiv region.",
            [],
            [(None, 23)],
        ),
        # "The missiles hit <a site>" after a launch and a drone-only outcome
        (
            "Overnight the enemy attacked with 3 Iskander-M ballistic missiles and 40 drones. "
            "Air defence shot down 31 drones. The missiles hit an energy facility in Sumy.",
            [],
            [(3, 0), (40, 31)],
        ),
    ],
)
def test_air(text: str, strikes: list[tuple[str, int]], interceptions: list[Pair]) -> None:
    found_strikes, found_icpt, _ = read_numbers(text)
    assert found_strikes == sorted(strikes)
    assert found_icpt == sorted(interceptions, key=str)
