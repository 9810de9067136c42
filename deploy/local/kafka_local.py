#!/usr/bin/env python3
"""A real Apache Kafka 4 broker on loopback, for `make run`, tests and benchmarks.

Standard library only, so it runs before the project's venv exists. Jars come
from Maven Central through ``pom.xml`` once and are cached in ``lib/``; each
cluster lives in a git-ignored run directory (``run/kafka-<n>node`` at the repo
root). Start is idempotent (a broker already listening is reused); stop sends
SIGTERM and waits for a clean exit.

    python deploy/local/kafka_local.py up [--nodes 3]
    python deploy/local/kafka_local.py down [--nodes 3]
    python deploy/local/kafka_local.py status

``KAFKA_BOOTSTRAP_SERVERS`` set in the environment means "use that cluster":
``up`` then starts nothing and prints it back.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
LIB = HERE / "lib"
RUN_ROOT = Path(os.environ.get("NEWSWIRE_RUN_DIR", REPO / "run"))
SINGLE_PORT = int(os.environ.get("NEWSWIRE_LOCAL_KAFKA_PORT", "9092"))
CLUSTER_BASE_PORT = 19092
HEAP = os.environ.get("NEWSWIRE_LOCAL_KAFKA_HEAP", "-Xms128m -Xmx512m")


@dataclass(frozen=True)
class Node:
    """One combined broker+controller process of a local cluster."""

    node_id: int
    """KRaft node id (1-based)."""
    port: int
    """Client (PLAINTEXT) port on 127.0.0.1."""
    controller_port: int
    """KRaft controller port on 127.0.0.1."""
    directory: Path
    """Holds server.properties, data/, logs/ and the pid file."""

    @property
    def pid_file(self) -> Path:
        return self.directory / "kafka.pid"


def nodes(count: int = 1, *, name: str | None = None, base_port: int | None = None) -> list[Node]:
    """The nodes of a local cluster of ``count`` nodes.

    The default single node listens on 9092 and the default three-node cluster
    on 19092-19094; ``name`` and ``base_port`` give fault tests a cluster of
    their own that they may kill and restart without disturbing anyone else.
    """
    label = name or ("1node" if count == 1 else f"{count}node")
    base = base_port or (SINGLE_PORT if count == 1 else CLUSTER_BASE_PORT)
    if count == 1:
        return [Node(1, base, base + 1, RUN_ROOT / f"kafka-{label}")]
    root = RUN_ROOT / f"kafka-{label}"
    return [Node(i + 1, base + i, base + 100 + i, root / f"node{i + 1}") for i in range(count)]


def bootstrap(count: int = 1, **where: Any) -> str:
    """The bootstrap servers string of a local cluster (``where``: name, base_port)."""
    return ",".join(f"127.0.0.1:{n.port}" for n in nodes(count, **where))


def ensure_jars() -> None:
    """Fetch Kafka's jars with Maven once; later calls download nothing."""
    marker = LIB / ".complete"
    if marker.exists():
        return
    if shutil.which("mvn") is None:
        sys.exit("kafka_local: Maven (mvn) is needed to fetch Kafka; apt-get install maven")
    print("kafka_local: fetching Apache Kafka jars from Maven Central (once)...", flush=True)
    subprocess.run(
        [
            "mvn",
            "-q",
            "-B",
            "-f",
            str(HERE / "pom.xml"),
            "dependency:copy-dependencies",
            "-DincludeScope=runtime",
            f"-DoutputDirectory={LIB}",
        ],
        check=True,
    )
    marker.write_text("ok\n")


def _properties(node: Node, all_nodes: list[Node], extra: Mapping[str, str] | None = None) -> str:
    """server.properties of ``node``; ``extra`` replaces or adds keys (e.g. secure listeners)."""
    replicas = len(all_nodes)
    min_isr = 2 if replicas >= 3 else 1
    voters = ",".join(f"{n.node_id}@127.0.0.1:{n.controller_port}" for n in all_nodes)
    lines = [
        "process.roles=broker,controller",
        f"node.id={node.node_id}",
        f"controller.quorum.voters={voters}",
        f"listeners=PLAINTEXT://127.0.0.1:{node.port},"
        f"CONTROLLER://127.0.0.1:{node.controller_port}",
        f"advertised.listeners=PLAINTEXT://127.0.0.1:{node.port}",
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        f"log.dirs={node.directory / 'data'}",
        "num.partitions=6",
        f"default.replication.factor={replicas}",
        f"min.insync.replicas={min_isr}",
        f"offsets.topic.replication.factor={replicas}",
        f"transaction.state.log.replication.factor={replicas}",
        f"transaction.state.log.min.isr={min_isr}",
        f"share.coordinator.state.topic.replication.factor={replicas}",
        f"share.coordinator.state.topic.min.isr={min_isr}",
        # Tests start and stop workers constantly: do not wait for more members.
        "group.initial.rebalance.delay.ms=0",
        # The log cleaner's dedupe buffer defaults to 128 MiB of heap.
        "log.cleaner.dedupe.buffer.size=8388608",
        "message.max.bytes=8388608",
        "log.retention.hours=168",
        "log.segment.bytes=268435456",
    ]
    if extra:
        lines = [line for line in lines if line.partition("=")[0] not in extra]
        lines += [f"{key}={value}" for key, value in extra.items()]
    return "\n".join([*lines, ""])


def _listening(port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout):
            return True
    except OSError:
        return False


