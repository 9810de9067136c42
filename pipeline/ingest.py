"""``newswire ingest``: send raw articles to the raw topic (kafka-python, acks=all)."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from pipeline import metrics
from pipeline.articles import read_path
from pipeline.errors import BrokerError, InputError
from pipeline.kafka_clients import producer
from pipeline.settings import Settings


class Progress:
    """A one-line progress counter on stderr, shown only for many inputs on a terminal."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self._total = total
        self._enabled = enabled and sys.stderr.isatty()
        self._last = 0.0
        self.count = 0

    def step(self, n: int = 1) -> None:
        self.count += n
        now = time.monotonic()
        if self._enabled and now - self._last > 0.2:
            self._last = now
            total = f"/{self._total}" if self._total else ""
            sys.stderr.write(f"\rsent {self.count}{total} articles")
            sys.stderr.flush()

    def close(self) -> None:
        if self._enabled:
            sys.stderr.write("\n")


def send_articles(settings: Settings, articles: Iterable[dict[str, Any]],
                  progress: Progress | None = None) -> int:  # fmt: skip
    """Send every article keyed by its id; return how many the broker acknowledged."""
    client = producer(settings)
    failures: list[BaseException] = []
    sent = 0

    def on_error(exc: BaseException) -> None:
        metrics.RECORDS_FAILED.labels("ingest").inc()
        failures.append(exc)

    try:
        futures = []
        for article in articles:
            started = time.perf_counter()
            future = client.send(
                settings.topics.raw, key=article["id"].encode(), value=orjson.dumps(article)
            )
            future.add_errback(on_error)
            future.add_callback(
                lambda _m, t=started: metrics.SEND_SECONDS.labels("ingest").observe(
                    time.perf_counter() - t
                )
            )
            futures.append(future)
            if progress:
                progress.step()
            if len(futures) >= 10_000:
                sent += _drain(futures)
        client.flush()
        sent += _drain(futures)
    finally:
        client.close()
        if progress:
            progress.close()
    if failures:
        raise BrokerError(f"{len(failures)} articles were not stored: {failures[0]}")
    metrics.RECORDS_SENT.labels("ingest").inc(sent)
    return sent


def _drain(futures: list[Any]) -> int:
    """Wait for pending sends; count the acknowledged ones."""
    ok = 0
    for future in futures:
        try:
            future.get(timeout=120)
            ok += 1
        except Exception:  # counted through the errback
            pass
    futures.clear()
    return ok


def ingest(settings: Settings, paths: list[str]) -> int:
    """Read every path (files, .jsonl, or - for stdin) and send its articles."""
    for path in paths:  # fail on a missing file before connecting to Kafka
        if path != "-" and not Path(path).is_file():
            what = "is not a file" if Path(path).exists() else "no such file"
            raise InputError(f"{path}: {what}")

    def articles() -> Iterable[dict[str, Any]]:
        for path in paths:
            yield from read_path(path)

    many = len(paths) > 20 or any(p.endswith((".jsonl", ".ndjson")) or p == "-" for p in paths)
    return send_articles(settings, articles(), Progress(None, enabled=many))
