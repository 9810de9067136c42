"""The faust worker: raw articles in, events and dead letters out.

The pure work happens in :class:`pipeline.process.Processor`; this module is
only the Kafka edge. Delivery is at-least-once: a batch's events are sent and
*acknowledged by the broker* (acks=all) before faust may commit the batch's
offsets, so a crash replays articles rather than losing them, and the replayed
events carry the same deterministic ``event_id``.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from typing import Any

import faust
import orjson
from faust.types import TP

from pipeline import metrics, web
from pipeline.kafka_clients import ssl_context
from pipeline.process import Origin, Processor, Result
from pipeline.publish import BatchPublisher
from pipeline.settings import Settings

log = logging.getLogger("newswire.worker")

WARM_UP_RECORD = orjson.dumps(
    {
        "id": "newswire-warm-up",
        "body": "Russia launched 40 drones at Kharkiv overnight, the regional governor said. "
        "Air defences shot down 30 of them. Two civilians were killed.",
    }
)

PRODUCER_MAX_BATCH_BYTES = 524_288
"""Largest record batch the producer builds; half the broker's default record-batch
limit (``message.max.bytes``, 1 MiB), so a full batch is always accepted."""


def build_app(settings: Settings) -> faust.App:
    """A faust app with newswire's agent, web pages and settings."""
    servers = ";".join(f"kafka://{s.strip()}" for s in settings.bootstrap_servers.split(","))
    app = faust.App(
        settings.group_id,
        broker=servers,
        broker_credentials=_credentials(settings),
        key_serializer="raw",
        value_serializer="raw",
        processing_guarantee=settings.processing_guarantee,
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        broker_session_timeout=settings.session_timeout_ms / 1000,
        broker_heartbeat_interval=max(1.0, settings.session_timeout_ms / 3000),
        # In exactly-once mode each batch commits its own transaction (see
        # _handle_batch_transactionally); faust's periodic commit would race it.
        broker_commit_interval=1.0 if settings.processing_guarantee == "at_least_once" else 1e9,
        broker_commit_every=10_000 if settings.processing_guarantee == "at_least_once" else 10**12,
        broker_max_poll_records=settings.batch_size,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        # Records are already batched per partition (pipeline.publish): lingering only adds latency.
        producer_linger=0.0,
        producer_max_request_size=8_388_608,
        # Few large record batches: one produce request per partition per batch, not one per
        # 16 KB (aiokafka's default), so fewer round trips wait on acks=all.
        producer_max_batch_size=PRODUCER_MAX_BATCH_BYTES,
        stream_buffer_maxsize=max(4096, settings.batch_size * 4),
        store="memory://",
        datadir=settings.data_dir,
        web_enabled=True,
        web_bind=settings.http_host,
        web_port=web.http_port(settings.http_host, settings.http_port),
        web_host=settings.http_host,
        loghandlers=[],
    )
    processor = Processor(
        settings.topics,
        max_body_bytes=settings.max_body_bytes,
        remember=settings.remember_bodies,
    )
    raw_topic = app.topic(
        settings.topics.raw,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=settings.partitions,
    )

    exactly_once = settings.processing_guarantee == "exactly_once"
    publishers: list[BatchPublisher] = []

    def publisher() -> BatchPublisher:
        """Built on first use, over faust's own aiokafka producer (started by then)."""
        if not publishers:
            aio_producer = app.producer._ensure_producer()  # type: ignore[attr-defined]
            publishers.append(BatchPublisher(aio_producer))
        return publishers[0]

    @app.agent(raw_topic, name="newswire.extract")
    async def extract_articles(stream: Any) -> None:
        async for events in stream.take_events(settings.batch_size, within=0.005):
            if exactly_once:
                await _handle_batch_transactionally(app, processor, settings.topics.raw, events)
            else:
                await _handle_batch(publisher, processor, settings.topics.raw, events)

    async def settle_heap() -> None:
        """Once started, move everything alive into the GC's permanent generation.

        The app, its clients and the extractor's tables are ~100 MB of objects
        that live forever; left in the oldest generation, each full collection
        walks them all (measured: 60-140 ms, a pause every article in flight
        waits out). Frozen, a full collection walks only what came since (~7 ms).
        """
        # Load the extractor's lazily built tables first, through the processor: it never
        # raises (an extractor bug here would become a discarded dead letter, not a crash).
        processor(WARM_UP_RECORD, Origin("warm-up", 0, 0, None))
        gc.collect()
        gc.freeze()

    app.task(settle_heap)
    web.install(app)

    return app


