"""The worker's web side: readiness, port 0, consumer lag, stale partitions after a rebalance."""

from __future__ import annotations

import asyncio
import logging
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import orjson
import pytest
from faust.types import TP
from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families

from pipeline import metrics, web
from pipeline.kafka_clients import producer
from pipeline.settings import Settings

from kafka_support import REPO, worker_env

# --- units -----------------------------------------------------------------------------


def test_http_port_keeps_a_configured_port() -> None:
    assert web.http_port("127.0.0.1", 6066) == 6066


def test_http_port_zero_picks_a_free_bindable_port() -> None:
    port = web.http_port("127.0.0.1", 0)
    assert 1024 <= port <= 65535
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))  # free: nobody holds it


class FakeConsumer:
    def __init__(self, assigned: set[TP] | Exception, committed: dict[TP, int | None]) -> None:
        self._assigned = assigned
        self._committed_offset = committed  # faust's bookkeeping (no _thread: the fallback)

    def assignment(self) -> set[TP]:
        if isinstance(self._assigned, Exception):
            raise self._assigned
        return self._assigned

    async def highwaters(self, *tps: TP) -> dict[TP, int]:
        return {tp: 100 + tp.partition for tp in tps}

    async def earliest_offsets(self, *tps: TP) -> dict[TP, int]:
        return {tp: 10 for tp in tps}


def fake_app(
    assigned: set[TP] | Exception = frozenset(),  # type: ignore[assignment]
    *,
    rebalancing: bool = False,
    generation: int | None = None,
    committed: dict[TP, int | None] | None = None,
    topics: tuple[str, ...] = ("raw",),
) -> Any:
    agent = SimpleNamespace(channel=SimpleNamespace(topics=topics))
    return SimpleNamespace(
        consumer=FakeConsumer(assigned, committed or {}),
        rebalancing=rebalancing,
        consumer_generation_id=generation,
        agents={"newswire.extract": agent},
    )


@pytest.mark.parametrize(
    ("app", "expected"),
    [
        (fake_app(RuntimeError("not started")), (False, "consumer not started")),
        (fake_app({TP("raw", 0)}), (True, "partitions assigned")),
        (fake_app(set(), generation=3), (True, "in the group, no free partitions")),
        (fake_app(set()), (False, "joining the consumer group")),
        (fake_app(set(), generation=0), (False, "joining the consumer group")),
        (fake_app({TP("raw", 0)}, rebalancing=True), (False, "joining the consumer group")),
    ],
    ids=["not-started", "assigned", "group-full", "joining", "generation-0", "rebalancing"],
)
def test_readiness(app: Any, expected: tuple[bool, str]) -> None:
    assert web.readiness(app) == expected


@pytest.fixture
def clean_partitions() -> Iterator[None]:
    metrics.retain_partitions(())
    yield
    metrics.retain_partitions(())


def _gauge(name: str, topic: str, partition: int) -> float | None:
    return REGISTRY.get_sample_value(name, {"topic": topic, "partition": str(partition)})


@pytest.mark.usefixtures("clean_partitions")
def test_update_lag_measures_the_agents_topics_only() -> None:
    leader = TP("newswire-worker-__assignor-__leader", 0)
    app = fake_app(
        {TP("raw", 0), TP("raw", 1), leader}, committed={TP("raw", 0): 95, TP("raw", 1): None}
    )
    lag = asyncio.run(web.update_lag(app))
    # end offsets 100 and 101; partition 1 has no commit yet, so it counts from earliest (10)
    assert lag == {("raw", 0): 5, ("raw", 1): 91}
    assert _gauge("newswire_consumer_lag_messages", "raw", 1) == 91
    assert _gauge("newswire_partition_end_offset_messages", "raw", 0) == 100
    assert _gauge("newswire_consumer_lag_messages", leader.topic, 0) is None


