from __future__ import annotations

from typing import Any

import pytest

from pipeline.alerting.conditions import ConditionError
from pipeline.tail import record_filter

RECORDS: list[Any] = [
    {"type": "interception", "launched": 60},
    {"type": "interception", "launched": 12},
    {"type": "strike", "count": 120, "weapon": "artillery"},
    {"raw": "not json"},
    [1, 2],
]


@pytest.mark.parametrize(
    ("types", "where", "kept"),
    [
        ((), ("launched>=50",), [0]),
        (("strike",), (), [2]),
        (("strike", "interception"), (), [0, 1, 2]),
        (("interception",), ("launched < 50",), [1]),
        ((), ("count >= 100", "weapon == artillery"), [2]),
        ((), ("count >= 100 and weapon == mlrs",), []),
    ],
)
def test_tail_keeps_what_the_flags_select(
    types: tuple[str, ...], where: tuple[str, ...], kept: list[int]
) -> None:
    keep = record_filter(types, where)
    assert keep is not None
    assert [i for i, r in enumerate(RECORDS) if keep(r)] == kept


def test_no_flags_no_filter() -> None:
    assert record_filter() is None


def test_a_bad_where_fails_before_any_connection() -> None:
    with pytest.raises(ConditionError, match="bad condition 'launched =>= 5'"):
        record_filter((), ("launched =>= 5",))
