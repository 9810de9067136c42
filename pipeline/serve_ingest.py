"""``newswire serve-ingest``: ``POST /articles`` puts raw articles on the raw topic.

The answer is a promise: 202 only after the broker acknowledged (acks=all)
every article of the request, 503 when it did not (the client retries; ids are
stable, so a retry after a lost 202 duplicates nothing downstream). The body
size is checked before anything is parsed, the token in constant time.
"""

from __future__ import annotations

import asyncio
import hmac
import sys
from collections.abc import Callable, Sequence
from typing import Any

import orjson
from aiohttp import web

from pipeline import schemas
from pipeline.articles import from_record
from pipeline.errors import BrokerError, ConfigError, InputError
from pipeline.feeds.publish import ArticlePublisher
from pipeline.settings import Settings

Publish = Callable[[Sequence[dict[str, Any]]], int]
MAX_ERRORS = 20


class BadRequest(Exception):
    """The request body is not valid raw articles; ``errors`` says which and why."""

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        first = errors[0] if errors else {"error": "bad request"}
        where = f"{first['at']}: " if "at" in first else ""
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(f"{where}{first['error']}{more}")
        self.errors = errors


def parse_articles(body: bytes) -> list[dict[str, Any]]:
    """Raw articles from a JSON object, a JSON array of objects, or JSON lines.

    Every record is checked against the raw-article schema; ``id`` and
    ``received_at`` are filled in when missing. Raises :class:`BadRequest`
    listing every bad record (up to :data:`MAX_ERRORS`); nothing is accepted then.
    """
    if not body.strip():
        raise BadRequest([{"error": "empty body: send a JSON object, array or JSON lines"}])
    try:
        whole = orjson.loads(body)
        records: list[tuple[str, Any]] = (
            [(f"record {i}", r) for i, r in enumerate(whole)]
            if isinstance(whole, list)
            else [("body", whole)]
        )
    except orjson.JSONDecodeError:
        records = []
        for number, line in enumerate(body.splitlines(), 1):
            if not line.strip():
                continue
            try:
                records.append((f"line {number}", orjson.loads(line)))
            except orjson.JSONDecodeError as exc:
                raise BadRequest(
                    [{"at": f"line {number}", "error": f"not valid JSON ({exc})"}]
                ) from None
    validate = schemas.validator("raw_article")
    articles: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    for where, record in records:
        if isinstance(record, dict) and "id" in record:
            given = record["id"]
            if not isinstance(given, str) or not given:
                errors.append({"at": where, "error": "'id' must be a non-empty string, or absent"})
                continue
        try:
            article = from_record(record, where)
            validate(article)
        except InputError as exc:
            errors.append({"at": where, "error": str(exc).removeprefix(f"{where}: ")})
        except schemas.ValidationError as exc:
            errors.append({"at": where, "error": exc.message})
        else:
            articles.append(article)
    if errors:
        raise BadRequest(errors[:MAX_ERRORS])
    if not articles:
        raise BadRequest([{"error": "no articles in the body"}])
    return articles


def _json(status: int, payload: dict[str, Any], **headers: str) -> web.Response:
    return web.Response(
        status=status, body=orjson.dumps(payload), content_type="application/json",
        headers=headers,
    )  # fmt: skip


async def _read_limited(request: web.Request, limit: int) -> bytes | None:
    """The body, or None as soon as it exceeds ``limit`` bytes (never reads more than limit+1)."""
    chunks: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = await request.content.read(limit + 1 - size)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
    return None


def make_app(settings: Settings, publish: Publish) -> web.Application:
    """The aiohttp application; ``publish`` blocks until acked and raises BrokerError."""
    limit = settings.ingest_max_bytes
    token = settings.ingest_token

    async def post_articles(request: web.Request) -> web.StreamResponse:
        if token is not None:
            given = request.headers.get("Authorization", "")
            scheme, _, value = given.partition(" ")
            if scheme.lower() != "bearer" or not hmac.compare_digest(
                value.strip().encode(), token.encode()
            ):
                return _json(401, {"error": "missing or wrong bearer token"},
                             **{"WWW-Authenticate": 'Bearer realm="newswire"'})  # fmt: skip
        too_large = {"error": f"body larger than {limit} bytes"}
        if request.content_length is not None and request.content_length > limit:
            response = _json(413, too_large)
            response.force_close()
            return response
        body = await _read_limited(request, limit)
        if body is None:
            response = _json(413, too_large)
            response.force_close()
            return response
        try:
            articles = parse_articles(body)
        except BadRequest as exc:
            return _json(400, {"error": str(exc), "errors": exc.errors})
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(None, publish, articles)
        except BrokerError as exc:
            return _json(503, {"error": f"not stored, retry later: {exc}"}, **{"Retry-After": "5"})
        return _json(202, {"accepted": len(articles), "ids": [a["id"] for a in articles]})

    async def healthz(request: web.Request) -> web.StreamResponse:
        return _json(200, {"status": "ok"})

    app = web.Application(client_max_size=limit + 1)
    app.router.add_post("/articles", post_articles)
    app.router.add_get("/healthz", healthz)
    return app


def make_publisher(settings: Settings) -> ArticlePublisher:
    """The endpoint's publisher: short broker timeouts, so a dead broker means 503 soon."""
    return ArticlePublisher(
        settings, "serve-ingest", timeout=15.0,
        max_block_ms=5000, request_timeout_ms=5000, delivery_timeout_ms=12_000,
    )  # fmt: skip


def serve(settings: Settings, host: str, port: int) -> None:
    """Run the endpoint until SIGINT/SIGTERM."""
    publisher = make_publisher(settings)
    app = make_app(settings, publisher.publish)

    async def on_cleanup(_app: web.Application) -> None:
        await asyncio.get_running_loop().run_in_executor(None, publisher.close)

    app.on_cleanup.append(on_cleanup)
    auth = "bearer token required" if settings.ingest_token else "no token (NEWSWIRE_INGEST_TOKEN)"
    print(
        f"serve-ingest: POST http://{host}:{port}/articles -> {settings.topics.raw} "
        f"({auth}; max {settings.ingest_max_bytes} bytes)",
        file=sys.stderr, flush=True,
    )  # fmt: skip
    try:
        web.run_app(app, host=host, port=port, print=None, access_log=None)
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
