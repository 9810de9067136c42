"""``newswire alert``: consume event topics, match rules, deliver, then commit.

At-least-once: a batch's offsets are committed only after every matched
event was delivered or put on ``alerts.dlq`` (acks=all). Failed deliveries
are retried in rounds over the whole batch with exponential back-off, so a
sink that is down delays a batch by the sum of the back-offs rather than per
event; after the last attempt the event goes to ``alerts.dlq`` with the
reason. A stop in the middle of a batch commits nothing of it: those events
are delivered again on restart, with the same ``Idempotency-Key``.
"""

from __future__ import annotations

import base64
import sys
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import IO, Any

import orjson
from kafka.errors import KafkaError

from pipeline import metrics
from pipeline.alerting.rules import RuleSet
from pipeline.alerting.sinks import DeliveryError, Sink, backoff
from pipeline.errors import BrokerError
from pipeline.kafka_clients import consumer, poll, producer
from pipeline.process import now_iso
from pipeline.settings import Settings


def alerts_dlq_topic(settings: Settings) -> str:
    """``alerts.dlq`` under the same ``NEWSWIRE_TOPIC_PREFIX`` as the pipeline's topics."""
    return settings.topics.raw.removesuffix("news.articles.raw") + "alerts.dlq"


@dataclass
class Delivery:
    """One event bound for one sink."""

    record: Any
    event: Mapping[str, Any]
    sink: str
    rules: list[str]
    attempts: int = 0
    error: str | None = None
    reason: str = "delivery_failed"
    """The dead-letter reason: delivery_failed, rejected (a permanent HTTP error), invalid_event."""


@dataclass
class Stats:
    """What the subscriber has done so far."""

    events: int = 0
    delivered: int = 0
    dead_lettered: int = 0
    batches: int = 0
    by_sink: dict[str, int] = field(default_factory=dict)


