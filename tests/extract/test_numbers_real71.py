"""Round n71's strike and interception revisions on minimal passages (``dev_numeric120``,
``_n71air``, ``_n71pair``).

Each row is a short passage with the strikes (counts) and interceptions (launched,
intercepted) expected of it: a recap opener behind a glued "Read also:" line or "It was
earlier reported that", launcher-name digits ("RM-70"), "few of the N", and a counted launch
answered by a figureless outcome later in the story, with negatives where the same words
carry none (an outcome told before a claimed launch, a drone depot, a past year, a running
total, a counted shoot-down, a model name).
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Interception, Strike

Row = tuple[str, list[int], list[tuple[int | None, int | None]]]


def numbers(text: str) -> tuple[list[int], list[tuple[int | None, int | None]]]:
    found = extract(text)
    strikes = [f.count for f in found if isinstance(f, Strike)]
    reports = [(f.launched, f.intercepted) for f in found if isinstance(f, Interception)]
    return strikes, reports


CASES: list[Row] = [
    (
        "A barn burned in Pokrovske overnight.\n\nRead also: Drones downed over the east\n\n"
        "As previously reported by Ukrinform, the enemy shelled the community six times with "
        "artillery at night.",
        [],
        [],
    ),
    (
        "Roads were closed near Sumy.\n\nRead also: New aid package announced\n"
        "It was earlier reported that the enemy struck the town with four glide bombs.",
        [],
        [],
    ),
    (
        "Read also: Drones hit Kharkiv\n\nRussian troops attacked Kupiansk with seven drones on "
        "Monday, the governor said.",
        [7],
        [],
    ),
    (
        "Air defences downed nine RM-70 Vampir rockets over Kursk, the ministry said.",
        [],
        [(None, 9)],
    ),
    (
        "Few of the nearly 70 missiles fired on Friday were intercepted, officials said.",
        [],
        [(70, None)],
    ),
    (
        "Rebels fired at least one drone at a frigate in the Red Sea, the navy said.\n\n"
        "The frigate later destroyed a Houthi UAV heading its way.",
        [],
        [(1, None)],
    ),
    (
        "Russia launched more than 200 strike drones at Ukraine overnight.\n\n"
        "Air defence managed to destroy many targets, the president said.",
        [],
        [(200, None)],
    ),
    (
        "The army said it had intercepted a ballistic missile launched from Yemen. The Houthis "
        "said they had fired two missiles at the airport.",
        [2],
        [],
    ),
    (
        "Russian forces fired 11 rockets at Kherson. Ukrainian drones destroyed a drone depot "
        "near Oleshky, the command said.",
        [11],
        [],
    ),
    (
        "In 2023 the group fired 30 missiles at shipping. On Monday a destroyer intercepted a "
        "missile over the Red Sea.",
        [],
        [],
    ),
    (
        "A destroyer intercepted three missiles and several drones launched by the Houthis, the "
        "Pentagon said.",
        [],
        [(None, 3)],
    ),
]


@pytest.mark.parametrize(("text", "strikes", "reports"), CASES)
def test_n71_revisions(
    text: str, strikes: list[int], reports: list[tuple[int | None, int | None]]
) -> None:
    assert numbers(text) == (strikes, reports)
