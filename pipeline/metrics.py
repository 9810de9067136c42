"""The Prometheus metrics of newswire's processes, declared once.

Names follow Prometheus conventions (base units, ``_total`` counters, which
prometheus_client appends). Labels are bounded: event types, dead-letter
reasons, topics, partitions and tool names; never article ids or speakers.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from prometheus_client import Counter, Gauge, Histogram, disable_created_metrics

from pipeline import __version__
from pipeline.extract import COMPILED, EXTRACTOR_VERSION

# A ``*_created`` gauge per counter and histogram doubles the series count for
# nothing Prometheus 2 reads from the text format.
disable_created_metrics()  # type: ignore[no-untyped-call]

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)

EVENT_TYPES = ("strike", "interception", "casualty", "statement")
"""Every value of the ``type`` label of :data:`EVENTS_PUBLISHED`."""
DEAD_LETTER_REASONS = (
    "invalid_json",
    "not_utf8",
    "schema_violation",
    "too_large",
    "extractor_error",
    "event_schema_violation",
)
"""Every value of the ``reason`` label of :data:`DEAD_LETTERED` (see pipeline.process)."""

# --- the worker -------------------------------------------------------------------------
ARTICLES_CONSUMED = Counter(
    "newswire_articles_consumed", "Raw articles read by the worker", ["topic"]
)
EVENTS_PUBLISHED = Counter("newswire_events_published", "Events published, by event type", ["type"])
DEAD_LETTERED = Counter(
    "newswire_articles_dead_lettered", "Raw records sent to the dead-letter topic", ["reason"]
)
NO_EVENTS = Counter("newswire_articles_without_events", "Articles that yielded no event")
EXTRACTION_SECONDS = Histogram(
    "newswire_extraction_duration_seconds",
    "Time to validate and extract one article",
    buckets=(0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1, 1),
)
END_TO_END_SECONDS = Histogram(
    "newswire_end_to_end_latency_seconds",
    "From the article's received_at to the broker's acknowledgement of its events",
    buckets=LATENCY_BUCKETS,
)
CONSUMER_LAG = Gauge(
    "newswire_consumer_lag_messages",
    "Messages between the committed offset and the end of each assigned partition",
    ["topic", "partition"],
)
END_OFFSET = Gauge(
    "newswire_partition_end_offset_messages",
    "The end offset (high-water mark) of each assigned partition: grows with the topic",
    ["topic", "partition"],
)
REBALANCES = Counter("newswire_rebalances", "Consumer-group rebalances seen by this worker")
IN_FLIGHT = Gauge("newswire_articles_in_flight", "Articles taken from the stream, not yet acked")
BUILD_INFO = Gauge(
    "newswire_build_info",
    "Always 1; the labels say which newswire and extractor versions run, and whether the "
    "extractor runs compiled (make native) or from its Python sources",
    ["version", "extractor_version", "extractor_build"],
)
EXTRACTOR_BUILD = "compiled" if COMPILED else "python"
BUILD_INFO.labels(__version__, EXTRACTOR_VERSION, EXTRACTOR_BUILD).set(1)

# --- feeders and subscribers (label ``tool``: ingest, rss, webhook, ...) ------------------
RECORDS_SENT = Counter(
    "newswire_feeder_records_sent", "Records acknowledged by the broker or the receiver", ["tool"]
)
RECORDS_FAILED = Counter("newswire_feeder_records_failed", "Records that failed to send", ["tool"])
SEND_SECONDS = Histogram(
    "newswire_feeder_send_latency_seconds",
    "From send() to the broker's (or the receiver's) acknowledgement",
    ["tool"],
    buckets=LATENCY_BUCKETS,
)

Partition = tuple[str, int]
"""(topic, partition): the key of the per-partition gauges."""
_PARTITION_GAUGES = (CONSUMER_LAG, END_OFFSET)
_partitions: set[Partition] = set()


def init_worker_series(raw_topic: str | None = None) -> None:
    """Create every bounded label value at 0, so rate() and alerts see a series from the start.

    A counter that first appears at 1 makes ``rate()`` miss that first increment
    and leaves "no data" in dashboards until something goes wrong.
    """
    for event_type in EVENT_TYPES:
        EVENTS_PUBLISHED.labels(event_type)
    for reason in DEAD_LETTER_REASONS:
        DEAD_LETTERED.labels(reason)
    if raw_topic is not None:
        ARTICLES_CONSUMED.labels(raw_topic)


def init_tool_series(tool: str) -> None:
    """Create a feeder's or subscriber's series at 0 (see :func:`init_worker_series`)."""
    RECORDS_SENT.labels(tool)
    RECORDS_FAILED.labels(tool)
    SEND_SECONDS.labels(tool)


def partition_lag(
    end_offsets: Mapping[Partition, int],
    committed: Mapping[Partition, int | None],
    earliest: Mapping[Partition, int],
) -> dict[Partition, int]:
    """Messages not yet committed per partition: end offset minus committed offset.

    Without a committed offset the group starts from the earliest one
    (``auto_offset_reset=earliest``), so everything from there on is lag.
    """
    lag: dict[Partition, int] = {}
    for tp, end in end_offsets.items():
        done = committed.get(tp)
        start = done if done is not None else earliest.get(tp, 0)
        lag[tp] = max(0, end - start)
    return lag


def set_partition_offsets(
    lag: Mapping[Partition, int], end_offsets: Mapping[Partition, int]
) -> None:
    """Publish lag and end offsets of the assigned partitions; drop every other partition."""
    retain_partitions(lag.keys() | end_offsets.keys())
    for (topic, partition), value in lag.items():
        CONSUMER_LAG.labels(topic, str(partition)).set(value)
        _partitions.add((topic, partition))
    for (topic, partition), value in end_offsets.items():
        END_OFFSET.labels(topic, str(partition)).set(value)
        _partitions.add((topic, partition))


def retain_partitions(assigned: Iterable[Partition]) -> list[Partition]:
    """Remove the per-partition series of partitions no longer assigned; return them.

    After a rebalance another worker owns those partitions and reports them;
    a stale series here would double-count lag in every ``sum``.
    """
    return drop_partitions(_partitions - set(assigned))


def drop_partitions(gone: Iterable[Partition]) -> list[Partition]:
    """Remove the per-partition series of ``gone`` (revoked partitions); return those removed."""
    stale = sorted(set(gone) & _partitions)
    for topic, partition in stale:
        for gauge in _PARTITION_GAUGES:
            try:
                gauge.remove(topic, str(partition))
            except KeyError:
                pass
        _partitions.discard((topic, partition))
    return stale
