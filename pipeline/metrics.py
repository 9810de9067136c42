"""The Prometheus metrics of newswire's processes, declared once.

Labels are bounded: event types, dead-letter reasons, topics and partitions;
never article ids or speakers.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram, Info

from pipeline import __version__
from pipeline.extract import EXTRACTOR_VERSION

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)

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
    "Messages between the committed position and the end of each assigned partition",
    ["topic", "partition"],
)
REBALANCES = Counter("newswire_rebalances", "Consumer-group rebalances seen by this worker")
IN_FLIGHT = Gauge("newswire_articles_in_flight", "Articles taken from the stream, not yet acked")
BUILD_INFO = Info("newswire_build", "Version of newswire and of its extractor")
BUILD_INFO.info({"version": __version__, "extractor_version": EXTRACTOR_VERSION})

RECORDS_SENT = Counter(
    "newswire_feeder_records_sent", "Records acknowledged by the broker", ["tool"]
)
RECORDS_FAILED = Counter("newswire_feeder_records_failed", "Records that failed to send", ["tool"])
SEND_SECONDS = Histogram(
    "newswire_feeder_send_latency_seconds",
    "From send() to the broker's acknowledgement",
    ["tool"],
    buckets=LATENCY_BUCKETS,
)
