"""Minimal sentences for the air and strike readings of the h_air21 round (``dev_numeric72``).

Each row is one family of literal Romance or Ukrainian number syntax met in
``dev_articles69``/``68``: the strikes and interceptions (weapon, figures) the extractor
must find in it, and nothing else of those kinds.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Interception, Strike

Struck = tuple[str, int]
"""A strike: weapon, count."""
Caught = tuple[str, int | None, int | None]
"""An interception: weapon, launched, intercepted."""


def _read(text: str) -> tuple[list[Struck], list[Caught]]:
    found = extract(text)
    strikes = sorted((f.weapon, f.count) for f in found if isinstance(f, Strike))
    caught = sorted(
        ((f.weapon, f.launched, f.intercepted) for f in found if isinstance(f, Interception)),
        key=str,
    )
    return strikes, caught


CASES: list[tuple[str, list[Struck], list[Caught]]] = [
    # a military's strikes on an armed group's sites, Romance order (_a21group)
    (
        "The Israeli army affirmed it had carried out a dozen strikes against positions of "
        "Hezbollah in the south.",
        [("airstrike", 12)],
        [],
    ),
    (
        "Centcom made known that it had conducted «more than 30 strikes» against radar "
        "installations and depots of missiles.",
        [("airstrike", 30)],
        [],
    ),
    (
        "The Pentagon said its forces had conducted fifteen strikes against sites of launch of "
        "missiles of the Yemeni rebels.",
        [("airstrike", 15)],
        [],
    ),
    (
        "The Israeli army carried out during the day about fifteen strikes in the south of "
        "Lebanon, targeting positions of Hezbollah.",
        [("airstrike", 15)],
        [],
    ),
    (
        "Russian forces carried out 447 strikes on 13 settlements of the region.",
        [("other", 447)],
        [],
    ),
    # counted raids told as a predicate (_a21raids)
    (
        "According to Al-Masirah, the American raids were about twenty.",
        [("airstrike", 20)],
        [],
    ),
    (
        "Were 15 the Israeli raids on the south of Lebanon in the last 24 hours.",
        [("airstrike", 15)],
        [],
    ),
    (
        "The police carried out raids in three towns. The raids were 12 and 25 people were "
        "arrested.",
        [],
        [],
    ),
    # claim and shoot-down sentences apart (_a21claim)
    (
        "A French frigate shot down three drones in the Gulf of Aden during the night. The "
        "Houthis claimed in the morning to have targeted the ship with six drones.",
        [],
        [("drone", 6, 3)],
    ),
    (
        "The rebels had carried out an operation with 4 drones against Umm al-Rashrash.\n\n"
        "The Israeli army made known that it had shot down 2 drones coming from the east.",
        [],
        [("drone", 4, 2)],
    ),
    # class fronts and the class launch (_a21fronts)
    (
        "Russia sent 96 drones, as well as six missiles, among them four Kh-101. Of the drones, "
        "71 were neutralised; of the missiles, only two were shot down.",
        [],
        [("drone", 96, 71), ("missile", 6, 2)],
    ),
    (
        "Russia sent 142 drones, as well as seven missiles, among them five Iskander-M.\n\n"
        "Of the 142 drones, 118 were neutralised. Of the missiles, only three were intercepted.",
        [],
        [("drone", 142, 118), ("missile", 7, 3)],
    ),
    (
        "The Russian air defence destroyed 87 drones. The largest part, 31 devices, was "
        "intercepted above the region of Bryansk.",
        [],
        [("drone", None, 31), ("drone", None, 87)],
    ),
    # a list item "of the X type" (_a21list)
    (
        "Over the past day the enemy used against the region 2 guided aerial bombs, 19 drones of "
        "the Shahed type and 5 Molniya UAVs.",
        [("drone", 5), ("drone", 19), ("glide_bomb", 2)],
        [],
    ),
    # a participle launch in a ticker line (_a21ticker)
    (
        "Night attack on Ukraine: 71 drones and 3 missiles launched, 50 drones shot down.",
        [("missile", 3)],
        [("drone", 71, 50)],
    ),
    # a denied "any of the N" (_a21zero)
    (
        "The air defence did not manage to shoot down any of the 4 ballistic missiles.",
        [],
        [("missile", 4, 0)],
    ),
    # a launch told after the outcome (_a21those)
    (
        "The air defence shot down 47 drones Shahed in an attack in which Russia employed a "
        "total of 61 of those systems.",
        [],
        [("drone", 61, 47)],
    ),
    # "aircraft without pilot" (_airnoun), "would have been shot down" (_airmention)
    (
        "Moscow launched in the night 73 aircraft without pilot, of which 58 would have been "
        "shot down or neutralised.",
        [],
        [("drone", 73, 58)],
    ),
    # "reported N drones of the enemy" (_air20verbs)
    (
        "The air force reported 130 drones of the enemy during the night. 97 were shot down.",
        [],
        [("drone", 130, 97)],
    ),
    # capability and stockpile (_prec13read)
    (
        "Italy will deliver a battery SAMP/T, able to intercept up to 10 missiles at the same "
        "time.",
        [],
        [],
    ),
    ("The Houthis affirmed to possess more than 1,000 drones ready to be launched.", [], []),
]


@pytest.mark.parametrize(("text", "strikes", "caught"), CASES, ids=[c[0][:48] for c in CASES])
def test_air_articles69(text: str, strikes: list[Struck], caught: list[Caught]) -> None:
    assert _read(text) == (sorted(strikes), sorted(caught, key=str))


# Open here until the fourteenth session's numeric leftovers (h_num26, ``_n26words``/``_n26zero``).
KNOWN = [
    pytest.param(
        "Russia launched three ballistic missiles against Kharkiv. All reached their objectives.",
        [],
        [("missile", 3, 0)],
        id="all reached their objectives",
    ),
    pytest.param(
        "Russia fired 6 missiles at Odesa. The air defence could not intercept any of the "
        "missiles.",
        [],
        [("missile", 6, 0)],
        id="could not intercept any of the missiles",
    ),
]


@pytest.mark.parametrize(("text", "strikes", "caught"), KNOWN)
def test_air_articles69_known(text: str, strikes: list[Struck], caught: list[Caught]) -> None:
    assert _read(text) == (sorted(strikes), sorted(caught, key=str))
