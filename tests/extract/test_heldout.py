"""The extractor against the held-out set (``tests/data/heldout.jsonl``).

The held-out passages were written independently of the extractor and of the
dev set, and are never used for tuning: their score is a measurement. The
structure test guards the labels (it must always pass); the score tests report
per-type F1 and are xfail (non-strict), whatever the bar does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.gold import EVENT_TYPES, EventType
from tests.extract.gold_checks import FIELDS, assert_f1, checked_passages, is_numeric

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout.jsonl"
SOURCE = "newswire-heldout (original)"
HELDOUT_F1 = 0.80
MEASURED = "held-out set: measured, not tuned on"


def test_heldout_structure() -> None:
    """Every line parses, has the gold keys and valid values, and quotes the text verbatim."""
    passages = checked_passages(HELDOUT, SOURCE, (2, 8))
    assert len(passages) >= 80
    assert sum(not is_numeric(obj) for obj in passages) >= 15, "too few hard negatives"
    assert sum("\n\n" in obj["text"] for obj in passages) >= 20, "too few multi-paragraph"
    for kind in FIELDS:
        assert sum(bool(obj[kind]) for obj in passages) >= 15, f"too few passages with {kind}"


@pytest.mark.xfail(reason=MEASURED, strict=False)
@pytest.mark.parametrize("kind", EVENT_TYPES)
def test_heldout_f1(kind: EventType) -> None:
    assert_f1(HELDOUT, kind, HELDOUT_F1)
