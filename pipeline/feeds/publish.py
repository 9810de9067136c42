"""Publishing raw articles and returning only once the broker has acknowledged them.

Shared by the RSS feeder and the HTTP ingest endpoint: both must know that an
article is stored before they forget it (mark it seen) or promise it (answer
202). One long-lived idempotent acks=all producer from
:func:`pipeline.kafka_clients.producer`; after any failure it is dropped and
made again on the next call, so a broker that comes back is picked up.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from typing import Any

import orjson
from kafka.errors import KafkaError

from pipeline import metrics
from pipeline.errors import BrokerError
from pipeline.kafka_clients import producer
from pipeline.settings import Settings


class ArticlePublisher:
    """Sends batches of raw articles to the raw topic; ``publish`` returns after acks=all."""

    def __init__(
        self, settings: Settings, tool: str, *, timeout: float = 30.0, **overrides: Any
    ) -> None:
        self._settings = settings
        self._tool = tool
        self._timeout = timeout
        self._overrides = overrides
        self._client: Any = None
        self._lock = threading.Lock()

    def _producer(self) -> Any:
        with self._lock:
            if self._client is None:
                self._client = producer(self._settings, **self._overrides)
            return self._client

    def _drop(self) -> None:
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            try:
                client.close(timeout=0)
            except Exception:  # closing a broken client must not hide the real error
                pass

    def publish(self, articles: Sequence[dict[str, Any]]) -> int:
        """Send every article keyed by its id; return the count once all are acknowledged.

        Raises :class:`BrokerError` when any article was not stored.
        """
        if not articles:
            return 0
        client = self._producer()
        topic = self._settings.topics.raw
        started = time.perf_counter()
        try:
            futures = [
                client.send(topic, key=a["id"].encode(), value=orjson.dumps(a)) for a in articles
            ]
            client.flush(timeout=self._timeout)
            for future in futures:
                future.get(timeout=max(0.1, self._timeout - (time.perf_counter() - started)))
        except KafkaError as exc:
            self._drop()
            metrics.RECORDS_FAILED.labels(self._tool).inc(len(articles))
            raise BrokerError(
                f"{len(articles)} articles were not stored: Kafka {type(exc).__name__}"
                f"{': ' + str(exc) if str(exc) else ''}"
            ) from None
        metrics.SEND_SECONDS.labels(self._tool).observe(time.perf_counter() - started)
        metrics.RECORDS_SENT.labels(self._tool).inc(len(articles))
        return len(articles)

    def close(self) -> None:
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            client.close(timeout=10)
