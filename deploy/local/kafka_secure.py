#!/usr/bin/env python3
"""A single-node Kafka 4 broker that demands TLS and SCRAM, for security tests.

Production clusters authenticate clients; the plaintext broker of
``kafka_local`` cannot show that newswire's clients do. This runner reuses
``kafka_local`` (same jars, same process handling) and adds what a secured
cluster has:

- a throwaway CA and a broker certificate for 127.0.0.1/localhost (openssl),
  the broker keystore as PKCS12, the CA as a PEM truststore;
- a ``SASL_SSL`` listener (SCRAM-SHA-512, users added at storage format time),
  an ``SSL`` listener (server authentication only), and a controller listener
  on SASL_PLAINTEXT/PLAIN (KRaft controllers cannot use SCRAM);
- ``StandardAuthorizer`` with ``User:admin`` as the only super user, so every
  other principal needs ACLs.

Standard library only, like ``kafka_local``. Its own ports (default 9392-9394)
and run directory (``run/kafka-secure``); the plaintext broker is untouched.

    python deploy/local/kafka_secure.py up      # then: set -a; . run/kafka-secure/admin.env
    python deploy/local/kafka_secure.py down [--wipe]
    python deploy/local/kafka_secure.py status
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import kafka_local  # the sibling runner this one builds on

DEFAULT_DIR = kafka_local.RUN_ROOT / "kafka-secure"
DEFAULT_PORT = int(os.environ.get("NEWSWIRE_SECURE_KAFKA_PORT", "9392"))
MECHANISM = "SCRAM-SHA-512"


@dataclass(frozen=True)
class SecureBroker:
    """Where a secure broker lives and the credentials it was formatted with."""

    directory: Path
    """Holds tls/, node1/ (kafka_local's layout) and secrets.json."""
    sasl_port: int
    """SASL_SSL listener (SCRAM-SHA-512) on 127.0.0.1."""
    ssl_port: int
    """SSL listener (server certificate only) on 127.0.0.1."""
    controller_port: int
    """KRaft controller listener (SASL_PLAINTEXT, PLAIN) on 127.0.0.1."""
    users: Mapping[str, str] = field(repr=False)
    """SCRAM users and their passwords; always contains ``admin`` (super user)."""

    @property
    def node(self) -> kafka_local.Node:
        """The broker as a ``kafka_local`` node (its client port is the SASL_SSL one)."""
        return kafka_local.Node(1, self.sasl_port, self.controller_port, self.directory / "node1")

    @property
    def ca_file(self) -> Path:
        """PEM of the throwaway CA that signed the broker certificate."""
        return self.directory / "tls" / "ca.pem"

    @property
    def sasl_bootstrap(self) -> str:
        return f"127.0.0.1:{self.sasl_port}"

    @property
    def ssl_bootstrap(self) -> str:
        return f"127.0.0.1:{self.ssl_port}"

    def client_env(self, user: str, password: str | None = None) -> dict[str, str]:
        """newswire's environment for ``user`` over SASL_SSL (``password`` overrides)."""
        return {
            "KAFKA_BOOTSTRAP_SERVERS": self.sasl_bootstrap,
            "KAFKA_SECURITY_PROTOCOL": "SASL_SSL",
            "KAFKA_SASL_MECHANISM": MECHANISM,
            "KAFKA_SASL_USERNAME": user,
            "KAFKA_SASL_PASSWORD": self.users[user] if password is None else password,
            "KAFKA_SSL_CAFILE": str(self.ca_file),
        }


def broker(
    directory: Path = DEFAULT_DIR,
    base_port: int = DEFAULT_PORT,
    users: tuple[str, ...] = ("admin", "worker", "feeder"),
) -> SecureBroker:
    """The broker in ``directory``: passwords are made once and kept in secrets.json (0600)."""
    store = directory / "secrets.json"
    known: dict[str, str] = json.loads(store.read_text()) if store.exists() else {}
    wanted = {"admin", *users}
    if not wanted <= set(known):
        for name in wanted - set(known):
            known[name] = secrets.token_urlsafe(18)
        directory.mkdir(parents=True, exist_ok=True)
        store.touch(mode=0o600)
        store.write_text(json.dumps(known, indent=1) + "\n")
    return SecureBroker(directory, base_port, base_port + 1, base_port + 2, known)


def make_certificates(tls: Path, hostnames: tuple[str, ...] = ("localhost",)) -> str:
    """A CA and a broker certificate signed by it; return the keystore password.

    The broker certificate names 127.0.0.1 and ``hostnames`` so clients verify
    the hostname as they would in production.
    """
    tls.mkdir(parents=True, exist_ok=True)
    password_file = tls / "keystore.password"
    if (tls / "broker.p12").exists() and password_file.exists():
        return password_file.read_text().strip()
    if shutil.which("openssl") is None:
        sys.exit("kafka_secure: openssl is needed to make certificates; apt-get install openssl")
    password = secrets.token_urlsafe(18)
    sans = ",".join(["IP:127.0.0.1", *(f"DNS:{h}" for h in hostnames)])
    (tls / "broker.ext").write_text(
        f"subjectAltName={sans}\nextendedKeyUsage=serverAuth,clientAuth\n"
    )

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=tls, check=True, capture_output=True)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
            "-keyout", "ca.key", "-out", "ca.pem", "-subj", "/CN=newswire-test-ca")  # fmt: skip
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "broker.key",
            "-out", "broker.csr", "-subj", "/CN=localhost")  # fmt: skip
    openssl("x509", "-req", "-in", "broker.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-days", "30", "-extfile", "broker.ext",
            "-out", "broker.pem")  # fmt: skip
    password_file.touch(mode=0o600)
    password_file.write_text(password + "\n")
    openssl("pkcs12", "-export", "-in", "broker.pem", "-inkey", "broker.key",
            "-certfile", "ca.pem", "-name", "broker", "-out", "broker.p12",
            "-passout", f"file:{password_file.name}")  # fmt: skip
    for secret in ("ca.key", "broker.key"):
        (tls / secret).chmod(0o600)
    return password


