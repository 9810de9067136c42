"""Extraction throughput on one core: 4 KB and 40 KB articles, and 1 MB of adversarial text."""

from __future__ import annotations

import time
from typing import Any

from bench.corpus import adversarial, article
from pipeline.extract import extract


def _rate(bodies: list[str], min_seconds: float = 2.0) -> dict[str, Any]:
    """Articles per second over repeated passes of ``bodies`` (CPU time, one core)."""
    for body in bodies[:20]:
        extract(body)  # warm up: compiled patterns, caches
    done = 0
    started = time.process_time()
    while time.process_time() - started < min_seconds:
        for body in bodies:
            extract(body)
        done += len(bodies)
    seconds = time.process_time() - started
    return {
        "articles_per_s": round(done / seconds, 1),
        "ms_per_article": round(seconds / done * 1000, 4),
        "mean_bytes": round(sum(len(b.encode()) for b in bodies) / len(bodies)),
    }


def run(quick: bool = False) -> dict[str, Any]:
    n = 50 if quick else 200
    results = {
        "4KB": _rate([article(i, size=4000, seed=3)["body"] for i in range(n)]),
        "40KB": _rate([article(i, size=40_000, seed=3)["body"] for i in range(n // 10)]),
    }
    text = adversarial()
    started = time.process_time()
    found = extract(text)
    results["1MB_adversarial"] = {
        "seconds": round(time.process_time() - started, 3),
        "events": len(found),
    }
    return results


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
