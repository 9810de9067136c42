"""Delivery under faults, on real brokers and real processes (issue: delivery guarantees).

Every test sends synthetic articles whose events are computed beforehand with
the pure extractor, kills something mid-stream, and then checks that every
expected ``event_id`` arrived (0 lost) and that any extra record is only a
repeat of an expected id. Each prints ``articles=…, lost=…, duplicate_events=…``.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.corpus import articles
from pipeline.ingest import send_articles
from pipeline.process import article_events
from pipeline.settings import Settings
from pipeline.topics import ensure_topics

import kafka_local
from kafka_support import (
    EventCollector,
    WorkerProcess,
    metric_value,
    start_worker,
    wait_for,
    worker_env,
)

pytestmark = [pytest.mark.integration, pytest.mark.faults]

ARTICLES = 20_000
CONSUMED = "newswire_articles_consumed_total"


def _expected(batch: list[dict[str, Any]]) -> set[str]:
    return {e["event_id"] for a in batch for e in article_events(a)}


def _tally(collector: EventCollector, expected: set[str], n: int, label: str) -> tuple[int, int]:
    seen = collector.counts
    lost = len(expected - seen.keys())
    duplicates = sum(c - 1 for c in seen.values())
    unexpected = len(seen.keys() - expected)
    print(f"\n[{label}] articles={n}, lost={lost}, duplicate_events={duplicates}, "
          f"unexpected={unexpected}")  # fmt: skip
    assert unexpected == 0, "every published event must be one the articles yield"
    return lost, duplicates


def _ready(*workers: WorkerProcess) -> None:
    for w in workers:
        w.wait_ready(timeout=90)


def _kill_when_busy(worker: WorkerProcess, at_least: int, total: int) -> float:
    """SIGKILL the worker once it consumed ``at_least`` articles; return how many it had."""
    wait_for(lambda: metric_value(worker, CONSUMED) >= at_least, 180, f"{at_least} consumed")
    consumed = metric_value(worker, CONSUMED)
    worker.stop(signal.SIGKILL)
    assert consumed < total, "the kill must land mid-stream"
    return consumed


def _env(settings_env: dict[str, str], **extra: str) -> dict[str, str]:
    return worker_env(settings_env, NEWSWIRE_SESSION_TIMEOUT_MS="6000", **extra)


@pytest.mark.parametrize("guarantee", ["at_least_once", "exactly_once"])
def test_worker_killed_mid_stream_then_restarted_loses_nothing(
    pipeline_env: dict[str, str], pipeline_settings: Settings, tmp_path: Path, guarantee: str
) -> None:
    batch = list(articles(ARTICLES, size=400, seed=11))
    expected = _expected(batch)
    env = _env(pipeline_env, NEWSWIRE_PROCESSING_GUARANTEE=guarantee)
    send_articles(pipeline_settings, batch)
    first = start_worker(env, tmp_path, "first")
    try:
        _ready(first)
        _kill_when_busy(first, ARTICLES // 5, ARTICLES)
        second = start_worker(env, tmp_path, "second")
        try:
            _ready(second)
            collector = EventCollector(
                pipeline_settings, read_committed=guarantee == "exactly_once"
            )
            collector.collect(expected, timeout=300)
            collector.close()
        finally:
            second.stop()
    finally:
        first.stop()
    lost, duplicates = _tally(collector, expected, ARTICLES, f"kill -9 worker, {guarantee}")
    assert lost == 0
    if guarantee == "exactly_once":
        assert duplicates == 0, "read_committed must see each event exactly once"


def test_survivor_takes_over_when_one_of_two_workers_dies(
    pipeline_env: dict[str, str], pipeline_settings: Settings, tmp_path: Path
) -> None:
    batch = list(articles(ARTICLES, size=400, seed=12))
    expected = _expected(batch)
    env = _env(pipeline_env)
    a = start_worker(env, tmp_path, "a")
    b = start_worker(env, tmp_path, "b")
    try:
        _ready(a, b)
        send_articles(pipeline_settings, batch)
        _kill_when_busy(a, ARTICLES // 10, ARTICLES)
        collector = EventCollector(pipeline_settings)
        collector.collect(expected, timeout=300)
        collector.close()
        assert b.proc.poll() is None
        assert metric_value(b, "newswire_rebalances_total") >= 1
    finally:
        a.stop()
        b.stop()
    lost, _ = _tally(collector, expected, ARTICLES, "two workers, one kill -9")
    assert lost == 0


def _feed_slowly(
    settings: Settings, batch: list[dict[str, Any]], errors: list[BaseException]
) -> None:
    def paced() -> Iterator[dict[str, Any]]:
        for i, article in enumerate(batch):
            if i % 500 == 0:
                time.sleep(0.15)
            yield article

    try:
        send_articles(settings, paced())
    except BaseException as exc:  # reported by the test
        errors.append(exc)


@pytest.fixture
def own_broker() -> Iterator[list[kafka_local.Node]]:
    """A single-node broker of this test's own, so restarting it disturbs nobody."""
    where = {"name": "faults", "base_port": 29092}
    kafka_local.down(1, wipe=True, **where)
    kafka_local.up(1, respect_env=False, **where)
    yield kafka_local.nodes(1, **where)
    kafka_local.down(1, wipe=True, **where)


