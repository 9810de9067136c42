"""The extractor against the blind set (``tests/data/blind.jsonl``).

The blind passages were written for one honest final measurement: nobody tunes
the extractor on them, and nobody tuning it looks at their individual errors.
The structure test guards the labels (it must always pass); the score tests
report per-type F1 and are xfail (non-strict): measured, never tuned on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.gold import EVENT_TYPES, EventType
from tests.extract.gold_checks import assert_f1, checked_passages, is_numeric

BLIND = Path(__file__).resolve().parents[1] / "data" / "blind.jsonl"
SOURCE = "newswire-blind (original)"
BLIND_F1 = 0.80
MEASURED = "blind set: measured, never tuned on"


def test_blind_structure() -> None:
    """Every line parses, has the gold keys and valid values, and quotes the text verbatim."""
    passages = checked_passages(BLIND, SOURCE, (2, 8))
    assert len(passages) >= 70
    assert sum(not is_numeric(obj) for obj in passages) >= 12, "too few hard negatives"


@pytest.mark.xfail(reason=MEASURED, strict=False)
@pytest.mark.parametrize("kind", EVENT_TYPES)
def test_blind_f1(kind: EventType) -> None:
    assert_f1(BLIND, kind, BLIND_F1)