def properties(b: SecureBroker, keystore_password: str) -> dict[str, str]:
    """The server.properties keys that turn kafka_local's broker into a secured one."""
    admin = b.users["admin"]
    tls = b.directory / "tls"
    scram_login = "org.apache.kafka.common.security.scram.ScramLoginModule"
    plain_login = "org.apache.kafka.common.security.plain.PlainLoginModule"
    return {
        "listeners": f"SASL_SSL://127.0.0.1:{b.sasl_port},SSL://127.0.0.1:{b.ssl_port},"
        f"CONTROLLER://127.0.0.1:{b.controller_port}",
        "advertised.listeners": f"SASL_SSL://127.0.0.1:{b.sasl_port},SSL://127.0.0.1:{b.ssl_port}",
        "listener.security.protocol.map": "SASL_SSL:SASL_SSL,SSL:SSL,CONTROLLER:SASL_PLAINTEXT",
        "inter.broker.listener.name": "SASL_SSL",
        "sasl.enabled.mechanisms": MECHANISM,
        "sasl.mechanism.inter.broker.protocol": MECHANISM,
        "listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config": (
            f'{scram_login} required username="admin" password="{admin}";'
        ),
        "sasl.mechanism.controller.protocol": "PLAIN",
        "listener.name.controller.sasl.enabled.mechanisms": "PLAIN",
        "listener.name.controller.plain.sasl.jaas.config": (
            f'{plain_login} required username="admin" password="{admin}" user_admin="{admin}";'
        ),
        "ssl.keystore.type": "PKCS12",
        "ssl.keystore.location": str(tls / "broker.p12"),
        "ssl.keystore.password": keystore_password,
        "ssl.truststore.type": "PEM",
        "ssl.truststore.location": str(tls / "ca.pem"),
        "authorizer.class.name": "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
        "super.users": "User:admin",
        "allow.everyone.if.no.acl.found": "false",
    }


def up(b: SecureBroker, timeout: float = 90.0) -> SecureBroker:
    """Make certificates, format storage with the SCRAM users, start, wait for the port."""
    keystore_password = make_certificates(b.directory / "tls")
    scram = [
        arg
        for name, password in sorted(b.users.items())
        for arg in ("--add-scram", f"{MECHANISM}=[name={name},password={password}]")
    ]
    node = b.node
    kafka_local.start_node(node, [node], properties(b, keystore_password), scram)
    (node.directory / "server.properties").chmod(0o600)
    kafka_local.wait_ready([node], timeout)
    write_env(b)
    return b


def write_env(b: SecureBroker) -> Path:
    """admin.env (0600): the admin's client environment, to ``source`` by hand."""
    env_file = b.directory / "admin.env"
    env_file.touch(mode=0o600)
    env_file.write_text("".join(f"{k}={v}\n" for k, v in b.client_env("admin").items()))
    return env_file


def down(b: SecureBroker, wipe: bool = False) -> None:
    """Stop the broker (SIGTERM); ``wipe`` deletes its data, certificates and secrets."""
    kafka_local.stop_node(b.node)
    if wipe:
        shutil.rmtree(b.directory, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run a local Kafka 4 broker with SASL_SSL.")
    parser.add_argument("command", choices=["up", "down", "status"])
    parser.add_argument("--wipe", action="store_true", help="with down: delete everything")
    args = parser.parse_args(argv)
    b = broker()
    if args.command == "up":
        up(b)
        print(f"SASL_SSL {b.sasl_bootstrap}  SSL {b.ssl_bootstrap}  CA {b.ca_file}")
        print(f"admin client environment: set -a; . {b.directory / 'admin.env'}; set +a")
    elif args.command == "down":
        down(b, wipe=args.wipe)
    else:
        state = "up" if kafka_local._listening(b.sasl_port) else "down"
        print(f"secure broker {b.sasl_bootstrap} {state} pid={kafka_local._pid(b.node)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
