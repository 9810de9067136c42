from __future__ import annotations

from collections.abc import Iterator

import pytest
from feed_http import FeedServer


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    server = FeedServer().start()
    yield server
    server.stop()
