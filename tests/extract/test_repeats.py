"""A figure restated later in the article (lede, then quote) is one event."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty, Finding, Interception, Strike


def numeric(body: str) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    for f in extract(body):
        if isinstance(f, Strike):
            out.append(("strike", f.weapon, f.count, f.target))
        elif isinstance(f, Interception):
            out.append(("interception", f.weapon, f.launched, f.intercepted))
        elif isinstance(f, Casualty):
            out.append(("casualty", f.group, f.killed, f.injured))
    return out


def _types(found: list[Finding]) -> list[str]:
    return [type(f).__name__ for f in found]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # lede, then the air force's own words with the same shoot-down figure
            "Russia sent 44 drones against Ukraine overnight and air defence downed 37 of "
            "them, the air force said on Tuesday.\n\n"
            '"Air defence destroyed 37 Shahed drones over five regions," the air force '
            "said on Telegram.",
            [("interception", "drone", 44, 37)],
        ),
        (  # casualty figures repeated piecemeal in a quote
            "A Russian glide bomb attack on Kupiansk killed three people and wounded 11, "
            "governor Oleh Syniehubov said.\n\n"
            '"Three people were killed," Syniehubov wrote. "Eleven were wounded."',
            [("casualty", "people", 3, 11)],
        ),
        (  # a strike count restated by the speaker
            "Russian forces fired 62 rockets at Kharkiv on Sunday, governor Oleh "
            "Syniehubov said.\n\n"
            '"Russian forces fired 62 rockets at Kharkiv," Syniehubov said.',
            [("strike", "rocket", 62, "Kharkiv")],
        ),
        (  # the fuller later reading replaces the earlier partial one
            "Air defence destroyed 19 drones overnight, the military said.\n\n"
            "Power was cut to 4,000 homes in the region.\n\n"
            "Russia had launched 26 drones and 19 of them were destroyed, the military added.",
            [("interception", "drone", 26, 19)],
        ),
        (  # the paragraph states more figures than the lede: it wins the tie on details
            "A drone attack killed two people in Odesa overnight, officials said.\n\n"
            "The governor said two people were killed and five wounded when debris hit a house.",
            [("casualty", "people", 2, 5)],
        ),
        (  # the lede's killed figure, then the quote completes it over two sentences
            "A Russian drone attack on Sumy killed three people on Monday.\n\n"
            'The mayor wrote: "Three people were killed in the city tonight. Nine more are '
            'injured and are in hospital."',
            [("casualty", "people", 3, 9)],
        ),
        (  # same count, different targets: two strikes
            "Russian troops fired 15 rockets at Kharkiv on Monday. On Tuesday Russian troops "
            "fired 15 rockets at Sumy.",
            [("strike", "rocket", 15, "Kharkiv"), ("strike", "rocket", 15, "Sumy")],
        ),
        (  # same shoot-down figure, conflicting launch figures: two reports
            "Air defence shot down 12 of 15 drones over Odesa on Monday. On Tuesday it "
            "shot down 12 of 20 drones over Odesa.",
            [("interception", "drone", 15, 12), ("interception", "drone", 20, 12)],
        ),
    ],
)
def test_restated_figures_are_one_event(body: str, expected: list[tuple[object, ...]]) -> None:
    assert numeric(body) == expected


def test_restatement_keeps_the_statements() -> None:
    body = (
        "Russia fired 40 missiles at Ukraine overnight, the air force said.\n\n"
        '"The enemy fired 40 missiles at Ukraine," the air force said.'
    )
    found = extract(body)
    assert _types(found).count("Strike") == 1
    assert _types(found).count("Statement") == 2


# A toll restated with another word for the same unspecific people is one event; a
# subgroup with the same figure is not a restatement.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "A strike on the depot killed three workers, the governor said. “Three employees "
            "died at the site,” he wrote.",
            [("casualty", "workers", 3, None)],
        ),
        (
            "The attack killed five people, the mayor said. Five residents lost their lives, "
            "the council said.",
            [("casualty", "people", 5, None)],
        ),
        (
            "The attack killed five people, the mayor said. Five children were injured.",
            [("casualty", "people", 5, None), ("casualty", "children", None, 5)],
        ),
    ],
)
def test_restated_with_another_word(body: str, expected: list[tuple[object, ...]]) -> None:
    assert numeric(body) == expected
