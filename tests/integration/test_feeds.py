"""``newswire feed rss`` against a local feed server and the real broker."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from feeds.feed_http import FEEDS, FeedServer, Route

from pipeline import schemas
from pipeline.settings import Settings

from kafka_support import REPO, read_records, worker_env

pytestmark = pytest.mark.integration


@pytest.fixture
def server() -> Iterator[FeedServer]:
    s = FeedServer().start()
    yield s
    s.stop()


def feed_once(env: dict[str, str], state: Path, *urls: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "feed", "rss", "--once", "--state", str(state), *urls],
        env=worker_env(env), capture_output=True, text=True, timeout=120, cwd=REPO,
    )  # fmt: skip


def test_restarted_feeder_sends_each_item_once_and_survives_broken_feeds(
    pipeline_env: dict[str, str], pipeline_settings: Settings, server: FeedServer, tmp_path: Path
) -> None:
    rss = server.serve_file("/world/rss.xml", "wire.rss.xml", etag='"w1"')
    atom = server.serve_file("/latest.atom", "agency.atom.xml",
                             last_modified="Fri, 20 Nov 2026 10:05:00 GMT",
                             content_type="application/atom+xml")  # fmt: skip
    server.routes["/down.xml"] = Route(b"", status=500)
    down = server.url("/down.xml")
    state = tmp_path / "feeds-state.json"

    first = feed_once(pipeline_env, state, down, rss, atom)
    assert first.returncode == 1
    assert first.stderr.strip().splitlines()[-1] == (
        f"newswire: 1 of 3 feeds failed (4 new items sent); first: {down}: "
        "HTTP 500 Internal Server Error"
    )
    assert "Traceback" not in first.stderr

    # The feed changes (new ETag, one new item); the broken feed comes back with garbage.
    server.routes["/world/rss.xml"] = Route((FEEDS / "wire.rss.update.xml").read_bytes(),
                                            etag='"w2"')  # fmt: skip
    server.serve_file("/down.xml", "garbage.txt", content_type="text/html")
    second = feed_once(pipeline_env, state, rss, atom, down)
    assert second.returncode == 1 and "not an RSS or Atom feed" in second.stderr

    # Nothing changed: 304s, nothing sent, exit 0.
    third = feed_once(pipeline_env, state, rss, atom)
    assert third.returncode == 0, third.stderr
    assert "0 new items sent from 2 feeds" in third.stderr

    stored = read_records(pipeline_settings, [pipeline_settings.topics.raw], idle=2.0)
    ids = sorted(r["id"] for r in stored)
    assert ids == sorted([
        "example-wire-2026-11-20-0042", "example-wire-2026-11-20-0057",
        "https://wire.example.org/world/2026/11/20/power-lines",
        "tag:agency.example.net,2026-11-20:port-strike", "tag:agency.example.net,2026-11-20:talks",
    ])  # fmt: skip
    for record in stored:
        record.pop("_topic")
        schemas.validator("raw_article")(record)
    assert server.statuses("/world/rss.xml") == [200, 200, 304]
    assert server.statuses("/latest.atom") == [200, 304, 304]
