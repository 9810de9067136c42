"""10,000+ generated bad records mixed into good ones, through a real worker.

Every bad record must come out on the dead-letter topic with the right
reason, every good one must yield its events, and the worker must stay up.
"""

from __future__ import annotations

import base64
import hashlib
import random
from collections import Counter
from pathlib import Path

import orjson
import pytest

from bench.corpus import articles
from pipeline.kafka_clients import producer
from pipeline.process import article_events
from pipeline.settings import Settings

from kafka_support import EventCollector, read_records, running_worker, worker_env

pytestmark = pytest.mark.integration

PER_KIND = 1_200  # x 9 kinds of small bad records = 10,800, plus the 5 MB bodies


def _bad_records(rng: random.Random) -> list[tuple[bytes, str]]:
    """(payload, expected reason) pairs of every kind the issue names."""
    good = orjson.dumps({"id": "g", "body": "Shelling resumed in the morning.", "title": "t"})
    out: list[tuple[bytes, str]] = []
    for i in range(PER_KIND):
        cut = rng.randint(1, len(good) - 1)
        out.append((good[:cut], "invalid_json"))  # truncated JSON
        wrong = rng.choice([
            {"id": i, "body": "text"}, {"id": f"w{i}", "body": ["a", "list"]},
            {"id": f"w{i}", "body": None}, {"id": f"w{i}", "body": "x", "title": 5},
            {"id": "", "body": "x"}, {"id": f"w{i}", "body": "x", "published_at": {"d": 1}},
        ])  # fmt: skip
        out.append((orjson.dumps(wrong), "schema_violation"))  # wrong types
        out.append((orjson.dumps({"id": f"m{i}", "title": "no body here"}), "schema_violation"))
        garbage = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 200))) + b"\xff\xfe"
        out.append((garbage, "not_utf8"))  # binary garbage
        out.append((b'{"id": "u%d", "body": "caf\xe9 \xc3\x28"}' % i, "not_utf8"))  # bad UTF-8
        depth = rng.randint(1100, 4000)
        out.append((b'{"id": "d", "body": ' + b"[" * depth + b"]" * depth + b"}", "invalid_json"))
        ctrl = chr(rng.randint(0, 31))
        out.append((f'{{"id": "c{i}", "body": "a{ctrl}b"}}'.encode(), "invalid_json"))
        huge = rng.choice([b"1e999", b"-1e400", b"9" * 400])  # beyond a double: rejected
        out.append((b'{"id": "h%d", "body": "x", "n": %s}' % (i, huge), "invalid_json"))
        big_id = b"9" * rng.randint(20, 300)  # a number where a string belongs
        out.append((b'{"id": %s, "body": "x"}' % big_id, "schema_violation"))
    for i in range(3):  # 5 MB bodies: above the default 1 MiB body limit
        out.append((orjson.dumps({"id": f"big{i}", "body": "word " * 1_000_000}), "too_large"))
    return out


def test_bad_records_are_dead_lettered_with_the_right_reason(
    pipeline_env: dict[str, str], pipeline_settings: Settings, tmp_path: Path
) -> None:
    rng = random.Random(2026)
    bad = _bad_records(rng)
    good = list(articles(1_500, size=500, seed=21))
    expected_events = {e["event_id"] for a in good for e in article_events(a)}
    mixed: list[tuple[bytes, bytes]] = [(f"bad-{i}".encode(), p) for i, (p, _) in enumerate(bad)]
    mixed += [(a["id"].encode(), orjson.dumps(a)) for a in good]
    rng.shuffle(mixed)
    with running_worker(worker_env(pipeline_env), tmp_path) as worker:
        client = producer(pipeline_settings)
        for key, value in mixed:
            client.send(pipeline_settings.topics.raw, key=key, value=value)
        client.flush()
        client.close()
        dead = read_records(pipeline_settings, [pipeline_settings.topics.dlq],
                            expect=len(bad), timeout=240)  # fmt: skip
        collector = EventCollector(pipeline_settings)
        collector.collect(expected_events, timeout=120)
        collector.close()
        alive = worker.proc.poll() is None
    by_sha = {d["payload_sha256"]: d for d in dead}
    wrong: list[str] = []
    tally: Counter[str] = Counter()
    for payload, reason in bad:
        record = by_sha.get(hashlib.sha256(payload).hexdigest())
        if record is None:
            wrong.append(f"missing dead letter for {payload[:40]!r} ({reason})")
            continue
        tally[record["reason"]] += 1
        if record["reason"] != reason:
            wrong.append(f"{payload[:40]!r}: {record['reason']} != {reason}")
        kept = base64.b64decode(record["payload_b64"])
        assert payload.startswith(kept) and record["payload_bytes"] == len(payload)
    lost_events = len(expected_events - collector.counts.keys())
    print(
        f"\nbad={len(bad)} dead_lettered={len(dead)} good={len(good)} "
        f"lost_good_events={lost_events} by_reason={dict(tally)} worker_alive={alive}"
    )
    assert alive, "no input may stop the worker"
    assert not wrong, wrong[:5]
    assert lost_events == 0
    assert len(dead) == len(bad), "only bad records are dead-lettered"
