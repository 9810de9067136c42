"""Round n73's strike and interception revisions on minimal passages (``dev_numeric122``,
``_n73air``, ``_n73kind``).

Each row is a short passage with the strikes (count, weapon) and interceptions (launched,
intercepted) expected of it: a counted salvo answered by a quantified share without a number
("most of the targets were downed", "some of the rockets were intercepted", in a later
sentence or fronting the salvo), and a bare strike tally carrying the one weapon kind its
story's lead names as a strike compound; with negatives where the same words carry none (a
share of people or vehicles, a running total, a share before the launch, two weapon kinds,
a compound only in the tally's own sentence).
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Interception, Strike

Row = tuple[str, list[tuple[int, str]], list[tuple[int | None, int | None]]]


def numbers(
    text: str,
) -> tuple[list[tuple[int, str]], list[tuple[int | None, int | None]]]:
    found = extract(text)
    strikes = [(f.count, f.weapon) for f in found if isinstance(f, Strike)]
    reports = sorted(
        ((f.launched, f.intercepted) for f in found if isinstance(f, Interception)),
        key=lambda r: (r[0] or 0, r[1] or 0),
    )
    return strikes, reports


CASES: list[Row] = [
    (
        "Some 25 drones and five missiles were launched at the Voronezh region, the governor "
        "said. Most of the air targets were shot down.",
        [],
        [(5, None), (25, None)],
    ),
    (
        "About 50 rockets were fired from Lebanon on Monday, the army said.\n\n"
        "Some of the rockets were intercepted over the Galilee.",
        [],
        [(50, None)],
    ),
    (
        "Most of the 20 drones and three missiles launched overnight were downed by air "
        "defence, the air force said.",
        [],
        [(3, None), (20, None)],
    ),
    (
        "Eight drones were sent toward Odesa before dawn. Many of them were destroyed, the "
        "regional administration said.",
        [],
        [(8, None)],
    ),
    (
        "Since January, over 1,500 drones have been launched at the city. Most of them were "
        "intercepted, the mayor said.",
        [],
        [],
    ),
    (
        "Most of the drones were shot down over Poltava, the air force said. Later, six "
        "missiles were launched at Kharkiv.",
        [(6, "missile")],
        [],
    ),
    ("Some of the 40 workers of the mine were sent home, the company said.", [], []),
    (
        "Israeli air strikes hit Rafah overnight, medics said. A house in the city was hit "
        "three times, they said.",
        [(3, "airstrike")],
        [],
    ),
    (
        "A series of Russian drone strikes hit Sumy on Friday, the mayor said.\n\n"
        "He reported two strikes on the city centre.",
        [(2, "drone")],
        [],
    ),
    (
        "Russia launched a missile and drone attack on Rivne overnight. The governor reported "
        "three strikes on the city.",
        [(3, "other")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "strikes", "reports"), CASES)
def test_numbers(
    text: str,
    strikes: list[tuple[int, str]],
    reports: list[tuple[int | None, int | None]],
) -> None:
    assert numbers(text) == (strikes, reports)
