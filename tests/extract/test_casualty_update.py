"""Tolls an update in the same paragraph replaces (``_casualty_update``)."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

CASES: list[tuple[str, list[tuple[int | None, int | None]]]] = [
    (
        "Mayor Ihor Terekhov wrote that one person was killed and seven injured. By noon the "
        "toll had risen to three dead and 14 injured, he said.",
        [(3, 14)],
    ),
    (
        "Russian shelling killed one person in Kherson in the morning. In the evening the "
        "administration corrected the figures upwards: two people were killed and five injured.",
        [(2, 5)],
    ),
    (
        "At 05:10, Tkachenko wrote that three people had died and 12 were injured; the figures "
        "were updated later in the morning.",
        [],
    ),
    # Another place, or people beyond those counted: no update.
    (
        "Two people were killed and six injured in Sumy. In Kharkiv, the toll from Monday's "
        "attack has risen to five dead and 40 injured.",
        [(2, 6), (5, 40)],
    ),
    (
        "Artillery killed two people in Kherson in the morning. In the afternoon, a drone killed "
        "one more person and injured five.",
        [(2, None), (1, 5)],
    ),
]


@pytest.mark.parametrize(("text", "tolls"), CASES)
def test_updated_tolls(text: str, tolls: list[tuple[int | None, int | None]]) -> None:
    got = [(f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert got == tolls
