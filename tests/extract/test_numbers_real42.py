"""Round n42's real-text readings (h_real_n42), on minimal sentences of our own."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty

Rec = tuple[str, int | None, int | None]

CASES: list[tuple[str, list[Rec]]] = [
    (
        "A strike on a camp killed 12 people, medics said. "
        "Among the deceased were five children, one woman, and a local imam.",
        [("people", 12, None), ("children", 5, None), ("women", 1, None)],
    ),
    (
        "Shelling killed eight people, officials said. "
        "Among the killed were three teenagers and one nurse.",
        [("people", 8, None), ("teenagers", 3, None), ("nurses", 1, None)],
    ),
    (
        "Shelling killed five people in the town. "
        "Among the dead were two firefighters and one police officer.",
        [("people", 5, None), ("firefighters", 2, None), ("police officers", 1, None)],
    ),
    (
        "A missile hit a bus in Kherson, killing three people, the governor said. "
        "He said four other Kherson residents were killed in a separate shelling attack.",
        [("people", 3, None), ("residents", 4, None)],
    ),
    ("Among the guests were four ministers and two ambassadors, the office said.", []),
    ("Among the new recruits were 30 volunteers and 10 reservists, the ministry said.", []),
    ("Two other residents of the town were evacuated after the fire, officials said.", []),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_lists_and_other_residents(text: str, want: list[Rec]) -> None:
    got = [(f.group, f.killed, f.injured) for f in extract(text) if isinstance(f, Casualty)]
    assert sorted(got, key=str) == sorted(want, key=str)
