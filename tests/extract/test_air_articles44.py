"""Readings added for the air and strike errors of ``dev_articles44`` (``dev_numeric51``).

Minimal sentences for each family, so a regression names the reading that broke rather
than an article: translated German order with the shoot-down figure last ("of the 42
missiles the air defence managed to bring down 18", "of the 14 ballistic Iskander-M only
two"); a launch list continued with "in addition" and answered model by model ("The cruise
missiles could all four be destroyed", "the six Iskander-M reached their targets"); "not
one of them" as a stated zero; a model named again paragraphs after its launch ("One
Kh-59/69 missile was also destroyed"); a bulletin's next paragraph answering the air
force's launch; kinds listed after a combined total that no outcome answers (strikes) and
the total itself (a launch-only mixed record); "2 missile strikes" counting attacks; strikes
"on Houthi targets" (air strikes); "The most active was the X direction, where the
occupiers attacked 46 times" (ground assaults). Known misses are xfail.
"""

from __future__ import annotations

import pytest

from tests.extract.found import Air
from tests.extract.found import air_rows as _interceptions
from tests.extract.found import strike_rows as _strikes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The figure last, after the outcome verb (translated German order).
        (
            "Russia attacked with 30 missiles overnight. Of the 30 missiles the air defence "
            "managed to bring down 22.",
            [("missile", 30, 22, False)],
        ),
        (
            "Of the 45 drones, which Russia launched against Kharkiv, the defenders could "
            "intercept 37.",
            [("drone", 45, 37, False)],
        ),
        # "only N" closing the elided second half of the sentence, a model as the noun.
        (
            "Of 20 cruise missiles Kh-101, 15 were shot down, of the eight ballistic Iskander-M "
            "only three.",
            [("missile", 20, 15, False), ("missile", 8, 3, False)],
        ),
        # The share may repeat its noun or close with a place.
        (
            "Russia attacked with 30 missiles overnight. Of the 30 missiles the air defence "
            "managed to bring down 22 missiles.",
            [("missile", 30, 22, False)],
        ),
        (
            "Of the 30 drones the air defence could shoot down 24 over the capital, the mayor "
            "said.",
            [("drone", 30, 24, False)],
        ),
        # The English order is read as before.
        (
            "Of the 16 drones launched, 14 were shot down.",
            [("drone", 16, 14, False)],
        ),
        # "could all N be destroyed" and "the N X reached their targets" after a launch list.
        (
            "Russia sent 70 drones, in addition two Kinzhal missiles and three cruise missiles "
            "of the type Kalibr. The cruise missiles could all three be destroyed, while the two "
            "Kinzhal reached their targets.",
            [("missile", 3, 3, True), ("missile", 2, 0, False)],
        ),
        # With no counted launch, "could all four be destroyed" gives nothing.
        ("The cruise missiles could all four be destroyed.", []),
        # "not one" is a stated zero.
        (
            "Russia fired four ballistic missiles at Dnipro. Not one of them was intercepted.",
            [("missile", 4, 0, False)],
        ),
        (
            "Not a single one of the three Kinzhal missiles could be shot down.",
            [("missile", 3, 0, False)],
        ),
        # A model named again four sentences and a paragraph after its launch.
        (
            "Overnight the enemy attacked with 80 strike UAVs and 2 Kh-59/69 guided missiles. "
            "Launches were recorded from Kursk and Oryol. Around 40 of them were decoys.\n\n"
            "As of 09:00, air defence shot down 65 UAVs in the north and east of the country. "
            "The air attack is continuing. One Kh-59/69 missile was also destroyed.",
            [("drone", 80, 65, False), ("missile", 2, 1, False)],
        ),
        # The air force's launch answered by the next paragraph's first sentence.
        (
            "Overnight Russia used 64 attack drones against Ukraine, the Air Force reported.\n\n"
            "Air defence shot down 51 drones.",
            [("drone", 64, 51, False)],
        ),
        # A combined total whose listed kind an outcome answers: mixed launch-only beside it.
        (
            "Overnight the enemy attacked Ukraine with 120 means of air attack: 5 Iskander-M "
            "ballistic missiles and 115 strike UAVs. Air defence shot down 90 drones. The "
            "drones were launched from Kursk and Oryol. Hits were recorded at 6 locations.",
            [("mixed", 120, None, False), ("drone", 115, 90, False)],
        ),
    ],
)
def test_air_readings(text: str, expected: list[Air]) -> None:
    assert sorted(_interceptions(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "strikes"),
    [
        # A kind of a combined total no outcome answers is a strike.
        (
            "Overnight the enemy attacked Ukraine with 120 means of air attack: 5 Iskander-M "
            "ballistic missiles and 115 strike UAVs. Air defence shot down 90 drones.",
            [("missile", 5)],
        ),
        (
            "A total of 150 means of air attack were recorded, among them 144 drones and 6 "
            "missiles. 120 of the drones were neutralised.",
            [("missile", 6)],
        ),
        # "in addition N X" continues the launch list.
        (
            "Russia attacked with 50 drones, in addition three Iskander-M ballistic rockets. Of "
            "the drones, 41 could be shot down.",
            [("missile", 3)],
        ),
        (
            "Russia launched 90 drones, four cruise missiles of the type Kh-101 and two Kinzhal "
            "missiles.",
            [("drone", 90), ("missile", 4), ("missile", 2)],
        ),
        # "2 missile strikes" counts attacks: an equal launch figure elsewhere restates nothing.
        (
            "Russia fired 2 Kh-59 missiles; one was shot down.\n\nThe General Staff said the "
            "enemy launched 2 missile strikes using 4 missiles over the past day.",
            [("missile", 2), ("missile", 4)],
        ),
        # Strikes on an armed group's sites are air strikes; on settlements, other.
        (
            "The US military said it had carried out 12 strikes on Houthi targets.",
            [("airstrike", 12)],
        ),
        (
            "The Israeli army said it conducted 30 strikes against Hezbollah positions.",
            [("airstrike", 30)],
        ),
        ("Russian forces carried out 350 strikes on 12 settlements.", [("other", 350)]),
        # The front's most active direction, "where" the enemy attacked: ground assaults.
        (
            "The most active was the Lyman direction, where the occupiers attacked 27 times "
            "since the beginning of the day.",
            [],
        ),
    ],
)
def test_strike_readings(text: str, strikes: list[tuple[str, int]]) -> None:
    assert _strikes(text) == strikes
