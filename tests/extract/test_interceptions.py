"""Air-defence reports: launched N, shot down M, one event per weapon."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Interception, Strike


def interceptions(text: str) -> list[Interception]:
    found = [f for f in extract(text) if isinstance(f, Interception)]
    for f in found:
        assert text[f.evidence.start : f.evidence.end] == f.evidence.text
        assert 0.0 < f.confidence <= 1.0
    return found


def row(i: Interception) -> tuple[object, ...]:
    return (i.weapon, i.weapon_model, i.launched, i.intercepted, i.all_intercepted, i.location)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine out of eleven drones sent towards Lviv were downed before dawn.",
            [("drone", None, 11, 9, False, "Lviv")],
        ),
        (
            "Russia sent 73 Shahed-136 drones at Ukraine overnight; 66 were destroyed.",
            [("drone", "Shahed-136", 73, 66, False, "Ukraine")],
        ),
        (
            "Ukrainian air defence shot down 17 of 20 cruise missiles.",
            [("missile", None, 20, 17, False, "Ukraine")],
        ),
        (
            "The air force intercepted all 8 Kalibr missiles fired from the Black Sea.",
            [("missile", "Kalibr", 8, 8, True, None)],
        ),
        (
            "Russia launched 35 drones at Ukraine. Air defences destroyed 31 of them.",
            [("drone", None, 35, 31, False, "Ukraine")],
        ),
        (
            "A further 12 drones were shot down or suppressed by electronic warfare.",
            [("drone", None, None, 12, False, None)],
        ),
        (
            "Russia fired 4 Iskander-M missiles at Dnipro; none of the missiles were intercepted.",
            [("missile", "Iskander-M", 4, 0, False, "Dnipro")],
        ),
    ],
)
def test_interceptions(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [row(i) for i in interceptions(text)] == expected


def test_all_shot_down_without_counts() -> None:
    text = "Russia attacked Ukraine with Geran-2 drones overnight. All drones were destroyed."
    (i,) = interceptions(text)
    assert row(i) == ("drone", "Geran-2", None, None, True, "Ukraine")
    assert i.evidence.text == "All drones were destroyed."


def test_bare_all_covers_every_weapon_just_launched() -> None:
    text = "The enemy launched 3 ballistic missiles and 25 drones at Kharkiv; all were shot down."
    assert [row(i) for i in interceptions(text)] == [
        ("missile", None, 3, 3, True, "Kharkiv"),
        ("drone", None, 25, 25, True, "Kharkiv"),
    ]


def test_per_weapon_figures_and_a_stated_total() -> None:
    text = (
        "Russia attacked with 52 drones and 6 missiles overnight. Air defence downed "
        "44 drones and 5 missiles. In total, 49 air attack assets were neutralised."
    )
    found = interceptions(text)
    assert [row(i) for i in found] == [
        ("drone", None, 52, 44, False, None),
        ("missile", None, 6, 5, False, None),
        ("mixed", None, None, 49, False, None),
    ]
    assert found[0].evidence.text.startswith("Russia attacked with 52 drones")
    assert found[2].evidence.text == "49 air attack assets were neutralised."


def test_combined_total_of_missiles_and_drones_is_mixed() -> None:
    text = "Air defences destroyed a combined 58 missiles and drones, the air force said."
    assert [row(i) for i in interceptions(text)] == [("mixed", None, None, 58, False, None)]


def test_model_named_earlier_in_the_paragraph() -> None:
    text = (
        "Russia attacked Ukraine with Shahed-131/136 drones overnight, the air force said. "
        "The mayor said the capital was a target. Four out of six drones launched to Kyiv "
        "were downed."
    )
    (i,) = interceptions(text)
    assert row(i) == ("drone", "Shahed-131/136", 6, 4, False, "Kyiv")


def test_per_weapon_models_in_one_clause() -> None:
    text = "The air force destroyed 18 of 21 Kh-101 and Kalibr cruise missiles overnight."
    (i,) = interceptions(text)
    assert (i.weapon_model, i.launched, i.intercepted) == ("Kh-101/Kalibr", 21, 18)


def test_a_report_is_not_also_a_strike() -> None:
    text = "Russia launched 64 drones at Ukraine overnight. Air defences destroyed 50 of them."
    found = extract(text)
    assert [type(f) for f in found if isinstance(f, (Interception, Strike))] == [Interception]
    assert not any(isinstance(f, Strike) for f in found)


def test_launch_without_outcome_is_a_strike() -> None:
    text = "Russia launched 64 drones at Ukraine overnight, the air force said."
    assert interceptions(text) == []
    (s,) = [f for f in extract(text) if isinstance(f, Strike)]
    assert (s.count, s.weapon, s.period) == (64, "drone", "overnight")


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine has shot down a Russian Su-34 jet, the air force said.",
        "The Boeing 777 was shot down over eastern Ukraine in 2014.",
        "Drones damaged 14 houses in the village.",
        "Russia's 2022 attacks destroyed 40 percent of the grid.",
        "Air defence was active in 12 regions, officials said.",
        "Debris from a downed drone injured 3 people.",
        "Air defences worked for 5 hours in all.",
    ],
)
def test_not_an_interception(text: str) -> None:
    assert interceptions(text) == []


def test_partitive_figure_and_a_stated_miss() -> None:
    text = (
        "Russia sent 38 Shahed drones and two Kinzhal missiles against Ukraine overnight. "
        "Air defence crews downed 30 of the drones, but the missiles were not intercepted."
    )
    assert [row(i) for i in interceptions(text)] == [
        ("drone", "Shahed-131/136", 38, 30, False, "Ukraine"),
        ("missile", "Kinzhal", 2, 0, False, "Ukraine"),
    ]


def test_unrelated_launch_next_to_a_report_stays_a_strike() -> None:
    text = "Russia fired 26 rockets at Nikopol. Separately, 8 out of 9 drones were shot down."
    found = extract(text)
    assert [(type(f).__name__, f.evidence.text) for f in found if not hasattr(f, "speaker")] == [
        ("Strike", "Russia fired 26 rockets at Nikopol"),
        ("Interception", "8 out of 9 drones were shot down."),
    ]
