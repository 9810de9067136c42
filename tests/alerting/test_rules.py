from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.alerting.rules import load_rules, parse_rules, parse_rules_text
from pipeline.errors import ConfigError

EXAMPLE = Path(__file__).resolve().parents[2] / "deploy" / "alerts.example.yaml"

RULES = """
sinks:
  ops: {type: webhook, url: "http://127.0.0.1:9/hook", timeout: 2}
  console: {type: stdout}
rules:
  - name: big-raid
    type: interception
    where: launched >= 50
    sinks: [ops, console]
  - name: heavy-shelling
    type: [strike]
    weapon: [artillery, mlrs]
    where: ["count >= 100"]
    sinks: [ops]
  - name: watched
    type: statement
    speakers: [Xi Jinping, volodymyr zelensky]
    sinks: [console]
  - name: capital
    locations: [Kyiv]
    sinks: [console]
"""


def ev(**fields: Any) -> dict[str, Any]:
    return {"event_id": "e" * 32, **fields}


@pytest.mark.parametrize(
    ("event", "routes"),
    [
        (ev(type="interception", weapon="drone", launched=60, location=None),
         {"ops": ["big-raid"], "console": ["big-raid"]}),
        (ev(type="interception", weapon="drone", launched=49, location=None), {}),
        (ev(type="interception", weapon="drone", launched=None, location=None), {}),
        (ev(type="interception", launched=90, location="Kyiv"),
         {"ops": ["big-raid"], "console": ["big-raid", "capital"]}),
        (ev(type="strike", weapon="mlrs", count=120, target=None), {"ops": ["heavy-shelling"]}),
        (ev(type="strike", weapon="drone", count=120, target=None), {}),
        (ev(type="strike", weapon="artillery", count=99, target=None), {}),
        (ev(type="strike", weapon="missile", count=3, target="Kyiv"), {"console": ["capital"]}),
        (ev(type="statement", speaker="Volodymyr Zelensky"), {"console": ["watched"]}),
        (ev(type="statement", speaker="Someone Else"), {}),
        (ev(type="casualty", location="kyiv oblast", killed=2), {"console": ["capital"]}),
    ],
)  # fmt: skip
def test_rules_fire_for_matching_events_only(
    event: dict[str, Any], routes: dict[str, list[str]]
) -> None:
    assert parse_rules_text(RULES).routes(event) == routes


def test_only_needed_topics_are_read() -> None:
    text = RULES.replace("  - name: capital\n    locations: [Kyiv]\n    sinks: [console]\n", "")
    assert parse_rules_text(text).event_types() == ("strike", "interception", "statement")
    assert parse_rules_text(RULES).event_types() == (
        "strike", "interception", "casualty", "statement",
    )  # fmt: skip


def test_the_example_rules_file_is_valid() -> None:
    rules = load_rules(str(EXAMPLE))
    assert rules.rules and rules.sinks


OK_SINKS = {"s": {"type": "stdout"}}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "expected a mapping with 'sinks' and 'rules'"),
        ({"rules": [{"name": "r", "sinks": ["s"]}]}, "'sinks' must map sink names"),
        ({"sinks": OK_SINKS, "rules": []}, "'rules' must be a list"),
        ({"sinks": OK_SINKS, "rules": [{"name": "r", "sinks": ["s"]}], "extra": 1},
         "unknown key 'extra'"),
        ({"sinks": {"s": {"type": "email"}}, "rules": []}, "sink 's': 'type' must be one of"),
        ({"sinks": {"s": {"type": "webhook"}}, "rules": []}, "'url' must be an http"),
        ({"sinks": {"s": {"type": "webhook", "url": "ftp://x"}}, "rules": []}, "'url' must"),
        ({"sinks": {"s": {"type": "webhook", "url": "http://x", "timeout": -1}}, "rules": []},
         "'timeout' must be a positive"),
        ({"sinks": {"s": {"type": "stdout", "url": "http://x"}}, "rules": []},
         "unknown key 'url'"),
        ({"sinks": OK_SINKS, "rules": [{"sinks": ["s"]}]}, "rule 1: every rule needs a 'name'"),
        ({"sinks": OK_SINKS, "rules": [{"name": "r"}]}, r"rule 1 \(r\): 'sinks' must be"),
        ({"sinks": OK_SINKS, "rules": [{"name": "r", "sinks": ["nope"]}]},
         "sink 'nope' is not defined"),
        ({"sinks": OK_SINKS, "rules": [{"name": "r", "sinks": ["s"], "type": "strikes"}]},
         "unknown event type 'strikes'"),
        ({"sinks": OK_SINKS, "rules": [{"name": "r", "sinks": ["s"], "wepon": "drone"}]},
         "unknown key 'wepon'"),
        ({"sinks": OK_SINKS, "rules": [{"name": "r", "sinks": ["s"], "where": "lanched >= 5"}]},
         "no event has a field 'lanched'"),
        ({"sinks": OK_SINKS, "rules": [{"name": "r", "sinks": ["s"], "where": "count >> 5"}]},
         "bad condition 'count >> 5'"),
        ({"sinks": OK_SINKS, "rules": [{"name": "r", "sinks": ["s"], "speakers": []}]},
         "'speakers' must be a string or a non-empty list"),
        ({"sinks": OK_SINKS, "rules": [{"name": "r", "sinks": ["s"]},
                                        {"name": "r", "sinks": ["s"]}]}, "used twice"),
    ],
)  # fmt: skip
def test_bad_rules_fail_in_one_line(data: Any, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as info:
        parse_rules(data, "rules.yaml")
    text = str(info.value)
    assert text.startswith("rules.yaml") and "\n" not in text


def test_yaml_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_text("sinks:\n  s: {type: stdout\nrules: []\n")
    with pytest.raises(ConfigError, match=r"r\.yaml line \d+: not valid YAML"):
        load_rules(str(path))
    with pytest.raises(ConfigError, match="no such rules file"):
        load_rules(str(tmp_path / "missing.yaml"))
