"""The extractor against the second blind set (tests/data/blind2.jsonl): measured, never tuned.

12 full-length articles and 27 short passages, written without opening the extractor's code,
its tables or the other data sets' passages. The tuple passed to ``checked_passages`` is the
allowed number of sentences per passage: 2 for the shortest passage, up to 40 for the articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.gold import EVENT_TYPES, EventType
from tests.extract.gold_checks import assert_f1, checked_passages, is_numeric

BLIND2 = Path(__file__).resolve().parents[1] / "data" / "blind2.jsonl"
SOURCE = "newswire-blind2 (original)"
MEASURED = "second blind set: measured, never tuned on"


def test_blind2_structure() -> None:
    passages = checked_passages(BLIND2, SOURCE, (2, 40))
    assert len(passages) >= 35
    assert sum(not is_numeric(obj) for obj in passages) >= 10, "too few hard negatives"


@pytest.mark.xfail(reason=MEASURED, strict=False)
@pytest.mark.parametrize("kind", EVENT_TYPES)
def test_blind2_f1(kind: EventType) -> None:
    assert_f1(BLIND2, kind, 0.80)
