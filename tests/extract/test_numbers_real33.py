"""Round n33's number readings on minimal passages (``dev_numeric81``, the real5 page set).

Each row is a short passage in the project's own words and the numeric events expected of
it: strikes as (weapon, count), interceptions as (launched, intercepted, all), casualties as
(killed, injured).
"""

from __future__ import annotations

import pytest

from tests.extract.numeric_reading import Air, Pair, read_numbers_with_all

_read = read_numbers_with_all


@pytest.mark.parametrize(
    ("text", "strikes", "interceptions"),
    [
        # a shoot-down with no launch, the launch elsewhere with the same figure: N/N, all
        (
            "The army said it intercepted 12 rockets fired from Lebanon. Earlier, the military "
            "said 12 rockets had been launched towards Nahariya.",
            [],
            [(12, 12, True)],
        ),
        (
            "Israel said it shot down three drones and 20 missiles from Lebanon on Sunday.\n\n"
            "According to the army, three drones and about 20 missiles were launched from "
            "Lebanon.",
            [],
            [(3, 3, True), (20, 20, True)],
        ),
        # a different launch figure is no restatement of the shoot-down
        (
            "The army said it intercepted 12 rockets over the Galilee. Later, 30 rockets were "
            "fired from Lebanon at Haifa.",
            [("rocket", 30)],
            [(None, 12, False)],
        ),
        # a share aimed at one town after a larger launch figure
        (
            "About 40 rockets were launched from Lebanon on Monday, most of which were "
            "intercepted. 15 rockets were targeted specifically at Safed.",
            [],
            [(40, None, False)],
        ),
        # the Israeli army's words for drones
        (
            "The army said it intercepted two suspicious aerial targets coming from the east.",
            [],
            [(None, 2, False)],
        ),
        (
            "The military said it intercepted four hostile aircraft over the Golan Heights.",
            [],
            [(None, 4, False)],
        ),
        # a count restated in the official's quote is one strike
        (
            "Russian troops shelled the Nikopol district seven times with artillery on Monday. "
            '"There have been seven artillery attacks on the district today," Lysak said.',
            [("artillery", 7)],
            [],
        ),
        # ... but an equal count for another place is its own strike
        (
            "Russian troops shelled Nikopol four times with artillery. In the evening they "
            "shelled Marhanets four times with artillery.",
            [("artillery", 4), ("artillery", 4)],
            [],
        ),
        # weapons positioned at a base are a stock
        (
            "Satellite images showed Russia had deployed at least 25 drones at an airfield in "
            "Crimea.",
            [],
            [],
        ),
        # the weapon figure after a relative clause
        (
            "Israeli aircraft struck the Abu Hussein school, which houses displaced families in "
            "Jabalia, with two missiles, witnesses said.",
            [("missile", 2)],
            [],
        ),
    ],
)
def test_air_and_strikes(
    text: str, strikes: list[tuple[str, int]], interceptions: list[Air]
) -> None:
    got = _read(text)
    assert got[0] == sorted(strikes)
    assert got[1] == sorted(interceptions, key=str)


@pytest.mark.parametrize(
    ("text", "casualties"),
    [
        # fatal injuries are deaths, the wounded beside them the same record
        (
            "The shelling resulted in fatal injuries to two elderly women. Another woman was "
            "wounded, the governor said.",
            [(2, 1)],
        ),
        ("Four people sustained fatal injuries and six others were wounded.", [(4, 6)]),
        ("Two police officers were fatally wounded and three more injured.", [(2, 3)]),
        # "N more people" completes a plain toll, "N other people" after a named group not
        (
            "Two civilians were killed and seven more people were injured in Horlivka.",
            [(2, 7)],
        ),
        (
            "Two firefighters were killed and seven other people were injured in Kharkiv.",
            [(2, None), (None, 7)],
        ),
        # the injured told one by one after their count
        (
            "The blast left two 9-year-old boys injured. One boy suffered burns to his arms. "
            "The second boy was treated for a concussion.",
            [(None, 2)],
        ),
        # a workplace group with an "including" aside
        (
            "Three members of the rescue service, including a driver, were killed in the strike.",
            [(3, None)],
        ),
        # an earlier report of the day after a risen toll is superseded
        (
            "The number of people injured in the attack on Kherson has risen to five, the "
            "governor said. Earlier on Monday, he said that two people were injured.",
            [(None, 5)],
        ),
        # an equal toll of another incident opened by "Also"
        (
            "An airstrike on a car in Tyre killed two people. Also on Monday, two people were "
            "killed in a strike near Nabatieh.",
            [(2, None), (2, None)],
        ),
        # war-long tolls are running totals, also their wounded
        (
            "A strike on a house killed six people in Gaza City. The Palestinian death toll from "
            "Israeli attacks rose to 41,000 since the start of the war.",
            [(6, None)],
        ),
        (
            "An Israeli strike killed three people in Rafah. The death toll from the ongoing "
            "Israeli offensive has risen to 40,500, with 93,000 others wounded.",
            [(3, None)],
        ),
        (
            "Israel's war in Gaza, which has killed nearly 44,000 people, most of them women, "
            "since last year, has spread to Lebanon.",
            [],
        ),
        # a day's toll told before the war's total stays
        (
            "Israeli strikes killed 25 people in the past day, bringing the toll since the start "
            "of the war to 40,100.",
            [(25, None)],
        ),
    ],
)
def test_casualties(text: str, casualties: list[Pair]) -> None:
    assert _read(text)[2] == sorted(casualties, key=str)


@pytest.mark.xfail(
    reason="open: a Houthi claim of a counted launch beside the army's uncounted shoot-down "
    "(real5 labels it one interception N/null); every reading tried in round n33 lowered "
    "blind24 and heldout, so the claim stays a strike",
    strict=False,
)
def test_houthi_claim_with_uncounted_shoot_down() -> None:
    text = (
        "The Israeli army said it intercepted a drone launched from Yemen. The Houthis later "
        "said they had targeted Eilat using three drones."
    )
    assert _read(text)[:2] == ([], [(3, None, False)])
