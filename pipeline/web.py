"""The worker's HTTP endpoints and its broker-side metrics, on faust's web server.

``/metrics`` (Prometheus text), ``/healthz`` (the process is alive) and
``/readyz`` (connected and in the consumer group). A timer publishes consumer
lag per assigned partition, because faust exposes no such metric and lag is
what tells an operator that workers fall behind.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Iterable
from typing import Any

import aiokafka
import faust
from faust.web import Request, Response, View
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from pipeline import metrics

log = logging.getLogger("newswire.web")

LAG_INTERVAL_SECONDS = 5.0
"""How often consumer lag is measured: one ListOffsets request per interval."""


def install(app: faust.App) -> None:
    """Register newswire's pages, the lag timer and rebalance hooks on ``app``.

    Call it after the agents are defined: their topics are the ones whose
    lag is reported (faust's internal topics are left out).
    """
    metrics.init_worker_series()
    for topic in consumed_topics(app):
        metrics.ARTICLES_CONSUMED.labels(topic)

    @app.page("/metrics")
    async def metrics_page(view: View, _request: Request) -> Response:
        return view.bytes(generate_latest(), headers={"Content-Type": CONTENT_TYPE_LATEST})

    @app.page("/healthz")
    async def healthz(view: View, _request: Request) -> Response:
        return view.json({"status": "alive"})

    @app.page("/readyz")
    async def readyz(view: View, _request: Request) -> Response:
        ready, why = readiness(app)
        return view.json({"ready": ready, "reason": why}, status=200 if ready else 503)

    @app.on_partitions_revoked.connect  # type: ignore[arg-type]
    async def on_revoked(_sender: Any, revoked: Iterable[Any] = (), **_kw: Any) -> None:
        metrics.drop_partitions((tp.topic, tp.partition) for tp in revoked)

    @app.on_rebalance_complete.connect  # type: ignore[arg-type]
    async def on_rebalance(_sender: Any, **_kw: Any) -> None:
        metrics.REBALANCES.inc()
        metrics.retain_partitions(_assigned(app))

    async def measure_lag() -> None:
        await update_lag(app)

    async def announce_http_address() -> None:
        await log_http_address(app)

    app.timer(interval=LAG_INTERVAL_SECONDS)(measure_lag)
    app.task(announce_http_address)


def http_port(host: str, port: int) -> int:
    """``port``, or with 0 a free port of ``host`` (faust refuses 0; the port is logged).

    Lets several workers share a host without configuring a port each.
    """
    if port:
        return port
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def consumed_topics(app: faust.App) -> set[str]:
    """The topics newswire's agents read (not faust's internal ones)."""
    names: set[str] = set()
    for agent in app.agents.values():
        names.update(getattr(agent.channel, "topics", ()) or ())
    return names


def _assigned(app: faust.App) -> set[metrics.Partition]:
    try:
        return {(tp.topic, tp.partition) for tp in app.consumer.assignment()}
    except Exception:  # consumer not started, or between generations
        return set()


async def update_lag(app: faust.App) -> dict[metrics.Partition, int]:
    """Measure lag of every assigned partition of the agents' topics and publish it."""
    if app.rebalancing:
        return {}
    topics = consumed_topics(app)
    try:
        consumer = app.consumer
        tps = [tp for tp in consumer.assignment() if tp.topic in topics]
        if not tps:
            metrics.set_partition_offsets({}, {})
            return {}
        ends = await consumer.highwaters(*tps)
        earliest = await consumer.earliest_offsets(*tps)
    except Exception as exc:  # a broker hiccup must not kill the timer
        log.debug("consumer lag not measured: %s", exc)
        return {}
    end = {(tp.topic, tp.partition): int(v) for tp, v in ends.items() if v is not None}
    start = {(tp.topic, tp.partition): int(v) for tp, v in earliest.items() if v is not None}
    committed = await committed_offsets(app, tps)
    lag = metrics.partition_lag(end, committed, start)
    metrics.set_partition_offsets(lag, end)
    return lag


async def committed_offsets(app: faust.App, tps: list[Any]) -> dict[metrics.Partition, int | None]:
    """The group's committed offsets (the next offset to read), as the broker has them.

    Asked of the broker rather than taken from faust's bookkeeping because in
    exactly-once mode offsets are committed inside producer transactions,
    which faust's consumer never hears of. Falls back to that bookkeeping if
    the consumer thread cannot be reached.
    """
    keys = [(tp.topic, tp.partition) for tp in tps]
    try:
        consumer: Any = app.consumer
        thread = consumer._thread  # faust's AIOKafkaConsumerThread
        client = thread._ensure_consumer()

        async def fetch() -> list[int | None]:
            parts = [aiokafka.TopicPartition(t, p) for t, p in keys]
            return list(await asyncio.gather(*(client.committed(tp) for tp in parts)))

        values: list[int | None] = await asyncio.wait_for(thread.call_thread(fetch), timeout=10)
        return dict(zip(keys, values, strict=True))
    except Exception as exc:
        log.debug("committed offsets not fetched from the broker: %s", exc)
        local = getattr(app.consumer, "_committed_offset", {})
        return {key: local.get(tp) for key, tp in zip(keys, tps, strict=True)}


def bound_addresses(app: faust.App) -> list[tuple[str, int]]:
    """Where faust's web server listens: the real port even when 0 was configured."""
    runner = getattr(app.web, "_runner", None)
    addresses = getattr(runner, "addresses", None) or []
    return [(str(a[0]), int(a[1])) for a in addresses if isinstance(a, tuple)]


async def log_http_address(app: faust.App, timeout: float = 30.0) -> list[tuple[str, int]]:
    """Log the URL of /metrics once the server listens (with port 0, the only way to know)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        addresses = bound_addresses(app)
        if addresses:
            for host, port in addresses:
                log.info("newswire http: metrics at http://%s:%d/metrics", host, port)
            return addresses
        await asyncio.sleep(0.1)
    log.warning("newswire http: the web server did not start in %.0fs", timeout)
    return []


def readiness(app: faust.App) -> tuple[bool, str]:
    """Ready = connected and either holding partitions or in a group with none free."""
    try:
        consumer = app.consumer
        assignment = consumer.assignment()
    except Exception:
        return False, "consumer not started"
    if not app.rebalancing and assignment:
        return True, "partitions assigned"
    # faust starts the generation at 0 (not None) before the first join completes.
    generation = app.consumer_generation_id
    if not app.rebalancing and generation is not None and generation > 0:
        return True, "in the group, no free partitions"
    return False, "joining the consumer group"
