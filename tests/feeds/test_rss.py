"""The feeder against a local HTTP server, publishing into a list (no Kafka here)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from feed_http import FEEDS, FeedServer, Route

from pipeline import schemas
from pipeline.errors import BrokerError, ConfigError
from pipeline.feeds.rss import Feeder, FeedError, parse_items
from pipeline.feeds.state import FeedState

NOW = "2026-11-20T12:00:00.000Z"


class Sink:
    """A publish function that records what it was given, or fails on demand."""

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []
        self.fail = False

    def __call__(self, articles: list[dict[str, Any]]) -> int:
        if self.fail:
            raise BrokerError("cannot reach Kafka at 127.0.0.1:1")
        self.sent.extend(articles)
        return len(articles)

    def ids(self) -> list[str]:
        return [a["id"] for a in self.sent]


def make_feeder(urls: list[str], state: Path, sink: Sink, clock: list[float]) -> Feeder:
    return Feeder(urls, FeedState(state), sink, interval=60, timeout=5,
                  clock=lambda: clock[0], log=io.StringIO())  # fmt: skip


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("wire.rss.xml", [
            ("https://wire.example.org/world/2026/11/20/power-lines", "2026-11-20T06:30:00Z",
             "Repair crews were working to restore electricity to about 4,000 homes & two "
             "hospitals, the governor said."),
            ("example-wire-2026-11-20-0042", "2026-11-20T08:00:00Z",
             "Russia launched 60 drones at Ukraine overnight, the Ukrainian air force said on "
             "Friday.\n\nAir defence units shot down 48 of them over nine regions, the statement "
             "said. “The attack lasted more than six hours,” a spokesman added."),
        ]),
        ("agency.atom.xml", [
            ("tag:agency.example.net,2026-11-20:talks", "2026-11-20T07:10:00Z",
             "The foreign ministry said delegations would meet again on Tuesday."),
            ("tag:agency.example.net,2026-11-20:port-strike", "2026-11-20T09:50:00Z",
             "Four civilians were killed and 11 injured when a missile hit the port city early "
             "on Friday, the regional governor said.\n\n\"We will rebuild,\" the mayor said."),
        ]),
    ],
)  # fmt: skip
def test_items_become_schema_valid_raw_articles(
    name: str, expected: list[tuple[str, str, str]]
) -> None:
    articles = parse_items("http://127.0.0.1/f", (FEEDS / name).read_bytes(), NOW)
    assert [(a["id"], a["published_at"], a["body"]) for a in articles] == expected
    for article in articles:
        schemas.validator("raw_article")(article)
        assert article["received_at"] == NOW
        assert article["url"].startswith("https://")
        assert "<" not in article["body"] and "<" not in article["title"]


def test_source_is_the_feed_title() -> None:
    (article, *_) = parse_items("http://127.0.0.1/f", (FEEDS / "agency.atom.xml").read_bytes(), NOW)
    assert article["source"] == "Sample Agency: latest"
    assert article["title"] == "Talks to resume next week, ministry says"


@pytest.mark.parametrize("body", [b"", b"this is <b>not</b> a feed {", b"<html><p>x</p></html>"])
def test_garbage_is_not_a_feed(body: bytes) -> None:
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        parse_items("http://127.0.0.1/f", body, NOW)


def test_only_new_items_are_sent_across_restarts(feed_server: FeedServer, tmp_path: Path) -> None:
    url = feed_server.serve_file("/rss", "wire.rss.xml")
    sink, clock = Sink(), [0.0]
    assert make_feeder([url], tmp_path / "s.json", sink, clock).poll(url) == 2
    # A new process with the same state file: the feed now has one new item.
    feed_server.routes["/rss"] = Route((FEEDS / "wire.rss.update.xml").read_bytes())
    feeder = make_feeder([url], tmp_path / "s.json", sink, clock)
    assert feeder.poll(url) == 1
    assert feeder.poll(url) == 0
    assert sink.ids() == [
        "https://wire.example.org/world/2026/11/20/power-lines",
        "example-wire-2026-11-20-0042",
        "example-wire-2026-11-20-0057",
    ]


@pytest.mark.parametrize(
    ("validators", "sent_header"),
    [
        ({"etag": '"rss-v1"'}, "if_none_match"),
        ({"last_modified": "Fri, 20 Nov 2026 09:15:00 GMT"}, "if_modified_since"),
    ],
)
def test_conditional_get_is_honoured(
    feed_server: FeedServer, tmp_path: Path, validators: dict[str, str], sent_header: str
) -> None:
    url = feed_server.serve_file("/rss", "wire.rss.xml", **validators)
    sink, clock = Sink(), [0.0]
    feeder = make_feeder([url], tmp_path / "s.json", sink, clock)
    assert feeder.poll(url) == 2
    # Restarted: the validator comes from the state file, the server answers 304.
    feeder = make_feeder([url], tmp_path / "s.json", sink, clock)
    assert feeder.poll(url) == 0
    first, second = feed_server.hits
    assert getattr(first, sent_header) is None
    assert getattr(second, sent_header) == next(iter(validators.values()))
    assert [h.status for h in feed_server.hits] == [200, 304]


def test_a_broken_feed_does_not_stop_the_others(feed_server: FeedServer, tmp_path: Path) -> None:
    good_rss = feed_server.serve_file("/rss", "wire.rss.xml")
    good_atom = feed_server.serve_file("/atom", "agency.atom.xml",
                                       content_type="application/atom+xml")  # fmt: skip
    garbage = feed_server.serve_file("/garbage", "garbage.txt", content_type="text/html")
    feed_server.routes["/down"] = Route(b"", status=500)
    down = feed_server.url("/down")
    missing = feed_server.url("/missing")
    sink, clock = Sink(), [1000.0]
    feeder = make_feeder([down, good_rss, garbage, missing, good_atom], tmp_path / "s.json",
                         sink, clock)  # fmt: skip
    report = feeder.poll_due()
    assert report.sent == 4 and report.polled == 5
    assert set(report.failed) == {down, garbage, missing}
    assert "HTTP 500" in report.failed[down] and "HTTP 404" in report.failed[missing]
    assert "not an RSS or Atom feed" in report.failed[garbage]
    # Back-off: after one interval the good feeds are due again, the broken ones are not.
    clock[0] += 61
    assert feeder.poll_due().polled == 2
    clock[0] += 60  # 2 intervals after the first failure
    assert feeder.poll_due().polled == 5
    clock[0] += 61 * 2  # second failure doubled the wait to 4 intervals: not due yet
    assert feeder.poll_due().polled == 2
    assert feed_server.statuses("/down") == [500, 500]


def test_a_recovered_feed_is_polled_on_schedule_again(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    feed_server.routes["/rss"] = Route(b"", status=503)
    url = feed_server.url("/rss")
    sink, clock = Sink(), [0.0]
    feeder = make_feeder([url], tmp_path / "s.json", sink, clock)
    assert feeder.poll_due().failed
    feed_server.serve_file("/rss", "wire.rss.xml")
    clock[0] += 121
    assert feeder.poll_due().sent == 2
    clock[0] += 61
    assert feeder.poll_due().polled == 1


def test_nothing_is_remembered_when_the_broker_fails(
    feed_server: FeedServer, tmp_path: Path
) -> None:
    url = feed_server.serve_file("/rss", "wire.rss.xml", etag='"v1"')
    sink, clock = Sink(), [0.0]
    sink.fail = True
    feeder = make_feeder([url], tmp_path / "s.json", sink, clock)
    assert "cannot reach Kafka" in feeder.poll_due().failed[url]
    sink.fail = False
    clock[0] += 1000
    # No ETag was stored, so the server sends the items again and they go out now.
    assert feeder.poll_due().sent == 2
    assert feed_server.hits[1].if_none_match is None


def test_feed_urls_must_be_http(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="http:// or https://"):
        make_feeder(["file:///etc/passwd"], tmp_path / "s.json", Sink(), [0.0])
