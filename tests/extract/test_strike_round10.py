"""Strike shapes of translated German ticker copy (tenth session, ``dev_numeric36``).

One minimal sentence per reading of :mod:`pipeline.extract._strikeorder` and the
widened ground-assault guard of :mod:`pipeline.extract._strikecount`; each row lists
the strikes expected as (weapon, count), in order.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Strike


def _found(text: str) -> list[tuple[str, int | None]]:
    return [(f.weapon, f.count) for f in extract(text) if isinstance(f, Strike)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attribution aside between the verb and its figure
        (
            "The Russian army attacked, according to the air force, with 54 drones.",
            [("drone", 54)],
        ),
        (
            "Russia attacked Odesa, as the governor wrote on Telegram, with 19 drones.",
            [("drone", 19)],
        ),
        (
            "Ukrainian troops fired, the ministry in Moscow said, 6 rockets of the type HIMARS.",
            [("rocket", 6)],
        ),
        # "setzte ... ein": employed
        ("Besides, the Russian army employed 2,940 kamikaze drones.", [("drone", 2940)]),
        # the weapon between the verb and "N times", or after a fronted count
        ("The Russian army fired artillery 120 times at the region.", [("artillery", 120)]),
        ("The Russian army fired rockets 14 times at the city.", [("rocket", 14)]),
        ("The Russian troops shot at the city with artillery five times.", [("artillery", 5)]),
        (
            "Three times Russian jets dropped guided bombs on Kupiansk.",
            [("glide_bomb", 3)],
        ),
        (
            "From the air the Russian army attacked the village of Stepnohirsk eight times.",
            [("airstrike", 8)],
        ),
        # "N times <weapon>" in a list of uses
        (
            "The Russians used 173 drones, five times multiple rocket launchers and 135 times "
            "guns.",
            [("drone", 173), ("mlrs", 5), ("artillery", 135)],
        ),
        # the air force or "aerial attacks" carried the attacks
        (
            "The Ukrainian air force attacked 11 times areas of troop concentration.",
            [("airstrike", 11)],
        ),
        ("The Russian air force carried out 26 aerial attacks.", [("airstrike", 26)]),
        # a tally whose first count is ground fighting
        (
            "The general staff counted 152 combat clashes and 4,870 shellings.",
            [("artillery", 4870)],
        ),
        (
            "The general staff registered 118 combat engagements and 61 air strikes.",
            [("airstrike", 61)],
        ),
        # the attacks recorded after their own "with N missiles"
        (
            "Besides that, 3 missile strikes with 7 missiles were reported.",
            [("missile", 3), ("missile", 7)],
        ),
        # a breakdown opening the next sentence
        (
            "Russia carried out 5,120 attacks on positions and settlements. "
            "Among them were 77 with multiple rocket launchers.",
            [("other", 5120), ("mlrs", 77)],
        ),
        # the count told as "the number of ..."
        ("The number of Russian air strikes rose on Tuesday to 58.", [("airstrike", 58)]),
        # no strike: ground assaults per direction, a whole past year
        ("In the direction of Pokrovsk the enemy attacked 47 times.", []),
        ("In the Kupiansk sector the Russian army attacked 14 times.", []),
        ("Near Kurakhove the occupiers undertook 33 attacks on Ukrainian positions.", []),
        ("In the whole of 2024 Russia fired around 9.000 glide bombs at the region.", []),
        # "flying objects of the type X" and a shelling tally after a colon
        # (pipeline.extract._n24objects)
        ("Russia launched 75 flying objects of the type Shahed at Kyiv.", [("drone", 75)]),
        (
            "The Russians attacked 18 localities in the Sumy region: 27 shellings in one day.",
            [("artillery", 27)],
        ),
    ],
)
def test_translated_strike_shapes(text: str, expected: list[tuple[str, int]]) -> None:
    assert _found(text) == expected
