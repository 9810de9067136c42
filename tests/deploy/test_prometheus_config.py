"""deploy/prometheus and deploy/grafana: promtool checks, alert unit tests, dashboard shape."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from prometheus_client import REGISTRY
from prometheus_support import require_prometheus

from pipeline import metrics  # noqa: F401  (registers every newswire metric)

REPO = Path(__file__).resolve().parents[2]
PROM = REPO / "deploy" / "prometheus"
GRAFANA = REPO / "deploy" / "grafana"
DASHBOARD = GRAFANA / "dashboards" / "newswire.json"


def _promtool(*args: str, cwd: Path = PROM) -> subprocess.CompletedProcess[str]:
    require_prometheus()
    return subprocess.run(["promtool", *args], cwd=cwd, capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize(
    "args",
    [
        ("check", "config", "prometheus.yml"),
        ("check", "rules", "alerts.yml"),
        ("test", "rules", "alerts_test.yml"),
    ],
    ids=lambda a: " ".join(a),
)
def test_promtool_passes(args: tuple[str, ...]) -> None:
    done = _promtool(*args)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS" in done.stdout


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/ newswire:articles_consumed:rate5m > 0.05", "/ newswire:articles_consumed:rate5m > 0.5"),
        (
            "newswire:end_to_end_latency_seconds:p99_5m > 5",
            "newswire:end_to_end_latency_seconds:p99_5m > 50",
        ),
        ('up{job="newswire-worker"} == 0', 'up{job="newswire-worker"} == 2'),
    ],
)
def test_alert_unit_tests_catch_a_broken_rule(tmp_path: Path, old: str, new: str) -> None:
    """The rule tests are not vacuous: a changed threshold makes them fail."""
    rules = (PROM / "alerts.yml").read_text()
    assert old in rules
    (tmp_path / "alerts.yml").write_text(rules.replace(old, new))
    shutil.copy(PROM / "alerts_test.yml", tmp_path)
    done = _promtool("test", "rules", "alerts_test.yml", cwd=tmp_path)
    assert done.returncode != 0
    assert "FAILED" in done.stdout + done.stderr


def _rules() -> list[dict[str, Any]]:
    doc = yaml.safe_load((PROM / "alerts.yml").read_text())
    return [rule for group in doc["groups"] for rule in group["rules"]]


def test_the_issue_s_alerts_exist_and_are_unit_tested() -> None:
    alerts = {r["alert"] for r in _rules() if "alert" in r}
    wanted = {
        "NewswireConsumerLagGrowing", "NewswireDeadLetterRateHigh", "NewswireNoArticlesConsumed",
        "NewswireWorkerDown", "NewswireEndToEndLatencyHigh",
    }  # fmt: skip
    assert wanted <= alerts
    tests = yaml.safe_load((PROM / "alerts_test.yml").read_text())["tests"]
    tested = {t["alertname"] for case in tests for t in case.get("alert_rule_test", [])}
    assert alerts == tested, "every alert has a promtool unit test"
    for rule in _rules():
        if "alert" in rule:
            assert rule["labels"]["severity"] in ("warning", "critical")
            assert rule["annotations"]["summary"]


def _known_metric_names() -> set[str]:
    names = {"up"}
    for family in REGISTRY.collect():
        if family.name.startswith("newswire_"):
            names.add(family.name)
            names.update(f"{family.name}{s}" for s in ("_total", "_bucket", "_sum", "_count"))
    return names


def _metric_names(expr: str) -> set[str]:
    return set(re.findall(r"\b(newswire_[a-z_]+|up)\b(?=\s*[\[{)]|\s*$|\s)", expr))


def _panel_exprs() -> list[tuple[str, str]]:
    dash = json.loads(DASHBOARD.read_text())
    return [(p["title"], t["expr"]) for p in dash["panels"] for t in p["targets"]]


def test_rules_and_panels_name_only_metrics_that_exist() -> None:
    known = _known_metric_names()
    exprs = [r["expr"] for r in _rules()] + [e for _t, e in _panel_exprs()]
    used = set().union(*(_metric_names(e) for e in exprs))
    assert len(used) >= 12, used
    assert used <= known, f"unknown metrics: {sorted(used - known)}"


def test_dashboard_has_the_issue_s_panels_with_queries() -> None:
    dash = json.loads(DASHBOARD.read_text())
    titles = [p["title"] for p in dash["panels"]]
    for wanted in ("Throughput per topic", "Events published by type", "Dead letters by reason",
                   "End-to-end latency", "Consumer lag per partition", "Workers up"):  # fmt: skip
        assert wanted in titles
    latency = next(p for p in dash["panels"] if p["title"] == "End-to-end latency")
    assert [t["legendFormat"] for t in latency["targets"]] == ["p50", "p95", "p99"]
    ids = [p["id"] for p in dash["panels"]]
    assert len(ids) == len(set(ids))
    for panel in dash["panels"]:
        assert panel["targets"], panel["title"]
        assert all(t["expr"].strip() for t in panel["targets"])
        pos = panel["gridPos"]
        assert pos["x"] + pos["w"] <= 24


def test_grafana_provisioning_points_at_the_dashboard_and_datasource() -> None:
    sources = yaml.safe_load((GRAFANA / "provisioning/datasources/newswire.yml").read_text())
    uids = {s["uid"] for s in sources["datasources"] if s["type"] == "prometheus"}
    dash = json.loads(DASHBOARD.read_text())
    used = {p["datasource"]["uid"] for p in dash["panels"]}
    used |= {t["datasource"]["uid"] for p in dash["panels"] for t in p["targets"]}
    assert used <= uids
    providers = yaml.safe_load((GRAFANA / "provisioning/dashboards/newswire.yml").read_text())
    (provider,) = providers["providers"]
    assert provider["type"] == "file" and provider["options"]["path"].startswith("/")
