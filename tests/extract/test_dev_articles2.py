"""The extractor against ``dev_articles2.jsonl``: 14 more full-length articles, more styles.

Written blind by a second annotator (Reuters- and AP-like datelines, glued datelines, German
„…“ and French « » copy in translation, a time-stamped live blog, a TASS-like bulletin, a UN
release). First measurement: strike .941, interception .967, casualty .825, statement .782
(P .844, R .729). Its statement errors then guided fixes: "Gov." and "Chief Executive" titles,
live-blog time stamps before a subject, "telling reporters that", "according to information
from", "CLAUSE, as X announced", inverted "specified the ministry", asides before the verb
(", for its part,", ", speaking on condition of anonymity,"), "his office" speaking for its
holder, names inside possessives and descriptions ("Yemen's Houthis", "the Magen David Adom
rescue service"), another country's ministry never taken for the one named before, bodies
placed by "In Ternopil, ..." and local bodies by their town, a trailing attribution enclosing
an earlier cue, the clause before "X said: <list>", a quote paragraph after "X then told
partners:", "according to a World Bank estimate", clauses cut before "and called on", and
UN missions placed by their country.

The structure test guards the labels (it must always pass); the score tests are the bars.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.gold import EventType
from tests.extract.gold_checks import assert_f1, checked_passages

PATH = Path(__file__).resolve().parents[1] / "data" / "dev_articles2.jsonl"
BARS = [
    # event type, minimum F1
    pytest.param("statement", 0.97, id="statement"),
    pytest.param("strike", 0.90, id="strike"),
    pytest.param("interception", 0.90, id="interception"),
    pytest.param("casualty", 0.90, id="casualty"),
]


def test_dev_articles2_structure() -> None:
    """Every line parses, has the gold keys and valid values, and quotes the text verbatim."""
    passages = checked_passages(PATH, "newswire-dev (original)", (1, 200))
    assert len(passages) == 14
    assert sum(len(obj["statements"]) for obj in passages) >= 200
    assert all(obj["text"].count("\n\n") >= 12 for obj in passages), "full articles only"


@pytest.mark.parametrize(("kind", "minimum"), BARS)
def test_dev_articles2_f1(kind: EventType, minimum: float) -> None:
    assert_f1(PATH, kind, minimum)
