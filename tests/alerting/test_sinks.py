"""Sinks against a local webhook receiver, and the subscriber's retry rounds (no Kafka)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import orjson
import pytest
from webhook_http import WebhookReceiver

from pipeline.alerting.rules import SinkSpec, parse_rules_text
from pipeline.alerting.sinks import DeliveryError, StdoutSink, WebhookSink, backoff, make_sinks
from pipeline.alerting.subscriber import Alerter, alerts_dlq_topic
from pipeline.settings import Settings, Topics

EVENT = {"event_id": "ab" * 16, "type": "interception", "launched": 70}


def hook(receiver: WebhookReceiver) -> WebhookSink:
    return WebhookSink(SinkSpec("ops", "webhook", receiver.url, 2.0, (("X-Team", "desk"),)))


def test_webhook_posts_the_event_with_its_idempotency_key(receiver: WebhookReceiver) -> None:
    hook(receiver).deliver(EVENT, ["big-raid", "all"])
    (got,) = receiver.requests
    assert (got.key, got.rules, got.event) == (EVENT["event_id"], "big-raid,all", EVENT)


@pytest.mark.parametrize(
    ("status", "permanent"), [(500, False), (503, False), (429, False), (400, True), (404, True)]
)
def test_webhook_errors_say_whether_to_retry(
    receiver: WebhookReceiver, status: int, permanent: bool
) -> None:
    receiver.always_fail, receiver.fail_status = True, status
    with pytest.raises(DeliveryError, match=f"HTTP {status}") as info:
        hook(receiver).deliver(EVENT, ["r"])
    assert info.value.permanent is permanent


def test_an_unreachable_webhook_is_retryable(receiver: WebhookReceiver) -> None:
    url = receiver.url
    receiver.stop()
    sink = WebhookSink(SinkSpec("ops", "webhook", url, 1.0))
    with pytest.raises(DeliveryError, match="cannot reach") as info:
        sink.deliver(EVENT, ["r"])
    assert not info.value.permanent


def test_stdout_sink_prints_one_json_line() -> None:
    out = io.StringIO()
    StdoutSink("console", out).deliver(EVENT, ["big-raid"])
    assert orjson.loads(out.getvalue()) == {"rules": ["big-raid"], "event": EVENT}
    assert out.getvalue().count("\n") == 1


@pytest.mark.parametrize(
    ("attempt", "seconds"), [(1, 0.5), (2, 1.0), (3, 2.0), (4, 4.0), (5, 5.0), (9, 5.0)]
)
def test_backoff_doubles_up_to_the_cap(attempt: int, seconds: float) -> None:
    assert backoff(attempt, 0.5, 5.0) == seconds


@dataclass
class Rec:
    value: bytes
    topic: str = "t.events.interceptions"
    partition: int = 0
    offset: int = 0
    key: bytes | None = b"a1"


class FakeFuture:
    def get(self, timeout: float) -> None:
        return None


class FakeProducer:
    def __init__(self) -> None:
        self.sent: list[tuple[str, bytes, dict[str, Any]]] = []

    def send(self, topic: str, key: bytes, value: bytes) -> FakeFuture:
        self.sent.append((topic, key, orjson.loads(value)))
        return FakeFuture()

    def flush(self, timeout: float) -> None:
        pass


RULES = parse_rules_text(
    "sinks: {ops: {type: webhook, url: 'http://127.0.0.1:9/'}}\n"
    "rules: [{name: big, type: interception, where: 'launched >= 50', sinks: [ops]}]\n"
)


def alerter(receiver: WebhookReceiver, attempts: int) -> Alerter:
    settings = Settings(topics=Topics.with_prefix("t."))
    return Alerter(settings, RULES, {"ops": hook(receiver)}, attempts=attempts,
                   base_delay=0.01, max_delay=0.02, log=io.StringIO())  # fmt: skip


def test_failed_deliveries_are_retried_in_rounds(receiver: WebhookReceiver) -> None:
    receiver.fail_first = 4  # two events fail twice each, then the receiver recovers
    events = [{**EVENT, "event_id": f"{i:032x}", "launched": 50 + i} for i in range(2)]
    records = [Rec(orjson.dumps(e), offset=i) for i, e in enumerate(events)]
    records.append(Rec(orjson.dumps({**EVENT, "event_id": "9" * 32, "launched": 3}), offset=2))
    a, out = alerter(receiver, attempts=3), FakeProducer()
    assert a.handle(records, out) is True
    assert out.sent == []
    assert [r.key for r in receiver.delivered()] == [f"{i:032x}" for i in range(2)]
    assert [r.key for r in receiver.requests] == [f"{i:032x}" for i in range(2)] * 3
    assert (a.stats.events, a.stats.delivered) == (3, 2)


def test_exhausted_and_rejected_deliveries_go_to_the_dlq(receiver: WebhookReceiver) -> None:
    receiver.always_fail = True
    a, out = alerter(receiver, attempts=2), FakeProducer()
    assert a.handle([Rec(orjson.dumps(EVENT), offset=7), Rec(b"{oops", offset=8)], out) is True
    assert len(receiver.requests) == 2
    (second_topic, _, second), (topic, key, first) = out.sent  # bad input is known first
    assert second_topic == topic
    assert topic == alerts_dlq_topic(a.settings) == "t.alerts.dlq"
    assert key == EVENT["event_id"].encode()
    assert first["reason"] == "delivery_failed" and first["attempts"] == 2
    assert first["error"] == "HTTP 503 Service Unavailable" and first["event"] == EVENT
    assert (first["sink"], first["rules"], first["offset"]) == ("ops", ["big"], 7)
    assert second["reason"] == "invalid_event" and second["payload_b64"] == "e29vcHM="

    receiver.fail_status = 400
    out = FakeProducer()
    assert a.handle([Rec(orjson.dumps(EVENT))], out) is True
    assert len(receiver.requests) == 3  # rejected: not retried
    assert out.sent[0][2]["reason"] == "rejected"


def test_a_stop_during_back_off_commits_nothing(receiver: WebhookReceiver) -> None:
    receiver.always_fail = True
    a, out = alerter(receiver, attempts=3), FakeProducer()
    a.stop()
    assert a.handle([Rec(orjson.dumps(EVENT))], out) is False
    assert out.sent == []


def test_make_sinks() -> None:
    sinks = make_sinks({"a": SinkSpec("a", "stdout"), "b": SinkSpec("b", "webhook", "http://x")})
    assert isinstance(sinks["a"], StdoutSink) and isinstance(sinks["b"], WebhookSink)
