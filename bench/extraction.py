"""Extraction throughput on one core: 4 KB and 40 KB articles, 1 MB of adversarial text, and
the robustness test's 1.3 MB hostile body with 1,000 events inside.

The headline articles are :func:`bench.corpus.wire_article` reports (a lede with
figures, several event paragraphs, quotes, pronouns, background): about a dozen
attributions and five to eight figures per 4 KB, as in real wire copy. The
"sparse" figure is one event sentence padded with background, the shape of much
general news. The extractor remembers recently parsed sentences across articles
(wire copy repeats them); because template articles repeat sentences far more than
a real feed, the "cold" figure empties that memory before every article.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from bench.corpus import adversarial, article, hostile_megabyte, wire_article
from pipeline.extract import clear_memo, extract


def _rate(
    bodies: list[str], min_seconds: float = 2.0, before_each: Callable[[], None] | None = None
) -> dict[str, Any]:
    """Articles per second over repeated passes of ``bodies`` (CPU time, one core)."""
    for body in bodies[:20]:
        extract(body)  # warm up: compiled patterns, caches
    done = 0
    started = time.process_time()
    while time.process_time() - started < min_seconds:
        for body in bodies:
            if before_each is not None:
                before_each()
            extract(body)
        done += len(bodies)
    seconds = time.process_time() - started
    return {
        "articles_per_s": round(done / seconds, 1),
        "ms_per_article": round(seconds / done * 1000, 4),
        "mean_bytes": round(sum(len(b.encode()) for b in bodies) / len(bodies)),
        "events_per_article": round(sum(len(extract(b)) for b in bodies) / len(bodies), 1),
    }


def run(quick: bool = False) -> dict[str, Any]:
    n = 50 if quick else 200
    wire = [wire_article(i, size=4000, seed=3)["body"] for i in range(n)]
    results = {
        "4KB": _rate(wire),
        "4KB_cold": _rate(wire, before_each=clear_memo),
        "4KB_sparse": _rate([article(i, size=4000, seed=3)["body"] for i in range(n)]),
        "40KB": _rate([wire_article(i, size=40_000, seed=3)["body"] for i in range(n // 10)]),
    }
    text = adversarial()
    started = time.process_time()
    found = extract(text)
    results["1MB_adversarial"] = {
        "seconds": round(time.process_time() - started, 3),
        "events": len(found),
    }
    text = hostile_megabyte()  # the robustness test's body: 1,000 events amid the noise
    started = time.process_time()
    found = extract(text)
    results["1MB_hostile_events"] = {
        "seconds": round(time.process_time() - started, 3),
        "events": len(found),
    }
    return results


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
