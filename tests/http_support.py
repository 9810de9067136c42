"""A throwaway HTTP server on loopback for tests that need a peer (feeds, webhooks)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def serve(handler: type[BaseHTTPRequestHandler]) -> ThreadingHTTPServer:
    """Start ``handler`` on 127.0.0.1 at a free port, in a daemon thread."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    ).start()
    return server


def shutdown(server: ThreadingHTTPServer | None) -> None:
    """Stop a server started by :func:`serve` (None is allowed: nothing started)."""
    if server is not None:
        server.shutdown()
        server.server_close()
