"""A local feed server for tests: serves files on 127.0.0.1 with ETag/Last-Modified, can fail."""

from __future__ import annotations

from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from http_support import serve, shutdown

FEEDS = Path(__file__).resolve().parents[1] / "data" / "feeds"


@dataclass
class Route:
    body: bytes
    content_type: str = "application/rss+xml; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    status: int = 200


@dataclass
class Hit:
    path: str
    if_none_match: str | None
    if_modified_since: str | None
    status: int


@dataclass
class FeedServer:
    """``routes`` may be changed while it runs; ``hits`` records every request."""

    routes: dict[str, Route] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    _server: ThreadingHTTPServer | None = None

    def url(self, path: str) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}{path}"

    def serve_file(self, path: str, name: str, **kw: object) -> str:
        self.routes[path] = Route((FEEDS / name).read_bytes(), **kw)  # type: ignore[arg-type]
        return self.url(path)

    def statuses(self, path: str) -> list[int]:
        return [h.status for h in self.hits if h.path == path]

    def start(self) -> FeedServer:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                route = owner.routes.get(self.path)
                inm = self.headers.get("If-None-Match")
                ims = self.headers.get("If-Modified-Since")
                if route is None:
                    status = 404
                elif route.status != 200:
                    status = route.status
                elif (
                    (inm == route.etag) if route.etag else bool(ims and ims == route.last_modified)
                ):
                    status = 304
                else:
                    status = 200
                owner.hits.append(Hit(self.path, inm, ims, status))
                self.send_response(status)
                if route is not None and status in (200, 304):
                    if route.etag:
                        self.send_header("ETag", route.etag)
                    if route.last_modified:
                        self.send_header("Last-Modified", route.last_modified)
                body = route.body if route is not None and status == 200 else b""
                if status == 200:
                    assert route is not None
                    self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self._server = serve(Handler)
        return self

    def stop(self) -> None:
        shutdown(self._server)
