"""A real Prometheus scrapes a real worker and feeder; every dashboard panel has data.

Prometheus (Debian's package) runs on loopback with the project's own
``deploy/prometheus`` config and alert rules, a 1 s scrape interval, and
targets pointed at a worker process and at this test's feeder metrics
server. Articles go through the real broker; the counters Prometheus
scraped must match what was sent, event type by event type.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from prometheus_client import REGISTRY
from prometheus_support import require_prometheus

from pipeline.articles import read_path
from pipeline.ingest import send_articles
from pipeline.kafka_clients import producer
from pipeline.metrics_server import serve_metrics
from pipeline.process import article_events
from pipeline.readiness import wait_http_ready
from pipeline.settings import Settings
from pipeline.stats import Prometheus, render

from kafka_support import REPO, free_port, running_worker, worker_env

pytestmark = pytest.mark.integration

DEPLOY = REPO / "deploy" / "prometheus"
DASHBOARD = REPO / "deploy" / "grafana" / "dashboards" / "newswire.json"
GRAFANA_VARS = {"$__rate_interval": "1m", "$__interval": "5s", "$__range": "5m"}

BAD_RECORDS = {b'{"id": "bad-1", "body": ': "invalid_json", b"\xff\xfe junk": "not_utf8",
               b'{"id": "bad-2", "body": 42}': "schema_violation"}  # fmt: skip


WORKER_JOB = 'job="newswire-worker"'
WORKER = "{" + WORKER_JOB + "}"
"""The worker's own series: the feeder job exposes this test process's registry, where
in-process tests (the worker's batch step, the bench smoke test) may have counted too."""


def _articles() -> list[dict[str, Any]]:
    """The repository's samples, synthetic reports of every event type, and quiet news."""
    out = [a for p in sorted((REPO / "samples").glob("*.txt")) for a in read_path(str(p))]
    for i in range(24):
        body = (
            f"Russia launched {12 + i} Shahed drones at Ukraine overnight, and air defences shot "
            f"down {9 + i % 3} of them, the Ukrainian Air Force said on Telegram. Russia fired "
            f"{40 + i} rockets at Ukraine in the past 24 hours. {2 + i % 4} civilians were "
            f"killed in Kharkiv, the regional governor said."
        )
        out.append({"id": f"obs-{i}", "body": body, "received_at": _now_iso()})
    for i in range(3):
        body = f"The town council met on day {i} to discuss the new library."
        out.append({"id": f"quiet-{i}", "body": body, "received_at": _now_iso()})
    return out


def _now_iso() -> str:
    from pipeline.process import now_iso

    return now_iso()


class PrometheusServer:
    """A Prometheus process with its HTTP API on a loopback port."""

    def __init__(self, binary: str, config_dir: Path, port: int) -> None:
        self.port = port
        self.log = config_dir / "prometheus.log"
        self.proc = subprocess.Popen(
            [binary, f"--config.file={config_dir / 'prometheus.yml'}",
             f"--storage.tsdb.path={config_dir / 'data'}",
             f"--web.listen-address=127.0.0.1:{port}", "--log.level=warn"],
            stdout=self.log.open("wb"), stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.api = Prometheus(f"http://127.0.0.1:{port}")

    def wait_ready(self, timeout: float = 30) -> None:
        outcome = wait_http_ready(
            f"{self.api.base_url}/-/ready", alive=lambda: self.proc.poll() is None, timeout=timeout
        )
        assert outcome == "ready", f"Prometheus {outcome}: {self.log.read_text()[-2000:]}"

    def value(self, expr: str) -> float | None:
        """The single value of an instant query, or None when it returns nothing."""
        result = self.api.query(expr)
        assert len(result) <= 1, (expr, result)
        return float(result[0]["value"][1]) if result else None

    def wait_for(self, expr: str, check: Callable[[float], bool], timeout: float = 60) -> float:
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            last = self.value(expr)
            if last is not None and check(last):
                return last
            time.sleep(0.5)
        raise AssertionError(f"{expr} never satisfied the check; last value {last}")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def write_config(directory: Path, workers: list[str], feeders: list[str]) -> Path:
    """The shipped prometheus.yml and alerts.yml, 1 s intervals, targets for this test."""
    config = yaml.safe_load((DEPLOY / "prometheus.yml").read_text())
    config["global"].update(scrape_interval="1s", evaluation_interval="1s")
    (directory / "prometheus.yml").write_text(yaml.safe_dump(config))
    shutil.copy(DEPLOY / "alerts.yml", directory)
    targets = directory / "targets"
    targets.mkdir()
    for name, hosts in (("workers", workers), ("feeders", feeders), ("subscribers", [])):
        (targets / f"{name}.yml").write_text(yaml.safe_dump([{"targets": hosts}]))
    return directory


@pytest.fixture
def prometheus_binary() -> str:
    return require_prometheus()


@pytest.fixture
def feeder_server() -> Iterator[str]:
    server = serve_metrics("127.0.0.1", 0, tool="ingest")
    yield f"127.0.0.1:{server.port}"
    server.close()


def _panel_queries() -> list[tuple[str, str, str]]:
    """(panel title, legend, PromQL with Grafana's variables filled in) for every target."""
    out = []
    for panel in json.loads(DASHBOARD.read_text())["panels"]:
        for target in panel["targets"]:
            expr = target["expr"]
            for var, value in GRAFANA_VARS.items():
                expr = expr.replace(var, value)
            out.append((panel["title"], target.get("legendFormat", ""), expr))
    return out


def test_prometheus_scrapes_the_pipeline_and_every_panel_has_data(
    prometheus_binary: str,
    feeder_server: str,
    pipeline_env: dict[str, str],
    pipeline_settings: Settings,
    tmp_path: Path,
) -> None:
    expected_types: Counter[str] = Counter()
    quiet = 0
    for article in _articles():
        events = article_events(article)
        expected_types.update(e["type"] for e in events)
        quiet += not events
    assert set(expected_types) == {"strike", "interception", "casualty", "statement"}
    feeder_before = REGISTRY.get_sample_value(
        "newswire_feeder_records_sent_total", {"tool": "ingest"}
    )

    with running_worker(worker_env(pipeline_env), tmp_path) as worker:
        config_dir = write_config(tmp_path, [f"127.0.0.1:{worker.port}"], [feeder_server])
        prom = PrometheusServer(prometheus_binary, config_dir, free_port())
        try:
            prom.wait_ready()
            prom.wait_for('sum(up{job="newswire-worker"})', lambda v: v == 1)
            prom.wait_for('sum(up{job="newswire-feeder"})', lambda v: v == 1)

            articles = _articles()  # received_at = now: latency is measured from here
            sent = send_articles(pipeline_settings, articles)
            client = producer(pipeline_settings)
            for payload in BAD_RECORDS:
                client.send(pipeline_settings.topics.raw, key=b"bad", value=payload)
            client.flush()
            client.close()
            total = sent + len(BAD_RECORDS)

            # Counters as Prometheus scraped them match what was sent.
            consumed = prom.wait_for(
                f"sum(newswire_articles_consumed_total{WORKER})", lambda v: v >= total
            )
            assert (sent, consumed) == (len(articles), total)
            for event_type, count in expected_types.items():
                got = prom.wait_for(
                    f'sum(newswire_events_published_total{{type="{event_type}",{WORKER_JOB}}})',
                    lambda v, c=count: v >= c,  # type: ignore[misc]
                )
                assert got == count, event_type
            for reason, count in Counter(BAD_RECORDS.values()).items():
                got = prom.value(
                    f'sum(newswire_articles_dead_lettered_total{{reason="{reason}",{WORKER_JOB}}})'
                )
                assert got == count, reason
            assert prom.value(f"sum(newswire_articles_without_events_total{WORKER})") == quiet
            assert prom.value(f"sum(newswire_end_to_end_latency_seconds_count{WORKER})") == (
                len(articles) - quiet
            )
            feeder_sent = prom.wait_for(
                'newswire_feeder_records_sent_total{tool="ingest"}',
                lambda v: v >= (feeder_before or 0) + sent,
            )
            assert feeder_sent == (feeder_before or 0) + sent
            # The lag timer sees every record in the partitions' end offsets, then none left.
            prom.wait_for("sum(newswire_partition_end_offset_messages)", lambda v: v == total)
            prom.wait_for("sum(newswire_consumer_lag_messages)", lambda v: v == 0, timeout=30)
            assert prom.value("count(newswire_consumer_lag_messages)") == float(
                pipeline_settings.partitions
            )

            # Every query of every dashboard panel returns data.
            empty = []
            for title, legend, expr in _panel_queries():
                result = prom.api.query(expr)
                if not result:
                    empty.append(f"{title} / {legend}: {expr}")
            assert not empty, "panels without data:\n" + "\n".join(empty)
            # ... and the ones that should move do.
            for expr in (
                "sum(rate(newswire_articles_consumed_total[1m]))",
                "sum(rate(newswire_feeder_records_sent_total[1m]))",
                *(f'sum(rate(newswire_events_published_total{{type="{t}"}}[1m]))'
                  for t in expected_types),
            ):  # fmt: skip
                value = prom.value(expr)
                assert value is not None and value > 0, expr
            for q in (0.5, 0.95, 0.99):
                p = prom.value(
                    f"histogram_quantile({q}, sum by (le) "
                    f"(rate(newswire_end_to_end_latency_seconds_bucket[1m])))"
                )
                # Well under the alert's 5 s: a handful of articles on an idle worker.
                assert p is not None and math.isfinite(p) and 0 < p < 5, (q, p)
            # The alert rules loaded and evaluate (nothing should fire on a healthy run
            # except, possibly, pending ones; none is firing).
            rules = prom.api._get("/api/v1/rules", {})
            names = {r["name"] for g in rules["groups"] for r in g["rules"]}
            assert "NewswireWorkerDown" in names
            firing = prom.api.query('ALERTS{alertstate="firing"}')
            assert firing == [], firing

            # The picture: newswire stats from the same Prometheus.
            png = tmp_path / "stats.png"
            summary = render(prom.api, png, lookback=300, window="30s")
            assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
            assert png.stat().st_size > 10_000
            assert summary["peak_articles_per_second"] > 0
            assert summary["worst_p99_seconds"] is not None
            keep = os.environ.get("NEWSWIRE_KEEP_STATS_PNG")
            if keep:  # how docs/stats.png is made
                shutil.copy(png, keep)
        finally:
            prom.stop()
