"""Round h_gen_s106: relay comments, relay frames, asides and writers' remarks (``_s106relay``)."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Statement


def _quotes(text: str) -> dict[str, str]:
    """Quote -> speaker of every statement extract() reads from ``text``."""
    return {f.quote: f.speaker for f in extract(text) if isinstance(f, Statement)}


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "A drone hit a bakery in Kherson before dawn. Fortunately, the staff had left."
            " This was reported by the head of the Kherson regional military administration,"
            " Oleksandr Prokudin.",
            "A drone hit a bakery in Kherson before dawn",
            "Oleksandr Prokudin",
        ),
        (
            "Artillery struck a water tower in Marhanets on Monday. Unfortunately, a worker"
            " was hurt. Serhiy Lysak said this on Telegram.",
            "Artillery struck a water tower in Marhanets on Monday",
            "Serhiy Lysak",
        ),
        (
            "Guided bombs fell near a railway depot in Kupiansk in the morning."
            " As a result, several wagons burned.\nThis was announced by Oleh Syniehubov.",
            "Guided bombs fell near a railway depot in Kupiansk in the morning",
            "Oleh Syniehubov",
        ),
        (
            "The air force said Russia had aimed at the west, but it did not say how many"
            " missiles were shot down.",
            "Russia had aimed at the west",
            "Ukrainian Air Force",
        ),
        (
            "The Malian army said it had lost a convoy near Gao, in a rare admission.",
            "it had lost a convoy near Gao",
            "Malian army",
        ),
        (
            "Mayor Ihor Terekhov said a school had been hit, though he did not name the district.",
            "a school had been hit",
            "Ihor Terekhov",
        ),
        (
            "Missiles struck a depot near Lozova at night.\nAs Suspilne informs, this was"
            " reported by the Kharkiv regional military administration.",
            "Missiles struck a depot near Lozova at night",
            "Kharkiv regional military administration",
        ),
        (
            "At 05:10, a fourth drone, according to the ministry, approached the Oryol region.",
            "approached the Oryol region",
            "ministry",
        ),
    ],
)
def test_reads(text: str, quote: str, speaker: str) -> None:
    assert _quotes(text).get(quote) == speaker


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # no pointer back after the comment: nothing moves, nothing is made up
        (
            "Rain flooded the underpass in the morning. Fortunately, the traffic was light.",
            "Rain flooded the underpass in the morning",
        ),
        # the comment opens its own line: the pointer names it, the lede stays out
        (
            "A drone hit a warehouse in Reni.\nLuckily, the fire was put out at once."
            " This was reported by Oleh Kiper.",
            "A drone hit a warehouse in Reni",
        ),
        # "did not" with no verb of saying is part of the clause
        (
            "The operator said the tanker was hit near Aden, but the crew did not suffer injuries.",
            "the tanker was hit near Aden",
        ),
        # an aside followed by no predicate quotes nothing after it
        (
            "Two drones, according to the governor, in the eastern districts.",
            "in the eastern districts",
        ),
        # a remark inside a lede with no speaker reads nothing
        (
            "In a rare admission of strain, the ministry cancelled its weekly briefing.",
            "the ministry cancelled its weekly briefing",
        ),
    ],
)
def test_leaves(text: str, absent: str) -> None:
    assert absent not in _quotes(text)
