"""The readings added with ``dev_numeric59`` (h_air16) on the air and strike errors of
``dev_articles58`` (the shared sample's layout: General Staff days, nights of massive air
attacks) and ``dev_articles57`` (literal Romanian, Spanish, Portuguese, Polish, Greek,
Turkish and Czech translations).

Minimal sentences for each family, so a regression names the reading that broke rather
than a passage of the batch.
"""

from __future__ import annotations

import pytest

from tests.extract.found import Air
from tests.extract.found import air_rows as _interceptions
from tests.extract.found import strike_rows as _strikes


@pytest.mark.parametrize(
    ("text", "air", "strikes"),
    [
        (  # a hit of a kind the drone-only report never counted stays a strike (art58-04)
            "The air force said Russia had sent 93 drones, of which 71 were shot down. Two "
            "ballistic missiles of the type Iskander-M also hit the Kyiv region.",
            [("drone", 93, 71, False)],
            [("missile", 2)],
        ),
        (
            "Air defence shot down six of the eight cruise missiles. Three drones hit an "
            "energy facility in the Odesa region, the governor said.",
            [("missile", 8, 6, False)],
            [("drone", 3)],
        ),
        (  # ... while a hit of the report's own kind is its leftover
            "Russia launched 40 drones, 31 of which were shot down. Two drones hit an "
            "industrial facility in Kharkiv.",
            [("drone", 40, 31, False)],
            [],
        ),
        (  # ... and so is any hit after a report of generic targets
            "Air defence destroyed 31 of 40 air targets. Two missiles hit an industrial "
            "facility in Kharkiv.",
            [("mixed", 40, 31, False)],
            [],
        ),
        (  # "both missiles hit targets" after another kind's shoot-down: a zero (art57-12)
            "Russia overnight attacked Ukraine with 122 drones and two Iskander-M ballistic "
            "missiles. Air defence shot down 97 drones; both missiles hit targets in the "
            "Kharkiv region.",
            [("drone", 122, 97, False), ("missile", 2, 0, False)],
            [],
        ),
        (
            "Russia launched 54 drones and two ballistic missiles at the Sumy region; 40 "
            "drones were neutralised, while both missiles reached their targets.",
            [("drone", 54, 40, False), ("missile", 2, 0, False)],
            [],
        ),
        (  # ... "both were shot down" stays all
            "Russia fired two cruise missiles at Odesa on Friday; both were shot down.",
            [("missile", 2, 2, True)],
            [],
        ),
        (  # a night told in reported speech stays the news
            "The governor said that during the night, Russia had launched 26 drones at the "
            "region, 19 of which were shot down.",
            [("drone", 26, 19, False)],
            [],
        ),
    ],
)
def test_air_readings(text: str, air: list[Air], strikes: list[tuple[str, int]]) -> None:
    assert sorted(_interceptions(text), key=str) == sorted(air, key=str)
    assert sorted(_strikes(text)) == sorted(strikes)


@pytest.mark.parametrize(
    ("text", "strikes"),
    [
        (  # the sample's own shape
            "Over the past day Russia had fired 91 rockets at Ukrainian positions, carried out "
            "42 airstrikes and 57 attacks with multiple rocket launchers, the General Staff said.",
            [("rocket", 91), ("airstrike", 42), ("mlrs", 57)],
        ),
        (  # a launcher share after a long place and period (art58-02)
            "Russian forces fired 2,740 times at front-line positions and populated areas in the "
            "past 24 hours, including 131 times with multiple launch rocket systems.",
            [("other", 2740), ("mlrs", 131)],
        ),
        (  # a gun named with the verb keeps it
            "Russian troops fired 2,950 times with artillery at Ukrainian positions in one day, "
            "including 85 times with multiple rocket launchers.",
            [("artillery", 2950), ("mlrs", 85)],
        ),
        (  # ground troops with weapons named are a strike
            "Russian troops attacked the town of Nikopol 18 times with drones and artillery.",
            [("other", 18)],
        ),
        (  # a where-clause beside the day's air strikes: only the air strikes
            "The focus was the Pokrovsk sector, where Russian troops attacked 48 times. The "
            "Russians also carried out 71 air strikes, dropping 119 guided bombs.",
            [("airstrike", 71), ("glide_bomb", 119)],
        ),
        (  # a shelling total naming no weapon beside its launcher share is other (art58-02/09)
            "The General Staff said the Russian army fired 4,120 times at Ukrainian positions "
            "and settlements, 88 of them with multiple rocket launchers.",
            [("other", 4120), ("mlrs", 88)],
        ),
        (
            "It also used 5,112 kamikaze drones and fired 3,870 times at Ukrainian positions "
            "and settlements, 96 of them with multiple rocket launchers.",
            [("drone", 5112), ("other", 3870), ("mlrs", 96)],
        ),
    ],
)
def test_strike_readings(text: str, strikes: list[tuple[str, int]]) -> None:
    assert sorted(_strikes(text)) == sorted(strikes)
    assert _interceptions(text) == []


