"""``_s29reads.Overlaps`` answers exactly as ``overlapping`` does, and never from a stale list."""

from __future__ import annotations

import random

from pipeline.extract._found import new_statement
from pipeline.extract._s29reads import Overlaps, overlapping
from pipeline.extract.document import parse
from pipeline.extract.model import Evidence, Statement

_BODY = (
    "The ministry said the strike hit a depot. “We will respond,” the minister said.\n\n"
    "Officials added that two people were hurt. Residents said the sirens sounded late.\n\n"
    "The governor said more drones were shot down."
)


def _statement(body: str, start: int, end: int) -> Statement:
    return Statement(Evidence(body[start:end], start, end), 0.9, "X", "indirect", "q", "said")


def test_buckets_match_overlapping() -> None:
    doc = parse(_BODY)
    rng = random.Random(7)
    size = len(_BODY)
    for _ in range(50):
        statements = []
        for _ in range(rng.randint(0, 8)):
            a = rng.randint(0, size)
            statements.append(_statement(_BODY, a, min(size, a + rng.randint(0, 120))))
        overlaps = Overlaps(doc.sentences)
        for i, s in enumerate(doc.sentences):
            assert overlaps.of(statements, i) == overlapping(statements, s.start, s.end)


def test_new_list_is_rebucketed() -> None:
    doc = parse(_BODY)
    overlaps = Overlaps(doc.sentences)
    last = doc.sentences[-1]
    assert overlaps.of([], len(doc.sentences) - 1) == []
    added = [new_statement(last.text, last.start, "Y", "indirect", "more drones", "said")]
    assert overlaps.of(added, len(doc.sentences) - 1) == added
    assert overlaps.of([], len(doc.sentences) - 1) == []
