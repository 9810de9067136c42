"""The bare strike record the number rounds add, and its helpers."""

from __future__ import annotations

import pytest

from pipeline.extract._barestrike import bare_strike, merged, one_count
from pipeline.extract.document import parse
from pipeline.extract.model import Finding, Strike
from pipeline.extract.numbers import Quantity


def _count(text: str) -> Quantity:
    q = one_count(text)
    assert q is not None
    return q


@pytest.mark.parametrize(
    ("text", "value", "approx"),
    [
        ("two", 2, "exact"),
        ("some 40", 40, "about"),
        ("more than 12", 12, "at_least"),
        ("two of seven", None, None),  # an "X of Y" is no plain count
        ("nothing", None, None),
        ("two and three", None, None),  # several counts: none
    ],
)
def test_one_count(text: str, value: int | None, approx: str | None) -> None:
    q = one_count(text)
    assert (q.value if q else None, q.approx if q else None) == (value, approx)


def test_bare_strike_quotes_the_body() -> None:
    doc = parse("The army riposted with two air strikes on Tuesday.")
    start = doc.body.index("two")
    end = doc.body.index(" on Tuesday")
    s = bare_strike(doc, start, end, "airstrike", _count("two"))
    assert doc.body[s.evidence.start : s.evidence.end] == s.evidence.text == "two air strikes"
    assert (s.weapon, s.count, s.attacker, s.period, s.reported_by) == (
        "airstrike",
        2,
        None,
        None,
        None,
    )


def test_merged_keeps_evidence_order_and_identity() -> None:
    doc = parse("Russia fired 12 missiles. Later it fired three drones.")
    late = bare_strike(doc, 31, 42, "drone", _count("three"))
    early = bare_strike(doc, 13, 24, "missile", _count("12"))
    found: list[Finding] = [late]
    assert merged(found, []) is found
    out = merged(found, [early])
    assert [f.evidence.start for f in out if isinstance(f, Strike)] == [13, 31]
