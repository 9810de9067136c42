"""One raw Kafka record in, the records to publish out: the worker's pure core.

No Kafka here. The worker hands over the record's bytes and where it came
from; :func:`process_record` returns either the article's events or exactly
one dead-letter record saying why it could not be processed. It never raises
for bad input, so a poison message can never stop a worker.
"""

from __future__ import annotations

import base64
import functools
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple

import orjson

from pipeline import schemas
from pipeline.extract import EXTRACTOR_VERSION, extract
from pipeline.extract.events import EVENT_TYPES, to_events
from pipeline.extract.model import Finding
from pipeline.settings import Topics


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a raw record was read from, for dead letters."""

    topic: str
    partition: int
    offset: int
    key: bytes | None


class Outgoing(NamedTuple):
    """One record to publish (a tuple: ~8 are built per article)."""

    topic: str
    key: bytes | None
    value: bytes
    event_type: str | None
    """The event type, or None for a dead letter."""


@dataclass(frozen=True, slots=True)
class Result:
    """What became of one raw record."""

    records: tuple[Outgoing, ...]
    """Events to publish, or a single dead letter."""
    dead_letter_reason: str | None
    """Why the record was dead-lettered, or None when it was processed."""
    article_id: str | None
    received_at: str | None
    """The article's ``received_at`` as given by the feeder, for latency."""


DLQ_PAYLOAD_LIMIT = 524_288
"""Dead letters carry at most this many bytes of the original value, so that a
too-large article can still be dead-lettered on a broker with the default 1 MB
record limit; the whole record stays in the raw topic at its offset."""


def now_iso() -> str:
    """The current UTC time as ISO-8601 with milliseconds and a Z."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def remembering(
    extractor: Callable[[str], list[Finding]], size: int
) -> Callable[[str], list[Finding]]:
    """``extractor`` with the results of the last ``size`` distinct bodies remembered.

    During a mass attack hundreds of outlets republish the same agency copy word for
    word; a body seen moments ago is answered from memory (its findings are immutable
    and article-independent: ids and timestamps are added per article afterwards).
    Exceptions are not remembered, so a failing body is dead-lettered every time.
    """
    if size <= 0:
        return extractor

    @functools.lru_cache(maxsize=size)
    def findings(body: str) -> tuple[Finding, ...]:
        return tuple(extractor(body))

    def extract_remembered(body: str) -> list[Finding]:
        return list(findings(body))

    return extract_remembered


class Processor:
    """Turns raw records into event records, under one set of limits and topics."""

    def __init__(
        self,
        topics: Topics,
        *,
        max_body_bytes: int,
        extractor: Callable[[str], list[Finding]] = extract,
        clock: Callable[[], str] = now_iso,
        remember: int = 0,
    ) -> None:
        """``remember``: recent distinct bodies whose findings are kept (:func:`remembering`)."""
        self._topics = topics
        self._max_body = max_body_bytes
        # A record this much larger than the body limit is refused before parsing.
        self._max_record = max_body_bytes * 2 + 65_536
        self._extract = remembering(extractor, remember)
        self._clock = clock
        # The generated fast checks, with fastjsonschema behind them (see pipeline.schemas).
        self._validate_raw = schemas.fast_validator("raw_article")
        self._event_out = {
            t: (schemas.fast_validator(t), topics.for_event(t)) for t in EVENT_TYPES.values()
        }

    def __call__(self, value: bytes | None, origin: Origin) -> Result:
        payload = value or b""
        if len(payload) > self._max_record:
            return self._dead(
                payload, origin, "too_large",
                f"record is {len(payload)} bytes; the body limit is {self._max_body} bytes",
            )  # fmt: skip
        try:
            article = orjson.loads(payload)
        except orjson.JSONDecodeError as exc:
            reason = "invalid_json" if _is_utf8(payload) else "not_utf8"
            return self._dead(payload, origin, reason, str(exc))
        try:
            self._validate_raw(article)
        except schemas.ValidationError as exc:
            return self._dead(payload, origin, "schema_violation", exc.message)
        article_id: str = article["id"]
        body: str = article["body"]
        if len(payload) > self._max_body:  # a body's UTF-8 is never longer than its JSON
            size = len(body.encode("utf-8", "surrogatepass"))
            if size > self._max_body:
                return self._dead(
                    payload, origin, "too_large",
                    f"body is {size} bytes; the limit is {self._max_body} bytes", article_id,
                )  # fmt: skip
        try:
            events = article_events(article, self._extract, self._clock())
        except Exception as exc:  # an extractor bug must not stop the worker
            return self._dead(
                payload, origin, "extractor_error", f"{type(exc).__name__}: {exc}", article_id
            )
        key = article_id.encode()
        records = []
        for event in events:
            etype = event["type"]
            validate, topic = self._event_out[etype]
            try:
                validate(event)
                value = orjson.dumps(event)
            except (schemas.ValidationError, orjson.JSONEncodeError) as exc:
                return self._dead(
                    payload, origin, "event_schema_violation",
                    f"{etype} event: {getattr(exc, 'message', None) or exc}", article_id,
                )  # fmt: skip
            records.append(Outgoing(topic, key, value, etype))
        return Result(tuple(records), None, article_id, article.get("received_at"))

    def _dead(
        self,
        payload: bytes,
        origin: Origin,
        reason: str,
        error: str,
        article_id: str | None = None,
    ) -> Result:
        record: dict[str, Any] = {
            "reason": reason,
            "error": error[:2000],
            "topic": origin.topic,
            "partition": origin.partition,
            "offset": origin.offset,
            "key_b64": base64.b64encode(origin.key).decode() if origin.key is not None else None,
            "payload_b64": base64.b64encode(payload[:DLQ_PAYLOAD_LIMIT]).decode(),
            "payload_bytes": len(payload),
            "payload_truncated": len(payload) > DLQ_PAYLOAD_LIMIT,
            "payload_sha256": hashlib.sha256(payload).hexdigest(),
            "article_id": article_id,
            "dead_lettered_at": self._clock(),
            "extractor_version": EXTRACTOR_VERSION,
        }
        out = Outgoing(self._topics.dlq, origin.key, orjson.dumps(record), None)
        return Result((out,), reason, article_id, None)


def article_events(
    article: dict[str, Any],
    extractor: Callable[[str], list[Finding]] = extract,
    extracted_at: str | None = None,
) -> list[dict[str, Any]]:
    """The JSON events of one schema-valid raw article."""
    return to_events(
        extractor(article["body"]),
        article_id=article["id"],
        source=article.get("source"),
        published_at=article.get("published_at"),
        extracted_at=extracted_at or now_iso(),
        extractor_version=EXTRACTOR_VERSION,
    )


def _is_utf8(payload: bytes) -> bool:
    try:
        payload.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
