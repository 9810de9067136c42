"""Round 89 (h_fix_s89): bare heads pointing back at a named body, "the Iran-backed movement
says", and an outlet relaying a named source's clause, read on real ``extract()`` output."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_set as _said


def _speakers(text: str) -> set[str]:
    return {speaker for speaker, _ in _said(text)}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "The Zaporizhzhia regional prosecutor's office opened a case over the attack. "
            "The prosecutor's office reported that a kindergarten was damaged.",
            "Zaporizhzhia regional prosecutor's office",
            id="bare-prosecutor",
        ),
        pytest.param(
            "The Syrian health ministry said a shell hit a market in Idlib. "
            "Later the health ministry said that two clinics had closed.",
            "Syrian health ministry",
            id="bare-health-ministry",
        ),
        pytest.param(
            "Hezbollah fighters clashed with troops. Israel says it hit launch sites, while "
            "the Iran-backed movement says its fighters downed a drone.",
            "Hezbollah",
            id="iran-backed-movement",
        ),
        pytest.param(
            "A school was hit in Kupiansk, the Kharkiv regional military administration "
            "said on Sunday in Telegram, writes Ukrinform.",
            "Kharkiv regional military administration",
            id="relay-said-on-day",
        ),
    ],
)
def test_renamed_speaker(text: str, speaker: str) -> None:
    assert speaker in _speakers(text)


def test_group_named_only_after_is_not_taken() -> None:
    text = (
        "Israel says it hit launch sites near Nabatieh, while the Iran-backed movement says "
        "its fighters downed a drone. Hezbollah gave no further detail."
    )
    assert "Hezbollah" not in _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The prosecutor's office has opened a case into the shelling of the depot.",
            id="head-without-statement",
        ),
        pytest.param(
            "The Iran-backed group has fought Israel several times since the 1980s.",
            id="described-group-no-cue",
        ),
        pytest.param(
            "Both the defence ministry and the health ministry moved staff to shelters.",
            id="two-ministries",
        ),
    ],
)
def test_no_statement(text: str) -> None:
    assert not _said(text)


def test_two_bare_bodies_stay_bare() -> None:
    text = (
        "The Kyiv city health ministry office and the Lviv city health ministry office met. "
        "Later the ministry office said that the meeting had ended."
    )
    assert "Kyiv city health ministry office" not in _speakers(text)


def test_group_named_after_cue_is_kept() -> None:
    text = (
        "Houthi fighters fired again. The Iran-aligned militia group claimed the attack, "
        "saying it fired a missile at the port, according to its spokesperson Yahya Saree."
    )
    assert "Houthis" not in {s for s, q in _said(text) if q.startswith("it fired")}


def test_relay_outlet_gives_way_to_source() -> None:
    text = (
        "Attacks continued near Kurakhove, where 35 assaults were repelled: the General Staff "
        "of the Armed Forces of Ukraine announced it in its evening update, as reported by "
        "Ukrinform."
    )
    said = _said(text)
    assert any(s == "Ukrainian General Staff" for s, _ in said)
    assert not any(s == "Ukrinform" for s, _ in said)
