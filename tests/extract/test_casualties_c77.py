"""Round c77's figures that are no toll of the story on minimal passages (``dev_numeric129``,
``_c77cas``).

Each row is a short passage with the casualty records (group, killed, injured) expected of
it: an ISO date prefix whose month or day was read as the count of the group after it, and a
past incident fronted by its calendar date and told in the pluperfect after the story's own
toll; with negatives where the date stands beside a figure of its own, the day is a weekday,
a dated lede is told in the simple past, or the dated sentence is the story's only toll.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Rec = tuple[str, int | None, int | None]


def records(text: str) -> list[Rec]:
    return sorted(
        ((f.group, f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)),
        key=repr,
    )


CASES: list[tuple[str, list[Rec]]] = [
    # an ISO date's month or day is no count
    ("date 2025-04-22 Relatives mourn a farmer who was killed near Orikhiv.", []),
    ("date 2024-03-19 Israeli soldiers were killed in northern Gaza, the army said.", []),
    ("date 2025-06-11 Soldiers carry the coffin of a comrade who was killed near Lyman.", []),
    # ... but a figure of its own beside the date stays
    (
        "date 2025-06-11 Four people were killed near Lyman, the governor said.",
        [("people", 4, None)],
    ),
    (
        "date 2024-05-03 Three people were killed and 12 wounded in Kharkiv, officials said.",
        [("people", 3, 12)],
    ),
    # a dated incident recalled in the pluperfect after the story's toll
    (
        "Two people were killed at a bus stop in Kherson on Sunday, the governor said. "
        "On 3 May, the governor said that six residents had been killed in the same district.",
        [("people", 2, None)],
    ),
    (
        "One medic was killed near Rafah on Monday, the agency said. On Sept. 8, the agency "
        "reported that five of its drivers had been killed near a depot.",
        [("medics", 1, None)],
    ),
    # a calendar date bracketed before a later sentence's simple-past toll verb
    (
        "Gunmen attacked a convoy near Goma on Sunday, killing four soldiers, the army said. "
        "A raid on another convoy, also in March, killed seven civilians.",
        [("soldiers", 4, None)],
    ),
    (
        "Shelling hit Nikopol again on Friday, the governor said. The worst attack, on "
        "12 April, killed eleven people.",
        [],
    ),
    # ... but a weekday bracketed so, or a place alone, stays
    (
        "Shelling hit Nikopol again, the governor said. The worst attack, on Friday, "
        "killed eleven people.",
        [("people", 11, None)],
    ),
    # ... but a weekday, a simple-past dated lede or a lone dated toll stays
    (
        "Two people were killed in Kherson, the governor said. On Monday, he said that three "
        "more residents had been killed in the suburbs.",
        [("people", 2, None), ("residents", 3, None)],
    ),
    (
        "On June 9, three workers were killed at a depot in Odesa, the administration said.",
        [("workers", 3, None)],
    ),
    (
        "On 9 June, the ministry said that three workers had been killed at a depot in Odesa.",
        [("workers", 3, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_c77_records(text: str, expected: list[Rec]) -> None:
    assert records(text) == sorted(expected, key=repr)