async def _handle_batch(
    publisher: Callable[[], BatchPublisher], processor: Processor, topic: str, events: list[Any]
) -> None:
    """At-least-once: publish a batch and wait for the broker's acks (acks=all).

    faust acks the batch's messages only after this returns, and commits only
    acked offsets, so an offset is never committed before its events are stored.
    """
    records = [
        record for _, result in _process(processor, topic, events) for record in result.records
    ]
    if records:
        await asyncio.gather(*await publisher().publish(records))


async def _handle_batch_transactionally(
    app: faust.App, processor: Processor, topic: str, events: list[Any]
) -> None:
    """Exactly-once: a batch's events and its offsets commit in one Kafka transaction.

    faust 0.15 picks the transactional id from the *output* topic's partition
    (faust-streaming #177/#323), which puts events and the source offsets in
    different transactions. So we send through the transactional producer of
    the *source* partition ourselves and commit that transaction, with the
    batch's offsets, right after the batch; faust's own periodic commit is
    switched off in this mode (see ``build_app``).
    """
    manager = app.consumer.transactions
    group = app.assignor.group_for_topic(topic)
    prefix = f"{app.conf.id}-{group}-"
    pending = []
    for partition, result in _process(processor, topic, events):
        tid = f"{prefix}{partition}"
        for r in result.records:
            sent = await manager.producer.send(
                r.topic, r.key, r.value, None, None, None, transactional_id=tid
            )
            pending.append(sent)
    if pending:
        await asyncio.gather(*pending)
    offsets: dict[TP, int] = {}
    for event in events:
        tp = event.message.tp
        offsets[tp] = max(offsets.get(tp, 0), event.message.offset + 1)
    await manager.commit(offsets, start_new_transaction=True)


def _process(processor: Processor, topic: str, events: list[Any]) -> list[tuple[int, Result]]:
    """Run the processor on each message; returns (source partition, result) pairs.

    Counters are added once per batch, not once per record: a labelled
    prometheus counter costs a lock and a dict lookup chain per ``inc``.
    """
    metrics.IN_FLIGHT.set(len(events))
    out: list[tuple[int, Result]] = []
    latencies: list[str] = []
    published: Counter[str] = Counter()
    dead: Counter[str] = Counter()
    no_events = 0
    observe = metrics.EXTRACTION_SECONDS.observe
    clock = time.perf_counter
    for event in events:
        message = event.message
        started = clock()
        result = processor(
            message.value, Origin(message.topic, message.partition, message.offset, message.key)
        )
        observe(clock() - started)
        out.append((message.partition, result))
        if result.dead_letter_reason is not None:
            dead[result.dead_letter_reason] += 1
        elif not result.records:
            no_events += 1
        else:
            published.update(r.event_type for r in result.records if r.event_type)
            if result.received_at:
                latencies.append(result.received_at)
    for event_type, n in published.items():
        metrics.EVENTS_PUBLISHED.labels(event_type).inc(n)
    for reason, n in dead.items():
        metrics.DEAD_LETTERED.labels(reason).inc(n)
    if no_events:
        metrics.NO_EVENTS.inc(no_events)
    metrics.ARTICLES_CONSUMED.labels(topic).inc(len(events))
    now = time.time()
    for received in latencies:
        seconds = _age(received, now)
        if seconds is not None:
            metrics.END_TO_END_SECONDS.observe(seconds)
    metrics.IN_FLIGHT.set(0)
    return out


def _age(received_at: str, now: float) -> float | None:
    try:
        return max(
            0.0, now - datetime.fromisoformat(received_at.replace("Z", "+00:00")).timestamp()
        )
    except ValueError:
        return None


def _credentials(settings: Settings) -> Any:
    sec = settings.security
    if sec.protocol == "PLAINTEXT":
        return None
    if sec.protocol == "SSL":
        return faust.SSLCredentials(ssl_context(settings))
    return faust.SASLCredentials(
        username=sec.sasl_username,
        password=sec.sasl_password,
        ssl_context=ssl_context(settings) if sec.protocol == "SASL_SSL" else None,
        mechanism=sec.sasl_mechanism or "SCRAM-SHA-512",
    )


def run(settings: Settings) -> None:
    """Run a worker until SIGTERM/SIGINT; topics must exist (see ``ensure_topics``)."""
    app = build_app(settings)
    worker = faust.Worker(app, loglevel=settings.log_level.lower(), quiet=True)
    worker.execute_from_commandline()
