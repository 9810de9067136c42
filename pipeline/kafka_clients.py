"""Building Kafka clients from :class:`Settings`, in one place.

kafka-python serves the feeders, subscribers and admin; faust (aiokafka)
serves the worker. Both take their connection and security options from
here, so TLS/SASL are configured once. Clients are created only once the
broker is up, with ``api_version`` left unset so kafka-python negotiates it.
"""

from __future__ import annotations

import socket
import ssl
import struct
import time
from typing import Any

from kafka.errors import KafkaError, KafkaTimeoutError, RetriableError, UnknownBrokerIdError

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
    live = next((s for s in servers if reachable(s)), None)
    if live is None:
        raise unreachable
    # kafka-python retries a TLS mismatch for 30 s and then calls it "unreachable".
    _check_transport(live, config["security_protocol"], config.get("ssl_context"))
    try:
        return factory(*args, **config)
    except KafkaTimeoutError:
        raise unreachable from None
    except ssl.SSLError as exc:
        raise AuthError(f"TLS handshake with Kafka failed: {exc.reason or exc}") from None
    except KafkaError as exc:
        text = str(exc)
        if "auth" in text.lower() or "sasl" in text.lower():
            raise AuthError(
                f"Kafka rejected the credentials of {config.get('sasl_plain_username')!r} "
                f"({config.get('sasl_mechanism')}): {type(exc).__name__}; "
                "check KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD"
            ) from None
        raise BrokerError(f"Kafka error: {type(exc).__name__}: {text}") from None


def _check_transport(server: str, protocol: str, context: ssl.SSLContext | None) -> None:
    """Fail fast, in one line, when the listener's transport is not the configured one.

    TLS protocols: one TLS handshake with the clients' own context, so an
    untrusted certificate or a plaintext port is reported at once. Plaintext
    protocols: one ApiVersions request; a TLS listener answers with a TLS alert.
    """
    host, _, port = server.strip().rpartition(":")
    address = (host.strip("[]") or "127.0.0.1", int(port))
    try:
        with socket.create_connection(address, timeout=5) as raw:
            if context is not None:
                with context.wrap_socket(raw, server_hostname=address[0]):
                    return
            client = b"newswire"
            request = struct.pack(">hhih", 18, 0, 1, len(client)) + client
            raw.sendall(struct.pack(">i", len(request)) + request)
            first = raw.recv(8)
    except ssl.SSLCertVerificationError as exc:
        raise AuthError(
            f"TLS: the certificate of Kafka at {server} is not trusted ({exc.verify_message}); "
            "set KAFKA_SSL_CAFILE to the CA that signed it"
        ) from None
    except ssl.SSLError as exc:
        raise AuthError(
            f"TLS handshake with Kafka at {server} failed ({exc.reason or exc}); "
            f"is it a TLS listener? KAFKA_SECURITY_PROTOCOL is {protocol}"
        ) from None
    except (TimeoutError, ConnectionError):
        return  # no verdict: let the client try and report
    if first[:1] in (b"\x15", b"\x16") or not first:
        raise AuthError(
            f"Kafka at {server} did not answer the plaintext protocol (a TLS listener?); "
            f"KAFKA_SECURITY_PROTOCOL is {protocol}: use SSL or SASL_SSL with KAFKA_SSL_CAFILE"
        )


def _surface_sasl_failures() -> None:
    """Make kafka-python 3.0 report rejected credentials at once instead of retrying for 30 s.

    A broker that rejects SASL credentials sends its error response and closes
    the connection in the same instant. kafka-python 3.0 drops bytes that
    arrive together with the close, and its connection set-up swallows the
    authentication error, so bootstrap retries until its timeout and then says
    "Unable to bootstrap". Two narrow fixes: hand over bytes received before the
    close (the close is seen on the next read), and let an authentication error
    leave ``initialize`` so kafka-python caches it and bootstrap raises it.
    Applied only to the 3.0 series these internals belong to.
    """
    import kafka
    from kafka.errors import SaslAuthenticationFailedError
    from kafka.net import connection, transport

    if not str(kafka.__version__).startswith("3.0.") or getattr(
        transport.KafkaTCPTransport, "_newswire_patched", False
    ):
        return
    for cls in (transport.KafkaTCPTransport, transport.KafkaSSLTransport):
        original_recv = cls.__dict__["_sock_recv"]

        def _sock_recv(self: Any, _original: Any = original_recv) -> tuple[bytes, Any]:
            data, err = _original(self)
            return (data, None) if data and err is not None else (data, err)

        cls._sock_recv = _sock_recv
    conn_cls = connection.KafkaConnection
    original_authenticate = conn_cls._sasl_authenticate
    original_initialize = conn_cls.initialize

    async def _sasl_authenticate(self: Any, timeout_at: float | None = None) -> None:
        try:
            await original_authenticate(self, timeout_at)
        except SaslAuthenticationFailedError as exc:
            self._newswire_auth_error = exc
            raise

    async def initialize(self: Any, timeout_at: float | None = None) -> None:
        await original_initialize(self, timeout_at)
        error = getattr(self, "_newswire_auth_error", None)
        if error is not None:
            raise error

    conn_cls._sasl_authenticate = _sasl_authenticate
    conn_cls.initialize = initialize
    transport.KafkaTCPTransport._newswire_patched = True


_surface_sasl_failures()


def reachable(server: str, timeout: float = 3.0) -> bool:
    """True when ``host:port`` accepts a TCP connection."""
    host, _, port = server.strip().rpartition(":")
    try:
        with socket.create_connection((host.strip("[]") or "127.0.0.1", int(port)), timeout):
            return True
    except (OSError, ValueError):
        return False


#: Errors a consumer poll raises while a broker fails over; the next poll goes elsewhere.
#: kafka-python 3 calls ``UnknownBrokerIdError`` non-retriable, yet it is what a
#: list-offsets request raises when its leader vanished from the metadata meanwhile.
_TRANSIENT_POLL_ERRORS: tuple[type[Exception], ...] = (
    RetriableError,
    UnknownBrokerIdError,
)


def poll(
    client: Any, *, timeout_ms: int, max_records: int | None = None, patience: float = 60.0
) -> dict[Any, list[Any]]:
    """``client.poll`` that rides out a broker dying under it for up to ``patience`` seconds.

    A failover makes single polls raise (a refused connection, a leader that is
    gone) although the cluster serves again a moment later; a subscriber must not
    exit over that. Errors that persist beyond ``patience`` are raised.
    """
    failing_since: float | None = None
    while True:
        try:
            return dict(client.poll(timeout_ms=timeout_ms, max_records=max_records))
        except _TRANSIENT_POLL_ERRORS:
            now = time.monotonic()
            failing_since = now if failing_since is None else failing_since
            if now - failing_since >= patience:
                raise
            time.sleep(0.25)


def partitions_for(client: Any, topic: str, attempts: int = 8) -> list[int]:
    """The partition ids of ``topic``, riding out a dead broker in the bootstrap list.

    kafka-python 3 raises at once when the node it picks for a metadata request
    refuses the connection, even though other brokers are up; that node is then
    marked as failed, so asking again reaches a live one.
    """
    from kafka.errors import KafkaConnectionError

    for attempt in range(attempts):
        try:
            return sorted(client.partitions_for_topic(topic) or [])
        except KafkaConnectionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.5)
    return []
