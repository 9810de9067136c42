"""Numeric readings of the eleventh session's fourth numeric round (h_num14, ``dev_numeric52``).

Minimal sentences for each family fixed on the numeric errors of ``dev_articles45`` /
``dev_articles46`` (and the casualty miss left in ``dev_articles44``), so a regression names
the reading that broke rather than an article:

- a correction's old figure ("not with 112 drones as stated in the morning") is no count, and
  the earlier report launched with it is superseded (``_corrected``, ``_aircorrected``);
- "On Thursday, Russia had already attacked with 98 drones" / "On 11 November, a similar
  attack had wounded four people" (a fronted earlier day before a pluperfect) is background
  (``_pastday``);
- "above all over the south" is no "all" (``_airnoun``);
- a headline under a kicker line whose rounded figures the story restates (``_headfigs``);
- "carried out an operation with three drones against ... Umm al-Rashrash" is a launch, and
  "shot down two drones approaching Eilat" answers it across paragraphs (``_numclause``,
  ``_airaim``);
- "Two children were among the 14 wounded" is children 2, the total restated
  (``_casualty_amongtotal``);
- "A further 31 suffered injuries" completes the toll before it, also past one sentence
  about the dead (``_casualty_link``, ``_casualty_prior``);
- tolls per place in German order ("; in the region Wolhynien three people were injured")
  stay apart (``_casualty_each``);
- "By late evening, X put the toll at ..." replaces the first toll (``_casualty_update``).
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
        # A correction later in the day: the old figure is no launch.
        (
            "Russia had attacked with 130 drones, not with 118 as stated in the morning, the "
            "air force said. 101 of the drones were shot down.",
            [("drone", 130, 101, False)],
        ),
        (
            "The air force said Russia had sent 58 drones and not 49 as reported earlier. Air "
            "defence destroyed 44 of them.",
            [("drone", 58, 44, False)],
        ),
        # ... and the morning's report of the old figure is superseded, wherever it stands.
        (
            "Russia had launched 88 drones, not 70 drones as first reported, the air force "
            "now said. 61 of the drones were brought down.\n\nThe enemy attacked with 70 "
            "strike drones in the night, of which 52 were shot down, the air force wrote.",
            [("drone", 88, 61, False)],
        ),
        # "above all over the south" is no outcome of all.
        (
            "Russia attacked with 60 drones overnight. 45 were shot down, above all over the "
            "Kyiv region.",
            [("drone", 60, 45, False)],
        ),
        # A Houthi operation "with N drones" against a place the Israeli outcome names.
        (
            "Saree said the drone force had carried out an operation with four drones against "
            "targets in Umm al-Rashrash.\n\nThe Israeli army said it shot down three drones "
            "approaching Eilat.",
            [("drone", 4, 3, False)],
        ),
        # Headline under a kicker line: its rounded figure restates the body.
        (
            "Night of attacks\n\nRussia fires almost 70 drones\n\nRussia attacked Ukraine with "
            "68 drones overnight, the air force said. 50 of them were shot down.",
            [("drone", 68, 50, False)],
        ),
    ],
)
def test_air_readings(text: str, expected: list[Air]) -> None:
    assert _interceptions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fronted earlier day before a pluperfect recaps an earlier attack.
        ("On Wednesday, Russia had already attacked with 77 drones, the air force had said.", []),
        ("On 4 May, the Russian army had fired 16 missiles at the port.", []),
        # A verb of saying before the "had" keeps the story's own report.
        (
            "On Monday, the governor said Russia had fired 12 rockets at the town.",
            [("rocket", 12)],
        ),
        # The operation stays a strike when nothing answers it.
        (
            "Saree said the drone force had carried out an operation with two drones against "
            "targets in Eilat.",
            [("drone", 2)],
        ),
        # A headline's mixed figure under a kicker line is no strike of its own.
        (
            "Night attack\n\nRussia fires nearly 60 drones and missiles\n\nRussia attacked with "
            "55 drones and three missiles, the air force said. 40 of the drones were shot down.",
            [("missile", 3)],
        ),
    ],
)
def test_strike_readings(text: str, expected: list[tuple[str, int]]) -> None:
    assert _strikes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The total a subgroup is among: the subgroup's own figure.
        (
            "A missile hit the centre of Poltava, killing two people and injuring 25. Four "
            "children were among the 25 injured, the governor said.",
            [("people", 2, 25), ("children", None, 4)],
        ),
        # ... with no earlier toll the total is the story's own.
        (
            "Two women were among the six people killed in the strike, officials said.",
            [("women", 2, None), ("people", 6, None)],
        ),
        # "A further N suffered injuries" completes the toll before it.
        (
            "At least three people were killed in a drone attack on Kherson. A further 18 "
            "suffered injuries, the administration said.",
            [("people", 3, 18)],
        ),
        # ... also past one sentence about the dead, with no figure of its own.
        (
            "Two people were killed in Kherson, the governor said. An elderly couple died when "
            "a shell hit their home. Five more people were injured.",
            [("people", 2, 5)],
        ),
        # A sentence with a figure between them keeps the two apart.
        (
            "Two people were killed in Kherson, the governor said. 12 houses were damaged and "
            "people died. Five more people were injured.",
            [("people", 2, None), ("people", None, 5)],
        ),
        # Tolls per place, the region in German order.
        (
            "In the city of Sumy, two people were killed; in the region Poltawa four people "
            "were injured.",
            [("people", 2, None), ("people", None, 4)],
        ),
        # "By late evening, X put the toll at": the update replaces the first toll.
        (
            "One person was killed and 9 injured, the mayor said. By late evening, the police "
            "put the toll at three dead and 14 injured.",
            [("people", 3, 14)],
        ),
        # A fronted earlier date before a pluperfect is background.
        (
            "Two workers were injured in a drone attack on the port, the governor said. On 5 "
            "March, a similar strike had killed nine people.",
            [("workers", None, 2)],
        ),
    ],
)
def test_casualty_readings(text: str, expected: list[Toll]) -> None:
    assert _tolls(text) == expected
