"""Round n69's launch/outcome pairings on minimal passages (``dev_numeric118``, ``_n69air``).

Each row is a short passage with the strikes (counts) and interceptions (launched,
intercepted) expected of it: an ordinal outcome in the launch sentence, "K of the rockets
were deflected" after a counted launch, the rest of it told as landing, and shoot-down
ranges (their lower bound, as before), with negatives where the same words carry none.
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
        "Gunmen fired six rockets at Netivot, five of which fell short and a sixth that was "
        "intercepted, the army said.",
        [],
        [(6, 1)],
    ),
    (
        "The rebels launched three drones at a frigate, two of which crashed while the third "
        "was shot down, the navy said.",
        [],
        [(3, 1)],
    ),
    (
        "Three rockets were fired at Metula on Friday, officials said. Radio reports said one "
        "of the rockets was deflected by air defences.",
        [],
        [(3, 1)],
    ),
    (
        "Eight missiles were launched at the base, the army said. Two of them were deflected "
        "over the sea.",
        [],
        [(8, 2)],
    ),
    (
        "Four rockets were fired from Lebanon at Safed, officials said. One of the rockets was "
        "deflected in flight. Three rockets landed in open ground.",
        [],
        [(4, 1)],
    ),
    (
        "A warship shot down three to five cruise missiles over the Red Sea, an official said.",
        [],
        [(None, 3)],
    ),
    (
        "Air defences downed between 14 and 16 drones over the region, the governor said.",
        [],
        [(None, 14)],
    ),
    ("The minister deflected questions about the 12 drones bought last year.", [], []),
    ("Militants fired three mortar rounds at the post, a third that went astray.", [3], []),
    (
        "Air defences shot down 12 drones over Sumy, the air force said. The alert lasted four "
        "to six hours.",
        [],
        [(None, 12)],
    ),
]


@pytest.mark.parametrize(("text", "strikes", "reports"), CASES)
def test_n69_pairings(
    text: str, strikes: list[int], reports: list[tuple[int | None, int | None]]
) -> None:
    assert numbers(text) == (strikes, reports)
