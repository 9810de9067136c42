"""One frozen, typed settings object, read from the environment once.

Every knob of newswire is here and in the README's configuration table; no
other module reads ``os.environ``. Secrets are kept out of ``repr`` so a
logged settings object never shows them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Literal

from pipeline.errors import ConfigError

Guarantee = Literal["at_least_once", "exactly_once"]
SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]


@dataclass(frozen=True, slots=True)
class Topics:
    """Topic names; a prefix lets several pipelines (or tests) share one cluster."""

    raw: str
    """Raw articles in (``news.articles.raw``)."""
    strikes: str
    interceptions: str
    casualties: str
    statements: str
    dlq: str
    """Dead letters: input that could not be processed, with the reason."""

    @classmethod
    def with_prefix(cls, prefix: str = "") -> Topics:
        return cls(
            raw=f"{prefix}news.articles.raw",
            strikes=f"{prefix}events.strikes",
            interceptions=f"{prefix}events.interceptions",
            casualties=f"{prefix}events.casualties",
            statements=f"{prefix}events.statements",
            dlq=f"{prefix}news.articles.dlq",
        )

    def all(self) -> tuple[str, ...]:
        """Every topic the pipeline creates."""
        return tuple(getattr(self, f.name) for f in fields(self))

    def for_event(self, event_type: str) -> str:
        """The topic that carries events of ``event_type`` ("strike", ...)."""
        return {
            "strike": self.strikes,
            "interception": self.interceptions,
            "casualty": self.casualties,
            "statement": self.statements,
        }[event_type]


@dataclass(frozen=True, slots=True)
class KafkaSecurity:
    """How clients authenticate to Kafka; all from the environment, never logged."""

    protocol: SecurityProtocol = "PLAINTEXT"
    """``KAFKA_SECURITY_PROTOCOL``."""
    sasl_mechanism: str | None = None
    """``KAFKA_SASL_MECHANISM``, e.g. SCRAM-SHA-512."""
    sasl_username: str | None = None
    """``KAFKA_SASL_USERNAME``."""
    sasl_password: str | None = field(default=None, repr=False)
    """``KAFKA_SASL_PASSWORD``: a secret, excluded from repr."""
    ssl_cafile: str | None = None
    """``KAFKA_SSL_CAFILE``: CA bundle that signed the brokers' certificates."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything configurable about newswire."""

    bootstrap_servers: str = "127.0.0.1:9092"
    """``KAFKA_BOOTSTRAP_SERVERS``."""
    topics: Topics = field(default_factory=Topics.with_prefix)
    """Names from ``NEWSWIRE_TOPIC_PREFIX`` + the fixed topic names."""
    partitions: int = 6
    """``NEWSWIRE_PARTITIONS``: partitions of each topic the project creates."""
    replication_factor: int = 1
    """``NEWSWIRE_REPLICATION_FACTOR``."""
    group_id: str = "newswire-worker"
    """``NEWSWIRE_GROUP_ID``: the workers' consumer group."""
    processing_guarantee: Guarantee = "at_least_once"
    """``NEWSWIRE_PROCESSING_GUARANTEE``: at_least_once or exactly_once."""
    max_body_bytes: int = 1_048_576
    """``NEWSWIRE_MAX_BODY_BYTES``: larger article bodies are dead-lettered."""
    batch_size: int = 500
    """``NEWSWIRE_BATCH_SIZE``: articles a worker takes from the stream at once."""
    session_timeout_ms: int = 10_000
    """``NEWSWIRE_SESSION_TIMEOUT_MS``: consumer-group session timeout."""
    remember_bodies: int = 1024
    """``NEWSWIRE_REMEMBER_BODIES``: recent distinct article bodies whose findings a worker
    keeps, so copy republished word for word is not extracted again (0: off)."""
    http_host: str = "127.0.0.1"
    """``NEWSWIRE_HTTP_HOST``: where /metrics, /healthz and /readyz listen."""
    http_port: int = 6066
    """``NEWSWIRE_HTTP_PORT``; 0 picks a free port and logs it."""
    data_dir: str = ".newswire"
    """``NEWSWIRE_DATA_DIR``: local state (faust's tables, feeder state)."""
    log_level: str = "INFO"
    """``NEWSWIRE_LOG_LEVEL``."""
    ingest_token: str | None = field(default=None, repr=False)
    """``NEWSWIRE_INGEST_TOKEN``: bearer token ``serve-ingest`` demands; a secret, not in repr."""
    ingest_max_bytes: int = 4_194_304
    """``NEWSWIRE_INGEST_MAX_BYTES``: larger ``POST /articles`` bodies get 413 unread."""
    feed_interval: float = 300.0
    """``NEWSWIRE_FEED_INTERVAL``: seconds between polls of one RSS/Atom feed."""
    alert_attempts: int = 5
    """``NEWSWIRE_ALERT_ATTEMPTS``: deliveries tried per event and sink before alerts.dlq."""
    security: KafkaSecurity = field(default_factory=KafkaSecurity)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read settings from ``env`` (default: the process environment)."""
        e = os.environ if env is None else env
        guarantee = e.get("NEWSWIRE_PROCESSING_GUARANTEE", "at_least_once")
        if guarantee not in ("at_least_once", "exactly_once"):
            raise ConfigError(
                f"NEWSWIRE_PROCESSING_GUARANTEE must be at_least_once or exactly_once, "
                f"not {guarantee!r}"
            )
        protocol = e.get("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT").upper()
        if protocol not in ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"):
            raise ConfigError(f"KAFKA_SECURITY_PROTOCOL {protocol!r} is not supported")
        return cls(
            bootstrap_servers=e.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
            topics=Topics.with_prefix(e.get("NEWSWIRE_TOPIC_PREFIX", "")),
            partitions=_int(e, "NEWSWIRE_PARTITIONS", 6, minimum=1),
            replication_factor=_int(e, "NEWSWIRE_REPLICATION_FACTOR", 1, minimum=1),
            group_id=e.get("NEWSWIRE_GROUP_ID", "newswire-worker"),
            processing_guarantee=guarantee,  # type: ignore[arg-type]
            max_body_bytes=_int(e, "NEWSWIRE_MAX_BODY_BYTES", 1_048_576, minimum=1),
            batch_size=_int(e, "NEWSWIRE_BATCH_SIZE", 500, minimum=1),
            session_timeout_ms=_int(e, "NEWSWIRE_SESSION_TIMEOUT_MS", 10_000, minimum=1000),
            remember_bodies=_int(e, "NEWSWIRE_REMEMBER_BODIES", 1024, minimum=0),
            http_host=e.get("NEWSWIRE_HTTP_HOST", "127.0.0.1"),
            http_port=_int(e, "NEWSWIRE_HTTP_PORT", 6066, minimum=0),
            data_dir=e.get("NEWSWIRE_DATA_DIR", ".newswire"),
            log_level=e.get("NEWSWIRE_LOG_LEVEL", "INFO").upper(),
            ingest_token=e.get("NEWSWIRE_INGEST_TOKEN") or None,
            ingest_max_bytes=_int(e, "NEWSWIRE_INGEST_MAX_BYTES", 4_194_304, minimum=1),
            feed_interval=float(_int(e, "NEWSWIRE_FEED_INTERVAL", 300, minimum=1)),
            alert_attempts=_int(e, "NEWSWIRE_ALERT_ATTEMPTS", 5, minimum=1),
            security=KafkaSecurity(
                protocol=protocol,  # type: ignore[arg-type]
                sasl_mechanism=e.get("KAFKA_SASL_MECHANISM") or None,
                sasl_username=e.get("KAFKA_SASL_USERNAME") or None,
                sasl_password=e.get("KAFKA_SASL_PASSWORD") or None,
                ssl_cafile=e.get("KAFKA_SSL_CAFILE") or None,
            ),
        )


def _int(env: Mapping[str, str], name: str, default: int, *, minimum: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, not {value}")
    return value
