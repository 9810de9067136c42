"""Test helpers for the real local Kafka broker: workers as processes, reading topics."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from kafka import KafkaConsumer, TopicPartition

from pipeline.kafka_clients import common_config, partitions_for, poll
from pipeline.readiness import wait_http_ready
from pipeline.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SHARED_SAMPLES = REPO.parent / "shared" / "samples"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class WorkerProcess:
    """A ``newswire worker`` subprocess and where its web endpoints are."""

    proc: subprocess.Popen[bytes]
    port: int
    log: Path

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def get(self, path: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(self.base_url + path, timeout=2) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()

    def wait_ready(self, timeout: float = 60) -> None:
        alive = lambda: self.proc.poll() is None  # noqa: E731
        outcome = wait_http_ready(self.base_url + "/readyz", alive=alive, timeout=timeout)
        if outcome == "exited":
            raise AssertionError(f"worker exited {self.proc.returncode}: {self.tail_log()}")
        if outcome == "timeout":
            raise AssertionError(f"worker not ready in {timeout}s: {self.tail_log()}")

    def tail_log(self, lines: int = 30) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 20) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode


def worker_env(settings_env: dict[str, str], **extra: str) -> dict[str, str]:
    env = os.environ.copy()
    env.update(settings_env)
    env.update(extra)
    return env


def start_worker(env: dict[str, str], log_dir: Path, name: str = "worker") -> WorkerProcess:
    port = free_port()
    env = {**env, "NEWSWIRE_HTTP_PORT": str(port),
           "NEWSWIRE_DATA_DIR": str(log_dir / f"{name}-data")}  # fmt: skip
    log = log_dir / f"{name}.log"
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "worker"],
        env=env, stdout=log.open("ab"), stderr=subprocess.STDOUT, cwd=REPO,
    )  # fmt: skip
    return WorkerProcess(proc, port, log)


@contextmanager
def running_worker(
    env: dict[str, str], log_dir: Path, name: str = "worker"
) -> Iterator[WorkerProcess]:
    worker = start_worker(env, log_dir, name)
    try:
        worker.wait_ready()
        yield worker
    finally:
        worker.stop()


def read_records(settings: Settings, topics: Iterable[str], *, expect: int | None = None,
                 timeout: float = 60, idle: float = 3.0) -> list[dict[str, Any]]:  # fmt: skip
    """Every record of ``topics`` from the beginning, as parsed JSON (plus ``_topic``).

    Stops when ``expect`` records were read, or nothing new came for ``idle``
    seconds after ``expect`` (or with no ``expect``), or at ``timeout``.
    """
    consumer = KafkaConsumer(**common_config(settings), group_id=None, enable_auto_commit=False,
                             auto_offset_reset="earliest")  # fmt: skip
    try:
        parts = [TopicPartition(t, p) for t in topics
                 for p in partitions_for(consumer, t)]  # fmt: skip
        consumer.assign(parts)
        consumer.seek_to_beginning(*parts)
        out: list[dict[str, Any]] = []
        deadline = time.monotonic() + timeout
        last = time.monotonic()
        while time.monotonic() < deadline:
            batch = poll(consumer, timeout_ms=300, max_records=5000)
            if batch:
                last = time.monotonic()
                for tp, records in batch.items():
                    for r in records:
                        value = orjson.loads(r.value)
                        value["_topic"] = tp.topic
                        out.append(value)
            if expect is not None and len(out) >= expect:
                break
            if expect is None and time.monotonic() - last > idle:
                break
        return out
    finally:
        consumer.close()


def metric_value(worker: WorkerProcess, name: str) -> float:
    """Sum of every sample of metric ``name`` on the worker's /metrics (0 if absent)."""
    try:
        _, body = worker.get("/metrics")
    except OSError:
        return 0.0
    total = 0.0
    for line in body.decode().splitlines():
        if line.startswith(name) and not line.startswith("#"):
            head, _, value = line.rpartition(" ")
            if head == name or head.startswith(name + "{"):
                total += float(value)
    return total


def wait_for(predicate: Any, timeout: float, what: str, interval: float = 0.2) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


class EventCollector:
    """Reads event ids from the event topics incrementally, counting repeats."""

    def __init__(self, settings: Settings, *, read_committed: bool = False) -> None:
        self._consumer = KafkaConsumer(
            **common_config(settings),
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            isolation_level="read_committed" if read_committed else "read_uncommitted",
        )
        t = settings.topics
        topics = [t.strikes, t.interceptions, t.casualties, t.statements]
        parts = [
            TopicPartition(topic, p)
            for topic in topics
            for p in partitions_for(self._consumer, topic)
        ]
        self._consumer.assign(parts)
        self._consumer.seek_to_beginning(*parts)
        self.counts: dict[str, int] = {}

    def poll(self) -> None:
        for records in poll(self._consumer, timeout_ms=300, max_records=20_000).values():
            for r in records:
                event_id = orjson.loads(r.value)["event_id"]
                self.counts[event_id] = self.counts.get(event_id, 0) + 1

    def collect(self, expected: set[str], timeout: float) -> None:
        """Read until every expected id was seen (or the timeout), then drain briefly."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not expected <= self.counts.keys():
            self.poll()
        for _ in range(5):  # late duplicates still in flight
            self.poll()

    def close(self) -> None:
        self._consumer.close()
