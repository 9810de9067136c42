"""Round n36's strike readings on minimal passages (``dev_numeric84``, the real8 page set).

Each row is a short passage in the project's own words and the strikes expected of it as
sorted (weapon, count) pairs.
"""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Strike


def _strikes(text: str) -> list[tuple[str, int]]:
    return sorted((f.weapon, f.count) for f in extract(text) if isinstance(f, Strike))


@pytest.mark.parametrize(
    ("text", "strikes"),
    [
        # a shell count tied to a mixed weapon list of the same report is `other`
        (
            "Russian forces struck the region 41 times over the past day, firing 236 shells.\n"
            "The army used mortars, artillery, Grad launchers, tanks and drones, the governor "
            "said.",
            [("other", 41), ("other", 236)],
        ),
        (
            "The invaders fired 604 shells using aircraft, drones, tanks, rocket launchers, "
            "artillery and mortars.\nThe city of Kherson was hit with 73 shells.",
            [("other", 73), ("other", 604)],
        ),
        # ... while a plain or named shell count stays artillery
        (
            "Russian forces fired 512 artillery shells at the Nikopol district overnight, "
            "the governor said.",
            [("artillery", 512)],
        ),
        (
            "The enemy fired 47 shells at Beryslav on Tuesday, the town's administration said.",
            [("artillery", 47)],
        ),
        # another kind counted beside the shells splits the list: the shells are the guns'
        (
            "The army attacked 30 villages with artillery, drones and glide bombs, the governor "
            "said. In the process, 410 shells and nine glide bombs were fired or dropped.",
            [("artillery", 410), ("glide_bomb", 9)],
        ),
        # "N strikes hit X" where aircraft bombed: air strikes
        (
            "American warplanes bombed rebel positions late on Thursday.\nThe group's "
            "television said five strikes hit the port of Ras Isa.",
            [("airstrike", 5)],
        ),
        (
            "Witnesses said nine strikes hit the industrial zone overnight.",
            [("other", 9)],
        ),
        # the weapon of a colon lead
        (
            "Artillery shelling was also intense: 56 attacks were launched on villages in the "
            "Kherson region, the governor said.",
            [("artillery", 56)],
        ),
        # one massive and N group strikes; a headline total restating their sum
        (
            "Russia says it carried out 12 strikes on Ukraine in a week\nThe Defence Ministry "
            "said its forces carried out one massive and 11 group strikes on military sites.",
            [("other", 1), ("other", 11)],
        ),
        # a lede count restated under another reading is one strike
        (
            "Russian troops shelled the Donetsk region 16 times over the past day, the governor "
            "said.\nTwo houses were damaged in Lyman.\nIn total, Russians fired 16 times at "
            "localities in the region over the last day.",
            [("artillery", 16)],
        ),
        (
            "Russian troops fired 52 rounds of shelling at the Kherson region over the past "
            'day.\n"The enemy fired 52 times with mortars, artillery, Grad, tanks and UAVs," '
            "the governor wrote.",
            [("other", 52)],
        ),
        # counted attacks with an adjective, "came under attack N times", list items
        (
            "Over the past week, Russian forces delivered 31 coordinated strikes on airfields, "
            "the ministry said.",
            [("other", 31)],
        ),
        (
            "In the past day the Russian military launched 102 fire attacks on the Kherson "
            "region, the administration said.",
            [("other", 102)],
        ),
        (
            "The occupier launched 48 artillery strikes, three air strikes, one attack by a "
            "drone and another from MLRS on frontline villages.",
            [("airstrike", 3), ("artillery", 48), ("drone", 1), ("mlrs", 1)],
        ),
        # "came under attack N times" with its weapons named is a strike; naming none it is
        # not (the written call of dev_numeric31)
        (
            "The district came under attack 37 times: with artillery, mortars and drones.",
            [("other", 37)],
        ),
        ("The town came under attack four times overnight, officials said.", []),
        # intent is no strike
        ("Seventeen strikes were planned for the operation, the document said.", []),
        # explosions are no strikes (the written conventions)
        ("Residents counted 43 explosions in the border villages on Thursday.", []),
    ],
)
def test_n36_strikes(text: str, strikes: list[tuple[str, int]]) -> None:
    assert _strikes(text) == strikes


@pytest.mark.parametrize(
    ("text", "strikes"),
    [
        pytest.param(
            "The enemy fired 52 times with mortars, artillery, Grad, tanks and UAVs, launching "
            "298 shells.\nHe said 24 of the shells landed on Kherson itself.",
            [("other", 24), ("other", 298), ("other", 52)],
            marks=pytest.mark.xfail(reason="a share of the shells told as landing is unread"),
        ),
        pytest.param(
            "Russia's army attackked the city 25 times in the last 24 hours, he said.",
            [("other", 25)],
            marks=pytest.mark.xfail(reason="a misspelt attack verb is unread"),
        ),
    ],
)
def test_n36_open(text: str, strikes: list[tuple[str, int]]) -> None:
    assert _strikes(text) == strikes
