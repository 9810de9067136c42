"""Conditions on event fields, e.g. ``launched >= 50`` or ``location ~ kyiv``. Pure.

One parser for both ``newswire alert`` rules and ``newswire tail --where``, so
a condition means the same everywhere. Syntax: ``FIELD OP VALUE``, several
joined with ``and``. FIELD may be dotted (``evidence.text``). OP is one of
``>= <= > < == = != ~`` (``~`` is case-insensitive "contains"). VALUE is a
number, ``null``, ``true``/``false``, a quoted string, or a bare word.
String comparisons ignore case. A missing or null field never satisfies an
ordering comparison, so ``launched >= 50`` skips events without a launch count.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pipeline.errors import ConfigError

OPERATORS = (">=", "<=", "!=", "==", ">", "<", "=", "~")
_ORDER: dict[str, Callable[[Any, Any], bool]] = {
    ">=": operator.ge, "<=": operator.le, ">": operator.gt, "<": operator.lt,
}  # fmt: skip
_CONDITION = re.compile(
    r"""^\s*(?P<field>[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*)\s*
        (?P<op>>=|<=|!=|==|>|<|=|~)\s*
        (?P<value>"[^"]*"|'[^']*'|[^\s"'<>=!~].*?)\s*$""",
    re.VERBOSE,
)
_AND = re.compile(r"""\s+and\s+(?=(?:[^"']|"[^"]*"|'[^']*')*$)""", re.IGNORECASE)
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")


class ConditionError(ConfigError):
    """A condition that cannot be parsed; the message quotes it and says why."""


@dataclass(frozen=True, slots=True)
class Condition:
    """One parsed ``FIELD OP VALUE``."""

    field: str
    op: str
    value: float | int | str | bool | None
    text: str

    def __call__(self, record: Mapping[str, Any]) -> bool:
        actual = lookup(record, self.field)
        expected = self.value
        if self.op in _ORDER:
            if not _is_number(actual) or not _is_number(expected):
                return False
            return _ORDER[self.op](actual, expected)
        if self.op == "~":
            return isinstance(actual, str) and str(expected).casefold() in actual.casefold()
        equal = _equal(actual, expected)
        return equal if self.op in ("==", "=") else not equal


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _equal(actual: Any, expected: Any) -> bool:
    if expected is None or isinstance(expected, bool):
        return actual is expected
    if _is_number(expected):
        return _is_number(actual) and actual == expected
    return isinstance(actual, str) and actual.casefold() == str(expected).casefold()


def lookup(record: Mapping[str, Any], field: str) -> Any:
    """The value at a dotted path, or None when any step is missing."""
    value: Any = record
    for part in field.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def _value(raw: str) -> float | int | str | bool | None:
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        return raw[1:-1]
    if _NUMBER.match(raw):
        return float(raw) if "." in raw else int(raw)
    lowered = raw.lower()
    if lowered in ("null", "none"):
        return None
    if lowered in ("true", "false"):
        return lowered == "true"
    return raw


def parse_condition(text: str, known_fields: Iterable[str] | None = None) -> Condition:
    """Parse one ``FIELD OP VALUE``; :class:`ConditionError` with a one-line reason."""
    match = _CONDITION.match(text)
    if not match:
        raise ConditionError(
            f"bad condition {text.strip()!r}: expected FIELD OP VALUE, "
            f"OP one of {' '.join(OPERATORS)} (e.g. 'launched >= 50')"
        )
    field, op, raw = match.group("field", "op", "value")
    if known_fields is not None:
        known = set(known_fields)
        if field.split(".")[0] not in known:
            raise ConditionError(
                f"bad condition {text.strip()!r}: no event has a field {field!r} "
                f"(fields: {', '.join(sorted(known))})"
            )
    value = _value(raw)
    if op in _ORDER and not _is_number(value):
        raise ConditionError(f"bad condition {text.strip()!r}: {op} needs a number, not {raw!r}")
    return Condition(field, op, value, text.strip())


def parse_conditions(
    texts: Iterable[str], known_fields: Iterable[str] | None = None
) -> tuple[Condition, ...]:
    """Parse conditions, each text possibly several joined with ``and``."""
    fields = None if known_fields is None else tuple(known_fields)
    out: list[Condition] = []
    for text in texts:
        if not text.strip():
            raise ConditionError("bad condition '': it is empty")
        out.extend(parse_condition(part, fields) for part in _AND.split(text))
    return tuple(out)


def all_of(conditions: Iterable[Condition]) -> Callable[[Mapping[str, Any]], bool]:
    """A predicate true when every condition holds (true for none)."""
    conds = tuple(conditions)
    return lambda record: all(c(record) for c in conds)
