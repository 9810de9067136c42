"""The extractor's statements against ``dev_statements.jsonl``: attribution phrasing it was not
tuned on when the file was written (unlisted cue verbs, distant pronouns, quotes spanning
paragraphs, speakers after the quote, colon-introduced quotes, „…“ and «…» marks, titles
with names) plus hard negatives.

The structure test guards the labels (it must always pass); the score test is the bar.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate import Report, score
from pipeline.gold import load_gold
from tests.extract.gold_checks import file_problems, is_numeric

DEV_STATEMENTS = Path(__file__).resolve().parents[1] / "data" / "dev_statements.jsonl"
STATEMENT_F1 = 0.90


def test_dev_statements_structure() -> None:
    """Every line parses, has the gold keys and valid values, and quotes the text verbatim."""
    passages, problems = file_problems(DEV_STATEMENTS, "newswire-dev (original)", (1, 6))
    assert not problems, "\n".join(problems)
    assert len(passages) >= 60
    assert sum(not obj["statements"] for obj in passages) >= 10, "too few hard negatives"
    assert sum(len(obj["statements"]) for obj in passages) >= 60
    assert not any(is_numeric(obj) for obj in passages), "label numeric events in dev.jsonl"
    assert len(load_gold(DEV_STATEMENTS)) == len(passages)


@pytest.fixture(scope="module")
def report() -> Report:
    return score(load_gold(DEV_STATEMENTS))


def test_dev_statements_f1(report: Report) -> None:
    s = report.scores["statement"]
    assert s.f1 >= STATEMENT_F1, f"P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}"
