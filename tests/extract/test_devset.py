"""The extractor against the hand-labelled dev set and the real sample article.

The structure test guards the labels themselves (it must always pass): a typo
in the gold would otherwise show up as a detector "miss" and send someone
hunting for a bug that is not there. The score tests are the quality bar; they
hold for every type except statements, which is marked xfail (non-strict)
with the measured gap until it reaches the bar.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.evaluate import (
    EVENT_TYPES,
    EventType,
    GoldPassage,
    Report,
    load_gold,
    load_sample_gold,
    score,
)

DEV = Path(__file__).resolve().parents[1] / "data" / "dev.jsonl"
SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
SAMPLE_GOLD = SAMPLES / "putin-xi-video-call.gold.json"

DEV_F1 = 0.90
SAMPLE_STATEMENT_RECALL = 0.90
STATEMENTS_BELOW_BAR = "dev-set statement F1 is below 0.90 (0.795 when marked); see issue notes"

FIELDS: dict[str, set[str]] = {
    "strikes": {"attacker", "target", "weapon", "count", "period", "reported_by"},
    "interceptions": {
        "weapon",
        "weapon_model",
        "launched",
        "intercepted",
        "all_intercepted",
        "location",
        "reported_by",
    },
    "casualties": {"group", "killed", "injured", "cause", "reported_by"},
    "statements": {"speaker", "mode", "quote"},
}
ENUMS: dict[tuple[str, str], set[str]] = {
    ("strikes", "weapon"): {
        "missile",
        "rocket",
        "drone",
        "airstrike",
        "mlrs",
        "artillery",
        "glide_bomb",
        "other",
    },
    ("interceptions", "weapon"): {"drone", "missile", "mixed"},
    ("statements", "mode"): {"direct", "partial", "indirect"},
}
NUMBERS: dict[str, tuple[str, ...]] = {
    "strikes": ("count",),
    "interceptions": ("launched", "intercepted"),
    "casualties": ("killed", "injured"),
}
OPEN_QUOTES = ('"', "“")
CLOSE_QUOTES = ('"', "”")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?=\s+[\"“A-Z]|\s*$)")


def _lines() -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(DEV.read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"dev.jsonl:{number}: blank line"
        obj = json.loads(line)
        assert isinstance(obj, dict), f"dev.jsonl:{number}: not an object"
        yield number, obj


def _problems(obj: dict[str, Any]) -> Iterator[str]:
    """Everything wrong with one labelled passage, in words."""
    keys = {"id", "text", "source", *FIELDS}
    if set(obj) != keys:
        yield f"keys {sorted(set(obj) ^ keys)} missing or unexpected"
        return
    text = obj["text"]
    if obj["source"] != "newswire-dev (original)":
        yield f"source {obj['source']!r}"
    sentences = len(_SENTENCE_END.findall(text))
    if not 1 <= sentences <= 6:
        yield f"{sentences} sentences (want 1-6)"
    for kind, fields in FIELDS.items():
        for i, event in enumerate(obj[kind]):
            where = f"{kind}[{i}]"
            missing = fields - set(event)
            extra = set(event) - fields - {"evidence"}
            if missing or extra:
                yield f"{where}: missing {sorted(missing)}, unexpected {sorted(extra)}"
                continue
            for (enum_kind, name), allowed in ENUMS.items():
                if enum_kind == kind and event[name] not in allowed:
                    yield f"{where}: {name} {event[name]!r} not in {sorted(allowed)}"
            for name in NUMBERS.get(kind, ()):
                value = event[name]
                ok = value is None or (type(value) is int and value >= 0)
                if not ok or (kind == "strikes" and value is None):
                    yield f"{where}: {name} {value!r} is not a count"
            if "evidence" in event and event["evidence"] not in text:
                yield f"{where}: evidence not in text: {event['evidence']!r}"
            yield from _event_problems(kind, event, text, where)


def _event_problems(kind: str, event: dict[str, Any], text: str, where: str) -> Iterator[str]:
    if kind == "interceptions":
        if type(event["all_intercepted"]) is not bool:
            yield f"{where}: all_intercepted must be true or false"
        numbers = (event["launched"], event["intercepted"])
        if None not in numbers and numbers[1] > numbers[0]:
            yield f"{where}: more intercepted than launched"
        if not event["all_intercepted"] and event["intercepted"] is None:
            yield f"{where}: neither a figure shot down nor 'all'"
    if kind == "casualties" and event["killed"] is None and event["injured"] is None:
        yield f"{where}: neither killed nor injured"
    if kind == "statements":
        quote = event["quote"]
        if not quote.strip() or not event["speaker"].strip():
            yield f"{where}: empty speaker or quote"
        elif quote not in text:
            yield f"{where}: quote not in text: {quote!r}"
        elif event["mode"] in ("direct", "partial") and not _inside_marks(quote, text):
            yield f"{where}: {event['mode']} quote is not the text between quotation marks"


def _inside_marks(quote: str, text: str) -> bool:
    start = text.find(quote)
    while start != -1:
        end = start + len(quote)
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if before in OPEN_QUOTES and after in CLOSE_QUOTES:
            return True
        start = text.find(quote, start + 1)
    return False


def _numeric(obj: dict[str, Any]) -> bool:
    return any(obj[kind] for kind in NUMBERS)


def test_devset_structure() -> None:
    """Every line parses, has the gold keys and valid values, and quotes the text verbatim."""
    problems: list[str] = []
    ids: set[str] = set()
    passages = list(_lines())
    for number, obj in passages:
        problems.extend(f"dev.jsonl:{number}: {p}" for p in _problems(obj))
        if obj.get("id") in ids:
            problems.append(f"dev.jsonl:{number}: duplicate id {obj['id']!r}")
        ids.add(obj.get("id", ""))
    assert not problems, "\n".join(problems)
    assert len(passages) >= 90
    assert sum(not _numeric(obj) for _, obj in passages) >= 15, "too few hard negatives"
    for kind in FIELDS:
        assert sum(bool(obj[kind]) for _, obj in passages) >= 20, f"too few passages with {kind}"
    assert len(load_gold(DEV)) == len(passages)  # the evaluator reads it too


@pytest.fixture(scope="module")
def dev_report() -> Report:
    return score(load_gold(DEV))


@pytest.mark.parametrize(
    "kind",
    [
        pytest.param(k, marks=pytest.mark.xfail(reason=STATEMENTS_BELOW_BAR, strict=False))
        if k == "statement"
        else k
        for k in EVENT_TYPES
    ],
)
def test_devset_f1(dev_report: Report, kind: EventType) -> None:
    s = dev_report.scores[kind]
    assert s.f1 >= DEV_F1, f"{kind}: P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}"


@pytest.fixture(scope="module")
def sample() -> GoldPassage:
    if not SAMPLE_GOLD.exists():
        pytest.skip(f"sample gold not found at {SAMPLE_GOLD}")
    return load_sample_gold(SAMPLE_GOLD)


@pytest.fixture(scope="module")
def sample_report(sample: GoldPassage) -> Report:
    return score([sample])


@pytest.mark.parametrize("kind", ["strike", "interception", "casualty"])
def test_sample_numeric_events_exact(sample_report: Report, kind: EventType) -> None:
    s = sample_report.scores[kind]
    assert (s.fp, s.fn) == (0, 0), f"{kind}: {s.tp} matched, {s.fp} spurious, {s.fn} missed"


def test_sample_statement_recall(sample_report: Report) -> None:
    s = sample_report.scores["statement"]
    assert s.recall >= SAMPLE_STATEMENT_RECALL, f"statement recall {s.recall:.3f}"


def test_sample_gold_loads(sample: GoldPassage) -> None:
    """The shared sample stays readable by the evaluator (its shape differs from JSON lines)."""
    assert sample.strikes and sample.interceptions and sample.casualties and sample.statements
