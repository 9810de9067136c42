"""The numeric detectors against ``dev_numeric2.jsonl``: misses found on real wire articles.

The lead ran the extractor on real wire copy and found phrasings neither dev set
covers; this file holds original passages written for those categories (and
more phrasing studied in public reports), labelled before any fix. Its first
score (strike .962, interception .867, casualty .717; statement .874) was the
honest unseen-text figure.

Decisions it adds to the conventions:

- People rescued, saved, evacuated or pulled out alive are not casualties.
- A summary over several days ("in the final days of the year", "in the first
  week of January") gets no ``PT24H`` period; "over the past three days" is ``P3D``.
- A capitalised name after "at"/"on" is the clause's target even when it is not
  on the places list; a previous sentence's target is inherited only when the
  clause names none.
- A pronoun or "the enemy"/"the occupiers" subject still makes a strike; the
  attacker comes from the paragraph.
- "sent 31 drones, 24 of which were shot down" is one interception (31/24).
- "regions were attacked by 17 drones" names the target, not the attacker.
- A casualty's cause never includes the attribution ("X said Russian attacks
  killed ..." has cause "Russian attacks").
- "fell victim(s)" means killed; "victims" alone ("the victims, 14 in all")
  says neither killed nor injured and gives no record. Listed subgroups
  ("including 12 children and six women") take the kind of the figure they
  break down. A superseded figure ("its previous update had reported 49
  deaths", "up from an earlier toll of five", "rose from 14 to 17") is no
  event: only the current figure counts.
- A per-region breakdown after a stated total ("destroyed 44 drones ... Twenty
  over the Bryansk region, 15 over ...") is labelled as ``dev_numeric.jsonl``
  (dnum-002) and the held-out set already label it: each region is its own
  interception next to the total. Sums are never made, and nothing is dropped.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.gold import EventType
from tests.extract.gold_checks import NUMBERS, assert_f1, checked_passages, is_numeric

DEV_NUMERIC2 = Path(__file__).resolve().parents[1] / "data" / "dev_numeric2.jsonl"
F1_BAR = 0.90


def test_dev_numeric2_structure() -> None:
    """Every line parses, has the gold keys and valid values, and quotes the text verbatim."""
    passages = checked_passages(DEV_NUMERIC2, "newswire-dev (original)", (1, 6))
    assert len(passages) >= 40
    assert sum(not is_numeric(obj) for obj in passages) >= 6, "too few hard negatives"
    for kind in NUMBERS:
        assert sum(bool(obj[kind]) for obj in passages) >= 8, f"too few passages with {kind}"


@pytest.mark.parametrize("kind", ["strike", "interception", "casualty"])
def test_dev_numeric2_f1(kind: EventType) -> None:
    assert_f1(DEV_NUMERIC2, kind, F1_BAR)
