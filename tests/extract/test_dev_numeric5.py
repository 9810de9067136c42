"""The numeric detectors against ``dev_numeric5.jsonl``: phrasings found failing on real copy.

Original passages (2-8 sentences, some in the Ukrainska Pravda "Source:/Details:/Quote:"
layout) written after running the extractor over ~40 excerpts of real wire copy (Russian
Defence Ministry per-region claims, Ukrainian Air Force and regional governors, Ukrainska
Pravda "Background:"/"Recall:" paragraphs, CENTCOM and Houthi statements, Israel-Iran
barrages, Lebanon and Gaza tolls, Zaporizhzhia daily shelling counts, General Staff
summaries, Sudan) and the failures in ``dev_articles5`` and on the lead's real texts,
sorted into categories: launch and outcome in separate paragraphs ("fired 14 missiles" /
"Nine of them were shot down"; "attacked by 23 drones" / "23 drones were intercepted"),
"Background:" and "Recall:" recaps, debris and fragments "of one (downed) drone", per-region
shares with adjectives or after a relative clause ("four more over the central
Dnipropetrovsk region", "five others over the Republic of Crimea", "..., which borders
Ukraine, and two over the Tula region"), "including 9 air strikes" after a total of
attacks, "wounded in the two attacks" (attacks already told), the second figure of a
running total ("since the war began ... killed 224 ... and wounded more than 1,200"),
"in a critical condition" (injured, not killed), a toll over several attacks after one
attack's toll, a report dated "Last week, ... said ... had". Batch 2 (8 passages, after
the first fixes, from a second round of excerpts): "N of Russia's M drones", "shellings",
"rocket artillery" (MLRS), "subjected ... to N shellings, including M from MLRS",
"Ukraine-launched" followed by a per-region share, more recaps and debris. Batch 3 (2
passages, from a third round): a model standing for the noun ("launched 11
Shahed-136/131"), "destroyed all targets" after a launch of drones.

Labelled before any fix. First scores (the honest unseen-text figure): batch 1 (22
passages) strike .429, interception .615, casualty .667 (statement .761); batches 2 and 3
(8 and 2 passages, written after earlier fixes, measured on the unfixed extractor) strike
.000 / -, interception .667 / .000, casualty .000 / -; the whole file (32 passages) on the
unfixed extractor: strike .316, interception .558, casualty .625.

Decisions it adds to the conventions:

- A shoot-down figure may answer the launch of the previous paragraph: "N of them" (any
  share) or the very same figure of the same weapon, within four sentences, unless the
  two name different sides ("Russia launched 20" vs "20 Ukrainian drones").
- Paragraphs from a "Background:" or "Recall:" label to the next section label are
  background; so is a report told as "Last week, X said ... had ...".
- "Debris from one of them", "fragments of two downed missiles": no interception.
- "in the two attacks", "in both strikes": no strike count.
- "N people were in a critical condition" is N injured.
- "Two more died in a strike on a tent, where eight people were wounded in the attacks":
  two records (the wounded are counted over several attacks).
- "459 shellings" is artillery; "rocket artillery" is MLRS.
- A model standing for the noun counts as that weapon ("fired four Iskander-M"); "destroyed
  all targets" right after launches of named weapons is all of each.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.gold import EventType
from tests.extract.gold_checks import NUMBERS, assert_f1, checked_passages, is_numeric

DEV_NUMERIC5 = Path(__file__).resolve().parents[1] / "data" / "dev_numeric5.jsonl"
F1_BAR = 0.98


def test_dev_numeric5_structure() -> None:
    """Every line parses, has the gold keys and valid values, and quotes the text verbatim."""
    passages = checked_passages(DEV_NUMERIC5, "newswire-dev (original)", (2, 8))
    assert len(passages) >= 25
    assert all(obj["id"].startswith("num5-") for obj in passages)
    assert sum(not is_numeric(obj) for obj in passages) >= 4, "too few hard negatives"
    for kind in NUMBERS:
        assert sum(bool(obj[kind]) for obj in passages) >= 5, f"too few passages with {kind}"


@pytest.mark.parametrize("kind", ["strike", "interception", "casualty"])
def test_dev_numeric5_f1(kind: EventType) -> None:
    assert_f1(DEV_NUMERIC5, kind, F1_BAR)
