"""``make bench-soak``: a long run through one worker, watching memory and throughput.

Feeds N articles (default 1,000,000) as fast as the worker takes them and
samples the worker's RSS and the completed-article count every 10 s. A flat
RSS (no growth trend once warm) and a flat throughput are the pass marks; the
slope of RSS per 100,000 articles is printed so a leak cannot hide in noise.

    python -m bench.soak [--articles 1000000] [--size 4000]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.corpus import article
from bench.e2e import Reader, _delete_topics, _start, _wait_ready
from pipeline.ingest import send_articles
from pipeline.settings import Settings
from pipeline.topics import ensure_topics

RESULTS = Path(__file__).resolve().parent / "results"


def _slope(xs: list[float], ys: list[float]) -> float:
    n = len(xs)
    if n < 2:
        return 0.0
    mx, my = sum(xs) / n, sum(ys) / n
    den = sum((x - mx) ** 2 for x in xs) or 1.0
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / den


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--size", type=int, default=4000)
    parser.add_argument("--interval", type=float, default=10.0)
    parser.add_argument(
        "--bootstrap", default=os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
    )
    args = parser.parse_args(argv)
    tag = uuid.uuid4().hex[:8]
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": args.bootstrap,
        "NEWSWIRE_TOPIC_PREFIX": f"soak-{tag}.",
        "NEWSWIRE_GROUP_ID": f"soak-{tag}",
        "NEWSWIRE_LOG_LEVEL": "WARNING",
    }
    settings = Settings.from_env(env)
    ensure_topics(settings)
    log_dir = Path("run") / "bench"
    log_dir.mkdir(parents=True, exist_ok=True)
    worker = _start("worker", env, log_dir / f"soak-{tag}.log")
    _wait_ready(worker)
    reader = Reader(settings)
    reader.start()

    def stream() -> Iterator[dict[str, Any]]:
        for i in range(args.articles):
            # Stay at most ~20 s of work ahead of the worker, so the soak measures a
            # worker under steady load rather than a topic filling up.
            while i - len(reader.arrival) > 10_000:
                time.sleep(0.05)
            yield article(i, size=args.size, seed=9)

    feeder = threading.Thread(target=send_articles, args=(settings, stream()), daemon=True)
    started = time.time()
    feeder.start()
    samples: list[dict[str, float]] = []
    print(f"soak: {args.articles:,} articles through one worker (pid {worker.popen.pid})")
    print(f"{'t s':>7}{'done':>10}{'articles/s':>12}{'RSS MB':>9}")
    last_done, last_t = 0, started
    try:
        while len(reader.arrival) < args.articles and worker.popen.poll() is None:
            time.sleep(args.interval)
            now, done = time.time(), len(reader.arrival)
            rate = (done - last_done) / (now - last_t)
            sample = {
                "t": round(now - started, 1),
                "done": done,
                "rate": round(rate, 1),
                "rss_mb": round(worker.rss_mb(), 1),
            }
            samples.append(sample)
            print(f"{sample['t']:>7}{done:>10,}{rate:>12,.0f}{sample['rss_mb']:>9}", flush=True)
            last_done, last_t = done, now
    finally:
        reader.stop.set()
        worker.popen.send_signal(signal.SIGTERM)
        worker.popen.wait(timeout=30)
        _delete_topics(settings)
    warm = [s for s in samples if s["done"] >= min(50_000, args.articles // 10)]
    slope = _slope([s["done"] for s in warm], [s["rss_mb"] for s in warm]) * 100_000
    rates = [s["rate"] for s in warm[1:-1]] or [0.0]
    result = {
        "articles": args.articles,
        "size": args.size,
        "completed": len(reader.arrival),
        "seconds": round(time.time() - started, 1),
        "samples": samples,
        "rss_mb_first_warm": warm[0]["rss_mb"] if warm else None,
        "rss_mb_last": samples[-1]["rss_mb"] if samples else None,
        "rss_slope_mb_per_100k_articles": round(slope, 2),
        "rate_min": min(rates),
        "rate_max": max(rates),
        "rate_mean": round(sum(rates) / len(rates), 1),
    }
    print(json.dumps({k: v for k, v in result.items() if k != "samples"}, indent=2))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "soak-latest.json").write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
