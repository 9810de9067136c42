"""The extractor against the held-out set (``tests/data/heldout.jsonl``).

The held-out passages were written independently of the extractor and of the
dev set, and are never used for tuning: their score is a measurement. The
structure test guards the labels (it must always pass); the score tests report
per-type F1 and are xfail (non-strict), whatever the bar does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.evaluate import EVENT_TYPES, EventType, Report, load_gold, score
from tests.extract.test_devset import ENUMS, FIELDS, NUMBERS, _event_problems

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout.jsonl"
SOURCE = "newswire-heldout (original)"
HELDOUT_F1 = 0.80
MEASURED = "held-out set: measured, not tuned on"
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?=\s+[\"“A-Z]|\s*$)")


def _lines() -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(HELDOUT.read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"heldout.jsonl:{number}: blank line"
        obj = json.loads(line)
        assert isinstance(obj, dict), f"heldout.jsonl:{number}: not an object"
        yield number, obj


def _problems(obj: dict[str, Any]) -> Iterator[str]:
    """Everything wrong with one labelled passage, in words (dev-set rules, 2-8 sentences)."""
    keys = {"id", "text", "source", *FIELDS}
    if set(obj) != keys:
        yield f"keys {sorted(set(obj) ^ keys)} missing or unexpected"
        return
    text = obj["text"]
    if obj["source"] != SOURCE:
        yield f"source {obj['source']!r}"
    sentences = len(_SENTENCE_END.findall(text))
    if not 2 <= sentences <= 8:
        yield f"{sentences} sentences (want 2-8)"
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


def _numeric(obj: dict[str, Any]) -> bool:
    return any(obj[kind] for kind in NUMBERS)


def test_heldout_structure() -> None:
    """Every line parses, has the gold keys and valid values, and quotes the text verbatim."""
    problems: list[str] = []
    ids: set[str] = set()
    passages = list(_lines())
    for number, obj in passages:
        problems.extend(f"heldout.jsonl:{number}: {p}" for p in _problems(obj))
        if obj.get("id") in ids:
            problems.append(f"heldout.jsonl:{number}: duplicate id {obj['id']!r}")
        ids.add(obj.get("id", ""))
    assert not problems, "\n".join(problems)
    assert len(passages) >= 80
    assert sum(not _numeric(obj) for _, obj in passages) >= 15, "too few hard negatives"
    assert sum("\n\n" in obj["text"] for _, obj in passages) >= 20, "too few multi-paragraph"
    for kind in FIELDS:
        assert sum(bool(obj[kind]) for _, obj in passages) >= 15, f"too few passages with {kind}"
    assert len(load_gold(HELDOUT)) == len(passages)  # the evaluator reads it too


@pytest.fixture(scope="module")
def heldout_report() -> Report:
    return score(load_gold(HELDOUT))


@pytest.mark.xfail(reason=MEASURED, strict=False)
@pytest.mark.parametrize("kind", EVENT_TYPES)
def test_heldout_f1(heldout_report: Report, kind: EventType) -> None:
    s = heldout_report.scores[kind]
    assert s.f1 >= HELDOUT_F1, f"{kind}: P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}"
