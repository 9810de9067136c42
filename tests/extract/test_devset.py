"""The extractor against the hand-labelled dev set and the real sample article.

The structure test guards the labels themselves (it must always pass): a typo
in the gold would otherwise show up as a detector "miss" and send someone
hunting for a bug that is not there. The score tests are the quality bar; they
hold for every type (F1 >= 0.90); the dev set is the tuning set, so the
held-out set (``test_measured_sets.py``) is the honest measurement.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate import Report, score
from pipeline.gold import EVENT_TYPES, EventType, GoldPassage, load_sample_gold
from tests.extract.gold_checks import FIELDS, assert_f1, checked_passages, is_numeric

DEV = Path(__file__).resolve().parents[1] / "data" / "dev.jsonl"
SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
SAMPLE_GOLD = SAMPLES / "putin-xi-video-call.gold.json"

DEV_F1 = 0.90
SAMPLE_STATEMENT_RECALL = 0.90


def test_devset_structure() -> None:
    """Every line parses, has the gold keys and valid values, and quotes the text verbatim."""
    passages = checked_passages(DEV, "newswire-dev (original)", (1, 6))
    assert len(passages) >= 90
    assert sum(not is_numeric(obj) for obj in passages) >= 15, "too few hard negatives"
    for kind in FIELDS:
        assert sum(bool(obj[kind]) for obj in passages) >= 20, f"too few passages with {kind}"


@pytest.mark.parametrize("kind", EVENT_TYPES)
def test_devset_f1(kind: EventType) -> None:
    assert_f1(DEV, kind, DEV_F1)


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
