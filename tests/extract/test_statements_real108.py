"""Round h_gen_s108: a bare "the ministry / military / police / army" bound to the body named."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Statement


def _speakers(text: str) -> list[str]:
    return [f.speaker for f in extract(text) if isinstance(f, Statement)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nigeria's military opened a depot in Kano. The military said it hired 40.",
            "Nigerian military",
        ),
        (
            "Bulgarian police closed the bridge at Ruse. Police said it would reopen on Sunday.",
            "Bulgarian police",
        ),
        (
            "The Chadian army moved to Abeche. The army said two wells had been dug.",
            "Chadian army",
        ),
        (
            "Jordan's health ministry hired nurses in Irbid. The ministry said 30 more start soon.",
            "Jordanian health ministry",
        ),
    ],
)
def test_bare_kind_bound_to_named_body(text: str, speaker: str) -> None:
    assert speaker in _speakers(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # two bodies of one kind: no binding
            "Ghana's army and Togo's army met at the border. The army said talks went well.",
            "army",
        ),
        (  # nothing named before
            "The army rebuilt a bridge. The army said 300 soldiers took part.",
            "army",
        ),
    ],
)
def test_bare_kind_left_alone(text: str, speaker: str) -> None:
    assert speaker in _speakers(text)


@pytest.mark.parametrize(
    "text",
    ["Ghana's military opened a depot in Tamale.", "Bulgarian police cars lined the road."],
)
def test_no_statement(text: str) -> None:
    assert _speakers(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Hezbollah fired rockets at Metula. The group's spokesman said the strike was a reply.",
            "Hezbollah spokesman",
        ),
        (
            "The Houthis fired a missile. Houthi spokesman Yahya Saree said it hit. "
            "The group's military spokesman said a second one hit too.",
            "Yahya Saree",
        ),
        (  # two groups named: left alone
            "Hamas and Hezbollah praised the raid. The group's spokesman said more would come.",
            "group's spokesman",
        ),
    ],
)
def test_group_spokesman(text: str, speaker: str) -> None:
    assert _speakers(text)[-1] == speaker
