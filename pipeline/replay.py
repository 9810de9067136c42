"""``newswire replay --from TIME [--to TIME]``: re-extract retained raw articles.

After an extractor upgrade, the raw topic's retained articles are read again
from the first offset at or after ``--from`` (the broker's
``offsets_for_times``) up to ``--to`` or the end as it was when the replay
started, run through the worker's own :class:`~pipeline.process.Processor`
and published to the event topics. Events carry the new
``extractor_version``; where the evidence is unchanged they keep their
``event_id``, so consumers that deduplicate see only what changed.

Input the worker dead-lettered for what it is (bad JSON, schema, size) is not
dead-lettered again; extraction failures are, since they depend on the code.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import IO, Any

from kafka import TopicPartition
from kafka.errors import KafkaError

from pipeline import metrics
from pipeline.errors import BrokerError, ConfigError
from pipeline.kafka_clients import consumer, partitions_for, poll, producer
from pipeline.process import Origin, Processor
from pipeline.settings import Settings

EXTRACTION_REASONS = frozenset({"extractor_error", "event_schema_violation"})
IDLE_LIMIT = 60.0


def parse_time(text: str, option: str) -> datetime:
    """An ISO-8601 time (``2026-11-20T00:00Z``, ``2026-11-20``); no zone means UTC."""
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ConfigError(
            f"{option} {text!r} is not an ISO-8601 time (e.g. 2026-11-20T00:00Z)"
        ) from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


@dataclass
class ReplayStats:
    """What a replay did."""

    articles: int = 0
    events: int = 0
    dead_lettered: int = 0
    skipped: int = 0
    """Records the worker had already dead-lettered for their content."""
    partitions: int = 0


def replay(
    settings: Settings,
    since: datetime,
    until: datetime | None = None,
    *,
    processor: Processor | None = None,
    log: IO[str] = sys.stderr,
) -> ReplayStats:
    """Re-run extraction over the raw topic's records from ``since`` (to ``until``)."""
    if until is not None and until <= since:
        raise ConfigError("--to must be later than --from")
    topic = settings.topics.raw
    process = processor or Processor(settings.topics, max_body_bytes=settings.max_body_bytes)
    client = consumer(settings, group_id=None, enable_auto_commit=False)
    out: Any = None
    stats = ReplayStats()
    try:
        ranges = _ranges(client, topic, since, until)
        stats.partitions = len(ranges)
        if not ranges:
            log.write(f"replay: {topic} has no records from {since.isoformat()}\n")
            return stats
        total = sum(stop - start for start, stop in ranges.values())
        log.write(f"replay: {total} records on {len(ranges)} partitions of {topic}\n")
        client.assign(list(ranges))
        for tp, (start, _stop) in ranges.items():
            client.seek(tp, start)
        out = producer(settings)
        futures: list[Any] = []
        remaining = dict(ranges)
        shown = last = time.monotonic()
        while remaining:
            batch = poll(client, timeout_ms=1000, max_records=2000)
            for tp, records in batch.items():
                stop = ranges[tp][1]
                for record in records:
                    if record.offset >= stop:
                        break
                    futures += _publish(process, record, out, stats)
            if batch:
                last = time.monotonic()
            elif time.monotonic() - last > IDLE_LIMIT:
                raise BrokerError(f"replay: no records from {topic} for {IDLE_LIMIT} s; stopped")
            for tp in list(remaining):  # positions also skip markers and compacted gaps
                if client.position(tp) >= ranges[tp][1]:
                    client.pause(tp)
                    del remaining[tp]
            if len(futures) >= 5000:
                _drain(out, futures)
            if time.monotonic() - shown > 2:
                shown = last = time.monotonic()
                log.write(f"replay: {stats.articles}/{total} articles, {stats.events} events\n")
        _drain(out, futures)
    except KafkaError as exc:
        raise BrokerError(f"replay: Kafka {type(exc).__name__}: {exc}") from None
    finally:
        client.close()
        if out is not None:
            out.close(timeout=10)
    metrics.RECORDS_SENT.labels("replay").inc(stats.events + stats.dead_lettered)
    return stats


def _ranges(
    client: Any, topic: str, since: datetime, until: datetime | None
) -> dict[TopicPartition, tuple[int, int]]:
    """Per partition, the offsets [start, stop) to replay."""
    parts = partitions_for(client, topic)
    if not parts:
        raise BrokerError(f"topic {topic} does not exist (run `newswire topics`)")
    tps = [TopicPartition(topic, p) for p in sorted(parts)]
    ends = client.end_offsets(tps)
    starts = client.offsets_for_times({tp: int(since.timestamp() * 1000) for tp in tps})
    stops = dict(ends)
    if until is not None:
        limits = client.offsets_for_times({tp: int(until.timestamp() * 1000) for tp in tps})
        for tp, found in limits.items():
            if found is not None:
                stops[tp] = min(stops[tp], found.offset)
    out: dict[TopicPartition, tuple[int, int]] = {}
    for tp in tps:
        found = starts.get(tp)
        if found is not None and found.offset < stops[tp]:
            out[tp] = (found.offset, stops[tp])
    return out


def _publish(process: Processor, record: Any, out: Any, stats: ReplayStats) -> list[Any]:
    result = process(record.value, Origin(record.topic, record.partition, record.offset,
                                          record.key))  # fmt: skip
    stats.articles += 1
    if result.dead_letter_reason is not None:
        if result.dead_letter_reason not in EXTRACTION_REASONS:
            stats.skipped += 1
            return []
        stats.dead_lettered += 1
    else:
        stats.events += len(result.records)
    return [out.send(r.topic, key=r.key, value=r.value) for r in result.records]


def _drain(out: Any, futures: list[Any]) -> None:
    out.flush(timeout=120)
    for future in futures:
        future.get(timeout=120)
    futures.clear()
