"""The readings added with ``dev_numeric65`` (h_air20) on the air and strike errors of
``dev_articles63`` (translated German online copy) and ``dev_articles64`` (French, Italian,
Romanian, Moldovan and Belgian translations).

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
        (  # "reported N X and M Y in the night to Thursday." counts what came in
            "The air force reported 93 drones and four Iskander-M missiles in the night to "
            "Thursday. 72 drones were shot down, of the missiles only one.",
            [("drone", 93, 72, False), ("missile", 4, 1, False)],
            [],
        ),
        (  # "spoke of" as "reported"
            "The air force spoke of 80 drones in the night to Friday. 66 of them were shot "
            "down or jammed.",
            [("drone", 80, 66, False)],
            [],
        ),
        (  # a second noun in the launch list ("and decoys")
            "The air force reported 66 attack drones and decoys and two Kh-59 missiles. Of "
            "the drones, 50 were shot down; both missiles hit targets.",
            [("drone", 66, 50, False), ("missile", 2, 0, False)],
            [],
        ),
        (  # each fronted share after a semicolon takes its own front's weapon
            "Of the 38 missiles, air defence brought down 29; of the 460 drones, 437 were "
            "shot down or jammed.",
            [("missile", 38, 29, False), ("drone", 460, 437, False)],
            [],
        ),
        (  # "of which N were X" is part of the launch before it
            "Russia launched 430 drones and 19 missiles, of which 18 were Iskander-M "
            "ballistic missiles. The air defence destroyed 388 drones and 14 missiles.",
            [("drone", 430, 388, False), ("missile", 19, 14, False)],
            [],
        ),
        (  # "over that of X" continues a region list
            "Air defence destroyed 50 drones, of which 20 over the region of Bryansk and "
            "15 over that of Kursk.",
            [("drone", None, 50, False), ("drone", None, 20, False), ("drone", None, 15, False)],
            [],
        ),
        (  # a bare breakdown opening the next paragraph
            "The ministry said 70 drones had been destroyed overnight.\n\nThe breakdown by "
            "region: Bryansk 30, Kursk 25, Oryol 15.",
            [
                ("drone", None, 70, False),
                ("drone", None, 30, False),
                ("drone", None, 25, False),
                ("drone", None, 15, False),
            ],
            [],
        ),
        (  # figures in brackets after the places
            "The ministry said 40 drones were shot down. Most were destroyed over Bryansk "
            "(18), followed by Kursk (11).",
            [("drone", None, 40, False), ("drone", None, 18, False), ("drone", None, 11, False)],
            [],
        ),
        (  # "the X region with N"
            "Air defence destroyed 60 drones, the ministry said. Most were recorded in the "
            "Belgorod region with 25 and the Kursk region with 20.",
            [("drone", None, 60, False), ("drone", None, 25, False), ("drone", None, 20, False)],
            [],
        ),
        (  # "N fell over the X region" (German "entfielen auf")
            "The ministry reported 45 drones destroyed. Of these, 20 fell over the Bryansk "
            "region and 12 over the Tula region.",
            [("drone", None, 45, False), ("drone", None, 20, False), ("drone", None, 12, False)],
            [],
        ),
        (  # a dated past episode's "when" clause is background
            "The minister recalled the episode of September, when 19 drones entered Polish "
            "airspace and only four were shot down.",
            [],
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
        ("Two drones fell on Moldovan territory in the night, the ministry said.", []),
        ("Three more drones fell on the territory of Romania near the border.", []),
        ("Two missiles fell on the territory of a school in Kharkiv.", [("missile", 2)]),
        ("A security source said one of the strikes had targeted a car near Tyre.", []),
        ("One of the attacks targeted a petrol station in Kharkiv, the governor wrote.", []),
        ("Russia fired three missiles at Kharkiv, the governor wrote.", [("missile", 3)]),
    ],
)
def test_strike_readings(text: str, strikes: list[tuple[str, int]]) -> None:
    assert sorted(_strikes(text)) == sorted(strikes)


@pytest.mark.parametrize(
    ("text", "air"),
    [
        pytest.param(
            "The ministry said 90 drones were shot down. Bryansk accounted for 30 of them, "
            "Kursk for 20.",
            [("drone", None, 90, False), ("drone", None, 30, False), ("drone", None, 20, False)],
            id="accounted-for",  # closed by _air21shares (dev_numeric66)
        ),
        pytest.param(
            "The ministry said 90 drones were shot down, 30 of them over Bryansk, followed "
            "by Kursk with 20.",
            [("drone", None, 90, False), ("drone", None, 30, False), ("drone", None, 20, False)],
            id="followed-by",  # closed by _air21shares (dev_numeric66)
        ),
    ],
)
def test_air_open(text: str, air: list[Air]) -> None:
    assert sorted(_interceptions(text), key=str) == sorted(air, key=str)