@pytest.mark.usefixtures("clean_partitions")
def test_update_lag_after_losing_partitions_drops_their_series() -> None:
    asyncio.run(web.update_lag(fake_app({TP("raw", 0), TP("raw", 1)})))
    asyncio.run(web.update_lag(fake_app({TP("raw", 1)})))
    assert _gauge("newswire_consumer_lag_messages", "raw", 0) is None
    assert _gauge("newswire_consumer_lag_messages", "raw", 1) is not None
    assert asyncio.run(web.update_lag(fake_app({TP("raw", 1)}, rebalancing=True))) == {}


def test_log_http_address_reports_the_bound_port(caplog: pytest.LogCaptureFixture) -> None:
    runner = SimpleNamespace(addresses=[("127.0.0.1", 41234)])
    app = SimpleNamespace(web=SimpleNamespace(_runner=runner))
    with caplog.at_level(logging.INFO, logger="newswire.web"):
        assert asyncio.run(web.log_http_address(app)) == [("127.0.0.1", 41234)]
    assert "http://127.0.0.1:41234/metrics" in caplog.text


# --- real workers on the real broker -------------------------------------------------


@contextmanager
def worker_on_port_zero(env: dict[str, str], log_dir: Path, name: str) -> Iterator[str]:
    """A worker with NEWSWIRE_HTTP_PORT=0; yields its base URL, read from its log."""
    log = log_dir / f"{name}.log"
    env = {**env, "NEWSWIRE_HTTP_PORT": "0", "NEWSWIRE_DATA_DIR": str(log_dir / f"{name}-data")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "worker"], env=env, cwd=REPO,
        stdout=log.open("ab"), stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert proc.poll() is None, log.read_text()[-3000:]
            found = re.search(r"metrics at (http://[\d.]+:\d+)/metrics", log.read_text())
            if found:
                yield found.group(1)
                return
            time.sleep(0.2)
        raise AssertionError(f"no port logged: {log.read_text()[-3000:]}")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=3) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _lag_partitions(base: str) -> set[int]:
    text = _get(base + "/metrics")[1].decode()
    families = {f.name: f for f in text_string_to_metric_families(text)}
    return {int(s.labels["partition"]) for s in families["newswire_consumer_lag_messages"].samples}


def _wait(check: Any, timeout: float = 45) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError("condition not met in time")


@pytest.mark.integration
def test_two_workers_on_port_zero_split_the_partitions_and_their_lag_series(
    pipeline_env: dict[str, str], pipeline_settings: Settings, tmp_path: Path
) -> None:
    env = worker_env(pipeline_env)
    partitions = set(range(pipeline_settings.partitions))
    client = producer(pipeline_settings)
    for i in range(12):
        client.send(pipeline_settings.topics.raw, key=f"k{i}".encode(),
                    value=orjson.dumps({"id": f"w{i}", "body": "Quiet day in town."}))  # fmt: skip
    client.flush()
    client.close()
    with worker_on_port_zero(env, tmp_path, "a") as first:
        _wait(lambda: _get(first + "/readyz")[0] == 200)
        assert _get(first + "/healthz") == (200, b'{"status":"alive"}')
        # Alone, the worker owns (and reports lag for) every partition, then catches up.
        _wait(lambda: _lag_partitions(first) == partitions)
        consumed = (
            f'newswire_articles_consumed_total{{topic="{pipeline_settings.topics.raw}"}} 12.0'
        )
        _wait(lambda: consumed in _get(first + "/metrics")[1].decode())
        assert "newswire_build_info{" in _get(first + "/metrics")[1].decode()
        with worker_on_port_zero(env, tmp_path, "b") as second:
            assert second != first, "port 0 gives each worker its own port"
            _wait(lambda: _get(second + "/readyz")[0] == 200)

            # After the rebalance each reports only its own partitions: no stale series.
            def split() -> bool:
                a, b = _lag_partitions(first), _lag_partitions(second)
                return bool(a) and bool(b) and not (a & b) and (a | b) == partitions

            _wait(split)
            rebalances = _get(first + "/metrics")[1].decode()
            assert re.search(r"^newswire_rebalances_total ([2-9]|\d\d)", rebalances, re.M)
