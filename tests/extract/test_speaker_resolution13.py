"""Unit tests for the speaker-resolution round of helper h_stmt34 (dev_statements59): bare
roles read against the holders an article introduced by title and nationality, pronouns of
the other gender, "Her Lithuanian colleague said", an interview frame before the subject and
a German quote-only paragraph; one minimal passage per reading (none copied from a source)."""

from __future__ import annotations

import pytest

from pipeline.extract import _s34roles
from tests.extract.found import quote_rows as _said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role with a nationality: the holder introduced with it, not the last speaker
        (
            "Foreign Minister Ana Pop of Romania and her Moldovan counterpart, Ion Rusu, met."
            " «The line is ready», said Rusu. The Romanian minister said that it opens soon.",
            [("Ion Rusu", "The line is ready"), ("Ana Pop", "it opens soon")],
        ),
        (
            "President Karl Berg and his Finnish counterpart Mika Salo spoke in Oslo."
            " «We stand together», Berg said. «Pressure must grow», continued the Finnish"
            " president.",
            [("Karl Berg", "We stand together"), ("Mika Salo", "Pressure must grow")],
        ),
        # a role without nationality: the holder introduced without one (the home holder)
        (
            "President Paul Marchand received the Ukrainian president Volodymyr Zelensky."
            " «France will stay the course», declared the head of state.",
            [("Paul Marchand", "France will stay the course")],
        ),
        # the title each holder was introduced with
        (
            "The First Vice-President, Lucia Ortega, and the Minister of Defence, Marta Gil,"
            " spoke in Congress. «No cuts to pensions», assured the vice-president.",
            [("Lucia Ortega", "No cuts to pensions")],
        ),
        (
            "The French ambassador to the UN, Luc Perrin, spoke after the Russian"
            " representative Oleg Volkov. «Russia bombs homes», declared the French diplomat.",
            [("Luc Perrin", "Russia bombs homes")],
        ),
        (
            "Prime Minister Juan Roldán spoke on Monday with Secretary General Mark Rutte."
            " «We will pay our share», the head of the Spanish government assured.",
            [("Juan Roldán", "We will pay our share")],
        ),
        # a pronoun of the other gender: the nearest person of the right one
        (
            "Prime Minister Pedro Alcalde defended the budget. Defence Minister Margarita Vidal"
            " backed him. «We are a reliable ally», she said. On the eve, he had declared"
            " that the target was too high.",
            [
                ("Margarita Vidal", "We are a reliable ally"),
                ("Pedro Alcalde", "the target was too high"),
            ],
        ),
        # "she" for a person of unknown gender: the known woman named just before
        (
            "Prime Minister Radu Ionescu met Ursula von der Leyen in Brussels. «The future is"
            " European», she declared.",
            [("Ursula von der Leyen", "The future is European")],
        ),
        # "Her Lithuanian colleague" as a subject
        (
            "Lithuanian Foreign Minister Jonas Petras and his Latvian counterpart Baiba Ozola"
            " met in Riga. Her Lithuanian colleague said that the border would stay shut.",
            [("Jonas Petras", "the border would stay shut")],
        ),
        # an interview frame before the subject gives "she" her antecedent
        (
            "Interviewed by RTL, the government spokeswoman Claire Morel rejected the claims."
            " «We hide nothing», she said.",
            [("Claire Morel", "We hide nothing")],
        ),
        # a German quote-only paragraph closing after its full stop is no headline
        (
            "Opposition leader Alice Weidel attacked the plan. „It is a gamble“, she said."
            "\n\n„We want talks, not weapons.“",
            [("Alice Weidel", "It is a gamble"), ("Alice Weidel", "We want talks, not weapons.")],
        ),
    ],
)
def test_resolved(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holder the article never titled (the speaker table's) is kept
        (
            "Chinese head of state Xi Jinping and Russian President Vladimir Putin spoke."
            " Xi said that ties must deepen. China will buy more gas, the head of state said.",
            [
                ("Xi Jinping", "ties must deepen"),
                ("Xi Jinping", "China will buy more gas"),
            ],
        ),
        # the previous sentence's speaker holds the role: no other holder replaces him
        (
            "British Ambassador Anna Hart and Russian Ambassador Ivan Orlov spoke. Hart said"
            " that drones hit Kyiv. The ambassador called the attacks a crime.",
            [("Anna Hart", "drones hit Kyiv")],
        ),
        # a described speaker named before keeps the bare role that points back at it
        (
            "A senior EU diplomat, who asked not to be named, said the mood was grim. Foreign"
            " Minister Jan Nowak arrived later. “We read it in the papers,” the diplomat said.",
            [
                ("senior EU diplomat", "the mood was grim"),
                ("senior EU diplomat", "We read it in the papers,"),
            ],
        ),
        # a role in an apposition is no subject
        (
            "Foreign Minister Paolo Ricci met his French counterpart Luc Aubert. «We agree»,"
            " he said after talks with Aubert, the French minister, in Rome.",
            [("Paolo Ricci", "We agree")],
        ),
        # "the leader of the League": the one introduced as its leader
        (
            "League leader Matteo Salvini attacked the plan. Premier Giorgia Meloni replied."
            " «The line stays», the premier said. On Saturday, the leader of the League had"
            " declared that Italy was at war with no one.",
            [
                ("Giorgia Meloni", "The line stays"),
                ("Matteo Salvini", "Italy was at war with no one"),
            ],
        ),
        # "he" after an unknown name: the walk's answer stands
        (
            "Foreign Minister Jean Aubry met his Polish counterpart Radosław Nowak. «Europe must"
            " defend itself», he added.",
            [("Jean Aubry", "Europe must defend itself")],
        ),
    ],
)
def test_kept(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected


def test_introductions() -> None:
    body = (
        "The Foreign Minister of Romania, Ana Pop, and her Moldovan counterpart, Ion Rusu,"
        " met the Russian representative Oleg Volkov."
    )
    found = [(name, country) for _, name, _, country in _s34roles.introductions(body)]
    assert found == [("Ana Pop", "romania"), ("Ion Rusu", "moldova"), ("Oleg Volkov", "russia")]
    assert _s34roles.counterpart("Her Moldovan colleague", body, len(body)) is not None
    assert _s34roles.counterpart("Her colleague", body, len(body)) is None
