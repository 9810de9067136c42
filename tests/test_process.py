"""The worker's pure core: every raw record becomes events or one dead letter."""

from __future__ import annotations

import base64
import hashlib

import orjson
import pytest

from pipeline import schemas
from pipeline.extract.model import Evidence, Strike
from pipeline.process import DLQ_PAYLOAD_LIMIT, Origin, Processor
from pipeline.settings import Topics

TOPICS = Topics.with_prefix()
ORIGIN = Origin("news.articles.raw", 2, 41, b"key-1")


def _strike_everywhere(body: str) -> list[Strike]:
    """A fake extractor: one strike on the first word, so the wiring is checked alone."""
    word = body.split()[0] if body.split() else ""
    start = body.find(word)
    if not word:
        return []
    ev = Evidence(word, start, start + len(word))
    return [Strike(ev, 0.5, "Russia", "Ukraine", "rocket", 3, "exact", None, None)]


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b'{"id": "a", "body": "x"', "invalid_json"),
        (b"", "invalid_json"),
        (b"\xc3\x28\xa0\xa1", "not_utf8"),
        (b'{"id": "a"}', "schema_violation"),
        (b'{"id": 7, "body": "x"}', "schema_violation"),
        (b'{"id": "", "body": "x"}', "schema_violation"),
        (b'["id", "body"]', "schema_violation"),
        (b"[" * 3000 + b"]" * 3000, "invalid_json"),
        (b'{"id": "a", "body": "' + b"y" * 5000 + b'"}', "too_large"),
        (b"z" * 20_000_000, "too_large"),
    ],
)
def test_bad_records_become_one_dead_letter_with_the_reason(payload: bytes, reason: str) -> None:
    result = Processor(TOPICS, max_body_bytes=4096)(payload, ORIGIN)
    assert result.dead_letter_reason == reason
    (record,) = result.records
    assert record.topic == TOPICS.dlq and record.key == b"key-1"
    dead = orjson.loads(record.value)
    schemas.validator("dead_letter")(dead)
    assert dead["reason"] == reason
    assert (dead["topic"], dead["partition"], dead["offset"]) == ("news.articles.raw", 2, 41)
    kept = base64.b64decode(dead["payload_b64"])
    assert dead["payload_bytes"] == len(payload)
    assert dead["payload_sha256"] == hashlib.sha256(payload).hexdigest()
    if dead["payload_truncated"]:
        assert len(payload) > DLQ_PAYLOAD_LIMIT and kept == payload[:DLQ_PAYLOAD_LIMIT]
    else:
        assert kept == payload
    assert dead["error"]


def test_an_extractor_crash_is_dead_lettered_not_raised() -> None:
    def broken(body: str) -> list[Strike]:
        raise IndexError("boom")

    result = Processor(TOPICS, max_body_bytes=4096, extractor=broken)(
        b'{"id": "a", "body": "text"}', ORIGIN
    )
    assert result.dead_letter_reason == "extractor_error"
    assert "IndexError: boom" in orjson.loads(result.records[0].value)["error"]


def test_good_records_become_schema_valid_events_keyed_by_article() -> None:
    process = Processor(TOPICS, max_body_bytes=4096, extractor=_strike_everywhere,
                        clock=lambda: "2026-11-20T00:00:00.000Z")  # fmt: skip
    payload = (
        b'{"id": "art-9", "body": "Shelling again today.", "source": "wire",'
        b' "received_at": "2026-11-20T00:00:00Z"}'
    )
    result = process(payload, ORIGIN)
    assert result.dead_letter_reason is None
    assert result.article_id == "art-9" and result.received_at == "2026-11-20T00:00:00Z"
    (record,) = result.records
    assert record.topic == TOPICS.strikes and record.key == b"art-9"
    event = orjson.loads(record.value)
    schemas.validator("strike")(event)
    assert event["evidence"] == {"text": "Shelling", "start": 0, "end": 8}
    again = process(payload, ORIGIN).records[0]
    assert orjson.loads(again.value)["event_id"] == event["event_id"]


def test_an_article_without_events_yields_no_records() -> None:
    result = Processor(TOPICS, max_body_bytes=4096, extractor=lambda body: [])(
        b'{"id": "a", "body": ""}', ORIGIN
    )
    assert result.records == () and result.dead_letter_reason is None


