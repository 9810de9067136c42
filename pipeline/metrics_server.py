"""/metrics, /healthz and /readyz for the processes that are not faust workers.

Feeders and subscribers are plain kafka-python programs with no web server of
their own; this one runs in a daemon thread so Prometheus can scrape them
like the workers. Port 0 picks a free port, which is logged and returned.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import orjson
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, generate_latest

from pipeline import metrics

log = logging.getLogger("newswire.metrics_server")

ReadyCheck = Callable[[], tuple[bool, str]]
"""Says whether the process is ready (e.g. connected to the broker) and why."""


class MetricsServer:
    """A running metrics server: where it listens and how to stop it."""

    def __init__(self, server: ThreadingHTTPServer, thread: threading.Thread) -> None:
        self._server = server
        self._thread = thread

    @property
    def host(self) -> str:
        return str(self._server.server_address[0])

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def close(self) -> None:
        """Stop serving and release the port."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


class _Server(ThreadingHTTPServer):
    daemon_threads = True


class _Server6(_Server):
    address_family = socket.AF_INET6


def _always_ready() -> tuple[bool, str]:
    return True, "running"


def serve_metrics(
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    ready: ReadyCheck = _always_ready,
    tool: str | None = None,
    registry: CollectorRegistry = REGISTRY,
) -> MetricsServer:
    """Serve /metrics, /healthz and /readyz on ``host:port`` in a daemon thread.

    ``ready`` answers /readyz (200 when true, 503 otherwise); pass a check of
    the broker connection. With ``tool`` (``"rss"``, ``"webhook"``...), that
    tool's feeder series exist from the start, at 0.
    """
    if tool is not None:
        metrics.init_tool_series(tool)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/metrics":
                self._send(200, generate_latest(registry), CONTENT_TYPE_LATEST)
            elif path == "/healthz":
                self._send(200, orjson.dumps({"status": "alive"}), "application/json")
            elif path == "/readyz":
                try:
                    ok, why = ready()
                except Exception as exc:  # a failing check means not ready, not a 500
                    ok, why = False, f"readiness check failed: {exc}"
                body = orjson.dumps({"ready": ok, "reason": why})
                self._send(200 if ok else 503, body, "application/json")
            else:
                self._send(404, b"not found\n", "text/plain")

        def _send(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # one line per scrape would drown the tool's own output

    server = (_Server6 if ":" in host else _Server)((host, port), Handler)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.1}, name="metrics-http", daemon=True
    )
    thread.start()
    running = MetricsServer(server, thread)
    log.info("newswire http: metrics at %s/metrics", running.url)
    return running