class Alerter:
    """The subscriber loop around a rule set and its sinks."""

    def __init__(
        self,
        settings: Settings,
        ruleset: RuleSet,
        sinks: Mapping[str, Sink],
        *,
        group_id: str = "newswire-alert",
        start: str = "latest",
        attempts: int | None = None,
        base_delay: float = 1.0,
        max_delay: float = 60.0,
        log: IO[str] = sys.stderr,
    ) -> None:
        self.settings = settings
        self.ruleset = ruleset
        self.sinks = sinks
        self.group_id = group_id
        self.start = start
        self.attempts = attempts or settings.alert_attempts
        self.base_delay = base_delay
        self.max_delay = max_delay
        self.dlq = alerts_dlq_topic(settings)
        self.stats = Stats()
        self._log = log
        self._stop = threading.Event()

    def say(self, message: str) -> None:
        self._log.write(f"alert: {message}\n")
        self._log.flush()

    def stop(self) -> None:
        """Ask the loop to end after the current step (safe from a signal handler)."""
        self._stop.set()

    def run(self, *, idle_timeout: float | None = None, max_events: int | None = None) -> Stats:
        """Consume until stopped, idle for ``idle_timeout`` s, or ``max_events`` were read."""
        topics = [self.settings.topics.for_event(t) for t in self.ruleset.event_types()]
        client = consumer(
            self.settings, *topics,
            group_id=self.group_id, enable_auto_commit=False, auto_offset_reset=self.start,
            max_poll_records=50, max_poll_interval_ms=900_000,
            session_timeout_ms=self.settings.session_timeout_ms,
        )  # fmt: skip
        out = producer(self.settings)
        self.say(f"group {self.group_id} reading {', '.join(topics)}; "
                 f"{len(self.ruleset.rules)} rules, sinks {', '.join(self.sinks)}")  # fmt: skip
        last = time.monotonic()
        try:
            while not self._stop.is_set():
                if max_events is not None and self.stats.events >= max_events:
                    break
                batch = poll(client, timeout_ms=500)
                records = [r for part in batch.values() for r in part]
                if not records:
                    if idle_timeout is not None and time.monotonic() - last > idle_timeout:
                        break
                    continue
                last = time.monotonic()
                if self.handle(records, out):
                    client.commit()
                    self.stats.batches += 1
        except KafkaError as exc:
            raise BrokerError(f"alert: Kafka {type(exc).__name__}: {exc}") from None
        finally:
            client.close()
            out.close(timeout=10)
        return self.stats

    def handle(self, records: list[Any], out: Any) -> bool:
        """Deliver one batch; True when every event is delivered or dead-lettered."""
        pending: list[Delivery] = []
        dead: list[Delivery] = []
        for record in records:
            self.stats.events += 1
            try:
                event = orjson.loads(record.value)
                if not isinstance(event, dict):
                    raise ValueError("not a JSON object")
            except ValueError as exc:
                dead.append(Delivery(record, {}, "-", [], 0, str(exc), "invalid_event"))
                continue
            for sink, rules in self.ruleset.routes(event).items():
                pending.append(Delivery(record, event, sink, rules))
        for attempt in range(1, self.attempts + 1):
            failed: list[Delivery] = []
            for d in pending:
                d.attempts = attempt
                try:
                    self.sinks[d.sink].deliver(d.event, d.rules)
                except DeliveryError as exc:
                    d.error = str(exc)
                    if exc.permanent:
                        d.reason = "rejected"
                        dead.append(d)
                    else:
                        failed.append(d)
                    continue
                self.stats.delivered += 1
                self.stats.by_sink[d.sink] = self.stats.by_sink.get(d.sink, 0) + 1
                metrics.RECORDS_SENT.labels("alert").inc()
            pending = failed
            if not pending:
                break
            if attempt < self.attempts:
                delay = backoff(attempt, self.base_delay, self.max_delay)
                first = pending[0]
                self.say(
                    f"{len(pending)} deliveries failed (attempt {attempt}/{self.attempts}, "
                    f"first: {first.sink}: {first.error}); retry in {delay:g} s"
                )
                if self._stop.wait(delay):
                    self.say("stopping mid-batch: its events will be delivered again on restart")
                    return False
        dead.extend(pending)
        if dead:
            self._dead_letter(dead, out)
        return True

    def _dead_letter(self, dead: list[Delivery], out: Any) -> None:
        """Put failed deliveries on alerts.dlq and wait for the broker's acks."""
        futures = []
        for d in dead:
            r = d.record
            entry = {
                "reason": d.reason, "error": (d.error or "")[:2000],
                "sink": d.sink, "rules": d.rules,
                "attempts": d.attempts, "event_id": d.event.get("event_id"),
                "event": d.event or None,
                "payload_b64": None if d.event else base64.b64encode(r.value or b"").decode(),
                "topic": r.topic, "partition": r.partition, "offset": r.offset,
                "failed_at": now_iso(),
            }  # fmt: skip
            key = str(d.event.get("event_id") or "").encode() or r.key
            futures.append(out.send(self.dlq, key=key, value=orjson.dumps(entry)))
        out.flush(timeout=60)
        for future in futures:
            future.get(timeout=60)  # a KafkaError here ends the run uncommitted
        self.stats.dead_lettered += len(dead)
        metrics.RECORDS_FAILED.labels("alert").inc(len(dead))
        first = dead[0]
        self.say(f"{len(dead)} events to {self.dlq} (first: {first.sink}: {first.error})")


def run_alerts(
    settings: Settings,
    rules_path: str,
    *,
    group_id: str,
    from_beginning: bool,
    retry_delay: float,
    idle_timeout: float | None,
) -> int:
    """The ``alert`` command: check the rules, then deliver until SIGINT/SIGTERM."""
    import signal

    from pipeline.alerting.rules import load_rules
    from pipeline.alerting.sinks import make_sinks
    from pipeline.topics import ensure_topics

    ruleset = load_rules(rules_path)  # a bad rules file fails before any connection
    alerter = Alerter(
        settings, ruleset, make_sinks(ruleset.sinks),
        group_id=group_id, start="earliest" if from_beginning else "latest",
        base_delay=retry_delay,
    )  # fmt: skip
    ensure_topics(settings, extra=(alerter.dlq,))
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda _s, _f: alerter.stop())
    stats = alerter.run(idle_timeout=idle_timeout)
    alerter.say(
        f"stopped: {stats.events} events read, {stats.delivered} deliveries, "
        f"{stats.dead_lettered} to {alerter.dlq}"
    )
    return 0