# The twelfth session's label call (tests/data/README.md): a total that names no weapon is
# ``other`` beside its launcher share; a gun named by the verb's object or "shelled" keeps
# ``artillery`` (art18-07, art19-12, dnum21-006, dnum27-073, dnum44-032 relabelled).
@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Russian forces fired 3,960 times at Ukrainian positions and settlements, "
            "including 112 times with multiple rocket launchers.",
            ("other", 3960),
        ),
        (  # the total after its period and place (art58-02)
            "The Russian army fired in the past day 2,870 times on Ukrainian positions and "
            "settlements, among them 54 times with multiple rocket launchers.",
            ("other", 2870),
        ),
        (  # "N times of them with Grad rockets" (dnum21-006)
            "The occupiers fired on front-line villages of the Kherson region 215 times within "
            "24 hours, 31 times of them with Grad rockets.",
            ("other", 215),
        ),
        (  # "a total of N times, M of them" (art19-12)
            "The Russian army fired at Ukrainian positions and settlements a total of 3,906 "
            "times, 84 of them with multiple rocket launchers.",
            ("other", 3906),
        ),
        (  # the gun named with the verb keeps artillery
            "Russian troops fired artillery 4,210 times at Ukrainian positions, including "
            "96 times with multiple rocket launchers.",
            ("artillery", 4210),
        ),
        (  # "shelled" is gunfire by the written rules
            "Russian forces shelled the Kherson region 140 times over the past day, including "
            "85 times with multiple rocket launchers.",
            ("artillery", 140),
        ),
        (
            "The occupiers shelled Ukrainian positions and settlements 3,100 times, 70 of them "
            "with multiple rocket launchers.",
            ("artillery", 3100),
        ),
    ],
)
def test_launcher_share_total(text: str, total: tuple[str, int]) -> None:
    rows = _strikes(text)
    assert total in rows
    assert len(rows) == 2
    assert any(weapon == "mlrs" for weapon, _ in rows)


@pytest.mark.parametrize(
    "text",
    [
        # ground assaults in a front place's where-clause or "near X" (art58-09)
        "The focus was once again the area around Pokrovsk in the Donetsk region, where "
        "Russian troops attacked 52 times.",
        "The focus of the fighting was again the Kostiantynivka area, where Russian troops "
        "attacked 37 times.",
        "The heaviest pressure remained on the Huliaipole direction, where Russian units "
        "attacked 29 times over the past day.",
        "The situation was especially tense around Siversk, where the occupiers attacked "
        "Ukrainian positions 21 times.",
        "Russian troops attacked 44 times near Pokrovsk and 17 times near Lyman.",
        # a past month opening reported speech (art57-08)
        "He reminded that in September, during the incident in which about 20 drones entered "
        "Polish airspace, four of them were shot down by allied aircraft.",
        "The mayor recalled that in March, Russia had fired 14 missiles at the city, nine of "
        "which were intercepted.",
        "She noted that in July, Russian forces had launched more than 60 drones against the "
        "port in a single night.",
        "Officials recalled that in October, 17 missiles struck the region in one night.",
    ],
)
def test_no_event(text: str) -> None:
    assert _strikes(text) == []
    assert _interceptions(text) == []
