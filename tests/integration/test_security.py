"""newswire against a secured Kafka: SASL_SSL with SCRAM-SHA-512, SSL with a CA file, ACLs.

One real broker for the module (``deploy/local/kafka_secure.py``: a throwaway
CA, SCRAM users added at format time, StandardAuthorizer with User:admin as the
only super user), on free ports in a temporary directory.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import faust
import pytest
from kafka.admin import (
    ACL,
    ACLOperation,
    ACLPermissionType,
    ACLResourcePatternType,
    ResourcePattern,
    ResourceType,
)
from kafka.errors import TopicAuthorizationFailedError

from pipeline.kafka_clients import admin, producer
from pipeline.settings import Settings
from pipeline.worker import _credentials

import kafka_secure
from kafka_support import REPO, SHARED_SAMPLES, read_records, running_worker, worker_env

SAMPLE = SHARED_SAMPLES / "putin-xi-video-call.txt"


def _free_port_run(length: int = 3) -> int:
    """A port p with p..p+length-1 all free on 127.0.0.1."""
    for _ in range(50):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            base = int(s.getsockname()[1])
        if base + length > 65535:
            continue
        try:
            for port in range(base, base + length):
                with socket.socket() as probe:
                    probe.bind(("127.0.0.1", port))
        except OSError:
            continue
        return base
    raise RuntimeError("no run of free ports")


@pytest.fixture(scope="module")
def secure_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[kafka_secure.SecureBroker]:
    """A SASL_SSL + SSL broker with users admin (super user) and worker."""
    directory = tmp_path_factory.mktemp("kafka-secure")
    broker = kafka_secure.broker(directory, _free_port_run(), ("admin", "worker"))
    kafka_secure.up(broker)
    try:
        yield broker
    finally:
        kafka_secure.down(broker, wipe=True)


def _namespace() -> dict[str, str]:
    tag = uuid.uuid4().hex[:8]
    return {
        "NEWSWIRE_TOPIC_PREFIX": f"s{tag}.",
        "NEWSWIRE_GROUP_ID": f"newswire-sec-{tag}",
        "NEWSWIRE_PARTITIONS": "2",
        "NEWSWIRE_SESSION_TIMEOUT_MS": "6000",
    }


def _newswire(
    env: dict[str, str], *args: str, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        env=worker_env(env), capture_output=True, text=True, timeout=timeout, cwd=REPO,
    )  # fmt: skip


def worker_acls(principal: str, settings: Settings) -> list[ACL]:
    """Least privilege for a worker: read raw, write events and dead letters, own group.

    faust also creates and uses ``<group>-__assignor-__leader``: a prefixed
    grant on ``<group>-`` covers it (and any future internal topic of the app).
    """

    def allow(op: ACLOperation, kind: ResourceType, name: str, prefixed: bool = False) -> ACL:
        pattern = ACLResourcePatternType.PREFIXED if prefixed else ACLResourcePatternType.LITERAL
        return ACL(principal, "*", op, ACLPermissionType.ALLOW,
                   ResourcePattern(kind, name, pattern))  # fmt: skip

    t = settings.topics
    outputs = (t.strikes, t.interceptions, t.casualties, t.statements, t.dlq)
    return [
        allow(ACLOperation.READ, ResourceType.TOPIC, t.raw),
        allow(ACLOperation.READ, ResourceType.GROUP, settings.group_id),
        *(allow(ACLOperation.WRITE, ResourceType.TOPIC, name) for name in outputs),
        *(
            allow(op, ResourceType.TOPIC, f"{settings.group_id}-", prefixed=True)
            for op in (ACLOperation.CREATE, ACLOperation.READ, ACLOperation.WRITE)
        ),
    ]


def _grant(admin_settings: Settings, acls: list[ACL]) -> None:
    client = admin(admin_settings)
    try:
        result = client.create_acls(acls)
    finally:
        client.close()
    assert not result["failed"], result["failed"]


def _failed_authentications(broker: kafka_secure.SecureBroker) -> int:
    log = broker.node.directory / "logs" / "server.log"
    return int(log.read_text(errors="replace").count("Failed authentication"))


@pytest.mark.integration
@pytest.mark.skipif(not SAMPLE.exists(), reason="../shared/samples is not present")
def test_worker_principal_runs_the_pipeline_but_cannot_write_raw(
    secure_broker: kafka_secure.SecureBroker, tmp_path: Path
) -> None:
    names = _namespace()
    admin_env = {**secure_broker.client_env("admin"), **names}
    worker_env_ = {**secure_broker.client_env("worker"), **names}
    admin_settings = Settings.from_env(admin_env)
    topics = admin_settings.topics
    created = _newswire(admin_env, "topics")
    assert created.returncode == 0, created.stderr
    assert f"{topics.raw}\tcreated" in created.stdout
    _grant(admin_settings, worker_acls("User:worker", Settings.from_env(worker_env_)))

    with running_worker(worker_env(worker_env_), tmp_path) as worker:
        sent = _newswire(admin_env, "ingest", str(SAMPLE))
        assert sent.returncode == 0, sent.stderr
        events = read_records(
            admin_settings,
            [topics.strikes, topics.interceptions, topics.casualties, topics.statements],
            idle=4.0, timeout=90,
        )  # fmt: skip
        status, metrics_text = worker.get("/metrics")
    strikes = sorted((e["weapon"], e["count"]) for e in events if e["type"] == "strike")
    assert strikes == [("airstrike", 35), ("mlrs", 63), ("rocket", 85)]
    assert {e["_topic"] for e in events} >= {topics.strikes, topics.statements}
    assert status == 200 and b"newswire_articles_consumed_total" in metrics_text
    secret = secure_broker.users["worker"]
    assert secret not in metrics_text.decode()
    assert secret not in worker.log.read_text(errors="replace")
    assert "Authenticated as worker via SCRAM-SHA-512" in worker.log.read_text(errors="replace")

    # The same principal may not feed the raw topic.
    client = producer(Settings.from_env(worker_env_))
    try:
        with pytest.raises(TopicAuthorizationFailedError):
            client.send(topics.raw, key=b"k", value=b'{"id": "x", "body": "y"}').get(timeout=30)
    finally:
        client.close(timeout=5)


@pytest.mark.integration
def test_ssl_listener_with_a_ca_file_serves_records(
    secure_broker: kafka_secure.SecureBroker,
) -> None:
    """KAFKA_SECURITY_PROTOCOL=SSL + KAFKA_SSL_CAFILE: server-authenticated TLS, no SASL."""
    names = _namespace()
    admin_settings = Settings.from_env({**secure_broker.client_env("admin"), **names})
    ssl_settings = Settings.from_env(
        {
            "KAFKA_BOOTSTRAP_SERVERS": secure_broker.ssl_bootstrap,
            "KAFKA_SECURITY_PROTOCOL": "SSL",
            "KAFKA_SSL_CAFILE": str(secure_broker.ca_file),
            **names,
        }
    )
    raw = admin_settings.topics.raw
    assert _newswire({**secure_broker.client_env("admin"), **names}, "topics").returncode == 0
    # Without client certificates the TLS principal is ANONYMOUS: let it read one topic.
    _grant(admin_settings, [ACL("User:ANONYMOUS", "*", ACLOperation.READ, ACLPermissionType.ALLOW,
                                ResourcePattern(ResourceType.TOPIC, raw))])  # fmt: skip
    client = producer(admin_settings)
    client.send(raw, key=b"a1", value=b'{"id": "a1", "body": "over TLS"}').get(timeout=30)
    client.close()
    records = read_records(ssl_settings, [raw], expect=1, timeout=30)
    assert [r["id"] for r in records] == ["a1"]


@pytest.mark.integration
@pytest.mark.parametrize("command", [["topics"], ["worker"]])
def test_wrong_password_is_one_line_and_no_retry_storm(
    secure_broker: kafka_secure.SecureBroker, command: list[str]
) -> None:
    wrong = "not-the-password-" + uuid.uuid4().hex[:6]
    env = {**secure_broker.client_env("admin", password=wrong), **_namespace()}
    before = _failed_authentications(secure_broker)
    started = time.monotonic()
    done = _newswire(env, *command)
    elapsed = time.monotonic() - started
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(
        "newswire: Kafka rejected the credentials of 'admin' (SCRAM-SHA-512)"
    )
    assert wrong not in done.stderr + done.stdout
    assert elapsed < 15, f"took {elapsed:.1f}s"
    time.sleep(0.5)  # the broker logs the failure after its 100 ms delay
    assert _failed_authentications(secure_broker) - before <= 2


@pytest.mark.integration
def test_plaintext_client_against_the_tls_port_is_a_clear_error(
    secure_broker: kafka_secure.SecureBroker,
) -> None:
    env = {**secure_broker.client_env("admin"), **_namespace(),
           "KAFKA_SECURITY_PROTOCOL": "PLAINTEXT"}  # fmt: skip
    started = time.monotonic()
    done = _newswire(env, "topics")
    assert done.returncode == 1
    assert time.monotonic() - started < 15
    assert done.stderr.strip().splitlines() == [
        f"newswire: Kafka at {secure_broker.sasl_bootstrap} did not answer the plaintext "
        "protocol (a TLS listener?); KAFKA_SECURITY_PROTOCOL is PLAINTEXT: use SSL or "
        "SASL_SSL with KAFKA_SSL_CAFILE"
    ]


@pytest.mark.integration
def test_an_untrusted_broker_certificate_is_a_clear_error(
    secure_broker: kafka_secure.SecureBroker,
) -> None:
    # The system CA bundle does not know the throwaway CA that signed the broker.
    env = {**secure_broker.client_env("admin"), **_namespace(),
           "KAFKA_SSL_CAFILE": "/etc/ssl/certs/ca-certificates.crt"}  # fmt: skip
    if not Path(env["KAFKA_SSL_CAFILE"]).exists():
        env["KAFKA_SSL_CAFILE"] = str(Path(__file__))  # not a CA either: still untrusted
    done = _newswire(env, "topics")
    assert done.returncode != 0
    line = done.stderr.strip()
    assert "\n" not in line
    assert "not trusted" in line or "KAFKA_SSL_CAFILE" in line
    assert secure_broker.users["admin"] not in done.stderr


def test_faust_credentials_follow_the_environment() -> None:
    """The worker's faust credentials: SCRAM over TLS, TLS only, or none."""
    sasl = _credentials(Settings.from_env({
        "KAFKA_SECURITY_PROTOCOL": "SASL_SSL", "KAFKA_SASL_USERNAME": "worker",
        "KAFKA_SASL_PASSWORD": "s3cret-value",
    }))  # fmt: skip
    assert isinstance(sasl, faust.SASLCredentials)
    assert sasl.protocol.value == "SASL_SSL"
    assert sasl.mechanism.value == "SCRAM-SHA-512"
    assert sasl.ssl_context is not None and sasl.ssl_context.check_hostname
    assert "s3cret-value" not in repr(sasl)
    tls = _credentials(Settings.from_env({"KAFKA_SECURITY_PROTOCOL": "SSL"}))
    assert isinstance(tls, faust.SSLCredentials)
    assert _credentials(Settings.from_env({})) is None


def test_help_never_shows_secrets() -> None:
    env = {"KAFKA_SASL_PASSWORD": "help-secret-" + uuid.uuid4().hex[:6]}
    for args in (["--help"], ["worker", "--help"], ["ingest", "--help"]):
        done = _newswire(env, *args, timeout=30)
        assert done.returncode == 0
        assert env["KAFKA_SASL_PASSWORD"] not in done.stdout + done.stderr