def _pid(node: Node) -> int | None:
    try:
        pid = int(node.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except OSError:
        return None
    return pid


def _java() -> str:
    java = shutil.which("java")
    if java is None:
        sys.exit(
            "kafka_local: Java 17 is needed to run Kafka; apt-get install openjdk-17-jre-headless"
        )
    return java


def start_node(
    node: Node,
    all_nodes: list[Node],
    extra: Mapping[str, str] | None = None,
    format_args: Sequence[str] = (),
) -> None:
    """Format the node's storage if new and start it in the background.

    ``extra`` goes to :func:`_properties`; ``format_args`` to the storage
    format (e.g. ``--add-scram``), so a secure broker reuses this runner.
    """
    if _listening(node.port):
        return
    ensure_jars()
    node.directory.mkdir(parents=True, exist_ok=True)
    props = node.directory / "server.properties"
    props.write_text(_properties(node, all_nodes, extra))
    cluster_file = node.directory.parent / "cluster.id"
    if not cluster_file.exists():
        cluster_file.write_text(_cluster_id())
    cluster_id = cluster_file.read_text().strip()
    classpath = f"{LIB}/*"
    if not (node.directory / "data" / "meta.properties").exists():
        subprocess.run(
            [
                _java(),
                "-cp",
                classpath,
                f"-Dlog4j2.configurationFile={HERE / 'log4j2.properties'}",
                f"-Dkafka.logs.dir={node.directory / 'logs'}",
                "kafka.tools.StorageTool",
                "format",
                f"--cluster-id={cluster_id}",
                "-c",
                str(props),
                "--ignore-formatted",
                *format_args,
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    (node.directory / "logs").mkdir(exist_ok=True)
    out = (node.directory / "logs" / "stdout.log").open("ab")
    proc = subprocess.Popen(
        [
            _java(),
            *HEAP.split(),
            "-XX:+UseG1GC",
            "-XX:MaxGCPauseMillis=20",
            "-Djava.awt.headless=true",
            f"-Dlog4j2.configurationFile={HERE / 'log4j2.properties'}",
            f"-Dkafka.logs.dir={node.directory / 'logs'}",
            "-cp",
            classpath,
            "kafka.Kafka",
            str(props),
        ],
        stdout=out,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    node.pid_file.write_text(f"{proc.pid}\n")


def _cluster_id() -> str:
    """A random 22-character base64 cluster id, as Kafka's own tool makes."""
    import base64

    return base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")


def wait_ready(all_nodes: list[Node], timeout: float = 90.0) -> None:
    """Block until every node's client port accepts connections."""
    deadline = time.monotonic() + timeout
    for node in all_nodes:
        while not _listening(node.port):
            if _pid(node) is None and not _listening(node.port):
                log = node.directory / "logs" / "server.log"
                tail = log.read_text(errors="replace").splitlines()[-15:] if log.exists() else []
                sys.exit(f"kafka_local: node {node.node_id} exited; see {log}\n" + "\n".join(tail))
            if time.monotonic() > deadline:
                sys.exit(f"kafka_local: node {node.node_id} not ready after {timeout:.0f}s")
            time.sleep(0.2)


def up(count: int = 1, *, respect_env: bool = True, **where: Any) -> str:
    """Start (or reuse) a local cluster and return its bootstrap servers.

    ``KAFKA_BOOTSTRAP_SERVERS`` in the environment wins unless ``respect_env``
    is false (fault tests always want their own cluster).
    """
    external = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if external and respect_env:
        return external
    all_nodes = nodes(count, **where)
    for node in all_nodes:
        start_node(node, all_nodes)
    wait_ready(all_nodes)
    return bootstrap(count, **where)


def stop_node(node: Node, sig: int = signal.SIGTERM, timeout: float = 30.0) -> None:
    """Send ``sig`` to the node and wait for its process to exit."""
    pid = _pid(node)
    if pid is None:
        return
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while _pid(node) is not None and time.monotonic() < deadline:
        _reap(pid)
        time.sleep(0.1)
    if _pid(node) is not None:
        os.kill(pid, signal.SIGKILL)
        time.sleep(0.5)
        _reap(pid)
    node.pid_file.unlink(missing_ok=True)


def _reap(pid: int) -> None:
    """Collect the exit status when the node is our own child (else it lingers as a zombie)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def down(count: int = 1, wipe: bool = False, **where: Any) -> None:
    """Stop every node of a local cluster cleanly (SIGTERM); ``wipe`` deletes its data."""
    all_nodes = nodes(count, **where)
    for node in all_nodes:
        stop_node(node)
    if wipe:
        shutil.rmtree(
            all_nodes[0].directory if count == 1 else all_nodes[0].directory.parent,
            ignore_errors=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run a local Apache Kafka 4 broker (KRaft).")
    parser.add_argument("command", choices=["up", "down", "status", "fetch", "bootstrap"])
    parser.add_argument("--nodes", type=int, choices=[1, 3], default=1)
    parser.add_argument("--wipe", action="store_true", help="with down: delete the data too")
    args = parser.parse_args(argv)
    if args.command == "fetch":
        ensure_jars()
    elif args.command == "up":
        print(up(args.nodes))
    elif args.command == "down":
        down(args.nodes, wipe=args.wipe)
    elif args.command == "bootstrap":
        print(os.environ.get("KAFKA_BOOTSTRAP_SERVERS") or bootstrap(args.nodes))
    else:
        for node in nodes(args.nodes):
            state = "up" if _listening(node.port) else "down"
            print(f"node {node.node_id} 127.0.0.1:{node.port} {state} pid={_pid(node)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
