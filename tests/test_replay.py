"""``newswire replay`` against the real broker: offsets by time, same ids, new version."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

import orjson
import pytest

from pipeline.errors import ConfigError
from pipeline.kafka_clients import producer
from pipeline.process import Origin, Processor
from pipeline.replay import parse_time, replay
from pipeline.settings import Settings

from kafka_support import REPO, read_records, worker_env

pytestmark = pytest.mark.integration

BODIES = [
    "Russia launched 60 drones overnight, the air force said. 48 were shot down.",
    "Russia fired 120 artillery shells at the border villages on Friday, the governor said.",
    "Four civilians were killed and 11 injured when a missile hit the port city, "
    "the regional governor said.",
]


def ms(text: str) -> int:
    return int(parse_time(text, "t").timestamp() * 1000)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2026-11-20T00:00Z", "2026-11-20T00:00:00+00:00"),
        ("2026-11-20", "2026-11-20T00:00:00+00:00"),
        ("2026-11-20T03:00:00+02:00", "2026-11-20T03:00:00+02:00"),
    ],
)
def test_parse_time(text: str, iso: str) -> None:
    assert parse_time(text, "--from").isoformat() == iso


def test_bad_times_are_one_line_errors() -> None:
    with pytest.raises(ConfigError, match="--from 'soon' is not an ISO-8601 time"):
        parse_time("soon", "--from")


def test_replay_re_extracts_the_window_with_the_same_event_ids(
    pipeline_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    topics = pipeline_settings.topics
    records = [  # (timestamp, key, value)
        ("2026-11-19T12:00Z", b"old", orjson.dumps({"id": "old", "body": BODIES[0]})),
        ("2026-11-20T06:00Z", b"a0", orjson.dumps({"id": "a0", "body": BODIES[0]})),
        ("2026-11-20T07:00Z", b"a1", orjson.dumps({"id": "a1", "body": BODIES[1]})),
        ("2026-11-20T08:00Z", b"bad", b'{"id": "bad", "body": '),
        ("2026-11-20T09:00Z", b"a2", orjson.dumps({"id": "a2", "body": BODIES[2]})),
        ("2026-11-21T06:00Z", b"late", orjson.dumps({"id": "late", "body": BODIES[1]})),
    ]
    client = producer(pipeline_settings)
    for when, key, value in records:
        client.send(topics.raw, key=key, value=value, timestamp_ms=ms(when))
    client.flush()
    client.close()
    # What the worker published with the current extractor, for the articles in the window.
    process = Processor(topics, max_body_bytes=pipeline_settings.max_body_bytes)
    before = {
        orjson.loads(out.value)["event_id"]
        for _, key, value in records[1:5]
        for out in process(value, Origin(topics.raw, 0, 0, key)).records
        if out.event_type is not None
    }
    assert len(before) >= 5

    monkeypatch.setattr("pipeline.process.EXTRACTOR_VERSION", "99.0-upgraded")
    stats = replay(pipeline_settings, parse_time("2026-11-20T00:00Z", "--from"),
                   parse_time("2026-11-21T00:00Z", "--to"))  # fmt: skip
    assert (stats.articles, stats.skipped, stats.dead_lettered) == (4, 1, 0)
    event_topics = [topics.strikes, topics.interceptions, topics.casualties, topics.statements]
    events = read_records(pipeline_settings, event_topics, expect=stats.events, timeout=30)
    assert {e["event_id"] for e in events} == before
    assert {e["article_id"] for e in events} == {"a0", "a1", "a2"}
    assert {e["extractor_version"] for e in events} == {"99.0-upgraded"}
    assert read_records(pipeline_settings, [topics.dlq], idle=1.0, timeout=10) == []


def test_the_command_reports_in_plain_words(
    pipeline_env: dict[str, str], pipeline_settings: Settings
) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pipeline", "replay", *args],
            env=worker_env(pipeline_env), capture_output=True, text=True, timeout=120, cwd=REPO,
        )  # fmt: skip

    client = producer(pipeline_settings)
    client.send(pipeline_settings.topics.raw, key=b"n",
                value=orjson.dumps({"id": "n", "body": BODIES[0]}))  # fmt: skip
    client.flush()
    client.close()
    done = run("--from", datetime.now(UTC).replace(year=2020).isoformat())
    assert done.returncode == 0, done.stderr
    assert (
        done.stderr.strip()
        .splitlines()[-1]
        .startswith("replay: 1 articles re-extracted, 2 events published, 0 dead letters")
    )
    nothing = run("--from", "2099-01-01T00:00Z")
    assert nothing.returncode == 0 and "has no records from 2099-01-01" in nothing.stderr
    bad = run("--from", "2026-11-20", "--to", "2026-11-19")
    assert (bad.returncode, bad.stderr.strip()) == (
        2, "newswire: configuration error: --to must be later than --from"
    )  # fmt: skip
