from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.feeds import state as state_mod
from pipeline.feeds.state import FeedState


def test_state_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "feeds.json"
    s = FeedState(path)
    mem = s.feed("http://127.0.0.1/a.xml")
    mem.remember(["a1", "a2", "a1"])
    mem.etag, mem.modified = '"v1"', "Fri, 20 Nov 2026 08:00:00 GMT"
    s.save()
    again = FeedState(path).feed("http://127.0.0.1/a.xml")
    assert again.seen == ["a1", "a2"]
    assert (again.etag, again.modified) == ('"v1"', "Fri, 20 Nov 2026 08:00:00 GMT")
    assert not again.is_new("a2") and again.is_new("a3")
    assert [p.name for p in path.parent.iterdir()] == ["feeds.json"]  # no temp files left


def test_seen_ids_are_bounded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(state_mod, "KEEP_IDS", 3)
    mem = FeedState(tmp_path / "s.json").feed("u")
    mem.remember(["1", "2", "3", "4", "5"])
    assert mem.seen == ["3", "4", "5"]
    assert mem.is_new("1") and not mem.is_new("5")


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b'{"feeds": 3}'])
def test_corrupt_state_is_a_one_line_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(content)
    with pytest.raises(InputError, match="feed state") as info:
        FeedState(path)
    assert "\n" not in str(info.value)
