"""A flame graph of the real worker under full load (py-spy, sampling, no code changes).

Needs ``py-spy`` (``pip install py-spy``; not a project dependency).

Runs one end-to-end worker run of ``bench.e2e`` and attaches ``py-spy record``
to the worker for the first ``--seconds`` of the feed; writes
``bench/flamegraph-worker.svg`` (or ``--raw`` collapsed stacks, for a quick
text summary of the hottest frames).

    python -m bench.flamegraph [--articles 20000] [--seconds 15] [--out bench/flamegraph-worker.svg]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from bench import e2e

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--out", type=Path, default=HERE / "flamegraph-worker.svg")
    parser.add_argument("--raw", action="store_true", help="collapsed stacks instead of an SVG")
    parser.add_argument(
        "--bootstrap", default=os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
    )
    args = parser.parse_args(argv)
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(spy).exists():
        parser.error("py-spy is not installed: pip install py-spy (a sampling profiler)")
    recorders: list[subprocess.Popen[bytes]] = []

    def attach(pids: list[int]) -> None:
        command = [spy, "record", "--pid", str(pids[0]), "--duration", str(args.seconds),
                   "--rate", "200", "--nonblocking", "-o", str(args.out)]  # fmt: skip
        if args.raw:
            command += ["--format", "raw"]
        recorders.append(subprocess.Popen(command))

    log_dir = Path("run") / "bench"
    log_dir.mkdir(parents=True, exist_ok=True)
    result = e2e.run(
        "worker", articles=args.articles, size=4000, bootstrap=args.bootstrap,
        log_dir=log_dir, on_ready=attach,
    )  # fmt: skip
    for rec in recorders:
        rec.wait(timeout=120)
    print(f"{result['articles_per_s']} articles/s; flame graph: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
