"""Round h_gen_s105: outlet tails, trailing auxiliaries and spelled-out administrations
in statement speakers (``_s105names``)."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract._s105names import outlet_name, respelled
from pipeline.extract.model import Statement


def _speakers(text: str) -> dict[str, str]:
    """Quote -> speaker of every statement extract() reads from ``text``."""
    return {f.quote: f.speaker for f in extract(text) if isinstance(f, Statement)}


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "A warehouse burned near Qom, the Tasnim news agency said.",
            "A warehouse burned near Qom",
            "Tasnim",
        ),
        (
            "Reuters news agency said the pier at Ashdod was closed for a day.",
            "the pier at Ashdod was closed for a day",
            "Reuters",
        ),
        (
            "Six mortar rounds fell near Quneitra, the Sana news agency said.",
            "Six mortar rounds fell near Quneitra",
            "Sana",
        ),
        (
            "Two shops were hit in Saida, the National News Agency said.",
            "Two shops were hit in Saida",
            "National News Agency",
        ),
        (
            "The Jordanian state news agency said the Karameh crossing stayed open.",
            "the Karameh crossing stayed open",
            "Jordanian state news agency",
        ),
        (
            "The Ministry of Defense has confirmed that five drones were downed.",
            "five drones were downed",
            "Ministry of Defense",
        ),
        (
            "Eight homes were damaged in Romny, the Sumy RMA reported.",
            "Eight homes were damaged in Romny",
            "Sumy regional military administration",
        ),
        (
            "A tram line was cut in Podil, the Kiev city military administration said.",
            "A tram line was cut in Podil",
            "Kiev city military administration",
        ),
        (
            "The Ukrainian Air Force Command said that 31 drones were shot down.",
            "31 drones were shot down",
            "Ukrainian Air Force",
        ),
        (
            "Prosecutors in Mykolaiv region said that two barns burned. They said no one was hurt.",
            "no one was hurt",
            "Prosecutors in Mykolaiv region",
        ),
        (
            "Local authorities in Vylkove reported that a pier was damaged.",
            "a pier was damaged",
            "Local authorities in Vylkove",
        ),
        (
            "“We did not fire first,” a senior Hamas official said.",
            "We did not fire first,",
            "senior Hamas official",
        ),
    ],
)
def test_speaker(text: str, quote: str, speaker: str) -> None:
    assert _speakers(text).get(quote) == speaker


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Tasnim news agency", "Tasnim"),
        ("the Mehr news agency", "Mehr"),
        ("IRNA news agency", "IRNA"),
        ("National News Agency", None),
        ("Ukrainian News agency", None),
        ("Saba News Agency", None),
        ("Palestinian news agency", None),
        ("Houthi news agency", None),
        ("state news agency", None),
    ],
)
def test_outlet_name(speaker: str, expected: str | None) -> None:
    assert outlet_name(speaker) == expected


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Sumy RMA", "Sumy regional military administration"),
        ("Kryvyi Rih CMA", "Kryvyi Rih city military administration"),
        ("Kiev regional military administration", None),
        ("Kiev", None),
        ("Kiev Independent", None),
        ("Israeli Air Force Command", "Israeli Air Force"),
        ("US Central Command", None),
        ("RMA", None),
    ],
)
def test_respelled(speaker: str, expected: str | None) -> None:
    assert respelled(speaker) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Staff of the Saba news agency left the building before the raid.",
        "The head of the Sumy RMA visited the damaged school on Wednesday.",
        "A correspondent for the Tasnim news agency was detained at the border.",
    ],
)
def test_no_statement(text: str) -> None:
    assert _speakers(text) == {}
