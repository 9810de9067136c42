"""``POST /articles`` against the real broker: 202 only for stored articles."""

from __future__ import annotations

import asyncio
import dataclasses
import http.client
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import orjson
import pytest
from aiohttp import web

from pipeline.serve_ingest import make_app, make_publisher, parse_articles
from pipeline.settings import Settings

from kafka_support import REPO, free_port, read_records

pytestmark = pytest.mark.integration

TOKEN = "s3cret-token"
LIMIT = 2000


@contextmanager
def endpoint(settings: Settings) -> Iterator[tuple[str, int]]:
    """The app on 127.0.0.1:<free port>, served from a thread; yields (host, port)."""
    publisher = make_publisher(settings)
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(make_app(settings, publisher.publish))
    loop.run_until_complete(runner.setup())
    port = free_port()
    loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", port).start())
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield "127.0.0.1", port
    finally:
        asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
        publisher.close()


def post(where: tuple[str, int], body: Any, *, token: str | None = TOKEN,
         chunked: bool = False) -> tuple[int, dict[str, Any], dict[str, str]]:  # fmt: skip
    conn = http.client.HTTPConnection(*where, timeout=30)
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    data = body if isinstance(body, bytes) else orjson.dumps(body)
    if chunked:
        pieces = [data[i : i + 500] for i in range(0, len(data), 500)]
        conn.request("POST", "/articles", body=iter(pieces), headers=headers, encode_chunked=True)
    else:
        conn.request("POST", "/articles", body=data, headers=headers)
    resp = conn.getresponse()
    payload = resp.read()
    conn.close()
    return resp.status, orjson.loads(payload) if payload else {}, dict(resp.headers)


@pytest.fixture
def settings(pipeline_settings: Settings) -> Settings:
    """With the test's topics created, for tests that read what was stored."""
    return dataclasses.replace(pipeline_settings, ingest_token=TOKEN, ingest_max_bytes=LIMIT)


@pytest.fixture
def light(pipeline_env: dict[str, str]) -> Settings:
    """Without creating topics, for answers decided before anything is sent."""
    return dataclasses.replace(Settings.from_env(pipeline_env), ingest_token=TOKEN,
                               ingest_max_bytes=LIMIT)  # fmt: skip


def article(n: int) -> dict[str, Any]:
    return {"id": f"http-{n}", "body": f"Article number {n}.", "source": "test-wire"}


def test_good_bodies_are_stored_then_answered_202(settings: Settings) -> None:
    jsonl = b"\n".join(orjson.dumps(article(n)) for n in (3, 4)) + b"\n"
    with endpoint(settings) as where:
        assert post(where, article(1))[:2] == (202, {"accepted": 1, "ids": ["http-1"]})
        assert post(where, [article(2), {"body": "no id given"}])[1]["accepted"] == 2
        status, answer, _ = post(where, jsonl)
        assert (status, answer["ids"]) == (202, ["http-3", "http-4"])
    stored = read_records(settings, [settings.topics.raw], expect=5, timeout=30)
    ids = {r["id"] for r in stored}
    assert {"http-1", "http-2", "http-3", "http-4"} < ids and len(ids) == 5
    assert all(r["received_at"] for r in stored)


@pytest.mark.parametrize(
    ("body", "error"),
    [
        (b"", "empty body"),
        (b'{"id": "x", "body": ', "line 1: not valid JSON"),
        ({"id": "x", "body": 42}, "no string field 'body'"),
        ({"id": "x", "title": "no body"}, "no string field 'body'"),
        ({"id": "", "body": "empty id"}, "body: 'id' must be a non-empty string"),
        ({"id": "x" * 513, "body": "long id"}, "data.id must be shorter than or equal to 512"),
        ({"id": "x", "body": "b", "source": 7}, "data.source must be string or null"),
        ([{"id": "ok", "body": "fine"}, "not an object"], "expected a JSON object"),
        ([], "no articles"),
        (b'{"id": "a", "body": "x"}\n{broken\n', "line 2: not valid JSON"),
    ],
)
def test_bad_bodies_get_400_and_nothing_is_stored(
    settings: Settings, body: Any, error: str
) -> None:
    with endpoint(settings) as where:
        status, answer, _ = post(where, body)
    assert status == 400
    assert error in answer["error"] and answer["errors"]
    assert read_records(settings, [settings.topics.raw], idle=1.0, timeout=10) == []


def test_every_bad_record_is_listed(light: Settings) -> None:
    with endpoint(light) as where:
        status, answer, _ = post(where, [article(1), {"id": 5, "body": "x"}, {"body": None}])
    assert status == 400
    assert [e["at"] for e in answer["errors"]] == ["record 1", "record 2"]
    assert answer["error"] == "record 1: 'id' must be a non-empty string, or absent (and 1 more)"


@pytest.mark.parametrize("chunked", [False, True])
def test_oversized_bodies_get_413(settings: Settings, chunked: bool) -> None:
    big = [article(n) | {"body": "x" * 300} for n in range(10)]
    assert len(orjson.dumps(big)) > LIMIT
    with endpoint(settings) as where:
        status, answer, _ = post(where, big, chunked=chunked)
        assert (status, answer) == (413, {"error": f"body larger than {LIMIT} bytes"})
        assert post(where, article(1))[0] == 202  # the server is fine afterwards


@pytest.mark.parametrize("token", [None, "", "wrong", TOKEN + "x", TOKEN[:-1]])
def test_a_missing_or_wrong_token_gets_401(light: Settings, token: str | None) -> None:
    with endpoint(light) as where:
        status, answer, headers = post(where, article(1), token=token)
    assert (status, answer["error"]) == (401, "missing or wrong bearer token")
    assert headers["WWW-Authenticate"].startswith("Bearer")


def test_an_unreachable_broker_gets_503(light: Settings) -> None:
    dead = dataclasses.replace(light, bootstrap_servers=f"127.0.0.1:{free_port()}")
    with endpoint(dead) as where:
        status, answer, headers = post(where, article(1))
    assert status == 503 and headers["Retry-After"] == "5"
    assert "not stored, retry later: cannot reach Kafka" in answer["error"]


def test_parse_articles_keeps_order_and_fills_ids() -> None:
    articles = parse_articles(b'{"body": "a"}\n\n{"id": "z", "body": "b"}\n')
    assert [a["id"] for a in articles][1] == "z" and len(articles[0]["id"]) == 24


def test_the_command_serves_until_sigterm(pipeline_env: dict[str, str]) -> None:
    port, metrics_port = free_port(), free_port()
    env = {**os.environ, **pipeline_env, "NEWSWIRE_INGEST_TOKEN": TOKEN}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "serve-ingest", "--port", str(port),
         "--metrics-port", str(metrics_port)],
        env=env, cwd=REPO, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                    break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "did not start"
                time.sleep(0.1)
        assert post(("127.0.0.1", port), article(9))[:2] == (202, {"accepted": 1,
                                                                   "ids": ["http-9"]})  # fmt: skip
        url = f"http://127.0.0.1:{metrics_port}/metrics"
        with urllib.request.urlopen(url, timeout=5) as resp:
            scraped = resp.read().decode()
        assert 'newswire_feeder_records_sent_total{tool="serve-ingest"} 1.0' in scraped
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "bearer token required" in err and "Traceback" not in err
