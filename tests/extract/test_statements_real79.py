"""Round 79's speaker readings (helper h_fix_s79, ``_s79post``) on minimal sentences."""

from __future__ import annotations

import pytest

from tests.extract.found import quote_rows as _statements


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spokesman Yurii Ignat said on Sunday that the bombers had turned back.",
            ("Yuriy Ihnat", "the bombers had turned back"),
        ),
        (
            "Dmitrii Peskov said the Kremlin had no comment on the fire.",
            ("Dmitry Peskov", "the Kremlin had no comment on the fire"),
        ),
        (
            "The Ukraine Security Service said it had arrested a signaller in Odesa.",
            ("Security Service of Ukraine", "it had arrested a signaller in Odesa"),
        ),
        (
            "The Gezira Teacher's Union said schools in Wad Madani would stay shut.",
            ("Gezira Teacher's Union", "schools in Wad Madani would stay shut"),
        ),
        (
            "A military source in the town of Kosti, White Nile State, said that the airport "
            "was closed.",
            ("military source", "the airport was closed"),
        ),
        (
            "A source from a relief agency told AFP that staff had left Dilling.",
            ("source from a relief agency", "staff had left Dilling"),
        ),
        (
            "According to the Port Sudan Monitors, a group of volunteers, the pier was burning. "
            "The group said the fire spread fast.",
            ("Port Sudan Monitors", "the fire spread fast"),
        ),
        (
            "The Ukrainian military's southern command said the enemy had left Krynky.",
            ("Operational Command South", "the enemy had left Krynky"),
        ),
        (
            "Moscow said the port was calm. “Two tanks burned,” a source in the Ukrainian "
            "defence sector told AFP.",
            ("source in the Ukrainian defence sector", "Two tanks burned,"),
        ),
        (
            "DAILY POST reports that the bridge at Shambat is closed.",
            ("DAILY POST", "the bridge at Shambat is closed"),
        ),
        (
            "Doctors without Borders (MSF) said that its clinic was full. It said fuel was short.",
            ("Doctors Without Borders", "fuel was short"),
        ),
        (
            "Source: Kyiv Post sources in the SBU\nDetails: The sources said the barge sank.",
            ("Kyiv Post sources in the SBU", "the barge sank"),
        ),
    ],
)
def test_renamed(text: str, expected: tuple[str, str]) -> None:
    assert expected in _statements(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Dmitry Peskov said the talks were over.", "Dmitry Peskov"),
        ("A diplomatic source in Cairo said the talks had stalled.", "diplomatic source in Cairo"),
        ("Ukraine's Security Service said it had arrested a spy.", "Security Service of Ukraine"),
    ],
)
def test_kept(text: str, speaker: str) -> None:
    assert speaker in {s for s, _ in _statements(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Additional reports indicated that the ferry had stopped running.",
        "Initial reports suggested the road was open again.",
        "The Gezira Teacher's Union held its congress in Kassala.",
        "A source of clean water in the camp has dried up.",
        "The Ukraine Security Service building was cordoned off.",
        "The group, a coalition of charities, handed out flour in Tawila.",
    ],
)
def test_no_statement(text: str) -> None:
    assert _statements(text) == []
