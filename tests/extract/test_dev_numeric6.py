"""The numeric detectors against ``dev_numeric6.jsonl``: styles from real copy not yet covered.

Original passages (2-8 sentences, a few over two paragraphs) written after reading real
wire pages in styles the earlier batches lacked: Israel-Hezbollah rocket and drone counts
("some 200 rockets and 20 explosive-laden drones", "85 rockets were detected crossing",
"Seven of the nine were intercepted"), Iranian barrages with U.S. interceptors, Ukrainian
General Staff daily summaries ("six missile strikes with 17 missiles", "shelled positions
547 times", "combat clashes"), Russian MoD weekly summaries, Sudan (RSF drones on Atbara
and Port Sudan, El Fasher shelling), India-Pakistan cross-border shelling (cattle killed,
per-district injured), Gaza and Lebanon health ministry daily tolls, translated German
copy ("In the course of the day, 35 Russian attacks were reported") and explainers full of
background figures; plus the lead's known gaps: an outcome told for a subset ("Of the two
UAVs deployed, one was intercepted" after "three drones"), "All ten targets" after ten
missiles, "the two others were “civilians”", "one drone each in A and in B", "almost
all", "in the last days of 2023" (batch 1: 31 passages, 6 hard negatives; 7 in the
file). Batch 2 (8 passages, num6-032 to
039, written after the first fixes from a second round of pages: Gaza daily reports,
Russian MoD per-region lists, Sudan, Lebanon, India-Pakistan): tolls counted "since the
army resumed its offensive" / "since the RSF captured the city" with both figures, "over
the territory of the Bryansk region", "four of them crashed in fields". Batch 3 (4
passages, num6-040 to 043, from a third round): "The overnight attack involved 40 drones
and three missiles", "downed all but two" / "intercepted all but three of them" (also
across a paragraph break), repelled assaults and a since-the-start-of-the-month total.
Batch 4 (3 passages, num6-044 to 046): "three missiles — two Iskanders and a Kh-59 — were
not intercepted", a season's total ("this winter"), "so far this year" next to a day's
toll.

Labelled before any fix. First score of batch 1 (the honest unseen-text figure): strike .571,
interception .774, casualty .968 (statement .876). One label was corrected after that
run, not to fit the extractor but to follow ``dnum-022``: "six missile strikes with 17
missiles" is two strikes (missile 6, missile 17), as "4 missile strikes using 11
missiles" is there (the score above is with the corrected label; with the first label
strike was .519). Batch 2 on the extractor after batch 1's fixes: strike 1.000,
interception .842, casualty .727 (statement .750). Batch 3 on the extractor after batch
2's fixes: interception .250, one spurious strike (no strikes labelled), statement .857.
Batch 4 on the extractor after batch 3's fixes: interception .400, one spurious strike (none
labelled), casualty 1.000, statement .889.

Decisions it adds to the conventions:

- An outcome told for part of a launch ("Russia attacked with three drones. Of the two
  UAVs deployed against the city, one was intercepted") joins that launch: launched 3,
  intercepted 1, and no strike.
- "All ten targets were shot down" right after "fired ten cruise missiles" is the missile
  interception (all of 10), not a second, mixed one.
- "N of the M were intercepted" consumes the launch of M: no strike next to it.
- "Three of the dead were soldiers" is a subgroup record; "the two others were X"
  identifies the rest and is no record.
- "destroyed one drone each in A and in B" is one interception per place.
- "almost all" / "nearly all" is not all: no interception without a figure.
- A part of a past year told in the pluperfect ("Zelensky said Russia had deployed almost
  300 missiles ... in the last days of 2023") and "The previous year it had fired ..." are
  background (a fresh summary, "Russia deployed almost 900 drones ... in the last days of
  2024", stays a strike, as test_strikes has it).
- "N rockets were detected crossing from Lebanon" is a launch; "N explosive drones
  launched from Lebanon ... were intercepted" and "were fired ... and intercepted" are all
  of N.
- "33 air strikes with 56 guided aerial bombs" is two strikes (airstrike 33, glide_bomb
  56), as "six missile strikes with 17 missiles" is (missile 6, missile 17; ``dnum-022``).
- "Since the start of the day, ... shelled positions N times" is today's report, not a
  running total: artillery N; "dropped N guided bombs on them" glide_bomb N.
- A clause ends at "a.m." before a capital ("between 6:20 and 7:00 a.m. Most of those
  rockets were intercepted"): the launch before it stays a strike.
- A toll counted since an earlier turn of the war ("since the army resumed its offensive
  on March 18, 4,100 people have been killed and 11,300 injured", "since the RSF captured
  the city last month") is background, both figures; the day's own toll next to it is not.
- "6 over the territory of the Bryansk region" is a per-region share; "four of them
  crashed in fields" / "two hit a warehouse" after a shoot-down figure are no
  interceptions.
- "The attack involved N drones" is a launch; "downed all but two" after "fired 11
  drones" is 11 launched, 9 intercepted (the two are the misses, no record of their own);
  the launch may stand in the previous paragraph.
- "N missiles — A and B — were not intercepted" is launched N, intercepted 0; the
  breakdown between dashes or brackets is no report of its own.
- A season's total ("more than 1,000 missiles and drones this winter") is background;
  "this month" stays an event (``dnum3-005``).
- "N Russian attacks were reported" (ground assaults, combat clashes), interceptors fired,
  cattle killed, "99 percent"/"the majority" intercepted: no events.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.gold import EventType
from tests.extract.gold_checks import NUMBERS, assert_f1, checked_passages, is_numeric

DEV_NUMERIC6 = Path(__file__).resolve().parents[1] / "data" / "dev_numeric6.jsonl"
F1_BAR = 0.98


def test_dev_numeric6_structure() -> None:
    """Every line parses, has the gold keys and valid values, and quotes the text verbatim."""
    passages = checked_passages(DEV_NUMERIC6, "newswire-dev (original)", (2, 8))
    assert len(passages) >= 25
    assert all(obj["id"].startswith("num6-") for obj in passages)
    assert sum(not is_numeric(obj) for obj in passages) >= 5, "too few hard negatives"
    for kind in NUMBERS:
        assert sum(bool(obj[kind]) for obj in passages) >= 5, f"too few passages with {kind}"


@pytest.mark.parametrize("kind", ["strike", "interception", "casualty"])
def test_dev_numeric6_f1(kind: EventType) -> None:
    assert_f1(DEV_NUMERIC6, kind, F1_BAR)
