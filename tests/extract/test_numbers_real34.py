"""Round n34's number readings on minimal passages (``dev_numeric82``, the real6 page set).

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
        # an elliptical continuation of a counted strike: a strike of the same weapon
        (
            "Three Israeli airstrikes hit Khan Younis overnight and four more targeted homes "
            "in Rafah, medics said.",
            [("airstrike", 3), ("airstrike", 4)],
            [],
        ),
        (
            "Two airstrikes hit the port, while three others occurred near the airport, "
            "residents said.",
            [("airstrike", 2), ("airstrike", 3)],
            [],
        ),
        (
            "Residents said three airstrikes hit the al-Jabbanah area and another two were "
            "carried out near Ras Isa.",
            [("airstrike", 2), ("airstrike", 3)],
            [],
        ),
        # shells told by calibre are artillery
        (
            "Two projectiles with a caliber of 155 millimeters were fired at the Petrovsky "
            "district of Donetsk, the JCCC office said.",
            [("artillery", 2)],
            [],
        ),
        (
            "Ukrainian formations fired three projectiles of 152 mm calibre at Horlivka, the "
            "office reported.",
            [("artillery", 3)],
            [],
        ),
        (
            "According to the JCCC, six 155-mm projectiles, two of them cluster munitions, hit "
            "Yasynuvata in the evening.",
            [("artillery", 6)],
            [],
        ),
        ("The office said the shells were of 155 mm calibre and of NATO standard.", [], []),
        # a counted launch answered by the definite noun: all of it, no strike
        (
            "One rocket was fired from the Gaza Strip into Israeli territory, the army said. "
            "The rocket was intercepted by the Iron Dome system.",
            [],
            [(1, 1, True)],
        ),
        (
            "Three drones were launched at the air base late on Saturday. The drones were shot "
            "down by the base's air defences.",
            [],
            [(3, 3, True)],
        ),
        (
            "Two rockets were launched from Lebanon towards Metula. Both were intercepted, the "
            "military said.",
            [],
            [(2, 2, True)],
        ),
        (
            "A rocket was launched from Lebanon towards Metula and intercepted, the military said.",
            [],
            [],
        ),
        # fixed-wing / aircraft-type UAVs are drones, one report when the quote restates it
        (
            "Air defence units destroyed 12 unmanned fixed-wing aerial vehicles over the Bryansk "
            "region, the governor said.",
            [],
            [(None, 12, False)],
        ),
        (
            "Russian air defences shot down 17 aircraft-type unmanned aerial vehicles over the "
            "Belgorod region, the ministry said.",
            [],
            [(None, 17, False)],
        ),
    ],
)
def test_air_and_strikes(
    text: str, strikes: list[tuple[str, int]], interceptions: list[Air]
) -> None:
    found_strikes, found_air, _ = _read(text)
    assert found_strikes == sorted(strikes)
    assert found_air == sorted(interceptions, key=str)


@pytest.mark.parametrize(
    ("text", "casualties"),
    [
        # an age between the count and its noun as the subject
        ("Russian shelling hit Nikopol. Two 53-year-old men were injured.", [(None, 2)]),
        (
            "A drone hit a farm building. Four 30-year-old workers sustained shrapnel wounds, "
            "the police said.",
            [(None, 4)],
        ),
        (
            "A guided bomb hit a house in Kostiantynivka. Three 80-year-old pensioners were "
            "killed, the prosecutor's office said.",
            [(3, None)],
        ),
        ("The 12-year-old girl and her 40-year-old mother were taken to hospital.", []),
        ("Four 18-storey buildings and more than 30 cars were damaged, Lysak said.", []),
        # injury tolls
        (
            "The governor put the provisional injury toll from Tuesday's attack at 31 adults and "
            "seven children.",
            [(None, 7), (None, 31)],
        ),
        (
            "Local officials put the death toll from the strike on the port at 14 and the "
            "injury toll at 52.",
            [(14, 52)],
        ),
        (
            "The prosecutor's office raised the injury toll from Monday's glide bomb attack on "
            "the city to 27.",
            [(None, 27)],
        ),
        (
            "The city council put the injury toll after the drone strike on the market at 19.",
            [(None, 19)],
        ),
        # campaign- and year-long tallies told as a clause
        (
            "Israel has killed more than 4,000 people and injured nearly 17,000 in its attacks "
            "on Lebanon, which began in October 2023, the ministry said.",
            [],
        ),
        (
            "This year alone, 1,100 ceasefire violations have taken place along the Line of "
            "Control, in which nine civilians have been martyred and more than 80 injured.",
            [],
        ),
        (
            "The ISPR said that so far this year India had committed 690 ceasefire violations, "
            "in which three civilians had been killed and 41 others injured.",
            [],
        ),
        (
            "Two villagers were martyred and five wounded when Indian troops opened fire on "
            "Khuiratta on Tuesday, the ISPR said.",
            [(2, 5)],
        ),
    ],
)
def test_casualties(text: str, casualties: list[Pair]) -> None:
    assert _read(text)[2] == sorted(casualties, key=str)


@pytest.mark.xfail(
    reason="an elliptical continuation equal to the figure it continues is dropped as a "
    "restatement of it (dnum82-018)",
    strict=True,
)
def test_equal_elliptical_continuation() -> None:
    text = "Two airstrikes hit the port area, while two others struck the airport road."
    assert _read(text)[0] == [("airstrike", 2), ("airstrike", 2)]
