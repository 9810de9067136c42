"""``newswire alert`` against the real broker and a local webhook receiver."""

from __future__ import annotations

import io
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import orjson
import pytest
from alerting.webhook_http import WebhookReceiver

from pipeline.alerting.rules import parse_rules_text
from pipeline.alerting.sinks import make_sinks
from pipeline.alerting.subscriber import Alerter, alerts_dlq_topic
from pipeline.kafka_clients import producer
from pipeline.process import Origin, Processor
from pipeline.settings import Settings
from pipeline.topics import ensure_topics

from kafka_support import REPO, read_records, worker_env

pytestmark = pytest.mark.integration

ARTICLES = {
    "big-raid": "Russia launched 60 drones overnight, the air force said. 48 were shot down.",
    "small-raid": "Russia launched 12 drones overnight, the air force said. 9 were shot down.",
    "shelling": "Russia fired 120 artillery shells at the border villages on Friday, "
    "the governor said.",
    "port": "Four civilians were killed and 11 injured when a missile hit the port city, "
    "the regional governor said.",
}
RULES = """
sinks:
  hook: {{type: webhook, url: "{url}", timeout: 2}}
rules:
  - name: big-raid
    type: interception
    where: launched >= 50
    sinks: [hook]
  - name: heavy-shelling
    type: strike
    weapon: [artillery, mlrs]
    where: count >= 100
    sinks: [hook]
"""


def publish_events(settings: Settings) -> list[dict[str, Any]]:
    """Extract the articles as the worker does and put the events on their topics."""
    process = Processor(settings.topics, max_body_bytes=settings.max_body_bytes)
    client = producer(settings)
    events = []
    for offset, (article_id, body) in enumerate(ARTICLES.items()):
        raw = orjson.dumps({"id": article_id, "body": body})
        for out in process(raw, Origin(settings.topics.raw, 0, offset, None)).records:
            client.send(out.topic, key=out.key, value=out.value)
            events.append(orjson.loads(out.value))
    client.flush()
    client.close()
    return events


def matching(events: list[dict[str, Any]]) -> set[str]:
    return {
        e["event_id"] for e in events
        if (e["type"] == "interception" and e["launched"] >= 50)
        or (e["type"] == "strike" and e["weapon"] == "artillery" and e["count"] >= 100)
    }  # fmt: skip


def run_alerter(settings: Settings, receiver: WebhookReceiver, group: str, attempts: int) -> Any:
    rules = parse_rules_text(RULES.format(url=receiver.url))
    alerter = Alerter(
        settings, rules, make_sinks(rules.sinks), group_id=group, start="earliest",
        attempts=attempts, base_delay=0.1, max_delay=0.4, log=io.StringIO(),
    )  # fmt: skip
    return alerter.run(idle_timeout=3)


@pytest.fixture
def receiver() -> Any:
    server = WebhookReceiver().start()
    yield server
    server.stop()


def test_a_flaky_receiver_gets_every_match_and_offsets_are_committed(
    pipeline_settings: Settings, receiver: WebhookReceiver
) -> None:
    events = publish_events(pipeline_settings)
    wanted = matching(events)
    assert len(wanted) == 2 and len(events) > len(wanted)
    receiver.fail_first = 5  # down for a while, then back
    group = f"alert-{uuid.uuid4().hex[:8]}"
    stats = run_alerter(pipeline_settings, receiver, group, attempts=6)
    assert {r.key for r in receiver.delivered()} == wanted
    assert len(receiver.delivered()) == 2
    # Retries repeat only the same keys; each request carries its own event.
    assert {r.key for r in receiver.requests} == wanted
    assert all(r.key == r.event["event_id"] for r in receiver.requests)
    assert {r.rules for r in receiver.delivered()} == {"big-raid", "heavy-shelling"}
    assert stats.dead_lettered == 0
    # The group committed: a restarted subscriber has nothing left to deliver.
    before = len(receiver.requests)
    again = run_alerter(pipeline_settings, receiver, group, attempts=6)
    assert again.events == 0 and len(receiver.requests) == before


def test_a_receiver_that_stays_down_sends_matches_to_the_alerts_dlq(
    pipeline_settings: Settings, receiver: WebhookReceiver
) -> None:
    ensure_topics(pipeline_settings, extra=(alerts_dlq_topic(pipeline_settings),))
    wanted = matching(publish_events(pipeline_settings))
    receiver.always_fail = True
    stats = run_alerter(pipeline_settings, receiver, f"alert-{uuid.uuid4().hex[:8]}", attempts=3)
    assert stats.delivered == 0 and stats.dead_lettered == 2
    assert len(receiver.requests) == 3 * 2
    dead = read_records(pipeline_settings, [alerts_dlq_topic(pipeline_settings)], expect=2)
    assert {d["event_id"] for d in dead} == wanted
    for d in dead:
        assert (d["reason"], d["sink"], d["attempts"]) == ("delivery_failed", "hook", 3)
        assert d["error"] == "HTTP 503 Service Unavailable"
        assert d["event"]["event_id"] == d["event_id"]


def _alert_cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "alert", *args],
        env=worker_env(env), capture_output=True, text=True, timeout=120, cwd=REPO,
    )  # fmt: skip


def test_the_command_prints_matches_and_refuses_bad_rules(
    pipeline_env: dict[str, str], pipeline_settings: Settings, tmp_path: Path
) -> None:
    events = publish_events(pipeline_settings)
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "sinks: {console: {type: stdout}}\n"
        "rules: [{name: raids, type: interception, where: 'launched >= 50', sinks: [console]}]\n"
    )
    group = f"alert-{uuid.uuid4().hex[:8]}"
    done = _alert_cli(pipeline_env, "--rules", str(rules), "--from-beginning",
                      "--group", group, "--idle-timeout", "3")  # fmt: skip
    assert done.returncode == 0, done.stderr
    printed = [orjson.loads(line) for line in done.stdout.splitlines()]
    raid = next(e for e in events if e["type"] == "interception" and e["launched"] == 60)
    assert printed == [{"rules": ["raids"], "event": raid}]
    assert "Traceback" not in done.stderr

    rules.write_text("sinks: {console: {type: stdout}}\nrules: [{name: r, sinks: [consol]}]\n")
    bad = _alert_cli(pipeline_env, "--rules", str(rules))
    assert bad.returncode == 2
    assert bad.stderr.strip().splitlines() == [
        f"newswire: configuration error: {rules}: rule 1 (r): sink 'consol' is not defined "
        "(sinks: console)"
    ]


def test_tail_filters_with_the_same_conditions(
    pipeline_env: dict[str, str], pipeline_settings: Settings
) -> None:
    events = publish_events(pipeline_settings)
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "tail", "interceptions", "--from-beginning",
         "--where", "launched>=50", "--idle-timeout", "2"],
        env=worker_env(pipeline_env), capture_output=True, text=True, timeout=60, cwd=REPO,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    printed = [orjson.loads(line)["event_id"] for line in done.stdout.splitlines()]
    assert printed == [e["event_id"] for e in events if e.get("launched", 0) >= 50]
