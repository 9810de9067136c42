"""Building Kafka clients from :class:`Settings`, in one place.

kafka-python serves the feeders, subscribers and admin; faust (aiokafka)
serves the worker. Both take their connection and security options from
here, so TLS/SASL are configured once. Clients are created only once the
broker is up, with ``api_version`` left unset so kafka-python negotiates it.
"""

from __future__ import annotations

import socket
import ssl
from typing import Any

from kafka.errors import KafkaError, KafkaTimeoutError

from pipeline.errors import AuthError, BrokerError
from pipeline.settings import Settings


def common_config(settings: Settings) -> dict[str, Any]:
    """kafka-python options shared by producers, consumers and admin clients."""
    sec = settings.security
    config: dict[str, Any] = {
        "bootstrap_servers": settings.bootstrap_servers.split(","),
        "security_protocol": sec.protocol,
    }
    if sec.protocol in ("SSL", "SASL_SSL"):
        config["ssl_context"] = ssl_context(settings)
    if sec.protocol.startswith("SASL"):
        config["sasl_mechanism"] = sec.sasl_mechanism or "SCRAM-SHA-512"
        config["sasl_plain_username"] = sec.sasl_username
        config["sasl_plain_password"] = sec.sasl_password
    return config


def ssl_context(settings: Settings) -> ssl.SSLContext:
    """A verifying TLS context trusting ``KAFKA_SSL_CAFILE`` (or the system CAs)."""
    return ssl.create_default_context(cafile=settings.security.ssl_cafile)


def producer(settings: Settings, **overrides: Any) -> Any:
    """An idempotent kafka-python producer with acks=all."""
    from kafka import KafkaProducer

    config = {
        **common_config(settings),
        "acks": "all",
        "enable_idempotence": True,
        "linger_ms": 5,
        "batch_size": 262_144,
        "max_request_size": 8_388_608,
        "compression_type": None,
        **overrides,
    }
    return _connect(KafkaProducer, config)


def consumer(settings: Settings, *topics: str, **overrides: Any) -> Any:
    """A kafka-python consumer of raw bytes."""
    from kafka import KafkaConsumer

    config = {**common_config(settings), **overrides}
    return _connect(KafkaConsumer, config, *topics)


def admin(settings: Settings) -> Any:
    """A kafka-python admin client."""
    from kafka.admin import KafkaAdminClient

    return _connect(KafkaAdminClient, common_config(settings))


def _connect(factory: Any, config: dict[str, Any], *args: Any) -> Any:
    """Create a client, turning connection failures into one-line errors."""
    servers: list[str] = config["bootstrap_servers"]
    unreachable = BrokerError(
        f"cannot reach Kafka at {','.join(servers)} "
        "(is the broker up? `make broker-up`, or set KAFKA_BOOTSTRAP_SERVERS)"
    )
    # kafka-python waits 30 s before giving up on a dead address; a TCP probe answers at once.
    if not any(reachable(s) for s in servers):
        raise unreachable
    try:
        return factory(*args, **config)
    except KafkaTimeoutError:
        raise unreachable from None
    except ssl.SSLError as exc:
        raise AuthError(f"TLS handshake with Kafka failed: {exc.reason or exc}") from None
    except KafkaError as exc:
        text = str(exc)
        if "auth" in text.lower() or "sasl" in text.lower():
            raise AuthError(f"Kafka rejected the credentials: {type(exc).__name__}") from None
        raise BrokerError(f"Kafka error: {type(exc).__name__}: {text}") from None


def reachable(server: str, timeout: float = 3.0) -> bool:
    """True when ``host:port`` accepts a TCP connection."""
    host, _, port = server.strip().rpartition(":")
    try:
        with socket.create_connection((host.strip("[]") or "127.0.0.1", int(port)), timeout):
            return True
    except (OSError, ValueError):
        return False
