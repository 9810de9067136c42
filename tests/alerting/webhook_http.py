"""A local webhook receiver for tests: records each POST, fails on demand."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import orjson

from http_support import serve, shutdown


@dataclass
class Received:
    key: str | None
    rules: str | None
    event: dict[str, Any]
    status: int


@dataclass
class WebhookReceiver:
    """Answers ``fail_status`` to the first ``fail_first`` POSTs (all, with ``always_fail``)."""

    fail_first: int = 0
    fail_status: int = 503
    always_fail: bool = False
    requests: list[Received] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/hook"

    def delivered(self) -> list[Received]:
        return [r for r in self.requests if r.status == 200]

    def start(self) -> WebhookReceiver:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with owner._lock:
                    failing = owner.always_fail or owner.fail_first > 0
                    if owner.fail_first > 0:
                        owner.fail_first -= 1
                    status = owner.fail_status if failing else 200
                    owner.requests.append(Received(
                        self.headers.get("Idempotency-Key"), self.headers.get("X-Newswire-Rules"),
                        orjson.loads(body), status,
                    ))  # fmt: skip
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self._server = serve(Handler)
        return self

    def stop(self) -> None:
        shutdown(self._server)
