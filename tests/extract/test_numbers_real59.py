"""Readings of round n59's real-text numeric families (twenty-second session, h_fix_n59).

Table-driven minimal sentences of our own for ``_n59strike`` (a tally of times struck by
Israel or its army is an air strike; another subject's tally keeps ``other``) and
``_n59cas`` (a headline's toll restated below in other words at another place grain gives
no record of its own; a headline whose figures the story does not restate stays), each
with guards.
"""

from __future__ import annotations

import pytest

from pipeline.extract import _n59cas, extract
from pipeline.extract.model import Casualty, Strike

Toll = tuple[str, int | None, int | None]


def tolls(text: str) -> list[tuple[Toll, int]]:
    return [
        ((f.group, f.killed, f.injured), f.evidence.start)
        for f in extract(text)
        if isinstance(f, Casualty)
    ]


def strikes(text: str) -> list[tuple[str | None, str, int | None]]:
    return [(f.attacker, f.weapon, f.count) for f in extract(text) if isinstance(f, Strike)]


STRIKES = [
    (
        "A Lebanese outlet reported that Israel had struck 18 times across the south.",
        [("Israel", "airstrike", 18)],
    ),
    (
        "The Israeli army struck seven times near Nabatieh overnight, a source said.",
        [("Israel", "airstrike", 7)],
    ),
    (
        "The IDF struck 12 times around Tyre on Sunday, the outlet said.",
        [("Israel", "airstrike", 12)],
    ),
    (
        "Russian forces struck 16 times at border villages in Sumy region with mortars, "
        "artillery and drones, the administration said.",
        [("Russia", "other", 16)],
    ),
    ("Israel said it had struck militant targets several times in recent weeks.", []),
]


@pytest.mark.parametrize(("text", "expected"), STRIKES)
def test_n59_strikes(text: str, expected: list[tuple[str | None, str, int | None]]) -> None:
    assert strikes(text) == expected


HEAD_RESTATED = (
    "Two dead and five wounded: Russian troops attacked 17 villages in Kherson region\n"
    "Over the past day, Russian troops shelled 17 villages in the Kherson region.\n"
    "Bilozerka, Tiahynka and the city of Kherson were under fire.\n"
    "Due to the shelling, 2 people died and 5 more were injured."
)
HEAD_OTHER = (
    "Two dead and five wounded: Russian troops attacked 17 villages in Kherson region\n"
    "Over the past day, Russian troops shelled 17 villages in the Kherson region.\n"
    "Bilozerka, Tiahynka and the city of Kherson were under fire.\n"
    "In Bilozerka, 1 person died and 2 more were injured."
)
HEAD_PROSE = (
    "Russian troops attacked Kherson on Monday, killing two people and wounding five.\n"
    "Later, 2 people died and 5 more were injured in Bilozerka, the governor said."
)

TOLLS = [
    (HEAD_RESTATED, [(("people", 2, 5), HEAD_RESTATED.index("2 people"))]),
    (HEAD_OTHER, [(("people", 2, 5), 0), (("people", 1, 2), HEAD_OTHER.index("1 person"))]),
]


@pytest.mark.parametrize(("text", "expected"), TOLLS)
def test_n59_headline_toll(text: str, expected: list[tuple[Toll, int]]) -> None:
    assert tolls(text) == expected


HEADS = [
    (HEAD_RESTATED, HEAD_RESTATED.index("\n")),
    (HEAD_PROSE, -1),
    ("One line only, no break", -1),
    ("Kherson: «Two dead»\nThe governor said two died.", -1),
]


@pytest.mark.parametrize(("text", "expected"), HEADS)
def test_n59_headline_line(text: str, expected: int) -> None:
    """Only a first line without closing punctuation is read as a headline."""
    assert _n59cas._head_end(text) == expected
