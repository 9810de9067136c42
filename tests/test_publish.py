"""Batch publishing groups records by partition exactly as Kafka's default partitioner."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiokafka.partitioner import DefaultPartitioner

from pipeline.process import Outgoing
from pipeline.publish import BatchPublisher


class FakeBatch:
    def __init__(self, limit: int) -> None:
        self.items: list[tuple[bytes | None, bytes]] = []
        self.limit = limit

    def append(self, *, key: bytes | None, value: bytes, timestamp: None) -> object | None:
        if len(self.items) >= self.limit:
            return None
        self.items.append((key, value))
        return object()


class FakeProducer:
    """Records what would be sent; partitions_for and send_batch as aiokafka's."""

    def __init__(self, partitions: int = 6, limit: int = 3) -> None:
        self.sent: list[tuple[str, int, list[tuple[bytes | None, bytes]]]] = []
        self.partitions = partitions
        self.limit = limit

    async def partitions_for(self, topic: str) -> set[int]:
        return set(range(self.partitions))

    def create_batch(self) -> FakeBatch:
        return FakeBatch(self.limit)

    async def send_batch(self, batch: FakeBatch, topic: str, *, partition: int) -> Any:
        self.sent.append((topic, partition, batch.items))
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        future.set_result(None)
        return future


def test_records_go_to_their_key_partition_in_few_batches() -> None:
    producer = FakeProducer(limit=3)
    records = [
        Outgoing("events.x", f"article-{i % 4}".encode(), b"v%d" % i, "strike") for i in range(20)
    ]

    async def go() -> int:
        futures = await BatchPublisher(producer).publish(records)
        await asyncio.gather(*futures)
        return len(futures)

    batches = asyncio.run(go())
    assert batches == len(producer.sent)
    partitioner = DefaultPartitioner()
    sent = [(p, key, value) for _, p, items in producer.sent for key, value in items]
    assert sorted(v for _, _, v in sent) == sorted(r.value for r in records)
    for partition, key, _ in sent:
        assert partition == partitioner(key, list(range(6)), list(range(6)))
    # 20 records over 4 keys, batches of at most 3: far fewer sends than records.
    assert all(len(items) <= 3 for _, _, items in producer.sent)
    assert batches < len(records)


class PerTopicProducer(FakeProducer):
    """Topics with different partition counts, as a cluster may have."""

    def __init__(self, counts: dict[str, int]) -> None:
        super().__init__(limit=1000)
        self.counts = counts

    async def partitions_for(self, topic: str) -> set[int]:
        return set(range(self.counts[topic]))


@pytest.mark.parametrize(
    "counts",
    [
        {"events.a": 6, "events.b": 6},
        {"events.a": 6, "events.b": 3},
        {"events.a": 1, "events.b": 12},
    ],
)
def test_each_topic_partitions_by_its_own_partition_count(counts: dict[str, int]) -> None:
    producer = PerTopicProducer(counts)
    records = [
        Outgoing(topic, f"article-{i}".encode(), b"v%d" % i, "strike")
        for i in range(30)
        for topic in counts
    ]

    async def go() -> None:
        await asyncio.gather(*await BatchPublisher(producer).publish(records))

    asyncio.run(go())
    partitioner = DefaultPartitioner()
    sent = {(topic, key): p for topic, p, items in producer.sent for key, _ in items}
    assert len(sent) == len(records)
    for (topic, key), partition in sent.items():
        parts = list(range(counts[topic]))
        assert partition == partitioner(key, parts, parts)


def test_records_without_a_key_are_all_sent() -> None:
    producer = FakeProducer(limit=1000)
    records = [Outgoing("news.articles.dlq", None, b"dead-%d" % i, None) for i in range(10)]

    async def go() -> None:
        await asyncio.gather(*await BatchPublisher(producer).publish(records))

    asyncio.run(go())
    assert sorted(v for _, _, items in producer.sent for _, v in items) == sorted(
        r.value for r in records
    )
