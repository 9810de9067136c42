"""The worker's pure per-article cost, no Kafka: extraction vs everything around it.

The worker's CPU per article is extraction plus the work around it: decoding
the raw JSON, schema-checking it, building each event (provenance, id),
checking each event against its schema and encoding it. This splits the two on
the benchmark's 4 KB articles so a change to either shows up on its own:

- ``extract``: :func:`pipeline.extract.extract` on each body;
- ``process``: the whole :class:`~pipeline.process.Processor` call (raw bytes in,
  encoded event records out) with extraction replaced by a lookup of findings
  computed beforehand, i.e. the worker's cost outside extraction;
- ``publish``: the worker's batch step around the processor (metrics, grouping
  by partition, aiokafka's record-batch building, compressed as the worker's
  producer would) with the processor's results computed beforehand, on
  batches of ``--batch`` articles; no network.

CPU time on one core, best of a few rounds (the machine is shared).

    python -m bench.process_cost [--articles 300] [--rounds 5] [--profile]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import pstats
import time
from collections.abc import Callable
from typing import Any

import orjson

from bench.corpus import make
from pipeline import worker
from pipeline.extract import extract
from pipeline.extract.model import Finding
from pipeline.process import Origin, Processor, Result
from pipeline.publish import BatchPublisher
from pipeline.settings import Topics

ORIGIN = Origin("news.articles.raw", 0, 0, None)


def corpus(n: int, size: int = 4000) -> list[bytes]:
    """``n`` raw records as the feeder sends them (``make bench``'s seed)."""
    out = []
    for i in range(n):
        a = make("wire", i, size=size, seed=5)
        a["received_at"] = "2026-11-20T06:00:01.000Z"
        out.append(orjson.dumps(a))
    return out


def _best(fn: Callable[[], object], rounds: int) -> float:
    """The lowest CPU seconds of ``rounds`` calls of ``fn``."""
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        fn()
        best = min(best, time.process_time() - started)
    return best


class _Message:
    """The part of a faust event the worker reads."""

    def __init__(self, value: bytes, offset: int) -> None:
        self.message = self
        self.value, self.key, self.offset = value, None, offset
        self.topic, self.partition = "news.articles.raw", offset % 6


class _Producer:
    """aiokafka's real batch builder and partition lookup; ``send_batch`` builds the bytes."""

    def __init__(self, compression: str | None) -> None:
        from aiokafka import AIOKafkaProducer

        self._producer = AIOKafkaProducer(
            bootstrap_servers="127.0.0.1:1",
            compression_type=compression,
            max_batch_size=worker.PRODUCER_MAX_BATCH_BYTES,
        )
        self.bytes_out = 0

    async def partitions_for(self, topic: str) -> set[int]:
        return set(range(6))

    async def close(self) -> None:
        await self._producer.stop()  # never started: only releases its resources

    def create_batch(self) -> Any:
        return self._producer.create_batch()

    async def send_batch(self, batch: Any, topic: str, *, partition: int) -> asyncio.Future[None]:
        self.bytes_out += len(batch._build())  # what the sender does before writing it
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        future.set_result(None)
        return future


class _Replay:
    """Stands in for the processor: its results for each record, computed beforehand."""

    def __init__(self, processor: Processor, raws: list[bytes]) -> None:
        self._results = {raw: processor(raw, ORIGIN) for raw in raws}

    def __call__(self, value: bytes, origin: Origin) -> Result:
        return self._results[value]


def publish_cost(
    raws: list[bytes], processor: Any, batch: int, rounds: int, compression: str | None
) -> tuple[float, int]:
    """CPU seconds of the worker's batch step for all ``raws``, and the bytes it would send."""
    messages = [_Message(raw, i) for i, raw in enumerate(raws)]

    async def measure() -> tuple[float, int]:
        producer = _Producer(compression)
        publisher = BatchPublisher(producer)

        async def one_pass() -> None:
            for i in range(0, len(messages), batch):
                chunk = list(messages[i : i + batch])
                await worker._handle_batch(lambda: publisher, processor, "raw", chunk)

        await one_pass()  # warm up
        producer.bytes_out = 0
        await one_pass()
        sent = producer.bytes_out
        best = float("inf")
        for _ in range(rounds):
            started = time.process_time()
            await one_pass()
            best = min(best, time.process_time() - started)
        await producer.close()
        return best, sent

    return asyncio.run(measure())


def run(articles: int = 300, rounds: int = 5, size: int = 4000, batch: int = 100) -> dict[str, Any]:
    """µs per article for extraction, for the rest of the processor and for the batch step."""
    raws = corpus(articles, size)
    bodies = [orjson.loads(r)["body"] for r in raws]
    found: dict[str, list[Finding]] = {b: extract(b) for b in bodies}  # also warms up
    events = sum(len(f) for f in found.values())
    processor = Processor(
        Topics.with_prefix(), max_body_bytes=1_048_576, extractor=found.__getitem__
    )

    def extract_all() -> None:
        for body in bodies:
            extract(body)

    def process_all() -> None:
        for raw in raws:
            processor(raw, ORIGIN)

    process_all()  # warm up
    extract_s = _best(extract_all, rounds)
    process_s = _best(process_all, rounds)
    out_bytes = sum(len(r.value) for raw in raws for r in processor(raw, ORIGIN).records)
    publish = {}
    replay = _Replay(processor, raws)
    for codec in _codecs():
        seconds, sent = publish_cost(raws, replay, batch, rounds, codec)
        publish[codec or "none"] = {
            "us_per_article": round(seconds / articles * 1e6, 1),
            "bytes_per_article": round(sent / articles),
        }
    return {
        "articles": articles,
        "events_per_article": round(events / articles, 2),
        "event_bytes_mean": round(out_bytes / max(1, events)),
        "extract_us_per_article": round(extract_s / articles * 1e6, 1),
        "process_us_per_article": round(process_s / articles * 1e6, 1),
        "process_us_per_event": round(process_s / max(1, events) * 1e6, 2),
        "publish_batch_articles": batch,
        "publish": publish,
    }


def _codecs() -> list[str | None]:
    """No compression, and each codec aiokafka can use here (lz4/zstd need cramjam)."""
    from aiokafka import codec

    found: list[str | None] = [None]
    found += [name for name in ("lz4", "zstd") if getattr(codec, f"has_{name}")()]
    return found


def profile(articles: int = 300, rounds: int = 10, top: int = 30) -> None:
    """cProfile of the worker's batch step, processor included, extraction not."""
    raws = corpus(articles)
    found = {b: extract(b) for b in (orjson.loads(r)["body"] for r in raws)}
    processor = Processor(
        Topics.with_prefix(), max_body_bytes=1_048_576, extractor=found.__getitem__
    )
    prof = cProfile.Profile()
    prof.enable()
    publish_cost(raws, processor, 100, rounds, None)
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--batch", type=int, default=100, help="articles per worker batch")
    parser.add_argument("--profile", action="store_true", help="print a cProfile instead")
    args = parser.parse_args(argv)
    if args.profile:
        profile(args.articles)
    else:
        print(json.dumps(run(args.articles, args.rounds, batch=args.batch), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
