"""What the feeder remembers across restarts: per feed, the ids it sent and the validators.

A small JSON file under ``NEWSWIRE_DATA_DIR`` rather than a compacted topic:
one feeder process owns its feed list, the file is read once at start and
rewritten atomically (temp file + rename) after each acknowledged batch, and
it needs no broker round trip to decide what is new. The ids of the last
:data:`KEEP_IDS` items per feed are kept, far more than any feed lists at once.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from pipeline.errors import InputError

KEEP_IDS = 5000
VERSION = 1


@dataclass
class FeedMemory:
    """One feed's memory: the HTTP validators of its last good fetch and the ids sent."""

    etag: str | None = None
    modified: str | None = None
    seen: list[str] = field(default_factory=list)
    _seen_set: set[str] = field(default_factory=set, repr=False)

    def __post_init__(self) -> None:
        self._seen_set = set(self.seen)

    def is_new(self, article_id: str) -> bool:
        return article_id not in self._seen_set

    def remember(self, ids: list[str]) -> None:
        for article_id in ids:
            if article_id not in self._seen_set:
                self.seen.append(article_id)
                self._seen_set.add(article_id)
        if len(self.seen) > KEEP_IDS:
            dropped, self.seen = self.seen[:-KEEP_IDS], self.seen[-KEEP_IDS:]
            self._seen_set.difference_update(dropped)


class FeedState:
    """All feeds' memory, loaded from and saved to one JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.feeds: dict[str, FeedMemory] = {}
        self._load()

    def feed(self, url: str) -> FeedMemory:
        return self.feeds.setdefault(url, FeedMemory())

    def _load(self) -> None:
        try:
            data = orjson.loads(self.path.read_bytes())
        except FileNotFoundError:
            return
        except (OSError, orjson.JSONDecodeError) as exc:
            raise InputError(
                f"feed state {self.path} is unreadable ({exc}); move it away to start afresh "
                "(items still in the feeds would be sent again)"
            ) from None
        feeds = data.get("feeds") if isinstance(data, dict) else None
        if not isinstance(feeds, dict):
            raise InputError(f"feed state {self.path} is not a newswire feed state file")
        for url, mem in feeds.items():
            self.feeds[url] = FeedMemory(
                etag=mem.get("etag"), modified=mem.get("modified"),
                seen=[str(i) for i in mem.get("seen", [])],
            )  # fmt: skip

    def save(self) -> None:
        """Write the state atomically: a crash leaves the old file or the new one, never half."""
        data = {
            "version": VERSION,
            "feeds": {
                url: {"etag": m.etag, "modified": m.modified, "seen": m.seen}
                for url, m in self.feeds.items()
            },
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".feeds-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(orjson.dumps(data))
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise InputError(f"cannot write feed state {self.path}: {exc.strerror}") from None
