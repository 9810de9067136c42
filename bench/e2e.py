"""End-to-end runs on the real broker: feed N articles, time them until their events are read.

One run = a fresh topic prefix, one or more processes (the real ``newswire
worker`` or the bare aiokafka baseline), a feeder thread using the same code
as ``newswire ingest`` (optionally paced), and a reader that notes when each
article's first event arrives. Latency is per article: first event read minus
the moment the feeder handed it to the producer.
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kafka import KafkaConsumer, TopicPartition

from bench.corpus import make
from pipeline.ingest import send_articles
from pipeline.kafka_clients import admin, common_config, partitions_for
from pipeline.readiness import wait_http_ready
from pipeline.settings import Settings
from pipeline.topics import ensure_topics

REPO = Path(__file__).resolve().parents[1]
CLK_TCK = os.sysconf("SC_CLK_TCK")


@dataclass
class Proc:
    """A measured process: the worker or the baseline."""

    popen: subprocess.Popen[bytes]
    port: int | None
    cpu_at_start: float = 0.0
    rss_samples: list[int] = field(default_factory=list)

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.popen.pid}/stat").read_text().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK

    def peak_rss_mb(self) -> float:
        for line in Path(f"/proc/{self.popen.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def rss_mb(self) -> float:
        for line in Path(f"/proc/{self.popen.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return 0.0


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(kind: str, env: dict[str, str], log: Path) -> Proc:
    port = _free_port() if kind == "worker" else None
    cmd = (
        [sys.executable, "-m", "pipeline", "worker"]
        if kind == "worker"
        else [sys.executable, "-m", "bench.baseline"]
    )
    full_env = {**os.environ, **env}
    if port is not None:
        full_env["NEWSWIRE_HTTP_PORT"] = str(port)
        full_env["NEWSWIRE_DATA_DIR"] = str(log.parent / f"{log.stem}-data")
    out = log.open("ab")
    popen = subprocess.Popen(
        cmd, env=full_env, stdout=subprocess.PIPE if port is None else out, stderr=out, cwd=REPO
    )
    return Proc(popen, port)


def _wait_ready(proc: Proc, timeout: float = 120) -> None:
    if proc.port is None:  # the baseline prints "ready"
        assert proc.popen.stdout is not None
        line = proc.popen.stdout.readline()
        if b"ready" not in line:
            raise RuntimeError("the baseline did not start")
        return
    url = f"http://127.0.0.1:{proc.port}/readyz"
    outcome = wait_http_ready(url, alive=lambda: proc.popen.poll() is None, timeout=timeout)
    if outcome != "ready":
        raise RuntimeError(f"the worker did not become ready: {outcome}")


class Reader(threading.Thread):
    """Notes the arrival time of each article's first event on the event topics.

    It also keeps that event's Kafka timestamp (set by the worker's producer when
    it sends), so a latency splits into feed-to-worker-send and send-to-read.
    """

    def __init__(self, settings: Settings) -> None:
        super().__init__(daemon=True)
        t = settings.topics
        self.consumer = KafkaConsumer(
            **common_config(settings),
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            fetch_max_bytes=52_428_800,
        )
        parts = [
            TopicPartition(topic, p)
            for topic in (t.strikes, t.interceptions, t.casualties, t.statements, t.dlq)
            for p in partitions_for(self.consumer, topic)
        ]
        self.consumer.assign(parts)
        self.consumer.seek_to_beginning(*parts)
        self.arrival: dict[bytes, float] = {}
        self.produced: dict[bytes, float] = {}
        self.events = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            for records in self.consumer.poll(timeout_ms=100, max_records=20_000).values():
                now = time.time()
                for r in records:
                    self.events += 1
                    if r.key not in self.arrival:
                        self.arrival[r.key] = now
                        self.produced[r.key] = r.timestamp / 1000
        self.consumer.close()


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run(
    kind: str,
    *,
    articles: int,
    size: int,
    workers: int = 1,
    rate: float | None = None,
    corpus: str = "wire",
    bootstrap: str,
    log_dir: Path,
    timeout: float = 1800,
    on_ready: Callable[[list[int]], None] | None = None,
) -> dict[str, Any]:
    """One end-to-end run; returns throughput, latency percentiles, RSS and CPU figures.

    ``on_ready`` is called with the processes' pids once they are ready and
    before the feed starts (to attach a profiler).
    """
    tag = uuid.uuid4().hex[:8]
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        "NEWSWIRE_TOPIC_PREFIX": f"bench-{tag}.",
        "NEWSWIRE_GROUP_ID": f"bench-{kind}-{tag}",
        "NEWSWIRE_PARTITIONS": "6",
        "NEWSWIRE_LOG_LEVEL": "WARNING",
    }
    settings = Settings.from_env(env)
    ensure_topics(settings)
    bodies = [make(corpus, i, size=size, seed=5) for i in range(articles)]
    procs = [_start(kind, env, log_dir / f"{kind}-{tag}-{i}.log") for i in range(workers)]
    sent_at: dict[bytes, float] = {}
    reader = Reader(settings)
    try:
        for p in procs:
            _wait_ready(p)
        time.sleep(1.0)  # let a second worker's rebalance settle
        for p in procs:
            p.cpu_at_start = p.cpu_seconds()
        if on_ready is not None:
            on_ready([p.popen.pid for p in procs])
        reader.start()

        def paced() -> Iterator[dict[str, Any]]:
            started = time.perf_counter()
            for i, a in enumerate(bodies):
                if rate:
                    ahead = i / rate - (time.perf_counter() - started)
                    if ahead > 0:
                        time.sleep(ahead)
                now = time.time()
                a["received_at"] = _iso(now)
                sent_at[a["id"].encode()] = now
                yield a

        first_send = time.time()
        send_articles(settings, paced())
        deadline = time.monotonic() + timeout
        last_count, last_change = 0, time.monotonic()
        while len(reader.arrival) < articles and time.monotonic() < deadline:
            time.sleep(0.2)
            for p in procs:
                p.rss_samples.append(int(p.rss_mb()))
            if len(reader.arrival) != last_count:
                last_count, last_change = len(reader.arrival), time.monotonic()
            elif time.monotonic() - last_change > 60:
                break
        cpu = sum(p.cpu_seconds() - p.cpu_at_start for p in procs)
        peak = max(p.peak_rss_mb() for p in procs)
    finally:
        reader.stop.set()
        for p in procs:
            if p.popen.poll() is None:
                p.popen.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.popen.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.popen.kill()
        reader.join(timeout=10)
        _delete_topics(settings)
    done = len(reader.arrival)
    last = max(reader.arrival.values()) if reader.arrival else first_send
    latencies = [reader.arrival[k] - sent_at[k] for k in reader.arrival if k in sent_at]
    to_worker_send = [reader.produced[k] - sent_at[k] for k in reader.produced if k in sent_at]
    to_read = [reader.arrival[k] - reader.produced[k] for k in reader.produced]
    return {
        "kind": kind,
        "workers": workers,
        "articles": articles,
        "article_bytes": round(statistics.mean(len(b["body"].encode()) for b in bodies[:500])),
        "completed": done,
        "events": reader.events,
        "offered_rate": rate,
        "seconds": round(last - first_send, 2),
        "articles_per_s": round(done / max(1e-9, last - first_send), 1),
        "latency_ms": {
            q: round(_percentile(latencies, v) * 1000, 1)
            for q, v in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99))
        },
        "latency_split_ms": {
            part: {
                q: round(_percentile(values, v) * 1000, 1) for q, v in (("p50", 0.5), ("p99", 0.99))
            }
            for part, values in (("to_worker_send", to_worker_send), ("send_to_read", to_read))
        },
        "peak_rss_mb": round(peak, 1),
        "cpu_ms_per_article": round(cpu / max(1, done) * 1000, 3),
    }


def _iso(ts: float) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _delete_topics(settings: Settings) -> None:
    client = admin(settings)
    try:
        client.delete_topics(list(settings.topics.all()), timeout_ms=30_000)
    except Exception:
        pass
    finally:
        client.close()
