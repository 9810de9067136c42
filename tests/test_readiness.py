"""Waiting for a readiness endpoint: ready, exited or timed out."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler

import pytest

from pipeline.readiness import wait_http_ready

from http_support import serve, shutdown


class _Answer(BaseHTTPRequestHandler):
    status = 200

    def do_GET(self) -> None:
        self.send_response(self.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


class _NotReady(_Answer):
    status = 503


@pytest.mark.parametrize(
    ("handler", "alive", "expected"),
    [
        (_Answer, True, "ready"),
        (_NotReady, True, "timeout"),
        (_NotReady, False, "exited"),
    ],
)
def test_outcomes(handler: type[_Answer], alive: bool, expected: str) -> None:
    server = serve(handler)
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/readyz"
        assert wait_http_ready(url, alive=lambda: alive, timeout=0.6, interval=0.05) == expected
    finally:
        shutdown(server)


def test_nothing_listening_times_out() -> None:
    assert wait_http_ready("http://127.0.0.1:1/readyz", timeout=0.3, interval=0.05) == "timeout"
