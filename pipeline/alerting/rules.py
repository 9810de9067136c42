"""Alert rules: which events go to which sinks. Pure: no Kafka, no network.

A rules file (YAML) names its sinks and its rules; every key is checked at
start so a typo fails loudly, in one line naming the file and the rule,
instead of silently never alerting. An event matches a rule when every
selector the rule sets matches (type, weapon, speakers, locations, where).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from pipeline import schemas
from pipeline.alerting.conditions import Condition, parse_conditions
from pipeline.errors import ConfigError

EVENT_TYPES = ("strike", "interception", "casualty", "statement")
RULE_KEYS = ("name", "type", "weapon", "speakers", "locations", "where", "sinks")
SINK_KEYS = {"webhook": ("type", "url", "timeout", "headers"), "stdout": ("type",)}


@cache
def event_fields() -> frozenset[str]:
    """Every top-level field of any event schema (for checking conditions)."""
    return frozenset(f for t in EVENT_TYPES for f in schemas.load(t)["properties"])


@dataclass(frozen=True, slots=True)
class SinkSpec:
    """Where matched events go: ``webhook`` (HTTP POST) or ``stdout``."""

    name: str
    kind: str
    url: str | None = None
    timeout: float = 10.0
    headers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule; a None selector matches anything."""

    name: str
    sinks: tuple[str, ...]
    types: frozenset[str] | None = None
    weapons: frozenset[str] | None = None
    speakers: frozenset[str] | None = None
    locations: tuple[str, ...] | None = None
    conditions: tuple[Condition, ...] = ()

    def matches(self, event: Mapping[str, Any]) -> bool:
        if self.types is not None and event.get("type") not in self.types:
            return False
        if self.weapons is not None and event.get("weapon") not in self.weapons:
            return False
        if self.speakers is not None:
            who = {_fold(event.get("speaker")), _fold(event.get("reported_by"))} - {""}
            if not who & self.speakers:
                return False
        if self.locations is not None:
            where = " ".join(_fold(event.get(k)) for k in ("location", "target"))
            if not any(loc in where for loc in self.locations):
                return False
        return all(c(event) for c in self.conditions)


def _fold(value: Any) -> str:
    return value.casefold().strip() if isinstance(value, str) else ""


@dataclass(frozen=True, slots=True)
class RuleSet:
    """The parsed rules file."""

    rules: tuple[Rule, ...]
    sinks: Mapping[str, SinkSpec]

    def routes(self, event: Mapping[str, Any]) -> dict[str, list[str]]:
        """For one event: each sink to deliver it to, with the names of the rules that fired."""
        out: dict[str, list[str]] = {}
        for rule in self.rules:
            if rule.matches(event):
                for sink in rule.sinks:
                    out.setdefault(sink, []).append(rule.name)
        return out

    def event_types(self) -> tuple[str, ...]:
        """The event types any rule can match, so only their topics are read."""
        wanted: set[str] = set()
        for rule in self.rules:
            wanted |= rule.types if rule.types is not None else set(EVENT_TYPES)
        return tuple(t for t in EVENT_TYPES if t in wanted)


