"""Minimal sentences for the readings of statement round 70 (helper h_fix_s70, batch
``dev_statements96``, module ``_s70post``): "the military / the army said" in a sentence naming
the attacker's country and the target's is the target's force, a rank inside a long title gives
the person's name, a bare "the governor" after "NAME, the regional head" is that person,
"Houthi forces (in Yemen)" are the Houthis, "RANK NAME, the chief of COUNTRY's BODY, said" is
NAME, and "X stated that A and asserted that B" is two
statements. Sentences are the helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_set as _said


def _speakers(text: str) -> set[str]:
    return {s for s, _, _ in _said(text)}


SPEAKERS = [
    # the target's force, not the attacker's country
    (
        "A rocket launched at Israel from Lebanon on Monday was shot down, the military said.",
        {"Israeli military"},
    ),
    (
        "Sirens went off across Israel after the army said a missile had been fired from Iran.",
        {"Israeli army"},
    ),
    (
        "Israel's air defences stopped a drone launched by Iraqi militias, the military said.",
        {"Israeli military"},
    ),
    # negatives: the force is named with its country
    ("Iran's military said it had fired missiles at Israel on Sunday.", {"Iranian military"}),
    ("Russia launched 20 drones at Ukraine, the Ukrainian army said.", {"Ukrainian military"}),
    # a rank inside a long title
    (
        "India's Director General Military Operations (DGMO) Lt Gen Anil Verma said that "
        "the posts had been shelled.",
        {"Anil Verma"},
    ),
    (
        "Pakistan's army spokesman (ISPR) Maj Gen Tariq Hameed said that one soldier was hurt.",
        {"Tariq Hameed"},
    ),
    ("Lt Gen Oleksandr Syrskyi said the line was holding.", {"Oleksandr Syrskyi"}),
    # a bare "the governor" after "NAME, the regional head"
    (
        "The strike was reported by Ilya Gromov, the regional head, on Telegram.\n"
        "The governor said that a shop had burnt down.",
        {"Ilya Gromov"},
    ),
    ("The governor said that a shop had burnt down.", {"governor"}),
    # "RANK NAME, the ROLE of COUNTRY's BODY, said"
    (
        "Senior Gen. Kyaw Zin Oo, the head of Myanmar's ruling council, said the army would act.",
        {"Kyaw Zin Oo"},
    ),
    (
        "It followed a speech by Gen. Hamid Nur, the chief of Sudan's army, who said that the "
        "city would be retaken.",
        {"Hamid Nur"},
    ),
    # Houthi forces
    ("Houthi forces in Yemen said they had targeted a tanker.", {"Houthis"}),
    ("Yemen's Houthi forces claimed that a drone had hit a ship.", {"Houthis"}),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_speaker(text: str, expected: set[str]) -> None:
    assert _speakers(text) == expected


SPLITS = [
    (
        "The army stated that the reports were false and asserted that it hit only bases.",
        {
            ("army", "indirect", "the reports were false"),
            ("army", "indirect", "it hit only bases"),
        },
    ),
    (
        "The ministry said that the claims were untrue and maintained that its troops had "
        "stayed in their positions.",
        {
            ("ministry", "indirect", "the claims were untrue"),
            ("ministry", "indirect", "its troops had stayed in their positions"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_second_verb(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army said that it had seized the bridge and that fighting was continuing.",
        "The mayor said that crews had cleared the rubble and restored power.",
    ],
)
def test_one_clause(text: str) -> None:
    assert len(_said(text)) == 1
