"""Findings to the JSON event contract of ``schemas/``, with provenance."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import Any

from pipeline.extract.model import Casualty, Finding, Interception, Statement, Strike

EVENT_TYPES: dict[type, str] = {
    Strike: "strike",
    Interception: "interception",
    Casualty: "casualty",
    Statement: "statement",
}


_PAYLOAD_FIELDS: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in dataclasses.fields(cls) if f.name not in ("evidence", "confidence"))
    for cls in EVENT_TYPES
}
"""Each finding type's own fields, computed once rather than per event."""

_PAYLOAD: dict[type, Callable[[Any], tuple[Any, ...]]] = {
    cls: attrgetter(*names) for cls, names in _PAYLOAD_FIELDS.items()
}
"""Reads a finding's own fields in one C call (every type has more than one)."""


def event_id(article_id: str, event_type: str, start: int, end: int, ordinal: int = 0) -> str:
    """Deterministic id: the same article, type and evidence span always give the same id.

    ``ordinal`` separates two events of one type read from the very same span
    (per-weapon figures in one sentence); it is 0 for the first.
    """
    key = f"{article_id}\x1f{event_type}\x1f{start}\x1f{end}\x1f{ordinal}".encode()
    return hashlib.blake2b(key, digest_size=16).hexdigest()


def to_events(
    findings: Iterable[Finding],
    *,
    article_id: str,
    source: str | None,
    published_at: str | None,
    extracted_at: str,
    extractor_version: str,
) -> list[dict[str, Any]]:
    """JSON-ready event dicts for one article's findings.

    The worker builds ~8 of these per article, so each is a copy of one
    per-article template (common fields already in place, in contract order)
    filled in place, rather than a dict built key by key.
    """
    template: dict[str, Any] = {
        "event_id": None,
        "type": None,
        "article_id": article_id,
        "source": source,
        "published_at": published_at,
        "extracted_at": extracted_at,
        "extractor_version": extractor_version,
        "confidence": None,
        "evidence": None,
    }
    seen: dict[tuple[str, int, int], int] = {}
    out: list[dict[str, Any]] = []
    for finding in findings:
        cls = type(finding)
        etype = EVENT_TYPES[cls]
        ev = finding.evidence
        start, end = ev.start, ev.end
        span_key = (etype, start, end)
        ordinal = seen.get(span_key, 0)
        seen[span_key] = ordinal + 1
        event = template.copy()
        event["event_id"] = event_id(article_id, etype, start, end, ordinal)
        event["type"] = etype
        event["confidence"] = round(finding.confidence, 3)
        event["evidence"] = {"text": ev.text, "start": start, "end": end}
        event.update(zip(_PAYLOAD_FIELDS[cls], _PAYLOAD[cls](finding), strict=True))
        out.append(event)
    return out
