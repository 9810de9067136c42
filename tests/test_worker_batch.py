"""The worker's batch step without Kafka: every record published and acked, counters per batch."""

from __future__ import annotations

import asyncio
from typing import Any

import orjson
import pytest
from prometheus_client import REGISTRY

from pipeline import worker
from pipeline.extract.model import Evidence, Strike
from pipeline.process import Origin, Processor
from pipeline.publish import BatchPublisher
from pipeline.settings import Topics

TOPICS = Topics.with_prefix("batch-test.")


class FakeProducer:
    """Records each batch sent; batches are plain lists, acked at once."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, int, list[tuple[bytes | None, bytes]]]] = []

    async def partitions_for(self, topic: str) -> set[int]:
        return set(range(6))

    def create_batch(self) -> Any:
        batch: list[tuple[bytes | None, bytes]] = []

        class Batch:
            items = batch

            def append(self, *, key: bytes | None, value: bytes, timestamp: None) -> object:
                batch.append((key, value))
                return object()

        return Batch()

    async def send_batch(self, batch: Any, topic: str, *, partition: int) -> Any:
        self.sent.append((topic, partition, batch.items))
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        future.set_result(None)
        return future


class Message:
    """The part of a faust event the worker reads (``event.message``)."""

    def __init__(self, value: bytes, offset: int, partition: int = 0) -> None:
        self.message = self
        self.value, self.key, self.offset, self.partition = value, b"k", offset, partition
        self.topic = TOPICS.raw


def _strikes(body: str) -> list[Strike]:
    """One strike per word "strike" in the body."""
    found, at = [], body.find("strike")
    while at >= 0:
        found.append(
            Strike(Evidence("strike", at, at + 6), 0.5, None, None, "other", 1, "exact", None, None)
        )
        at = body.find("strike", at + 1)
    return found


def _sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.mark.parametrize(
    ("bodies", "events", "dead", "empty"),
    [
        (["strike", "strike strike", "calm"], 3, 0, 1),
        (["calm", "calm"], 0, 0, 2),
        (["strike", None, "strike strike strike"], 4, 1, 0),
    ],
)
def test_a_batch_publishes_every_record_and_counts_once(
    bodies: list[str | None], events: int, dead: int, empty: int
) -> None:
    processor = Processor(TOPICS, max_body_bytes=4096, extractor=_strikes)
    messages: list[Any] = [
        Message(b"{" if body is None else orjson.dumps({"id": f"a{i}", "body": body}), i, i % 3)
        for i, body in enumerate(bodies)
    ]
    producer = FakeProducer()
    publisher = BatchPublisher(producer)
    before = (
        _sample("newswire_events_published_total", type="strike"),
        _sample("newswire_articles_dead_lettered_total", reason="invalid_json"),
        _sample("newswire_articles_without_events_total"),
        _sample("newswire_articles_consumed_total", topic=TOPICS.raw),
    )

    asyncio.run(worker._handle_batch(lambda: publisher, processor, TOPICS.raw, messages))

    sent = [orjson.loads(v) for _, _, items in producer.sent for _, v in items]
    assert sum(1 for e in sent if e.get("type") == "strike") == events
    assert sum(1 for e in sent if "reason" in e) == dead
    after = (
        _sample("newswire_events_published_total", type="strike"),
        _sample("newswire_articles_dead_lettered_total", reason="invalid_json"),
        _sample("newswire_articles_without_events_total"),
        _sample("newswire_articles_consumed_total", topic=TOPICS.raw),
    )
    assert [a - b for a, b in zip(after, before, strict=True)] == [
        events,
        dead,
        empty,
        len(bodies),
    ]


def test_process_pairs_each_result_with_its_source_partition() -> None:
    processor = Processor(TOPICS, max_body_bytes=4096, extractor=_strikes)
    messages: list[Any] = [
        Message(orjson.dumps({"id": f"a{i}", "body": "strike"}), i, partition=p)
        for i, p in enumerate([4, 1, 4, 0])
    ]
    pairs = worker._process(processor, TOPICS.raw, messages)
    assert [p for p, _ in pairs] == [4, 1, 4, 0]
    assert [r.article_id for _, r in pairs] == ["a0", "a1", "a2", "a3"]


def test_the_warm_up_record_goes_through_the_processor_without_raising() -> None:
    def broken(body: str) -> list[Strike]:
        raise NameError("an extractor bug")

    for extractor in (_strikes, broken):
        result = Processor(TOPICS, max_body_bytes=4096, extractor=extractor)(
            worker.WARM_UP_RECORD, Origin("warm-up", 0, 0, None)
        )
        assert result.article_id == "newswire-warm-up"
