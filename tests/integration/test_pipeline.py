"""The walking skeleton end to end: ingest -> real Kafka -> worker -> event topics."""

from __future__ import annotations

import base64
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import schemas
from pipeline.kafka_clients import producer
from pipeline.settings import Settings

from kafka_support import REPO, SHARED_SAMPLES, read_records, running_worker, worker_env

pytestmark = pytest.mark.integration

SAMPLE = SHARED_SAMPLES / "putin-xi-video-call.txt"


def _ingest(env: dict[str, str], *paths: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "ingest", *paths],
        env=worker_env(env), capture_output=True, text=True, timeout=120, cwd=REPO,
    )  # fmt: skip


@pytest.mark.skipif(not SAMPLE.exists(), reason="../shared/samples is not present")
def test_sample_article_events_arrive_on_their_topics(
    pipeline_env: dict[str, str], pipeline_settings: Settings, tmp_path: Path
) -> None:
    topics = pipeline_settings.topics
    with running_worker(worker_env(pipeline_env), tmp_path):
        done = _ingest(pipeline_env, str(SAMPLE))
        assert done.returncode == 0, done.stderr
        events = read_records(
            pipeline_settings,
            [topics.strikes, topics.interceptions, topics.casualties, topics.statements],
            idle=4.0, timeout=60,
        )  # fmt: skip
    body = SAMPLE.read_text()
    body = body.partition("\n")[2].lstrip("\n")  # ingest: first line is the title
    by_type: dict[str, list[dict]] = {}
    for event in events:
        topic = event.pop("_topic")
        assert topic == topics.for_event(event["type"])
        schemas.validator(event["type"])(event)
        ev = event["evidence"]
        assert body[ev["start"] : ev["end"]] == ev["text"]
        by_type.setdefault(event["type"], []).append(event)
    strikes = sorted((e["weapon"], e["count"]) for e in by_type.get("strike", []))
    assert strikes == [("airstrike", 35), ("mlrs", 63), ("rocket", 85)]
    kyiv = [e for e in by_type.get("interception", []) if e["launched"] == 7]
    assert [(e["intercepted"], e["weapon"]) for e in kyiv] == [(5, "drone")]
    # Deterministic ids: every event has its own, and one article gives one key.
    assert len({e["event_id"] for e in events}) == len(events)
    assert len({e["article_id"] for e in events}) == 1


def test_malformed_records_are_dead_lettered_and_the_worker_goes_on(
    pipeline_env: dict[str, str], pipeline_settings: Settings, tmp_path: Path
) -> None:
    topics = pipeline_settings.topics
    bad = {
        b'{"id": "x1", "body": ': "invalid_json",
        b"\xff\xfe\x00garbage": "not_utf8",
        b'{"id": "x2", "body": 42}': "schema_violation",
        b'{"title": "no body"}': "schema_violation",
    }
    good = b'{"id": "ok-1", "body": "Nothing of note happened in the town today."}'
    with running_worker(worker_env(pipeline_env), tmp_path) as worker:
        client = producer(pipeline_settings)
        for payload in bad:
            client.send(topics.raw, key=b"k", value=payload)
        client.send(topics.raw, key=b"ok-1", value=good)
        client.flush()
        client.close()
        dead = read_records(pipeline_settings, [topics.dlq], expect=len(bad), timeout=60)
        assert worker.proc.poll() is None, "the worker must keep running"
        status, metrics_text = worker.get("/metrics")
    assert status == 200
    assert b'newswire_articles_consumed_total{topic="' in metrics_text
    seen = {base64.b64decode(d["payload_b64"]): d for d in dead}
    assert set(seen) == set(bad)
    for payload, reason in bad.items():
        record = seen[payload]
        schemas.validator("dead_letter")({k: v for k, v in record.items() if k != "_topic"})
        assert record["reason"] == reason
        assert record["topic"] == topics.raw
        assert record["offset"] >= 0 and record["error"]
