"""The readings added with ``dev_numeric57`` (h_air15) on the air and strike errors of
``dev_articles54``-``56`` (French and Italian literal translations, agency English, Ukrainian
regional posts).

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
        (  # "employed" as the launch verb (French "ont employé"), the outcome after a colon
            "Russia employed 90 drones and six missiles during the night, the air force "
            "said: 71 drones and two missiles were neutralised.",
            [("drone", 90, 71, False), ("missile", 6, 2, False)],
            [],
        ),
        (  # ... and in the same sentence, "according to whom"
            "The Russian forces employed 40 drones and three cruise missiles, said the "
            "governor, according to whom air defence shot down 30 drones and all the missiles.",
            [("drone", 40, 30, False), ("missile", 3, 3, True)],
            [],
        ),
        (  # "employed" with no outcome is a strike
            "The Russians employed 12 drones against Sumy in the evening.",
            [],
            [("drone", 12)],
        ),
        (  # a zero told as "which it was not possible to shoot down"
            "Russia launched two Iskander-M missiles at the Poltava region, which it was not "
            "possible to shoot down.",
            [("missile", 2, 0, False)],
            [],
        ),
        (  # ... and as an impersonal clause of its own
            "Russia struck Dnipro with two ballistic missiles; it was not possible to "
            "intercept them, the air force said.",
            [("missile", 2, 0, False)],
            [],
        ),
        (  # a second launch item with its own share after a zero relative of the first
            "Russia launched four ballistic missiles at the region, which could not be shot "
            "down, as well as 23 drones, 18 of which were destroyed.",
            [("missile", 4, 0, False), ("drone", 23, 18, False)],
            [],
        ),
        (  # ... after an "all of which", a model's figure ("72 Shahed drones")
            "Russia launched six Kh-101 cruise missiles, all of which were destroyed, as well "
            "as 72 Shahed drones, 61 of which were downed.",
            [("missile", 6, 6, True), ("drone", 72, 61, False)],
            [],
        ),
        (  # ... with a plain "and" after "none of which"
            "Russia launched three Iskander-M missiles, none of which could be intercepted, "
            "and 20 drones, 14 of which were destroyed.",
            [("missile", 3, 0, False), ("drone", 20, 14, False)],
            [],
        ),
        (  # the added item without an outcome stays a strike
            "Russia launched four ballistic missiles at the region, which could not be shot "
            "down, as well as 23 drones.",
            [("missile", 4, 0, False)],
            [("drone", 23)],
        ),
        (  # a shoot-down of weapons "directed at it", the attacker's claim after it
            "A French frigate shot down three drones directed at it in the Gulf of Aden. The "
            "Houthis said they had targeted the vessel with five drones.",
            [("drone", 5, 3, False)],
            [],
        ),
        (  # ... four sentences on, past a quote, when the attack is told claimed
            "The frigate shot down two drones aimed at it in the Red Sea. «The crew reacted "
            "at once», the minister said. «There was no damage.» The attack was claimed by "
            "the Houthis. Their spokesman said they had attacked the ship with four drones.",
            [("drone", 4, 2, False)],
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
        (  # a US military's strikes on sites named by their kind are air strikes
            "Centcom said US forces had carried out 16 strikes against radar installations "
            "and weapons depots in Hodeidah.",
            [("airstrike", 16)],
        ),
        (
            "The Israeli army said it had carried out 25 strikes on launch sites and "
            "command centres in southern Lebanon.",
            [("airstrike", 25)],
        ),
        (  # strikes on settlements stay "other"
            "Russian forces carried out 112 strikes on 23 settlements of the region.",
            [("other", 112)],
        ),
        (  # MLRS rounds, the next clause's subject after the launcher
            "In particular, 26 shells were fired from multiple rocket launchers, drones "
            "attacked 263 times.",
            [("mlrs", 26), ("drone", 263)],
        ),
        (
            "The enemy fired 34 shells from MLRS, drones attacked the communities 156 times.",
            [("mlrs", 34), ("drone", 156)],
        ),
        (  # rockets fired from launchers are MLRS fire (dnum55-015), HIMARS rockets stay
            "Overnight, 20 rockets were fired at the town from multiple launch rocket systems.",
            [("mlrs", 20)],
        ),
        (
            "Ukrainian forces fired 25 rockets from HIMARS launchers at Russian positions.",
            [("rocket", 25)],
        ),
    ],
)
def test_strike_readings(text: str, strikes: list[tuple[str, int]]) -> None:
    assert sorted(_strikes(text)) == sorted(strikes)
    assert _interceptions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The heaviest fighting was near Pokrovsk and Novopavlivka, where the Russians had "
        "attacked 46 times.",
        "Fighting was fiercest around Kostiantynivka, Toretsk and Chasiv Yar, where the enemy "
        "attacked 38 times.",
        "The Russian military employs on average 100 guided bombs a day along the front.",
        "Moscow could employ as many as 500 drones in a single night, analysts warned.",
        "The Israeli army has carried out thousands of strikes on Gaza since the war began.",
        "A Danish frigate shot down drones directed at it, without giving a number.",
    ],
)
def test_no_event(text: str) -> None:
    assert _strikes(text) == []
    assert _interceptions(text) == []
