"""``newswire feed rss URL...``: poll RSS/Atom feeds and send each new item once.

Per poll and feed: a conditional GET (If-None-Match / If-Modified-Since), the
items parsed by feedparser and turned into raw articles, the unseen ones sent
and acknowledged, and only then remembered (ids and validators) in the state
file. A crash between the acknowledgement and the state write can re-send a
batch; article ids are stable, so events keep their ids downstream. A feed
that fails (HTTP error, timeout, garbage) is retried later with exponential
back-off while the other feeds go on.
"""

from __future__ import annotations

import hashlib
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import IO, Any
from urllib.parse import urlsplit

import feedparser

from pipeline import __version__
from pipeline.articles import content_id
from pipeline.errors import BrokerError, ConfigError, NewswireError
from pipeline.feeds.html_text import html_to_text
from pipeline.feeds.state import FeedState
from pipeline.process import now_iso

MAX_FEED_BYTES = 16 * 1024 * 1024
USER_AGENT = f"newswire/{__version__} (+feed poller)"


class FeedError(NewswireError):
    """One feed could not be fetched or parsed; the message is one line."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Fetched:
    """A feed document, or ``body=None`` when the server said 304 Not Modified."""

    body: bytes | None
    etag: str | None
    modified: str | None


def fetch(url: str, etag: str | None, modified: str | None, timeout: float) -> Fetched:
    """GET ``url`` conditionally; raise :class:`FeedError` for anything but 200/304."""
    headers = {"User-Agent": USER_AGENT, "Accept": "application/rss+xml, application/atom+xml, "
               "application/xml;q=0.9, */*;q=0.5"}  # fmt: skip
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            body = resp.read(MAX_FEED_BYTES + 1)
            if len(body) > MAX_FEED_BYTES:
                raise FeedError(f"larger than {MAX_FEED_BYTES} bytes")
            return Fetched(body, resp.headers.get("ETag"), resp.headers.get("Last-Modified"))
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(None, etag, modified)
        raise FeedError(f"HTTP {exc.code} {exc.reason}", _retry_after(exc.headers)) from None
    except urllib.error.URLError as exc:
        raise FeedError(f"cannot fetch: {exc.reason}") from None
    except (TimeoutError, OSError) as exc:
        raise FeedError(f"cannot fetch: {exc}") from None


def _retry_after(headers: Any) -> float | None:
    value = headers.get("Retry-After") if headers is not None else None
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return None


def parse_items(url: str, body: bytes, received_at: str) -> list[dict[str, Any]]:
    """Raw articles from a feed document, oldest first; :class:`FeedError` if it is no feed."""
    parsed = feedparser.parse(body)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise FeedError(f"not an RSS or Atom feed{f' ({reason})' if reason else ''}")
    source = html_to_text(parsed.feed.get("title") or "") or urlsplit(url).hostname
    articles = [entry_article(e, source, received_at) for e in parsed.entries]
    kept = [a for a in articles if a is not None]
    kept.sort(key=lambda a: a.get("published_at") or "")
    return kept


def entry_article(entry: Any, source: str | None, received_at: str) -> dict[str, Any] | None:
    """One feed item as a raw article; None for an item with neither text nor title."""
    contents = [c.get("value") or "" for c in entry.get("content") or []]
    markup = max(contents, key=len) if any(contents) else entry.get("summary") or ""
    title = html_to_text(entry.get("title") or "") or None
    body = html_to_text(markup) or title
    if not body:
        return None
    link = entry.get("link") or None
    item_id = entry.get("id") or link or content_id(body, title)
    if len(item_id) > 512:
        item_id = "sha:" + hashlib.blake2b(item_id.encode(), digest_size=16).hexdigest()
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    published = time.strftime("%Y-%m-%dT%H:%M:%SZ", when) if when else None
    return {
        "id": item_id, "title": title, "body": body, "source": source, "url": link,
        "published_at": published, "received_at": received_at,
    }  # fmt: skip


@dataclass
class _Schedule:
    failures: int = 0
    next_poll: float = 0.0
    last_error: str | None = None


@dataclass
class PollReport:
    """What one round of polling did."""

    sent: int = 0
    polled: int = 0
    failed: dict[str, str] = field(default_factory=dict)


class Feeder:
    """Polls a fixed list of feeds into a publish function, remembering what it sent."""

    def __init__(
        self,
        urls: Sequence[str],
        state: FeedState,
        publish: Callable[[list[dict[str, Any]]], int],
        *,
        interval: float,
        timeout: float = 20.0,
        max_backoff: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
        log: IO[str] = sys.stderr,
    ) -> None:
        for url in urls:
            if urlsplit(url).scheme not in ("http", "https"):
                raise ConfigError(f"feed URL must start with http:// or https://: {url!r}")
        self.urls = list(dict.fromkeys(urls))
        self.state = state
        self._publish = publish
        self.interval = interval
        self.timeout = timeout
        self.max_backoff = max(max_backoff, interval)
        self._clock = clock
        self._log = log
        self._schedule = {url: _Schedule() for url in self.urls}

    def say(self, message: str) -> None:
        stamp = datetime.now(UTC).strftime("%H:%M:%S")
        self._log.write(f"{stamp} {message}\n")
        self._log.flush()

    def poll(self, url: str) -> int:
        """Fetch one feed and send its new items; return how many were sent."""
        memory = self.state.feed(url)
        fetched = fetch(url, memory.etag, memory.modified, self.timeout)
        if fetched.body is None:
            return 0
        articles = parse_items(url, fetched.body, now_iso())
        fresh: dict[str, dict[str, Any]] = {}
        for article in articles:
            if memory.is_new(article["id"]):
                fresh.setdefault(article["id"], article)
        if fresh:
            self._publish(list(fresh.values()))  # raises BrokerError: nothing remembered
        memory.remember(list(fresh))
        memory.etag, memory.modified = fetched.etag, fetched.modified
        self.state.save()
        return len(fresh)

    def poll_due(self, *, force: bool = False) -> PollReport:
        """Poll every feed whose time has come (all with ``force``); never raises per feed."""
        report = PollReport()
        for url in self.urls:
            sched = self._schedule[url]
            if not force and self._clock() < sched.next_poll:
                continue
            report.polled += 1
            try:
                sent = self.poll(url)
            except (FeedError, BrokerError) as exc:
                sched.failures += 1
                retry = getattr(exc, "retry_after", None)
                delay = retry or min(self.interval * 2**sched.failures, self.max_backoff)
                sched.next_poll = self._clock() + delay
                sched.last_error = str(exc)
                report.failed[url] = str(exc)
                self.say(f"feed {url}: {exc}; failure {sched.failures}, next try in {delay:.0f} s")
                continue
            if sched.failures:
                self.say(f"feed {url}: recovered after {sched.failures} failures")
            sched.failures, sched.last_error = 0, None
            sched.next_poll = self._clock() + self.interval
            report.sent += sent
            self.say(f"feed {url}: {sent} new items sent" if sent else f"feed {url}: nothing new")
        return report

    def run(self, stop: threading.Event | None = None) -> None:
        """Poll on schedule until ``stop`` is set (or forever)."""
        stop = stop or threading.Event()
        while not stop.is_set():
            self.poll_due()
            wake = min(s.next_poll for s in self._schedule.values())
            stop.wait(max(0.5, wake - self._clock()))


def run_feeds(
    settings: Any,
    urls: Sequence[str],
    *,
    once: bool,
    state_path: str | None,
    interval: float | None,
) -> int:
    """The ``feed rss`` command: returns the number of items sent (with ``once``)."""
    from pathlib import Path

    from pipeline.feeds.publish import ArticlePublisher

    state = FeedState(Path(state_path or Path(settings.data_dir) / "feeds-state.json"))
    publisher = ArticlePublisher(settings, "feed")
    feeder = Feeder(urls, state, publisher.publish, interval=interval or settings.feed_interval)
    try:
        if once:
            report = feeder.poll_due(force=True)
            if report.failed:
                first = next(iter(report.failed.items()))
                raise FeedError(
                    f"{len(report.failed)} of {report.polled} feeds failed "
                    f"({report.sent} new items sent); first: {first[0]}: {first[1]}"
                )
            feeder.say(f"{report.sent} new items sent from {report.polled} feeds")
            return report.sent
        feeder.say(
            f"polling {len(feeder.urls)} feeds every {feeder.interval:.0f} s "
            f"into {settings.topics.raw}; state in {state.path}"
        )
        feeder.run()
        return 0
    finally:
        publisher.close()
