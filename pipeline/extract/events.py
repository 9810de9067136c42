"""Findings to the JSON event contract of ``schemas/``, with provenance."""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter
from collections.abc import Iterable
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
    """JSON-ready event dicts for one article's findings."""
    seen: Counter[tuple[str, int, int]] = Counter()
    out: list[dict[str, Any]] = []
    for finding in findings:
        etype = EVENT_TYPES[type(finding)]
        ev = finding.evidence
        span_key = (etype, ev.start, ev.end)
        ordinal = seen[span_key]
        seen[span_key] += 1
        fields = {name: getattr(finding, name) for name in _PAYLOAD_FIELDS[type(finding)]}
        out.append(
            {
                "event_id": event_id(article_id, etype, ev.start, ev.end, ordinal),
                "type": etype,
                "article_id": article_id,
                "source": source,
                "published_at": published_at,
                "extracted_at": extracted_at,
                "extractor_version": extractor_version,
                "confidence": round(finding.confidence, 3),
                "evidence": {"text": ev.text, "start": ev.start, "end": ev.end},
                **fields,
            }
        )
    return out
