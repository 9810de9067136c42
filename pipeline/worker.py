"""The faust worker: raw articles in, events and dead letters out.

The pure work happens in :class:`pipeline.process.Processor`; this module is
only the Kafka edge. Delivery is at-least-once: a batch's events are sent and
*acknowledged by the broker* (acks=all) before faust may commit the batch's
offsets, so a crash replays articles rather than losing them, and the replayed
events carry the same deterministic ``event_id``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import datetime
from typing import Any

import faust

from pipeline import metrics, web
from pipeline.kafka_clients import ssl_context
from pipeline.process import Origin, Processor
from pipeline.settings import Settings

log = logging.getLogger("newswire.worker")


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
        broker_commit_interval=1.0,
        broker_max_poll_records=settings.batch_size,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        producer_linger=0.005,
        producer_max_request_size=8_388_608,
        stream_buffer_maxsize=max(4096, settings.batch_size * 4),
        store="memory://",
        datadir=settings.data_dir,
        web_enabled=True,
        web_bind=settings.http_host,
        web_port=settings.http_port,
        web_host=settings.http_host,
        loghandlers=[],
    )
    processor = Processor(settings.topics, max_body_bytes=settings.max_body_bytes)
    raw_topic = app.topic(
        settings.topics.raw,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=settings.partitions,
    )

    @app.agent(raw_topic, name="newswire.extract")
    async def extract_articles(stream: Any) -> None:
        async for events in stream.take_events(settings.batch_size, within=0.02):
            await _handle_batch(app, processor, settings.topics.raw, events)

    web.install(app)

    return app


async def _handle_batch(
    app: faust.App, processor: Processor, topic: str, events: list[Any]
) -> None:
    """Process a batch and wait until the broker has acknowledged every record it produced."""
    metrics.IN_FLIGHT.set(len(events))
    pending: list[Any] = []
    latencies: list[str] = []
    consumed = 0
    for event in events:
        message = event.message
        started = time.perf_counter()
        result = processor(
            message.value, Origin(message.topic, message.partition, message.offset, message.key)
        )
        metrics.EXTRACTION_SECONDS.observe(time.perf_counter() - started)
        consumed += 1
        if result.dead_letter_reason is not None:
            metrics.DEAD_LETTERED.labels(result.dead_letter_reason).inc()
        elif not result.records:
            metrics.NO_EVENTS.inc()
        elif result.received_at:
            latencies.append(result.received_at)
        for record in result.records:
            pending.append(
                await app.producer.send(record.topic, record.key, record.value, None, None, None)
            )
            if record.event_type is not None:
                metrics.EVENTS_PUBLISHED.labels(record.event_type).inc()
    if pending:
        await asyncio.gather(*pending)
    metrics.ARTICLES_CONSUMED.labels(topic).inc(consumed)
    now = time.time()
    for received in latencies:
        seconds = _age(received, now)
        if seconds is not None:
            metrics.END_TO_END_SECONDS.observe(seconds)
    metrics.IN_FLIGHT.set(0)


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
