"""Round h_gen_s103: a lede's bare governor / mayor named in the next sentences (``_s103role``)."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Statement


def _speakers(text: str) -> dict[str, str]:
    """Quote -> speaker of every statement extract() reads from ``text``."""
    return {f.quote: f.speaker for f in extract(text) if isinstance(f, Statement)}


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "A pumping station in Reni was damaged overnight, the regional governor said."
            " Governor Pavlo Marchuk said on Telegram that water would be back by noon.",
            "A pumping station in Reni was damaged overnight",
            "Pavlo Marchuk",
        ),
        (
            "A grain silo burned near Engels, the governor of the region said on Friday."
            " Anna Rostova wrote that the fire was out.",
            "the fire was out",
            "Anna Rostova",
        ),
        (
            "Three cars burned in a yard in Lipetsk, the regional governor said."
            " “Nobody was hurt,” Igor Artamonov wrote.",
            "Three cars burned in a yard in Lipetsk",
            "Igor Artamonov",
        ),
        (
            "A bus depot was hit in the city centre, the mayor said on Monday."
            " Ivan Kovalenko said buses would run again by the evening.",
            "A bus depot was hit in the city centre",
            "Ivan Kovalenko",
        ),
        (
            "Debris fell on a sports hall in Sumy, the regional governor said."
            " He said nobody was inside. Marko Petrenko later wrote that training was cancelled.",
            "nobody was inside",
            "Marko Petrenko",
        ),
    ],
)
def test_lede_role_named_next(text: str, quote: str, speaker: str) -> None:
    assert _speakers(text).get(quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote", "not_speaker"),
    [
        (  # another title before the next name: not the governor
            "A market was damaged in Nikopol, the regional governor said."
            " President Volodymyr Zelensky said air defence must be strengthened.",
            "A market was damaged in Nikopol",
            "Volodymyr Zelensky",
        ),
        (  # the governor named before the role: the look back stands
            "Governor Serhiy Lysak said a farm was shelled. Later the governor said the"
            " shelling had stopped. Defence Minister Rustem Umerov said new systems were coming.",
            "the shelling had stopped",
            "Rustem Umerov",
        ),
        (  # a body is never the holder of a person role
            "Shelling damaged a bridge near Beryslav, the regional governor said."
            " The Ukrainian General Staff said 14 attacks were repelled.",
            "Shelling damaged a bridge near Beryslav",
            "Ukrainian General Staff",
        ),
        (  # a chief's title before the name
            "Power was cut in 40 villages, the head of the regional administration said."
            " Chief Commander Oleksandr Syrskyi said the front was stable.",
            "Power was cut in 40 villages",
            "Oleksandr Syrskyi",
        ),
    ],
)
def test_lede_role_kept(text: str, quote: str, not_speaker: str) -> None:
    got = _speakers(text)
    assert quote in got
    assert got[quote] != not_speaker
