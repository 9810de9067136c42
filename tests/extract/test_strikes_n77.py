"""Round n77's front-tally revisions on minimal passages (``dev_numeric127``, ``_n77strike``,
``_n77air``).

Strikes: one "N times" count over a list of two or more weapon kinds is ``other``, a list of one
kind before its own count in a series gives that count its kind; translated-order shelling
tallies ("Counted were N shellings", "The artillery shellings were N") and "N bombardments"
beside air strikes are artillery; a launch in a comparison's "when" clause behind an
abbreviated month, under a fronted whole year or "Only in July,", in a running total "since the
resumption of ...", dated "last year" or after "; in October alone," is background.
Interceptions: a region share "N of which over X" right after a launch-less shoot-down total
takes no launch from a week's recap told before it, and that launch keeps its strike.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Interception, Strike

SRec = tuple[str, int]
IRec = tuple[int | None, int | None]


def strikes(text: str) -> list[SRec]:
    return sorted((f.weapon, f.count) for f in extract(text) if isinstance(f, Strike))


def interceptions(text: str) -> list[IRec]:
    return sorted(
        ((f.launched, f.intercepted) for f in extract(text) if isinstance(f, Interception)),
        key=repr,
    )


STRIKES: list[tuple[str, list[SRec]]] = [
    # one count over a list of several kinds
    (
        "Russian troops struck the Pokrovska community with mortars, drones and guided bombs "
        "33 times.",
        [("other", 33)],
    ),
    ("The village came under attack by artillery and glide bombs 18 times.", [("other", 18)]),
    (
        "Russian forces shelled Zolochiv eight times with artillery and from Grad launchers.",
        [("other", 8)],
    ),
    # a series: each list of one kind takes its own count
    (
        "The enemy attacked the district with artillery 12 times and with FPV drones 26 times.",
        [("artillery", 12), ("drone", 26)],
    ),
    # controls: one kind, a count per kind told after it, a list with a verb phrase in it
    ("Russian jets struck the village with glide bombs 9 times.", [("glide_bomb", 9)]),
    ("Russian troops struck Kherson 21 times with artillery.", [("artillery", 21)]),
    (
        "Russian forces struck the district 30 times with drones and twice with glide bombs.",
        [("drone", 30), ("glide_bomb", 2)],
    ),
    (
        "The town was shelled 15 times with heavy artillery and attacked with drones.",
        [("artillery", 15)],
    ),
    # translated-order shelling tallies
    (
        "Counted were also 2.940 shellings, of them 88 with multiple rocket launchers.",
        [("artillery", 2940), ("mlrs", 88)],
    ),
    ("The artillery shellings were 143, the governor specified.", [("artillery", 143)]),
    (
        "The army carried out 41 air strikes and more than 2,800 bombardments, the general "
        "staff said.",
        [("airstrike", 41), ("artillery", 2800)],
    ),
    ("Counted were also 150 combat clashes along the front.", []),
    ("The shellings were 20 kilometres from the border.", []),
    # background launches
    ("The barrage was the biggest since Sept. 14, when Russia launched 640 drones.", []),
    ("The attack was the heaviest since Sept. 14. Russia launched 320 drones.", [("drone", 320)]),
    ("In the whole of 2024, Russia fired more than 2,000 missiles at Ukraine.", []),
    ("Only in August, Russia had sent 590 drones against Ukraine in one night.", []),
    ("Since the resumption of the strikes in May, 70 missiles have been launched at the port.", []),
    (
        "Since the start of the day, Russian troops have shelled the town 36 times.",
        [("artillery", 36)],
    ),
    ("Ukraine was attacked last year with more than 25,000 drones.", []),
    (
        "The region is shelled every day; in May alone, officials counted 1,900 shellings.",
        [],
    ),
]

INTERCEPTIONS: list[tuple[str, list[IRec]]] = [
    (
        "This week Russia launched more than 900 attack drones at Ukraine, Zelensky said.\n\n"
        "The Russian Defence Ministry said 41 Ukrainian drones had been destroyed overnight, "
        "17 of which over the Kursk region.",
        [(None, 17), (None, 41)],
    ),
    (
        "Russia launched 60 drones at Ukraine overnight. Air defences shot down 52 of them.",
        [(60, 52)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STRIKES)
def test_strikes(text: str, expected: list[SRec]) -> None:
    assert strikes(text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), INTERCEPTIONS)
def test_interceptions(text: str, expected: list[IRec]) -> None:
    assert interceptions(text) == sorted(expected, key=repr)


def test_recap_launch_keeps_its_strike() -> None:
    text = (
        "This week Russia launched more than 900 attack drones at Ukraine, Zelensky said.\n\n"
        "The Russian Defence Ministry said 41 Ukrainian drones had been destroyed overnight, "
        "17 of which over the Kursk region."
    )
    assert strikes(text) == [("drone", 900)]
