"""Reading raw articles from files, JSON lines and stdin (no Kafka here).

Shared by ``newswire ingest`` (which sends them) and ``newswire extract``
(which extracts them locally), so both read input the same way.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from pipeline.errors import InputError
from pipeline.process import now_iso


def content_id(body: str, title: str | None = None) -> str:
    """A stable article id from its content, for inputs that do not carry one."""
    digest = hashlib.blake2b(f"{title or ''}\x1f{body}".encode(), digest_size=12)
    return digest.hexdigest()


def from_text(text: str, source: str | None = None) -> dict[str, Any]:
    """A raw article from plain text: the first line is the title, the rest the body."""
    title, _, rest = text.partition("\n")
    body = rest.lstrip("\n") if rest.strip() else text
    title_value = title.strip() if rest.strip() else None
    return {
        "id": content_id(body, title_value),
        "title": title_value,
        "body": body,
        "source": source,
        "received_at": now_iso(),
    }


def from_record(record: Any, where: str) -> dict[str, Any]:
    """A raw article from a parsed JSON record, with id and received_at filled in."""
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(record).__name__}")
    body = record.get("body")
    if not isinstance(body, str):
        raise InputError(f"{where}: the record has no string field 'body'")
    article = dict(record)
    if not isinstance(article.get("id"), str) or not article["id"]:
        article["id"] = content_id(body, article.get("title"))
    article.setdefault("received_at", now_iso())
    return article


def read_jsonl(lines: Iterator[bytes], name: str) -> Iterator[dict[str, Any]]:
    """Raw articles from JSON lines; a bad line raises :class:`InputError` naming it."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise InputError(f"{name} line {number}: not valid JSON ({exc})") from None
        yield from_record(record, f"{name} line {number}")


def read_path(path: str, *, jsonl: bool | None = None) -> Iterator[dict[str, Any]]:
    """Raw articles from a file (text or .jsonl) or ``-`` for stdin."""
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        p = Path(path)
        try:
            data = p.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{path}: no such file") from None
        except IsADirectoryError:
            raise InputError(f"{path}: is a directory") from None
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
        name = path
    as_jsonl = jsonl if jsonl is not None else name.endswith((".jsonl", ".ndjson"))
    if as_jsonl:
        yield from read_jsonl(iter(data.splitlines()), name)
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text (byte {exc.start})") from None
    yield from_text(text, source=None if path == "-" else Path(path).name)
