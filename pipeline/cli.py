"""The ``newswire`` command line: one entry point, one subcommand per tool.

Every deliberate error (:mod:`pipeline.errors`) is printed as one line on
stderr with a non-zero exit; a user never sees a traceback for bad input.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import orjson

from pipeline import __version__
from pipeline.errors import ConfigError, NewswireError
from pipeline.settings import Settings


def _cmd_worker(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline import worker
    from pipeline.topics import ensure_topics

    ensure_topics(settings)
    worker.run(settings)
    return 0


def _cmd_topics(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.topics import ensure_topics

    created = ensure_topics(settings)
    for name in settings.topics.all():
        print(f"{name}\t{'created' if name in created else 'exists'}")
    return 0


def _cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.ingest import ingest

    sent = ingest(settings, args.paths)
    print(f"sent {sent} articles to {settings.topics.raw}", file=sys.stderr)
    return 0


def _cmd_tail(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.tail import record_filter, tail

    topic = args.topic
    aliases = {
        "raw": settings.topics.raw, "dlq": settings.topics.dlq,
        "strikes": settings.topics.strikes, "interceptions": settings.topics.interceptions,
        "casualties": settings.topics.casualties, "statements": settings.topics.statements,
    }  # fmt: skip
    keep = record_filter(args.type or (), args.where or ())  # bad --where fails before Kafka
    tail(
        settings,
        aliases.get(topic, topic),
        from_beginning=args.from_beginning,
        max_records=args.max,
        idle_timeout=args.idle_timeout,
        keep=keep,
    )
    return 0


def _cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.articles import read_path
    from pipeline.process import article_events

    out = sys.stdout.buffer
    for path in args.paths or ["-"]:
        for article in read_path(path, jsonl=True if args.jsonl else None):
            for event in article_events(article):
                out.write(orjson.dumps(event) + b"\n")
    out.flush()
    return 0


def _cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline import evaluate

    argv = [args.gold] + (["--errors"] if args.errors else []) + (["--json"] if args.json else [])
    return int(evaluate.main(argv))


def _metrics(args: argparse.Namespace, settings: Settings, tool: str) -> None:
    """Serve /metrics on ``--metrics-port`` (feeders and subscribers have no web server)."""
    if args.metrics_port is None:
        return
    from pipeline.metrics_server import serve_metrics

    try:
        running = serve_metrics(settings.http_host, args.metrics_port, tool=tool)
    except OSError as exc:
        raise ConfigError(f"--metrics-port {args.metrics_port}: {exc.strerror or exc}") from None
    print(f"{tool}: metrics on {running.url}/metrics", file=sys.stderr)


def _cmd_feed(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.feeds.rss import run_feeds

    _metrics(args, settings, "feed")
    run_feeds(settings, args.urls, once=args.once, state_path=args.state,
              interval=args.interval)  # fmt: skip
    return 0


def _cmd_serve_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.serve_ingest import serve

    _metrics(args, settings, "serve-ingest")
    serve(settings, args.host, args.port)
    return 0


def _cmd_alert(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.alerting.subscriber import run_alerts

    _metrics(args, settings, "alert")
    return run_alerts(settings, args.rules, group_id=args.group,
                      from_beginning=args.from_beginning, retry_delay=args.retry_delay,
                      idle_timeout=args.idle_timeout)  # fmt: skip


def _cmd_replay(args: argparse.Namespace, settings: Settings) -> int:
    from pipeline.replay import parse_time, replay

    since = parse_time(args.since, "--from")
    until = parse_time(args.until, "--to") if args.until else None
    s = replay(settings, since, until)
    print(f"replay: {s.articles} articles re-extracted, {s.events} events published, "
          f"{s.dead_lettered} dead letters, {s.skipped} bad records skipped "
          f"(dead-lettered before)", file=sys.stderr)  # fmt: skip
    return 0


def _cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    from pathlib import Path

    from pipeline.stats import Prometheus, parse_duration, render

    summary = render(Prometheus(args.prometheus), Path(args.out),
                     lookback=parse_duration(args.since), window=args.rate_window)  # fmt: skip
    print(orjson.dumps(summary).decode())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newswire",
        description="Turn live news wires into structured conflict events. "
        "Configuration comes from the environment (see README).",
    )
    parser.add_argument("--version", action="version", version=f"newswire {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("worker", help="run a stream worker (raw articles -> events)")
    p.set_defaults(func=_cmd_worker)

    p = sub.add_parser("topics", help="create the pipeline's topics if missing")
    p.set_defaults(func=_cmd_topics)

    p = sub.add_parser("ingest", help="send articles to the raw topic")
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="text files (first line = title), .jsonl files, or - for stdin",
    )
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser("tail", help="print a topic's records as JSON lines")
    p.add_argument(
        "topic", help="topic name, or raw|dlq|strikes|interceptions|casualties|statements"
    )
    p.add_argument("--from-beginning", action="store_true")
    p.add_argument("--max", type=int, default=None, help="stop after this many records")
    p.add_argument(
        "--idle-timeout",
        type=float,
        default=None,
        help="stop after this many seconds without a record",
    )
    p.add_argument(
        "--type", action="append", metavar="TYPE", help="only events of this type (repeatable)"
    )
    p.add_argument(
        "--where",
        action="append",
        metavar="COND",
        help="only records where COND holds, e.g. 'launched>=50' (repeatable)",
    )
    p.set_defaults(func=_cmd_tail)

    p = sub.add_parser("extract", help="extract events locally, without Kafka")
    p.add_argument("paths", nargs="*", metavar="FILE", help="text file(s), or - for stdin")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help="input is raw-article JSON lines (id, body, title, source, published_at)",
    )
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("eval", help="score the extractor against labelled gold data")
    p.add_argument("gold", help="gold JSON lines (see tests/data/README.md)")
    p.add_argument("--errors", action="store_true", help="list misses and spurious events")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=_cmd_eval)

    metrics_port = argparse.ArgumentParser(add_help=False)
    metrics_port.add_argument(
        "--metrics-port",
        type=int,
        default=None,
        help="serve Prometheus /metrics on this port (0: any free port)",
    )

    p = sub.add_parser("feed", help="poll RSS/Atom feeds into the raw topic")
    feed_sub = p.add_subparsers(dest="feed_kind", required=True, metavar="KIND")
    p = feed_sub.add_parser("rss", parents=[metrics_port], help="RSS 2.0 / Atom feeds")
    p.add_argument("urls", nargs="+", metavar="URL")
    p.add_argument("--once", action="store_true", help="poll every feed once and exit")
    p.add_argument(
        "--interval",
        type=float,
        default=None,
        help="seconds between polls (default NEWSWIRE_FEED_INTERVAL)",
    )
    p.add_argument(
        "--state", default=None, help="state file (default NEWSWIRE_DATA_DIR/feeds-state.json)"
    )
    p.set_defaults(func=_cmd_feed)

    p = sub.add_parser(
        "serve-ingest", parents=[metrics_port], help="HTTP endpoint: POST /articles -> raw topic"
    )
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8088)
    p.set_defaults(func=_cmd_serve_ingest)

    p = sub.add_parser(
        "alert", parents=[metrics_port], help="deliver events matching rules to webhooks/stdout"
    )
    p.add_argument("--rules", required=True, help="rules YAML (deploy/alerts.example.yaml)")
    p.add_argument("--group", default="newswire-alert", help="consumer group")
    p.add_argument(
        "--from-beginning",
        action="store_true",
        help="a new group starts at the oldest retained event, not the newest",
    )
    p.add_argument(
        "--retry-delay",
        type=float,
        default=1.0,
        help="first back-off in seconds; doubles per attempt",
    )
    p.add_argument(
        "--idle-timeout",
        type=float,
        default=None,
        help="stop after this many seconds without an event",
    )
    p.set_defaults(func=_cmd_alert)

    p = sub.add_parser("replay", help="re-extract retained raw articles into event topics")
    p.add_argument(
        "--from",
        dest="since",
        required=True,
        metavar="TIME",
        help="ISO-8601, e.g. 2026-11-20T00:00Z",
    )
    p.add_argument("--to", dest="until", default=None, metavar="TIME")
    p.set_defaults(func=_cmd_replay)

    p = sub.add_parser("stats", help="PNG chart of the last run's throughput and latency")
    p.add_argument("--prometheus", default="http://127.0.0.1:9090", metavar="URL")
    p.add_argument("--since", default="1h", help="how far back to look for the run (15m, 2h)")
    p.add_argument("--rate-window", default="1m", help="PromQL rate() window")
    p.add_argument("--out", default="newswire-stats.png", metavar="PNG")
    p.set_defaults(func=_cmd_stats)
    return parser  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
        return int(args.func(args, settings))
    except ConfigError as exc:
        print(f"newswire: configuration error: {exc}", file=sys.stderr)
        return 2
    except NewswireError as exc:
        print(f"newswire: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