def load_rules(path: str) -> RuleSet:
    """Read and check a rules file; :class:`ConfigError` with a one-line reason."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such rules file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the rules file ({exc})") from None
    return parse_rules_text(text, path)


def parse_rules_text(text: str, where: str = "rules") -> RuleSet:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ConfigError(f"{where}{line}: not valid YAML ({problem})") from None
    return parse_rules(data, where)


def parse_rules(data: Any, where: str = "rules") -> RuleSet:
    """Check and build a :class:`RuleSet` from parsed YAML/JSON."""
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a mapping with 'sinks' and 'rules'")
    _no_unknown(data, ("sinks", "rules"), where)
    raw_sinks = data.get("sinks")
    if not isinstance(raw_sinks, dict) or not raw_sinks:
        raise ConfigError(f"{where}: 'sinks' must map sink names to sinks (at least one)")
    sinks = {str(name): _sink(str(name), spec, where) for name, spec in raw_sinks.items()}
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise ConfigError(f"{where}: 'rules' must be a list of rules (at least one)")
    rules: list[Rule] = []
    for index, raw in enumerate(raw_rules, 1):
        rule = _rule(raw, f"{where}: rule {index}", sinks)
        if any(r.name == rule.name for r in rules):
            raise ConfigError(f"{where}: rule {index}: the name {rule.name!r} is used twice")
        rules.append(rule)
    used = {s for r in rules for s in r.sinks}
    return RuleSet(tuple(rules), {n: s for n, s in sinks.items() if n in used})


def _no_unknown(data: Mapping[str, Any], allowed: Sequence[str], where: str) -> None:
    for key in data:
        if key not in allowed:
            raise ConfigError(f"{where}: unknown key {key!r} (expected {', '.join(allowed)})")


def _sink(name: str, spec: Any, where: str) -> SinkSpec:
    at = f"{where}: sink {name!r}"
    if not isinstance(spec, dict):
        raise ConfigError(f"{at}: expected a mapping with a 'type'")
    kind = spec.get("type")
    if kind not in SINK_KEYS:
        raise ConfigError(f"{at}: 'type' must be one of {', '.join(SINK_KEYS)}, not {kind!r}")
    _no_unknown(spec, SINK_KEYS[kind], at)
    if kind == "stdout":
        return SinkSpec(name, kind)
    url = spec.get("url")
    if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https"):
        raise ConfigError(f"{at}: 'url' must be an http:// or https:// URL")
    timeout = spec.get("timeout", 10)
    if not isinstance(timeout, int | float) or isinstance(timeout, bool) or timeout <= 0:
        raise ConfigError(f"{at}: 'timeout' must be a positive number of seconds")
    headers = spec.get("headers") or {}
    if not isinstance(headers, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
    ):
        raise ConfigError(f"{at}: 'headers' must map header names to strings")
    return SinkSpec(name, kind, url, float(timeout), tuple(headers.items()))


def _strings(value: Any, at: str, key: str) -> list[str]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(isinstance(v, str) for v in items):
        raise ConfigError(f"{at}: {key!r} must be a string or a non-empty list of strings")
    return items


def _rule(raw: Any, at: str, sinks: Mapping[str, SinkSpec]) -> Rule:
    if not isinstance(raw, dict):
        raise ConfigError(f"{at}: expected a mapping")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{at}: every rule needs a 'name'")
    at = f"{at} ({name})"
    _no_unknown(raw, RULE_KEYS, at)
    sink_names = _strings(raw.get("sinks"), at, "sinks")
    for sink in sink_names:
        if sink not in sinks:
            raise ConfigError(f"{at}: sink {sink!r} is not defined (sinks: {', '.join(sinks)})")
    types = None
    if "type" in raw:
        types = frozenset(_strings(raw["type"], at, "type"))
        bad = sorted(types - set(EVENT_TYPES))
        if bad:
            raise ConfigError(f"{at}: unknown event type {bad[0]!r} ({', '.join(EVENT_TYPES)})")
    weapons = frozenset(_strings(raw["weapon"], at, "weapon")) if "weapon" in raw else None
    speakers = (
        frozenset(s.casefold().strip() for s in _strings(raw["speakers"], at, "speakers"))
        if "speakers" in raw
        else None
    )
    locations = (
        tuple(s.casefold().strip() for s in _strings(raw["locations"], at, "locations"))
        if "locations" in raw
        else None
    )
    wheres = _strings(raw["where"], at, "where") if "where" in raw else []
    try:
        conditions = parse_conditions(wheres, event_fields())
    except ConfigError as exc:
        raise ConfigError(f"{at}: {exc}") from None
    return Rule(name.strip(), tuple(dict.fromkeys(sink_names)), types, weapons, speakers,
                locations, conditions)  # fmt: skip
