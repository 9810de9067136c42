"""Numeric readings of the eleventh session's last numeric round (h_fin_num, ``dev_numeric53``).

Minimal sentences for each family fixed on the numeric errors of ``dev_articles48`` /
``dev_articles49``, so a regression names the reading that broke rather than an article:

- a rise of one kind of a two-kind toll, told with the reporter as subject ("raised the
  number of dead to six") or paragraphs later, updates that toll (``_casualty_fix``);
- "N people were also injured" completes a killed-only toll (``_casualty_link``);
- "The air force reported N drones and M missiles during the night" is the launch the next
  sentence's shoot-downs answer (``_numclause``);
- ", which could not be shot down" after a counted launch is a stated zero (``_airzero``);
- "N of them were fired from multiple rocket launchers" opening the sentence after a
  shelling total is an MLRS share (``_strikeorder``);
- a stamped ticker heading in its own paragraph, restated by its entry, is no event
  (``_headfigs``), and a newer entry's toll replaces an older one under the same kicker
  (``_casualty_ticker``);
- "Two men are in critical condition" after an injured toll is men 2 (``_casualty_state``).
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty
from tests.extract.found import Air
from tests.extract.found import air_rows as _interceptions
from tests.extract.found import strike_rows as _strikes

Toll = tuple[str, int | None, int | None]


def _tolls(text: str) -> list[Toll]:
    return [(f.group, f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "reported N X and M Y during the night": the launch of the next sentence's outcome.
        (
            "The air force reported 58 drones and two Kh-59 guided missiles during the night. "
            "44 drones were shot down, of the missiles one.",
            [("drone", 58, 44, False), ("missile", 2, 1, False)],
        ),
        (
            "The air force reported 47 drones during the night. 39 drones were destroyed, it said.",
            [("drone", 47, 39, False)],
        ),
        # ", which could not be shot down": a stated zero of the launch before it.
        (
            "The air force said Russia fired two Iskander-M missiles at Poltava, which could "
            "not be shot down.",
            [("missile", 2, 0, False)],
        ),
        (
            "Russia struck Dnipro with three ballistic missiles, which air defence was unable "
            "to intercept, the air force said.",
            [("missile", 3, 0, False)],
        ),
        # A stamped heading restated by its entry below is no second shoot-down.
        (
            "+++ 07:40 +++ Moscow: 22 drones over Kursk\n\nThe Russian Defence Ministry said "
            "it had shot down 22 Ukrainian drones overnight over the Kursk region.",
            [("drone", None, 22, False)],
        ),
    ],
)
def test_air_readings(text: str, expected: list[Air]) -> None:
    assert _interceptions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A figure-first share of a shelling total fired from MLRS.
        (
            "The General Staff counted 3.940 shellings over the past day. 74 of them were "
            "fired from multiple rocket launchers.",
            [("artillery", 3940), ("mlrs", 74)],
        ),
        # "reported N drones during the night" with an outcome is no strike.
        (
            "The air force reported 61 drones during the night. 50 drones were shot down.",
            [],
        ),
        # A ticker heading in its own paragraph whose entry was superseded: no strike.
        (
            "+++ 13:00 +++ Air force corrects figures\n\nRussia attacked with 95 drones "
            "overnight, not with 80 as first reported. 70 of them were shot down.\n\n"
            "+++ 07:10 +++ Night attack with 80 drones\n\nRussia attacked Ukraine with 80 "
            "drones overnight, the air force said. 62 of them were shot down.",
            [],
        ),
        # Not a share of shellings: assaults repelled are ground fighting.
        (
            "Of the 41 Russian assaults near Pokrovsk, 30 were repelled, the General Staff said.",
            [],
        ),
    ],
)
def test_strike_readings(text: str, expected: list[tuple[str, int]]) -> None:
    assert _strikes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A rise of one kind paragraphs after a two-kind toll updates it.
        (
            "Russia shelled Kherson overnight. According to governor Oleksandr Prokudin, two "
            "people were killed and 14 injured.\n\nSeveral houses and a school were damaged. "
            "Power lines were cut in three districts.\n\nThe air force said Russia had "
            "launched 73 drones. 58 of them were shot down.\n\nBy the evening the number of "
            "injured had risen to 19, the regional administration announced.",
            [("people", 2, 19)],
        ),
        # ... also told with the reporter as subject.
        (
            "At least three people were killed in Dnipro, the governor said. More than 15 "
            "others were injured.\n\nIn the afternoon the city administration raised the "
            "number of dead to five. The number of injured rose to 21.",
            [("people", 5, 21)],
        ),
        # "N people were also injured" completes the killed-only lead.
        (
            "Russian strikes on Sumy have killed two people. According to the regional "
            "administration, 12 people were also injured.",
            [("people", 2, 12)],
        ),
        # A condition share with its own group noun.
        (
            "Nine people were wounded in the shelling of Nikopol, the governor said. Two men "
            "are in critical condition.",
            [("people", None, 9), ("men", None, 2)],
        ),
        # No condition: no record.
        ("Two women are in the running for the post of mayor, the commission said.", []),
        # A newer ticker entry's toll replaces the older entry's toll of the same place.
        (
            "+++ 16:20 +++ Cherson: toll rises to three\n\nIn Cherson, the number of dead "
            "after the shelling has risen to three, the governor wrote. Five people were "
            "injured.\n\n+++ 10:05 +++ Cherson: two dead after shelling\n\nRussian troops "
            "shelled Cherson in the morning. Two people were killed, the administration said.",
            [("people", 3, 5)],
        ),
        # A rise of something else is no toll.
        (
            "By midday the number of households without electricity had risen to 31,000, the "
            "energy company said.",
            [],
        ),
    ],
)
def test_casualty_readings(text: str, expected: list[Toll]) -> None:
    assert _tolls(text) == expected
