"""``make bench``: broker ceiling, bare baseline, the real worker, scale-out, extraction speed,
and the worker's per-article cost outside extraction (in process, no Kafka).

Everything runs in one invocation on this machine, broker co-located, so the
ratios hold even when absolute figures move with the machine's load. Prints a
table and writes ``bench/results/<timestamp>.json`` (and ``latest.json``).

    python -m bench.run [--articles 50000] [--size 4000] [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path
from typing import Any

from bench import ceiling, e2e, extraction, process_cost
from pipeline.extract import COMPILED

RESULTS = Path(__file__).resolve().parent / "results"


def machine() -> dict[str, Any]:
    mem = Path("/proc/meminfo").read_text().splitlines()[0].split()[1]
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        "?",
    )
    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "memory_gib": round(int(mem) / 2**20, 1),
        "python": platform.python_version(),
        "kernel": platform.release(),
        "extractor": "compiled (mypyc)" if COMPILED else "Python sources",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--size", type=int, default=4000, help="article body size in characters")
    parser.add_argument("--quick", action="store_true", help="5,000 articles, fewer phases")
    parser.add_argument(
        "--corpus",
        choices=["wire", "sparse"],
        default="wire",
        help="wire: realistic reports (~20 events each); sparse: one event sentence padded",
    )
    parser.add_argument(
        "--bootstrap", default=os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
    )
    args = parser.parse_args(argv)
    n = 5_000 if args.quick else args.articles
    log_dir = Path("run") / "bench"
    log_dir.mkdir(parents=True, exist_ok=True)
    common = {
        "articles": n,
        "size": args.size,
        "corpus": args.corpus,
        "bootstrap": args.bootstrap,
        "log_dir": log_dir,
    }
    out: dict[str, Any] = {
        "machine": machine(),
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    print(
        f"newswire bench: {n} {args.corpus} articles of ~{args.size} characters, "
        f"broker {args.bootstrap}"
    )
    print("extraction speed (one core) ...", flush=True)
    out["extraction"] = extraction.run(quick=args.quick)
    print("worker cost per article outside extraction (in process, no Kafka) ...", flush=True)
    out["process_cost"] = process_cost.run(articles=100 if args.quick else 300)
    print(
        "broker ceiling (ProducerPerformance / ConsumerPerformance, 4 KB records) ...", flush=True
    )
    out["ceiling"] = ceiling.run(args.bootstrap, records=20_000 if args.quick else 100_000)
    print("bare baseline (aiokafka loop) ...", flush=True)
    out["baseline"] = e2e.run("baseline", **common)
    print("newswire worker, full load ...", flush=True)
    out["worker"] = e2e.run("worker", **common)
    half = out["worker"]["articles_per_s"] / 2
    print(f"newswire worker, half load ({half:.0f} articles/s) ...", flush=True)
    out["worker_half_load"] = e2e.run(
        "worker", **{**common, "articles": max(1000, n // 2)}, rate=half
    )
    if not args.quick:
        print("two workers ...", flush=True)
        out["two_workers"] = e2e.run("worker", workers=2, **common)
        if args.corpus == "wire":
            print("newswire worker, sparse articles (one event sentence each) ...", flush=True)
            sparse = {**common, "corpus": "sparse", "articles": min(n, 20_000)}
            out["worker_sparse"] = e2e.run("worker", **sparse)
    report(out)
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    text = json.dumps(out, indent=2)
    (RESULTS / f"{stamp}.json").write_text(text)
    (RESULTS / "latest.json").write_text(text)
    print(f"\nwritten: bench/results/{stamp}.json")
    return 0


def report(out: dict[str, Any]) -> None:
    m = out["machine"]
    print(
        f"\nmachine: {m['cpus']} cores ({m['cpu_model']}), {m['memory_gib']} GiB, "
        f"Python {m['python']}"
    )
    ex = out["extraction"]
    print(f"\nextraction (one core, CPU time; extractor: {m.get('extractor', '?')})")
    for key, label in (
        ("4KB", "4 KB wire article"),
        ("4KB_cold", "4 KB, no sentence memo"),
        ("4KB_sparse", "4 KB sparse article"),
    ):
        if key in ex:
            print(
                f"  {label + ':':<24}{ex[key]['articles_per_s']:>9,.0f} articles/s "
                f"({ex[key]['ms_per_article']} ms, {ex[key].get('events_per_article', '?')} "
                "events)"
            )
    print(
        f"  {'40 KB wire article:':<24}{ex['40KB']['articles_per_s']:>9,.0f} articles/s "
        f"({ex['40KB']['ms_per_article']} ms)"
    )
    print(f"  1 MB adversarial text: {ex['1MB_adversarial']['seconds']} s")
    if "1MB_hostile_events" in ex:
        hostile = ex["1MB_hostile_events"]
        print(
            f"  1.3 MB hostile text with 1,000 events: {hostile['seconds']} s "
            f"({hostile['events']} events)"
        )
    if "process_cost" in out:
        pc = out["process_cost"]
        print(
            f"\nworker pure path, 4 KB article ({pc['events_per_article']} events), "
            "CPU µs per article"
        )
        print(f"  extract:                         {pc['extract_us_per_article']:>8}")
        print(
            f"  decode, check, build, encode:    {pc['process_us_per_article']:>8} "
            f"({pc['process_us_per_event']} per event)"
        )
        for codec, figures in pc["publish"].items():
            print(
                f"  batch, metrics, publish ({codec}): {figures['us_per_article']:>8} "
                f"({figures['bytes_per_article']:,} bytes out)"
            )
    c = out["ceiling"]
    print(
        f"\nbroker ceiling (4 KB records): produce {c['produce_records_per_s']:,.0f} rec/s "
        f"({c['produce_mb_per_s']} MB/s), consume {c['consume_records_per_s']:,.0f} rec/s"
    )
    rows = [
        ("bare baseline", out["baseline"]),
        ("worker", out["worker"]),
        ("worker @ half load", out["worker_half_load"]),
    ]
    if "two_workers" in out:
        rows.append(("2 workers", out["two_workers"]))
    if "worker_sparse" in out:
        rows.append(("worker, sparse", out["worker_sparse"]))
    print(
        f"\n{'run':<20}{'articles/s':>12}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}"
        f"{'peak RSS MB':>13}{'CPU ms/art':>12}{'done':>9}"
    )
    for name, r in rows:
        lat = r["latency_ms"]
        print(
            f"{name:<20}{r['articles_per_s']:>12,.0f}{lat['p50']:>10}{lat['p95']:>10}"
            f"{lat['p99']:>10}{r['peak_rss_mb']:>13}{r['cpu_ms_per_article']:>12}"
            f"{r['completed']:>9}"
        )
    split = out["worker_half_load"].get("latency_split_ms")
    if split:
        send, read = split["to_worker_send"], split["send_to_read"]
        print(
            f"half load, where the time goes: feed to worker send p50 {send['p50']} / "
            f"p99 {send['p99']} ms, send to read p50 {read['p50']} / p99 {read['p99']} ms"
        )
    w, b = out["worker"]["articles_per_s"], out["baseline"]["articles_per_s"]
    print(f"\nworker / bare baseline: {w / b:.2f}")
    print(f"baseline / broker ceiling (produce): {b / c['produce_records_per_s']:.4f}")
    if "two_workers" in out:
        print(f"two workers / one worker: {out['two_workers']['articles_per_s'] / w:.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
