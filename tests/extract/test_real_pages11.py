"""Shapes the lead found failing on real pages in the eleventh session (translated
Ukrainian and Italian copy, agency English). Sentences are the lead's own."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Interception, Strike
from tests.extract.found import statement_rows as _said


def _air(text: str) -> list[tuple[str, int | None, int | None]]:
    return [
        (f.weapon, f.launched, f.intercepted) for f in extract(text) if isinstance(f, Interception)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a model's name in marks is no partial quote: the reported clause is the statement
        (
            "The enemy struck the Odesa region with 19 «Shahed» drones, the General Staff said.",
            [
                (
                    "Ukrainian General Staff",
                    "indirect",
                    "The enemy struck the Odesa region with 19 «Shahed» drones",
                )
            ],
        ),
        (
            "Overnight Russia fired two “Kinzhal” missiles at Kyiv, the air force reported.",
            [
                (
                    "Ukrainian Air Force",
                    "indirect",
                    "Overnight Russia fired two “Kinzhal” missiles at Kyiv",
                )
            ],
        ),
        (
            'Eleven "Shaheds" were downed over Kharkiv, Governor Oleh Syniehubov said.',
            [("Oleh Syniehubov", "indirect", 'Eleven "Shaheds" were downed over Kharkiv')],
        ),
        # a quote that names a model among other words is someone's words
        (
            "“Shahed drones hit us again,” Zelensky said.",
            [("Volodymyr Zelensky", "direct", "Shahed drones hit us again,")],
        ),
    ],
)
def test_quoted_model_name_is_no_quote(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the launch, a paragraph break, the defenders' outcome with no place of its own
        (
            "Overnight the Russians sent 27 Shahed drones against Ukraine.\n\n"
            "Air defence destroyed 19 enemy drones.",
            [("drone", 27, 19)],
        ),
        (
            "In the night to Friday, Russian forces attacked the territory of Ukraine with 33 "
            "attack drones. This was reported by the General Staff.\n\n"
            "It is reported that Ukrainian defenders managed to destroy 25 enemy drones.",
            [("drone", 33, 25)],
        ),
        # a city's own tally answers no country-wide launch
        (
            "Overnight the Russians sent 27 Shahed drones against Ukraine.\n\n"
            "Over Kyiv, air defence destroyed 9 drones, the city administration said.",
            [("drone", None, 9)],
        ),
        # too far back: three sentences between them
        (
            "Overnight the Russians sent 27 Shahed drones against Ukraine. Sirens sounded in "
            "the capital. Trains were delayed.\n\nSchools opened late. Air defence destroyed "
            "19 enemy drones.",
            [("drone", None, 19)],
        ),
    ],
)
def test_defenders_outcome_after_a_paragraph_break(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert _air(text) == expected
    paired = expected[0][1] is not None
    assert bool([f for f in extract(text) if isinstance(f, Strike)]) is not paired


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject suffered the attack: it is the target (Spanish "sufrió un ataque")
        (
            "During the night Ukraine suffered an air attack with 86 drones.",
            ("drone", 86, None, "Ukraine"),
        ),
        ("Overnight Ukraine came under attack by 52 drones.", ("drone", 52, None, "Ukraine")),
        (
            "Overnight Ukraine had once again endured an attack with 61 drones.",
            ("drone", 61, None, "Ukraine"),
        ),
        # the attacker as subject stays the attacker
        (
            "During the night Russia attacked Ukraine with 86 drones.",
            ("drone", 86, "Russia", "Ukraine"),
        ),
    ],
)
def test_the_side_that_suffered_is_the_target(
    text: str, expected: tuple[str, int, str | None, str | None]
) -> None:
    found = [
        (f.weapon, f.count, f.attacker, f.target) for f in extract(text) if isinstance(f, Strike)
    ]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ministry's breakdown with each region's figure in brackets
        (
            "Russian air defences destroyed 29 Ukrainian drones overnight, the ministry said. "
            "The regions: Kursk (12), Bryansk (9) and Tula (8).",
            [(None, 29), (None, 12), (None, 9), (None, 8)],
        ),
        # a bracketed year after a place is no share
        (
            "Russian air defences destroyed 29 Ukrainian drones overnight, the ministry said. "
            "It recalled earlier attacks: Kursk (2024) and Bryansk (2023).",
            [(None, 29)],
        ),
    ],
)
def test_region_figures_in_brackets(text: str, expected: list[tuple[int | None, int]]) -> None:
    found = [(f.launched, f.intercepted) for f in extract(text) if isinstance(f, Interception)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "out of the N launched" belongs to its own sentence's outcome, even told as a total
        (
            "In this region, the defence forces shot down four drones.\n\n"
            "In total, the forces shot down 38 drones out of the 71 launched by Russia.",
            [(None, 4), (71, 38)],
        ),
        # a total launch with no outcome of its own still completes the one before it
        (
            "Air defence shot down 38 drones overnight. In total, the Russian troops had "
            "launched 71 drones.",
            [(71, 38)],
        ),
    ],
)
def test_out_of_launch_stays_with_its_outcome(
    text: str, expected: list[tuple[int | None, int]]
) -> None:
    found = [(f.launched, f.intercepted) for f in extract(text) if isinstance(f, Interception)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spaced dash before an inverted speech verb ends the reported clause
        (
            "Two people were killed in Pavlohrad - declared the governor Serhiy Lysak.",
            [("Serhiy Lysak", "indirect", "Two people were killed in Pavlohrad")],
        ),
        (
            "In total, the Russians launched 88 drones – announced the Ukrainian air force.",
            [("Ukrainian Air Force", "indirect", "In total, the Russians launched 88 drones")],
        ),
        # a dash aside is no attribution
        ("The strike – said to be the heaviest this year – hit a school.", []),
    ],
)
def test_dash_before_an_inverted_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a one-word owner after "the press service of the" once raised IndexError
        "The case was opened, the press service of the prosecutor's office reported.",
        "The case was opened, the press service of the governor's office said.",
        "The press service of the prosecutor's said nothing.",
    ],
)
def test_press_service_of_a_one_word_owner_does_not_crash(text: str) -> None:
    assert all(f.evidence.text == text[f.evidence.start : f.evidence.end] for f in extract(text))