def _one_strike(**fields: object) -> list[Strike]:
    """A fake extractor result: one strike with ``fields`` overriding good values."""
    values: dict[str, object] = {
        "evidence": Evidence("Shelling", 0, 8), "confidence": 0.5, "attacker": "Russia",
        "target": "Ukraine", "weapon": "rocket", "count": 3, "approx": "exact",
        "period": None, "reported_by": None,
    }  # fmt: skip
    values.update(fields)
    return [Strike(**values)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"confidence": 1.5}, "must be smaller than or equal to 1"),
        ({"evidence": Evidence("", 0, 0)}, "must be longer than or equal to 1 characters"),
        ({"weapon": "catapult"}, "must be one of"),
        ({"count": -2}, "must be bigger than or equal to 0"),
        # Schema-valid (JSON Schema integers have no limit) but not encodable as JSON here.
        ({"count": 2**70}, "Integer exceeds 64-bit range"),
    ],
)
def test_an_event_the_contract_refuses_dead_letters_the_article(
    fields: dict[str, object], error: str
) -> None:
    process = Processor(TOPICS, max_body_bytes=4096, extractor=lambda body: _one_strike(**fields))
    result = process(b'{"id": "art-1", "body": "Shelling again today."}', ORIGIN)
    assert result.dead_letter_reason == "event_schema_violation"
    (record,) = result.records
    dead = orjson.loads(record.value)
    schemas.validator("dead_letter")(dead)
    assert dead["article_id"] == "art-1" and dead["error"].startswith("strike event: ")
    assert error in dead["error"]


def test_event_ids_keep_their_scheme() -> None:
    """Ids are blake2b-128 of article, type, span and ordinal: consumers deduplicate on them."""
    process = Processor(TOPICS, max_body_bytes=4096, clock=lambda: "2026-11-20T00:00:00.000Z",
                        extractor=lambda body: _one_strike() * 2)  # fmt: skip
    result = process(b'{"id": "art-1", "body": "Shelling again today."}', ORIGIN)
    ids = [orjson.loads(r.value)["event_id"] for r in result.records]
    expected = [
        hashlib.blake2b(f"art-1\x1fstrike\x1f0\x1f8\x1f{n}".encode(), digest_size=16).hexdigest()
        for n in (0, 1)
    ]
    assert ids == expected


def test_real_articles_give_events_the_reference_validator_accepts() -> None:
    """The real extractor on the benchmark's articles: every record passes fastjsonschema."""
    from bench.corpus import article

    process = Processor(TOPICS, max_body_bytes=1_048_576)
    seen: set[str] = set()
    for i in range(30):
        raw = article(i, size=2000, seed=5)
        result = process(orjson.dumps(raw), ORIGIN)
        assert result.dead_letter_reason is None and result.records
        for record in result.records:
            event = orjson.loads(record.value)
            schemas.validator(event["type"])(event)
            assert (
                record.topic
                == TOPICS.for_event(event["type"])
                == TOPICS.for_event(record.event_type or "")
            )
            assert record.key == raw["id"].encode() and event["article_id"] == raw["id"]
            seen.add(event["type"])
    assert seen == {"strike", "interception", "casualty", "statement"}


@pytest.mark.parametrize(
    ("remember", "bodies", "extractions"),
    [
        (0, ["Russia fired", "Russia fired", "Russia fired"], 3),
        (8, ["Russia fired", "Russia fired", "Russia fired"], 1),
        (8, ["Russia fired", "Drones came", "Russia fired", "Drones came"], 2),
        (1, ["Russia fired", "Drones came", "Russia fired"], 3),  # the oldest is forgotten
    ],
)
def test_republished_bodies_are_extracted_once_and_keep_their_own_ids(
    remember: int, bodies: list[str], extractions: int
) -> None:
    calls: list[str] = []

    def counting(body: str) -> list[Strike]:
        calls.append(body)
        return _strike_everywhere(body)

    processor = Processor(TOPICS, max_body_bytes=4096, extractor=counting, remember=remember)
    ids = []
    for i, body in enumerate(bodies):
        payload = orjson.dumps({"id": f"outlet-{i}", "body": body})
        result = processor(payload, ORIGIN)
        assert result.dead_letter_reason is None
        events = [orjson.loads(r.value) for r in result.records]
        assert [e["article_id"] for e in events] == [f"outlet-{i}"]
        ids.extend(e["event_id"] for e in events)
    assert len(calls) == extractions
    assert len(set(ids)) == len(bodies), "every republished copy gets its own event ids"


def test_a_failing_body_is_dead_lettered_every_time_not_remembered() -> None:
    def broken(body: str) -> list[Strike]:
        raise ZeroDivisionError("an extractor bug")

    processor = Processor(TOPICS, max_body_bytes=4096, extractor=broken, remember=8)
    payload = orjson.dumps({"id": "a", "body": "Russia fired"})
    reasons = [processor(payload, ORIGIN).dead_letter_reason for _ in range(2)]
    assert reasons == ["extractor_error", "extractor_error"]
