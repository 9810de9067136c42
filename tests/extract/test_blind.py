"""The extractor against the blind set (``tests/data/blind.jsonl``).

The blind passages were written for one honest final measurement: nobody tunes
the extractor on them, and nobody tuning it looks at their individual errors.
The structure test guards the labels (it must always pass); the score tests
report per-type F1 and are xfail (non-strict): measured, never tuned on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate import Report, score
from pipeline.gold import EVENT_TYPES, EventType, load_gold
from tests.extract.gold_checks import file_problems, is_numeric

BLIND = Path(__file__).resolve().parents[1] / "data" / "blind.jsonl"
SOURCE = "newswire-blind (original)"
BLIND_F1 = 0.80
MEASURED = "blind set: measured, never tuned on"


def test_blind_structure() -> None:
    """Every line parses, has the gold keys and valid values, and quotes the text verbatim."""
    passages, problems = file_problems(BLIND, SOURCE, (2, 8))
    assert not problems, "\n".join(problems)
    assert len(passages) >= 70
    assert sum(not is_numeric(obj) for obj in passages) >= 12, "too few hard negatives"
    assert len(load_gold(BLIND)) == len(passages)  # the evaluator reads it too


@pytest.fixture(scope="module")
def blind_report() -> Report:
    return score(load_gold(BLIND))


@pytest.mark.xfail(reason=MEASURED, strict=False)
@pytest.mark.parametrize("kind", EVENT_TYPES)
def test_blind_f1(blind_report: Report, kind: EventType) -> None:
    s = blind_report.scores[kind]
    assert s.f1 >= BLIND_F1, f"{kind}: P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}"
