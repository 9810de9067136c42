"""Numeric readings the lead found wrong on real pages (tenth session): tolls and strikes
in translated German copy, a purpose read as an air-defence outcome.
Sentences are the lead's own."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty, Interception, Strike


def _tolls(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(f.group, f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ums Leben gekommen": the singular "lost their life" is a death, not an injury
        ("One person lost their life in the attack.", [("people", 1, None)]),
        (
            "One person had lost their life, 14 more suffered injuries.",
            [("people", 1, 14)],
        ),
        ("Two people lost their lives, 9 others were injured.", [("people", 2, 9)]),
    ],
)
def test_translated_toll(text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    assert _tolls(text) == expected


@pytest.mark.parametrize(
    ("text", "strikes"),
    [
        # "überzog ... mit": covering a place with bombs is an attack
        ("The Russian army covered Sumy in the night with 12 glide bombs.", [("glide_bomb", 12)]),
        ("The report covered 12 regions.", []),
        # intent told with a progressive is no attack, as "plans to"
        ("Russia is said to be planning to launch 800 drones in one night.", []),
        ("Moscow is preparing to fire 60 missiles at the capital.", []),
    ],
)
def test_translated_strike(text: str, strikes: list[tuple[str, int]]) -> None:
    found = [(f.weapon, f.count) for f in extract(text) if isinstance(f, Strike)]
    assert found == strikes


@pytest.mark.parametrize(
    ("text", "air"),
    [
        # a purpose is no outcome
        ("Kyiv would need 12 more Patriot batteries to fend off 400 drones.", []),
        ("To intercept 70 missiles, Ukraine needs more interceptors.", []),
        # achievements stay outcomes
        ("Air defence managed to shoot down 30 of 36 drones.", [(36, 30)]),
        ("Russia launched 44 drones; air defence was able to destroy 39.", [(44, 39)]),
    ],
)
def test_purpose_is_no_outcome(text: str, air: list[tuple[int | None, int | None]]) -> None:
    found = [(f.launched, f.intercepted) for f in extract(text) if isinstance(f, Interception)]
    assert found == air


@pytest.mark.parametrize(
    ("text", "strikes"),
    [
        # two ways of counting the same attacks: one strike
        (
            "Russian troops fired 41 times at the Kherson region. The enemy made 41 attacks, "
            "he said.",
            [("other", 41)],
        ),
        # attacks and munitions stay apart
        (
            "Russia attacked Ochakiv 9 times with FPV drones. Nine Shahed drones hit the port.",
            [("drone", 9), ("drone", 9)],
        ),
    ],
)
def test_restated_attack_count(text: str, strikes: list[tuple[str, int]]) -> None:
    assert [(f.weapon, f.count) for f in extract(text) if isinstance(f, Strike)] == strikes


@pytest.mark.parametrize(
    ("text", "air"),
    [
        # a stated combined total is one more record, even with per-kind outcomes only
        (
            "Russia used a total of 96 means of air attack: 90 drones and six missiles. "
            "Air defence shot down 81 drones and four missiles.",
            [("mixed", 96, None), ("drone", 90, 81), ("missile", 6, 4)],
        ),
        (
            "Russia launched a combined 60 missiles and drones. Air defence shot down 40 "
            "drones and 12 missiles.",
            [("mixed", 60, None), ("drone", None, 40), ("missile", None, 12)],
        ),
        # no total stated: none is made
        (
            "Russia launched 90 drones and six missiles. Air defence shot down 81 drones and "
            "four missiles.",
            [("drone", 90, 81), ("missile", 6, 4)],
        ),
    ],
)
def test_stated_combined_total(text: str, air: list[tuple[str, int | None, int | None]]) -> None:
    found = [
        (f.weapon, f.launched, f.intercepted) for f in extract(text) if isinstance(f, Interception)
    ]
    assert sorted(found, key=str) == sorted(air, key=str)


@pytest.mark.parametrize(
    ("text", "air"),
    [
        # a model's share inside a launch list, answered by the model's own outcome
        (
            "Russia attacked with 300 means of air attack. Among them were 270 drones and 30 "
            "missiles, 20 of them Kh-101 cruise missiles and 10 Iskander-M ballistic missiles. "
            "A total of 250 targets were neutralised: 232 drones and 18 missiles, among them "
            "16 Kh-101 and two Iskander-M.",
            [
                ("mixed", 300, 250),
                ("drone", 270, 232),
                ("missile", 30, 18),
                ("missile", 20, 16),
                ("missile", 10, 2),
            ],
        ),
        # with no outcome of its own, the model's share makes no record
        (
            "Russia attacked with 300 means of air attack. Among them were 270 drones and 30 "
            "missiles, including 20 Kh-101. A total of 250 targets were neutralised: 232 "
            "drones and 18 missiles.",
            [("mixed", 300, 250), ("drone", 270, 232), ("missile", 30, 18)],
        ),
        # "nur zwei konnten abgefangen werden"
        ("Of the six Iskander-M, only two could be intercepted.", [("missile", 6, 2)]),
    ],
)
def test_model_shares_and_only(text: str, air: list[tuple[str, int | None, int | None]]) -> None:
    found = [
        (f.weapon, f.launched, f.intercepted) for f in extract(text) if isinstance(f, Interception)
    ]
    assert found == air
