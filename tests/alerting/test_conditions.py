from __future__ import annotations

from typing import Any

import pytest

from pipeline.alerting.conditions import ConditionError, lookup, parse_condition, parse_conditions

INTERCEPTION = {
    "type": "interception", "weapon": "drone", "launched": 60, "intercepted": 48,
    "all_intercepted": False, "location": "Kyiv region", "reported_by": None,
    "confidence": 0.95, "evidence": {"text": "48 of the 60 drones", "start": 3},
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("launched >= 50", True),
        ("launched>=60", True),
        ("launched > 60", False),
        ("launched < 61", True),
        ("launched <= 59", False),
        ("launched == 60", True),
        ("launched = 60", True),
        ("launched != 60", False),
        ("intercepted >= 48.0", True),
        ("confidence >= 0.9", True),
        ("weapon == drone", True),
        ("weapon == DRONE", True),
        ("weapon != drone", False),
        ("weapon == 'missile'", False),
        ('location ~ "kyiv"', True),
        ("location ~ Kharkiv", False),
        ("location == 'Kyiv region'", True),
        ("reported_by == null", True),
        ("reported_by != null", False),
        ("all_intercepted == false", True),
        ("all_intercepted == true", False),
        ("evidence.start == 3", True),
        ("evidence.text ~ drones", True),
        ("count >= 1", False),  # missing field: an ordering never holds
        ("count != 5", True),
        ("reported_by >= 1", False),  # null field
        ("weapon >= 1", False),  # string field
        ("launched == '60'", False),  # a string is not the number
    ],
)
def test_condition_on_an_event(text: str, expected: bool) -> None:
    assert parse_condition(text)(INTERCEPTION) is expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("launched", "expected FIELD OP VALUE"),
        ("launched >> 5", "expected FIELD OP VALUE"),
        (">= 5", "expected FIELD OP VALUE"),
        ("launched >=", "expected FIELD OP VALUE"),
        ("launched >= many", ">= needs a number"),
        ("1abc == 3", "expected FIELD OP VALUE"),
        ("", "empty"),
    ],
)
def test_bad_conditions_say_why_in_one_line(text: str, message: str) -> None:
    with pytest.raises(ConditionError, match=message) as info:
        parse_conditions([text])
    assert "\n" not in str(info.value)


def test_unknown_fields_are_refused_when_fields_are_known() -> None:
    with pytest.raises(ConditionError, match="no event has a field 'lanched'"):
        parse_condition("lanched >= 5", known_fields=["launched", "count"])
    nested = parse_condition("evidence.start > 1", known_fields=["evidence"])
    assert nested.field == "evidence.start"


def test_and_joins_conditions_but_not_inside_quotes() -> None:
    conds = parse_conditions(["launched >= 50 and intercepted < 49", "location ~ 'Kyiv and x'"])
    assert [(c.field, c.op, c.value) for c in conds] == [
        ("launched", ">=", 50), ("intercepted", "<", 49), ("location", "~", "Kyiv and x"),
    ]  # fmt: skip


@pytest.mark.parametrize(("record", "value"), [({"a": {"b": 1}}, 1), ({"a": 3}, None), ({}, None)])
def test_lookup(record: dict[str, Any], value: Any) -> None:
    assert lookup(record, "a.b") == value
