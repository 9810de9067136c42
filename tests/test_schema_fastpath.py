"""The generated schema checks never accept what fastjsonschema (the reference) rejects.

``schemas.fast_validator`` lets a check generated from each schema answer
first and asks fastjsonschema only about what the check does not accept. That
is only as good as the check's soundness, so it is compared here with the
reference on many generated records: valid ones (the check must accept them,
or the fast path is never taken) and near-valid ones with fields replaced by
arbitrary JSON values, removed or added (whatever it accepts, the reference
must accept).
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import schemas
from pipeline.extract import EXTRACTOR_VERSION
from pipeline.extract.events import to_events
from pipeline.extract.model import Casualty, Evidence, Finding, Interception, Statement, Strike

EVENT_SCHEMAS = ("strike", "interception", "casualty", "statement")


def _reference_accepts(name: str, record: Any) -> bool:
    try:
        schemas.validator(name)(record)
    except schemas.ValidationError:
        return False
    return True


@pytest.mark.parametrize("name", schemas.NAMES)
def test_every_schema_gets_a_generated_check_that_accepts_its_examples(name: str) -> None:
    schema = schemas.load(name)
    check = schemas.compile_check(schema)  # raises NotImplementedError on unknown keywords
    assert schemas.fast_validator(name) is not schemas.validator(name)
    assert schema["examples"]
    for example in schema["examples"]:
        assert check(example) is True
        assert schemas.fast_validator(name)(example) == example


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "array"},
        {"type": "string", "format": "date-time", "uniqueItems": True},
        {"oneOf": [{"type": "string"}]},
        {"type": "object", "additionalProperties": {"type": "string"}},
        {"enum": [1, 2]},
    ],
)
def test_keywords_the_generator_does_not_know_are_refused(schema: dict[str, Any]) -> None:
    with pytest.raises(NotImplementedError):
        schemas.compile_check(schema)


_VALID = {name: schemas.load(name)["examples"][0] for name in schemas.NAMES}

BAD_STRIKE_FIELDS = [
    ("event_id", "5F0C6F3D2A1B4C8E9D7A6B5C4D3E2F10"),
    ("event_id", "abc"),
    ("type", "interception"),
    ("article_id", ""),
    ("extracted_at", "2026-02-30T08:00:01Z"),
    ("extracted_at", "yesterday"),
    ("confidence", 1.5),
    ("confidence", -0.1),
    ("confidence", "0.9"),
    ("evidence", {"text": "", "start": 0, "end": 1}),
    ("evidence", {"text": "x", "start": -1, "end": 1}),
    ("evidence", {"text": "x", "start": 0, "end": 0}),
    ("evidence", {"text": "x", "start": 0}),
    ("evidence", {"text": "x", "start": 0, "end": 1, "extra": 1}),
    ("weapon", "catapult"),
    ("count", -1),
    ("count", 2.5),
    ("count", True),
    ("approx", None),
    ("period", 24),
    ("reported_by", ["someone"]),
]


@pytest.mark.parametrize(("field", "value"), BAD_STRIKE_FIELDS)
def test_a_bad_field_is_refused_with_the_reference_message(field: str, value: Any) -> None:
    event = {**_VALID["strike"], field: value}
    assert schemas.compile_check(schemas.load("strike"))(event) is False
    with pytest.raises(schemas.ValidationError) as fast:
        schemas.fast_validator("strike")(event)
    with pytest.raises(schemas.ValidationError) as reference:
        schemas.validator("strike")(event)
    assert fast.value.message == reference.value.message


@pytest.mark.parametrize(
    ("record", "accepted"),
    [
        ({**_VALID["strike"], "surplus": 1}, False),
        ({k: v for k, v in _VALID["strike"].items() if k != "period"}, False),
        ({**_VALID["strike"], "count": 2**70}, True),  # JSON Schema has no integer limit
        ({"id": "a", "body": "", "anything": [1, {"x": None}]}, True),
        ({"id": "a" * 513, "body": "x"}, False),
        ({"id": "a", "body": "x", "title": 3}, False),
        (["id", "body"], False),
    ],
)
def test_fast_validator_verdicts_match_the_reference(record: Any, accepted: bool) -> None:
    name = "raw_article" if isinstance(record, list) or "body" in record else "strike"
    assert _reference_accepts(name, record) is accepted
    if accepted:
        assert schemas.fast_validator(name)(record) == record
    else:
        with pytest.raises(schemas.ValidationError):
            schemas.fast_validator(name)(record)


_EDGES: list[Any] = [
    None, True, False, 0, 1, -1, 0.0, -0.0, 1.0, 0.5, 1.5, -0.5, 2**63, float("nan"),
    float("inf"), "", "x", "a" * 32, "A" * 32, "a" * 32 + "\n", "0" * 64, "z" * 513,
    "2026-11-20T08:00:01Z", "2026-11-20T08:00:01.250+02:00", "2026-02-29T08:00:01Z",
    "2028-02-29T08:00:01Z", "2026-11-20 08:00:01", [], {}, {"text": "x", "start": 0, "end": 1},
]  # fmt: skip
_EDGES += sorted({v for s in schemas.NAMES for p in schemas.load(s)["properties"].values()
                  for v in p.get("enum", [])})  # fmt: skip
_JSON = st.recursive(
    st.sampled_from(_EDGES)
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)
_CHECKS = {name: schemas.compile_check(schemas.load(name)) for name in schemas.NAMES}


@st.composite
def _near_valid(draw: st.DrawFn, name: str) -> Any:
    """A schema example with some fields replaced, removed or added (nested too)."""
    record = copy.deepcopy(_VALID[name])
    for _ in range(draw(st.integers(1, 2))):
        target = record
        if "evidence" in record and draw(st.booleans()):
            target = record["evidence"] if isinstance(record["evidence"], dict) else record
        keys = sorted(target)
        action = draw(st.sampled_from(["replace"] * 6 + ["remove", "add"]))
        if action == "add":
            target[draw(st.text(max_size=6))] = draw(_JSON)
        elif keys:
            key = draw(st.sampled_from(keys))
            if action == "remove":
                del target[key]
            else:
                target[key] = draw(_JSON)
    return record


@pytest.mark.parametrize("name", schemas.NAMES)
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_whatever_the_check_accepts_the_reference_accepts(name: str, data: st.DataObject) -> None:
    record = data.draw(_near_valid(name))
    if _CHECKS[name](record):
        assert _reference_accepts(name, record), record


_TEXT = st.text(min_size=1, max_size=30)
_OPT = st.none() | _TEXT
_COUNT = st.integers(min_value=0, max_value=2**63 - 1)
_APPROX = st.sampled_from(["exact", "about", "at_least", "at_most"])


@st.composite
def _evidence(draw: st.DrawFn) -> Evidence:
    start = draw(st.integers(min_value=0, max_value=10**6))
    text = draw(_TEXT)
    return Evidence(text, start, start + len(text))


_CONFIDENCE = st.floats(min_value=0.0, max_value=1.0)
_FINDINGS: st.SearchStrategy[Finding] = st.one_of(
    st.builds(Strike, _evidence(), _CONFIDENCE, _OPT, _OPT,
              st.sampled_from(["missile", "rocket", "drone", "airstrike", "mlrs", "artillery",
                               "glide_bomb", "other"]), _COUNT, _APPROX, _OPT, _OPT),
    st.builds(Interception, _evidence(), _CONFIDENCE,
              st.sampled_from(["drone", "missile", "mixed"]), _OPT, st.none() | _COUNT,
              st.none() | _COUNT, st.booleans(), _APPROX, _OPT, _OPT),
    st.builds(Casualty, _evidence(), _CONFIDENCE, st.text(max_size=12), st.none() | _COUNT,
              st.none() | _COUNT, _APPROX, _OPT, _OPT, _OPT),
    st.builds(Statement, _evidence(), _CONFIDENCE, _TEXT,
              st.sampled_from(["direct", "partial", "indirect"]), _TEXT, _OPT),
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(findings=st.lists(_FINDINGS, max_size=8), source=_OPT, published_at=_OPT)
def test_built_events_are_accepted_by_check_and_reference_alike(
    findings: list[Finding], source: str | None, published_at: str | None
) -> None:
    events = to_events(
        findings,
        article_id="prop-article",
        source=source,
        published_at=published_at,
        extracted_at="2026-11-20T08:00:01.250Z",
        extractor_version=EXTRACTOR_VERSION,
    )
    for event in events:
        assert _CHECKS[event["type"]](event) is True
        schemas.validator(event["type"])(event)


@pytest.mark.parametrize(
    ("pattern", "python"),
    [
        ("^[0-9a-f]{32}$", "^[0-9a-f]{32}\\Z"),
        ("^a\\$b$", "^a\\$b\\Z"),  # an escaped dollar is a literal
        ("^[$0-9]+$", "^[$0-9]+\\Z"),  # a dollar inside a class is a literal
        ("^(x|y$)", "^(x|y\\Z)"),
        ("abc", "abc"),
    ],
)
def test_ecma_end_anchor(pattern: str, python: str) -> None:
    assert schemas.ecma_pattern(pattern) == python


@pytest.mark.parametrize("name", EVENT_SCHEMAS)
def test_an_id_with_a_final_newline_is_rejected_by_both(name: str) -> None:
    """Hypothesis found it: Python's "$" matched before the final newline of an event id."""
    record = dict(schemas.load(name)["examples"][0])
    record["event_id"] = "a" * 32 + "\n"
    assert not _reference_accepts(name, record)
    assert not _CHECKS[name](record)
