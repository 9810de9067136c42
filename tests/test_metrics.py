"""Metric names, bounded labels, lag arithmetic, stale-partition clean-up, the tools' server."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest
from prometheus_client import REGISTRY, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from pipeline import __version__, cli, metrics, process, stats, web
from pipeline.errors import NewswireError
from pipeline.extract import COMPILED, EXTRACTOR_VERSION
from pipeline.metrics_server import MetricsServer, serve_metrics


def _families() -> dict[str, str]:
    """Exposed metric family name -> type, as Prometheus parses the text format."""
    return {f.name: f.type for f in text_string_to_metric_families(generate_latest().decode())}


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("newswire_articles_consumed", "counter"),
        ("newswire_events_published", "counter"),
        ("newswire_articles_dead_lettered", "counter"),
        ("newswire_articles_without_events", "counter"),
        ("newswire_rebalances", "counter"),
        ("newswire_feeder_records_sent", "counter"),
        ("newswire_feeder_records_failed", "counter"),
        ("newswire_extraction_duration_seconds", "histogram"),
        ("newswire_end_to_end_latency_seconds", "histogram"),
        ("newswire_feeder_send_latency_seconds", "histogram"),
        ("newswire_consumer_lag_messages", "gauge"),
        ("newswire_partition_end_offset_messages", "gauge"),
        ("newswire_articles_in_flight", "gauge"),
        ("newswire_build_info", "gauge"),
    ],
)
def test_metric_is_exposed_with_its_type(name: str, kind: str) -> None:
    assert _families()[name] == kind


def test_counters_are_exposed_with_total_suffix() -> None:
    metrics.init_worker_series("raw")
    text = generate_latest().decode()
    counters = sorted(n for n, t in _families().items() if t == "counter")
    assert counters
    for family in counters:
        assert f"# TYPE {family}_total counter" in text
        assert f"{family}_total_total" not in text


def test_exposed_sample_names_follow_conventions() -> None:
    metrics.init_worker_series("raw")
    names = {
        s.name
        for f in text_string_to_metric_families(generate_latest().decode())
        if f.name.startswith("newswire_")
        for s in f.samples
    }
    assert "newswire_articles_consumed_total" in names
    assert "newswire_end_to_end_latency_seconds_bucket" in names
    for name in names:
        base = re.sub(r"_(bucket|sum|count|created)$", "", name)
        assert base.endswith(("_total", "_seconds", "_messages", "_info", "_in_flight")), name


def test_build_info_carries_versions_and_the_extractor_build() -> None:
    labels = {
        "version": __version__,
        "extractor_version": EXTRACTOR_VERSION,
        "extractor_build": "compiled" if COMPILED else "python",
    }
    assert REGISTRY.get_sample_value("newswire_build_info", labels) == 1.0


def test_worker_series_exist_at_zero_for_every_bounded_label() -> None:
    metrics.init_worker_series("t.news.articles.raw")
    samples = [("newswire_events_published_total", {"type": t}) for t in metrics.EVENT_TYPES]
    samples += [
        ("newswire_articles_dead_lettered_total", {"reason": r})
        for r in metrics.DEAD_LETTER_REASONS
    ]
    samples.append(("newswire_articles_consumed_total", {"topic": "t.news.articles.raw"}))
    for name, labels in samples:
        assert REGISTRY.get_sample_value(name, labels) is not None, (name, labels)


def test_dead_letter_reasons_match_the_processor() -> None:
    """The pre-created reason labels are exactly the ones pipeline.process emits."""
    source = Path(process.__file__).read_text()
    literal = set(re.findall(r'_dead\(\s*payload, origin, "(\w+)"', source))
    literal |= set(re.findall(r'reason = "(\w+)" if .* else "(\w+)"', source)[0])
    assert literal == set(metrics.DEAD_LETTER_REASONS)


@pytest.mark.parametrize(
    ("end", "committed", "earliest", "expected"),
    [
        ({("t", 0): 10}, {("t", 0): 4}, {("t", 0): 0}, {("t", 0): 6}),
        ({("t", 0): 10}, {("t", 0): 10}, {("t", 0): 0}, {("t", 0): 0}),
        # No commit yet: the group reads from the earliest offset (auto_offset_reset=earliest).
        ({("t", 0): 10}, {("t", 0): None}, {("t", 0): 3}, {("t", 0): 7}),
        ({("t", 0): 10}, {}, {}, {("t", 0): 10}),
        # A committed offset past the end (topic truncated) is no negative lag.
        ({("t", 1): 5}, {("t", 1): 9}, {("t", 1): 0}, {("t", 1): 0}),
        (
            {("a", 0): 3, ("a", 1): 8},
            {("a", 0): 3, ("a", 1): 2},
            {("a", 0): 0, ("a", 1): 0},
            {("a", 0): 0, ("a", 1): 6},
        ),
    ],
)
def test_partition_lag(
    end: dict[metrics.Partition, int],
    committed: dict[metrics.Partition, int | None],
    earliest: dict[metrics.Partition, int],
    expected: dict[metrics.Partition, int],
) -> None:
    assert metrics.partition_lag(end, committed, earliest) == expected


def _lag(topic: str, partition: int) -> float | None:
    return REGISTRY.get_sample_value(
        "newswire_consumer_lag_messages", {"topic": topic, "partition": str(partition)}
    )


@pytest.fixture
def no_partitions() -> Iterator[None]:
    metrics.retain_partitions(())
    yield
    metrics.retain_partitions(())


@pytest.mark.usefixtures("no_partitions")
def test_partition_series_follow_the_assignment() -> None:
    metrics.set_partition_offsets({("lagt", 0): 5, ("lagt", 1): 2}, {("lagt", 0): 50})
    assert (_lag("lagt", 0), _lag("lagt", 1)) == (5.0, 2.0)
    end = REGISTRY.get_sample_value(
        "newswire_partition_end_offset_messages", {"topic": "lagt", "partition": "0"}
    )
    assert end == 50.0
    # A rebalance hands partition 1 to another worker: its series goes, 0 stays.
    assert metrics.retain_partitions([("lagt", 0)]) == [("lagt", 1)]
    assert (_lag("lagt", 0), _lag("lagt", 1)) == (5.0, None)
    # The next measurement no longer lists partition 0 either.
    metrics.set_partition_offsets({("lagt", 2): 1}, {("lagt", 2): 1})
    assert (_lag("lagt", 0), _lag("lagt", 2)) == (None, 1.0)


@pytest.mark.usefixtures("no_partitions")
def test_revoked_partitions_are_dropped() -> None:
    metrics.set_partition_offsets({("rv", 0): 1, ("rv", 1): 1}, {})
    assert metrics.drop_partitions([("rv", 1), ("other", 7)]) == [("rv", 1)]
    assert (_lag("rv", 0), _lag("rv", 1)) == (1.0, None)


# --- the non-faust tools' metrics server ---------------------------------------------------


@pytest.fixture
def server() -> Iterator[MetricsServer]:
    ready = {"ok": False}
    running = serve_metrics(
        "127.0.0.1", 0, ready=lambda: (ready["ok"], "connected" if ready["ok"] else "no broker"),
        tool="unit-feeder",
    )  # fmt: skip
    running.flip = ready  # type: ignore[attr-defined]
    yield running
    running.close()


def _get(url: str) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(url, timeout=3) as resp:
            return resp.status, resp.read(), resp.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), exc.headers.get("Content-Type", "")


def test_tool_server_picks_a_free_port_and_serves_metrics(server: MetricsServer) -> None:
    assert server.port > 0
    metrics.RECORDS_SENT.labels("unit-feeder").inc(3)
    status, body, ctype = _get(server.url + "/metrics")
    assert status == 200 and ctype.startswith("text/plain")
    families = {f.name: f for f in text_string_to_metric_families(body.decode())}
    sent = [s for s in families["newswire_feeder_records_sent"].samples
            if s.labels == {"tool": "unit-feeder"} and s.name.endswith("_total")]  # fmt: skip
    assert sent[0].value >= 3
    failed = [s for s in families["newswire_feeder_records_failed"].samples
              if s.labels == {"tool": "unit-feeder"} and s.name.endswith("_total")]  # fmt: skip
    assert failed[0].value == 0  # created at 0 by tool=...


@pytest.mark.parametrize(
    ("path", "ready", "status", "body"),
    [
        ("/healthz", False, 200, {"status": "alive"}),
        ("/readyz", False, 503, {"ready": False, "reason": "no broker"}),
        ("/readyz", True, 200, {"ready": True, "reason": "connected"}),
    ],
)
def test_tool_server_health_endpoints(
    server: MetricsServer, path: str, ready: bool, status: int, body: dict[str, object]
) -> None:
    server.flip["ok"] = ready  # type: ignore[attr-defined]
    got_status, got_body, ctype = _get(server.url + path)
    assert (got_status, orjson.loads(got_body)) == (status, body)
    assert ctype == "application/json"


def test_tool_server_unknown_path_and_failing_check() -> None:
    def broken() -> tuple[bool, str]:
        raise RuntimeError("boom")

    running = serve_metrics("127.0.0.1", 0, ready=broken)
    try:
        assert _get(running.url + "/nope")[0] == 404
        status, body, _ = _get(running.url + "/readyz")
        assert status == 503
        assert orjson.loads(body) == {"ready": False, "reason": "readiness check failed: boom"}
    finally:
        running.close()


# --- newswire stats -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90", 90.0), ("90s", 90.0), ("15m", 900.0), ("2h", 7200.0), ("1d", 86400.0)],
)
def test_parse_duration(text: str, seconds: float) -> None:
    assert stats.parse_duration(text) == seconds


def test_parse_duration_refuses_nonsense() -> None:
    with pytest.raises(NewswireError, match="not a duration"):
        stats.parse_duration("soon")


class FakePrometheus(stats.Prometheus):
    """Answers the consumed-rate range query with a fixed series."""

    def __init__(self, points: list[tuple[float, float]]) -> None:
        super().__init__("http://fake")
        self.points = points

    def query_range(self, expr: str, start: float, end: float, step: float) -> list[stats.Series]:
        pts = [(t, v) for t, v in self.points if start <= t <= end]
        return [stats.Series({}, [t for t, _ in pts], [v for _, v in pts])] if pts else []


def test_last_run_is_the_last_busy_stretch() -> None:
    # Busy 100-200, idle, busy again 1000-1100; now = 1200, lookback 1200 s (step 2 s).
    points = [(float(t), 1.0 if 100 <= t <= 200 or 1000 <= t <= 1100 else 0.0)
              for t in range(0, 1201, 2)]  # fmt: skip
    span = stats.last_run(FakePrometheus(points), 1200, now=1200.0)
    assert span == (1000.0 - 10, 1100.0 + 10)


def test_last_run_without_traffic_is_none() -> None:
    points = [(float(t), 0.0) for t in range(0, 601, 2)]
    assert stats.last_run(FakePrometheus(points), 600, now=600.0) is None


def test_stats_command_reports_an_unreachable_prometheus(
    capsys: pytest.CaptureFixture[str],
) -> None:
    port = web.http_port("127.0.0.1", 0)  # free: nothing listens there
    code = cli.main(["stats", "--prometheus", f"http://127.0.0.1:{port}", "--out", "/nonexistent"])
    assert code == 1
    assert "cannot reach Prometheus" in capsys.readouterr().err
