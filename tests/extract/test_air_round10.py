"""The readings added with ``dev_numeric35``: translated-German air-defence copy.

Minimal sentences for each family, so a regression names the reading that broke rather
than a passage of the batch: "made/rendered harmless", a launch told afterwards in the
pluperfect, an outcome figure closing a quotation, "the location of N was lost",
"Place N" lists after a colon, shares "over the sea", another night's figures told
beside tonight's report. Known misses are marked xfail with their reason.
"""

from __future__ import annotations

import pytest

from tests.extract.found import Air
from tests.extract.found import air_rows as _interceptions
from tests.extract.found import strike_rows as _strikes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "unschädlich gemacht": an outcome verb like "neutralised".
        ("In all, 57 Russian drones were made harmless.", [("drone", None, 57, False)]),
        (
            "Russia launched 40 drones. 31 of them were rendered harmless.",
            [("drone", 40, 31, False)],
        ),
        # The launch told after the outcome, in the pluperfect.
        (
            "A total of 57 Russian drones were made harmless over Ukraine during the night. "
            "According to the air force, Russia had launched 68 drones.",
            [("drone", 68, 57, False)],
        ),
        (
            "Altogether 38 attack drones were shot down over Ukraine, the air force said. "
            "Russia had sent 44 drones of the type Shahed.",
            [("drone", 44, 38, False)],
        ),
        # The figure closes a quoted sentence.
        (
            "Russia launched 84 drones, the air force said. „Of these, the air defence shot "
            "down or suppressed 70“, it said.",
            [("drone", 84, 70, False)],
        ),
        # "the location of N was lost": lost, never a shoot-down.
        (
            "Russia sent 58 drones. 31 of them were shot down, the location of 22 was lost.",
            [("drone", 58, 31, False)],
        ),
        (
            "Russia sent 73 drones. 54 were shot down, the location of a further 14 was lost.",
            [("drone", 73, 54, False)],
        ),
        # "Place N" shares after a colon, in the sentence after the total.
        (
            "The ministry said 112 Ukrainian drones had been intercepted. The breakdown by "
            "region: Bryansk 41, Kursk 29, Moscow region 11 and Tula 9.",
            [
                ("drone", None, 112, False),
                ("drone", None, 41, False),
                ("drone", None, 29, False),
                ("drone", None, 11, False),
                ("drone", None, 9, False),
            ],
        ),
        # A share "over the sea".
        (
            "Russia said it downed 18 Ukrainian drones over Crimea, among them 12 over the sea.",
            [("drone", None, 18, False), ("drone", None, 12, False)],
        ),
        # Another night's figures beside tonight's report: background.
        (
            "Air defence shot down 62 of 75 drones overnight. The night before, Russia had "
            "attacked with 103 drones, of which 88 had been neutralised.",
            [("drone", 75, 62, False)],
        ),
        (
            "Russia fired 45 drones, 38 of which were shot down. Two nights earlier, by "
            "contrast, all 27 drones launched had been intercepted.",
            [("drone", 45, 38, False)],
        ),
    ],
)
def test_translated_outcomes(text: str, expected: list[Air]) -> None:
    assert _interceptions(text) == expected
    assert _strikes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The pluperfect launch of the side the outcome is told over never completes it.
        (
            "Russia said its air defences shot down 31 Ukrainian drones over Russia. "
            "Zelensky said Russia had launched 1,500 drones at Ukraine this week.",
            [("drone", None, 31, False)],
        ),
        # A region's share is not completed by a later pluperfect launch.
        (
            "Four drones were destroyed over the Moscow region, the mayor said. The air "
            "force said Russia had attacked with 97 drones.",
            [("drone", None, 4, False)],
        ),
        # A colon list of anything else gives no shares.
        (
            "The ministry said 40 drones had been destroyed. Affected were: Bryansk and Kursk.",
            [("drone", None, 40, False)],
        ),
    ],
)
def test_guards(text: str, expected: list[Air]) -> None:
    assert _interceptions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Another day told in a paragraph of its own stays an event (dnum20-052).
        "Russia attacked Ukraine with 90 drones overnight.\n\nA day earlier, air defences had "
        "shot down 45 drones in a similar attack.",
    ],
)
def test_other_day_own_paragraph(text: str) -> None:
    assert ("drone", None, 45, False) in _interceptions(text)


def test_split_total_without_combined_outcome() -> None:
    text = (
        "The Russian army attacked with a total of 212 aerial targets overnight – 196 drones "
        "as well as 16 cruise missiles. Shot down were 171 drones and 14 missiles."
    )
    assert ("mixed", 212, None, False) in _interceptions(text)


def test_planned_launch_is_no_strike() -> None:
    text = "Russia is said to be planning to launch 1.000 drones in a single night."
    assert _strikes(text) == []
