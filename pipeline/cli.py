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
    from pipeline.tail import tail

    topic = args.topic
    aliases = {
        "raw": settings.topics.raw, "dlq": settings.topics.dlq,
        "strikes": settings.topics.strikes, "interceptions": settings.topics.interceptions,
        "casualties": settings.topics.casualties, "statements": settings.topics.statements,
    }  # fmt: skip
    tail(
        settings,
        aliases.get(topic, topic),
        from_beginning=args.from_beginning,
        max_records=args.max,
        idle_timeout=args.idle_timeout,
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
