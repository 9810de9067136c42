"""Round n38's air-defence and casualty readings on minimal passages (``dev_numeric86``, the
leftovers of the real-page sets real2/3/5/6/8/9).

Each row is a short passage in the project's own words and the records expected of it:
interceptions as sorted (launched, intercepted) pairs with -1 for an unknown figure,
strikes as sorted (weapon, count) pairs, casualties as sorted (killed, injured) pairs.
"""

from __future__ import annotations

import pytest

from tests.extract.numeric_reading import air_figures, casualty_figures

_casualties = casualty_figures
_air = air_figures


@pytest.mark.parametrize(
    ("text", "interceptions"),
    [
        ("The army said it intercepted some of the approximately 45 launches.", [(45, -1)]),
        ("Officials said most of the 16 launches were intercepted.", [(16, -1)]),
        ("The army said it downed several of the about 22 projectiles over Safed.", [(22, -1)]),
        (
            "The military said the majority of the 14 launches fired at Metula were intercepted.",
            [(14, -1)],
        ),
        ("Air defences destroyed most of the 9 drones sent overnight, the army said.", [(9, -1)]),
        ("The army said it intercepted a number of launches over the Galilee.", []),
        ("Several of the 15 launchers seen near the border were moved.", []),
        ("Most of the 20 shelters in the town were open overnight.", []),
    ],
)
def test_vague_share_of_counted_salvo(text: str, interceptions: list[tuple[int, int]]) -> None:
    ints, strikes = _air(text)
    assert ints == interceptions
    assert strikes == []


@pytest.mark.parametrize(
    ("text", "casualties"),
    [
        (
            "A drone injured four civilians in Kherson on Monday. The city has been tense "
            "since a missile strike on Sunday that killed nine residents.",
            [(-1, 4)],
        ),
        (
            "Shelling wounded two men in Nikopol, the governor said. Schools closed after an "
            "artillery attack last week that left six people dead.",
            [(-1, 2)],
        ),
        (
            "Three people were killed by a bomb in Kostiantynivka. Evacuations sped up in the "
            "wake of a raid on 12 March which killed 14 people.",
            [(3, -1)],
        ),
        (
            "Funerals were held on Sunday after a strike on Friday that killed 17 people, "
            "officials said.",
            [(17, -1)],
        ),
        ("A missile strike on Odesa on Friday killed three people and injured eight.", [(3, 8)]),
    ],
)
def test_recalled_attack_in_relative_clause(text: str, casualties: list[tuple[int, int]]) -> None:
    assert _casualties(text) == casualties


@pytest.mark.xfail(
    reason="open: a recap told as 'recently attacked ... As a result, N killed' is background "
    "the readers do not see yet (real8 r8-12)",
    strict=True,
)
def test_recent_attack_recap() -> None:
    text = (
        "A rocket killed one man in Kurakhove on Tuesday, the governor said. The occupiers "
        "recently attacked Selydove with missiles. As a result, 9 people were killed and 82 "
        "others were injured."
    )
    assert _casualties(text) == [(1, -1)]
