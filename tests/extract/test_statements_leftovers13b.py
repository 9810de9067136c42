"""Minimal sentences for the families round 37 closed in the attribution reader (helper
h_stmt37, batch ``dev_statements62``; ``_s37open``, ``_s37pron``, ``_s37rel``): a present
report verb with a perfect infinitive after an adverbial opener, a gerund report, a fronted
"By TIME," before "... and warned that C", "she" after a quote attributed to a titled person,
"the NAME airport", and a relative clause whose verb takes a noun. Sentences are the
helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In total, the border guard claims to have turned back 30 boats this month.",
            [("border guard", "indirect", "to have turned back 30 boats this month")],
            id="opener-perfect",
        ),
        pytest.param(
            "The navy affirmed having shot down four drones near the coast.",
            [("navy", "indirect", "having shot down four drones near the coast")],
            id="gerund",
        ),
        pytest.param(
            "By noon, Oleh Syniehubov lifted the alert and warned that roads were still closed.",
            [("Oleh Syniehubov", "indirect", "roads were still closed")],
            id="by-time",
        ),
        pytest.param(
            "«We will rebuild», said the mayor of the town, Ihor Terekhov. "
            "He added that power was back in two districts.",
            [
                ("Ihor Terekhov", "direct", "We will rebuild"),
                ("Ihor Terekhov", "indirect", "power was back in two districts"),
            ],
            id="pronoun-after-quote",
        ),
        pytest.param(
            "Flights were delayed by two hours, according to the Pulkovo airport.",
            [("Pulkovo airport", "indirect", "Flights were delayed by two hours")],
            id="airport",
        ),
        pytest.param(
            "A drone hit a depot, according to the mayor, Ihor Terekhov, "
            "who reported two injured among the workers.",
            [("Ihor Terekhov", "indirect", "A drone hit a depot")],
            id="relative-noun-object",
        ),
    ],
)
def test_leftover_families(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


def test_she_is_no_body() -> None:
    text = (
        "The European Commission approved the loans on Tuesday.\n\n"
        "«Europe is moving», welcomed the president of the Commission, Ursula von der Leyen.\n\n"
        "She specified that 18 member states had applied."
    )
    assert ("Ursula von der Leyen", "indirect", "18 member states had applied") in _said(text)