def _broker_fault_run(
    env: dict[str, str], tmp_path: Path, seed: int, fault: Callable[[], None], label: str
) -> None:
    """Feed articles slowly through one worker, run ``fault`` mid-stream, count losses.

    Nobody intervenes after the fault: the feeder (kafka-python) and the worker
    (faust/aiokafka) must recover by themselves.
    """
    settings = Settings.from_env(env)
    ensure_topics(settings)
    batch = list(articles(ARTICLES, size=400, seed=seed))
    expected = _expected(batch)
    worker = start_worker(_env(env), tmp_path, "w")
    errors: list[BaseException] = []
    feeder = threading.Thread(target=_feed_slowly, args=(settings, batch, errors))
    try:
        _ready(worker)
        feeder.start()
        wait_for(lambda: metric_value(worker, CONSUMED) >= ARTICLES // 5, 180, "progress")
        fault()
        feeder.join(timeout=300)
        assert not errors, f"the feeder must recover by itself: {errors[0]!r}"
        collector = EventCollector(settings)
        collector.collect(expected, timeout=300)
        collector.close()
        assert worker.proc.poll() is None, "the worker must survive the fault"
    finally:
        worker.stop()
    lost, _ = _tally(collector, expected, ARTICLES, label)
    assert lost == 0


def test_broker_restart_mid_stream_recovers_by_itself(
    own_broker: list[kafka_local.Node], pipeline_env: dict[str, str], tmp_path: Path
) -> None:
    node = own_broker[0]

    def restart() -> None:
        kafka_local.stop_node(node, signal.SIGTERM)
        time.sleep(2)
        kafka_local.start_node(node, own_broker)
        kafka_local.wait_ready(own_broker)

    env = {**pipeline_env, "KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{node.port}"}
    _broker_fault_run(env, tmp_path, 13, restart, "broker restart")


@pytest.fixture
def three_brokers() -> Iterator[list[kafka_local.Node]]:
    kafka_local.down(3, wipe=True)
    kafka_local.up(3, respect_env=False)
    yield kafka_local.nodes(3)
    kafka_local.down(3, wipe=True)


def test_one_of_three_brokers_killed_mid_stream_loses_nothing(
    three_brokers: list[kafka_local.Node], pipeline_env: dict[str, str], tmp_path: Path
) -> None:
    servers = ",".join(f"127.0.0.1:{n.port}" for n in three_brokers)
    env = {**pipeline_env, "KAFKA_BOOTSTRAP_SERVERS": servers, "NEWSWIRE_REPLICATION_FACTOR": "3"}

    def kill_one() -> None:
        kafka_local.stop_node(three_brokers[1], signal.SIGKILL)

    _broker_fault_run(env, tmp_path, 14, kill_one, "3 brokers, one kill -9")


def test_sigterm_finishes_in_flight_work_commits_and_exits_quickly(
    pipeline_env: dict[str, str], pipeline_settings: Settings, tmp_path: Path
) -> None:
    n = 8_000
    batch = list(articles(n, size=400, seed=15))
    expected = _expected(batch)
    env = _env(pipeline_env)
    send_articles(pipeline_settings, batch)
    first = start_worker(env, tmp_path, "first")
    try:
        _ready(first)
        wait_for(lambda: metric_value(first, CONSUMED) >= n // 5, 180, "progress")
        started = time.monotonic()
        code = first.stop(signal.SIGTERM, timeout=30)
        took = time.monotonic() - started
    finally:
        first.stop(signal.SIGKILL)
    second = start_worker(env, tmp_path, "second")
    try:
        _ready(second)
        collector = EventCollector(pipeline_settings)
        collector.collect(expected, timeout=300)
        collector.close()
    finally:
        second.stop()
    lost, _ = _tally(collector, expected, n, "SIGTERM then restart")
    print(f"[SIGTERM] exit code {code} after {took:.1f}s")
    assert code == 0 and took < 10
    assert lost == 0
