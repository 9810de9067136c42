"""``make run``: the whole pipeline on the sample articles, against a real broker.

Creates the topics, starts a worker process, waits until it is ready, sends
the sample articles, and prints every event as it arrives. Ctrl-C (or
``--exit-after-idle``) stops the worker cleanly with SIGTERM.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import orjson
from kafka import TopicPartition

from pipeline.errors import NewswireError
from pipeline.ingest import ingest
from pipeline.kafka_clients import consumer, partitions_for, poll
from pipeline.readiness import wait_http_ready
from pipeline.settings import Settings
from pipeline.topics import ensure_topics

REPO = Path(__file__).resolve().parents[1]


def sample_paths() -> list[str]:
    """The project's own samples, plus ../shared/samples when present (developers and CI)."""
    paths = sorted(str(p) for p in (REPO / "samples").glob("*.txt"))
    shared = REPO.parent / "shared" / "samples"
    paths += sorted(str(p) for p in shared.glob("*.txt")) if shared.is_dir() else []
    return paths


def describe(event: dict[str, Any]) -> str:
    """One readable line per event."""
    t = event.get("type")
    if t == "strike":
        what = f"{event['attacker']} -> {event['target']}: {event['count']} x {event['weapon']}"
        what += f" ({event['period']})" if event.get("period") else ""
    elif t == "interception":
        what = (
            f"{event['weapon']} {event.get('weapon_model') or ''} launched={event['launched']} "
            f"intercepted={event['intercepted']} all={event['all_intercepted']} "
            f"at {event.get('location')}"
        )
    elif t == "casualty":
        what = f"{event['group']}: killed={event['killed']} injured={event['injured']}"
    elif t == "statement":
        what = f"{event['speaker']} ({event['mode']}, {event.get('cue')}): {event['quote'][:90]}"
    else:
        return f"[dead letter] {event.get('reason')}: {event.get('error')}"
    by = f"  [reported by {event['reported_by']}]" if event.get("reported_by") else ""
    return f"[{t}] {what}{by}"


_STOP = threading.Event()
"""Set by the first Ctrl-C or TERM: the read loop ends at its next poll (within 0.5 s)."""


def wait_ready(url: str, proc: subprocess.Popen[bytes], timeout: float = 90) -> None:
    def alive() -> bool:
        return proc.poll() is None and not _STOP.is_set()

    outcome = wait_http_ready(url, alive=alive, timeout=timeout)
    if _STOP.is_set():
        raise KeyboardInterrupt
    if outcome == "exited":
        raise NewswireError(f"the worker exited with code {proc.returncode}")
    if outcome == "timeout":
        raise NewswireError(f"the worker was not ready after {timeout:.0f}s ({url})")


def _interrupt(_signum: int, _frame: object) -> None:
    """Ask the loop to stop; a second signal stops at once.

    Raising from the handler at the first signal could land inside the Kafka client's
    lock handling and end the demo with a traceback instead of "worker stopped."."""
    if _STOP.is_set():
        raise KeyboardInterrupt
    _STOP.set()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--exit-after-idle",
        type=float,
        default=None,
        help="stop this many seconds after the last event (default: until Ctrl-C)",
    )
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _interrupt)  # a terminated `make run` stops like Ctrl-C
    signal.signal(signal.SIGINT, _interrupt)
    settings = Settings.from_env()
    ensure_topics(settings)
    base = f"http://{settings.http_host}:{settings.http_port}"
    log_path = REPO / "run" / "worker.log"
    log_path.parent.mkdir(exist_ok=True)
    worker = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "worker"],
        stdout=log_path.open("ab"),
        stderr=subprocess.STDOUT,
        env=os.environ.copy(),
    )
    try:
        print(f"worker started (pid {worker.pid}, log {log_path}); waiting until ready...")
        wait_ready(base + "/readyz", worker)
        topics = [
            settings.topics.strikes,
            settings.topics.interceptions,
            settings.topics.casualties,
            settings.topics.statements,
            settings.topics.dlq,
        ]
        reader = consumer(settings, group_id=None, enable_auto_commit=False)
        parts = [TopicPartition(t, p) for t in topics for p in partitions_for(reader, t)]
        reader.assign(parts)
        ends = reader.end_offsets(parts)
        for tp in parts:
            reader.seek(tp, ends[tp])
        paths = sample_paths()
        sent = ingest(settings, paths)
        print(f"sent {sent} sample articles to {settings.topics.raw}:")
        for p in paths:
            print(f"  {p}")
        print(f"worker metrics: {base}/metrics  (health: {base}/healthz, {base}/readyz)")
        print("events as they arrive (Ctrl-C to stop):")
        last = time.monotonic()
        while not _STOP.is_set() and (
            args.exit_after_idle is None or time.monotonic() - last < args.exit_after_idle
        ):
            for records in poll(reader, timeout_ms=500).values():
                for record in records:
                    print("  " + describe(orjson.loads(record.value)), flush=True)
                    last = time.monotonic()
            if worker.poll() is not None and not _STOP.is_set():
                raise NewswireError(f"the worker exited with code {worker.returncode}")
        reader.close()
        if _STOP.is_set():
            print()
    except KeyboardInterrupt:
        print()
    except NewswireError as exc:
        print(f"newswire: {exc}", file=sys.stderr)
        return 1
    finally:
        _stop(worker)
        print("worker stopped.")
    return 0


def _stop(worker: subprocess.Popen[bytes]) -> None:
    """Stop the worker cleanly; a second Ctrl-C (or TERM) while it drains kills it at once."""
    if worker.poll() is not None:
        return
    worker.send_signal(signal.SIGTERM)
    try:
        worker.wait(timeout=20)
    except (subprocess.TimeoutExpired, KeyboardInterrupt):
        worker.kill()
        worker.wait()


if __name__ == "__main__":
    sys.exit(main())
