"""Minimal sentences for the families round 32 closed among the open statement xfails
(helper h_stmt32, batch ``dev_statements57``; ``_s32post``, ``_s32clause``): an unnamed
person or source placed by "in/at PLACE" before or after the verb, a qualified figure
opening a clause reported without "that", a relative clause whose verb takes a noun, an
epithet as the inverted subject after a quote, "rejected X as «F»" and ", noting however
that D" left inside a clause. Sentences are the
helper's own."""

from __future__ import annotations

import pytest

from tests.extract.found import statement_rows as _said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The shelter lost power before dawn, a military source in the Sumy region told TASS.",
            [
                (
                    "military source in the Sumy region",
                    "indirect",
                    "The shelter lost power before dawn",
                )
            ],
            id="clause-source-in-region",
        ),
        pytest.param(
            "“The wards are full,” a surgeon in Kramatorsk told Reuters.",
            [("surgeon in Kramatorsk", "direct", "The wards are full,")],
            id="quote-surgeon-in-city",
        ),
        pytest.param(
            "A port official in Odesa said the grain ships had left on time.",
            [("port official in Odesa", "indirect", "the grain ships had left on time")],
            id="fronted-official-in-city",
        ),
        pytest.param(
            "The road was cut overnight, according to a police source in the Donetsk region.",
            [("police source in the Donetsk region", "indirect", "The road was cut overnight")],
            id="according-to-placed-source",
        ),
        pytest.param(
            "“Nobody expects a deal this week,” said a Western diplomat in Geneva.",
            [("Western diplomat in Geneva", "direct", "Nobody expects a deal this week,")],
            id="quote-said-diplomat-in-city",
        ),
        pytest.param(
            "UNICEF says more than 500 schools remain closed in the north.",
            [("UNICEF", "indirect", "more than 500 schools remain closed in the north")],
            id="says-more-than",
        ),
        pytest.param(
            "Oxfam says nearly 2 million people depend on aid.",
            [("Oxfam", "indirect", "nearly 2 million people depend on aid")],
            id="says-nearly",
        ),
        pytest.param(
            "Mayor Vitali Klitschko visited the site. “We will rebuild,” said the former boxer.",
            [("Vitali Klitschko", "direct", "We will rebuild,")],
            id="epithet-inverted",
        ),
        pytest.param(
            "The ministry said the port was open, adding however that ships were delayed.",
            [
                ("ministry", "indirect", "the port was open"),
                ("ministry", "indirect", "ships were delayed"),
            ],
            id="participle-however-split",
        ),
        pytest.param(
            "The Kremlin rejected the report as “fabricated”.",
            [("Kremlin", "partial", "fabricated")],
            id="rejected-as",
        ),
    ],
)
def test_reading(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The governor, who announced a curfew on Monday, toured the damaged school.",
        "The navy, which reported damage to two ships, released no photos.",
        "A military source in the Sumy region declined to comment.",
        "A surgeon in Kramatorsk who treated the wounded received an award.",
        "A Western diplomat in Geneva said nothing about the draft when asked.",
        "The General Staff reported more than 150 clashes along the front.",
        "The army rejected the findings and ordered a review.",
    ],
)
def test_no_statement(text: str) -> None:
    assert _said(text) == []
