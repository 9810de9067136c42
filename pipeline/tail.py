"""``newswire tail TOPIC``: print a topic's records as JSON lines."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from typing import IO, Any

import orjson

from pipeline.alerting.conditions import parse_conditions
from pipeline.kafka_clients import consumer, poll
from pipeline.settings import Settings


def record_filter(
    types: Sequence[str] = (), where: Sequence[str] = ()
) -> Callable[[Any], bool] | None:
    """A ``keep`` predicate from ``--type`` and ``--where`` (the alert rules' conditions).

    Parsed before any connection, so a bad condition fails at once; None keeps everything.
    """
    if not types and not where:
        return None
    wanted = frozenset(types)
    conditions = parse_conditions(where)

    def keep(value: Any) -> bool:
        if not isinstance(value, dict):
            return False
        if wanted and value.get("type") not in wanted:
            return False
        return all(c(value) for c in conditions)

    return keep


def tail(
    settings: Settings,
    topic: str,
    *,
    from_beginning: bool = False,
    max_records: int | None = None,
    idle_timeout: float | None = None,
    keep: Callable[[Any], bool] | None = None,
    out: IO[str] = sys.stdout,
) -> int:
    """Print records until interrupted, ``max_records`` are printed, or idle for ``idle_timeout``.

    Values that are JSON are printed as they are; anything else is wrapped as
    ``{"raw": "..."}`` so the output is always JSON lines.
    """
    client = consumer(
        settings, topic,
        group_id=None,
        auto_offset_reset="earliest" if from_beginning else "latest",
        enable_auto_commit=False,
    )  # fmt: skip
    printed = 0
    last = time.monotonic()
    try:
        while max_records is None or printed < max_records:
            batch = poll(client, timeout_ms=500)
            if not batch:
                if idle_timeout is not None and time.monotonic() - last > idle_timeout:
                    break
                continue
            last = time.monotonic()
            for records in batch.values():
                for record in records:
                    try:
                        value = orjson.loads(record.value)
                    except orjson.JSONDecodeError:
                        value = {"raw": record.value.decode("utf-8", "replace")}
                    if keep is not None and not keep(value):
                        continue
                    out.write(orjson.dumps(value).decode() + "\n")
                    printed += 1
            out.flush()
    except KeyboardInterrupt:
        pass
    finally:
        client.close()
    return printed
