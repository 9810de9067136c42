"""Round 88 (h_fix_s88): a clause before an inner credit and a relay line, a body's
back-credit ("The relevant statement was made by BODY"), and two joined described sources
before "told OUTLET" / "said", each on minimal sentences of our own."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Statement


def _said(text: str) -> list[tuple[str, str]]:
    return sorted((f.speaker, f.quote) for f in extract(text) if isinstance(f, Statement))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The ferry resumed its crossings at noon, the port authority and the governor "
            "Ivan Petrenko reported on Friday on Telegram, writes UNN.",
            [
                ("Ivan Petrenko", "The ferry resumed its crossings at noon"),
                ("port authority", "The ferry resumed its crossings at noon"),
            ],
            id="two-inner-sources-writes",
        ),
        pytest.param(
            "The night trains to Odesa are running again: the state railway company announced "
            "it in its evening update, as reported by Ukrinform.",
            [("state railway company", "The night trains to Odesa are running again")],
            id="colon-announced-it-as-reported-by",
        ),
        pytest.param(
            "Street lighting was switched back on in the centre.\n\nThe relevant statement was "
            "made by the Poltava city council on Facebook, an Ukrinform correspondent reports.",
            [("Poltava city council", "Street lighting was switched back on in the centre")],
            id="body-back-credit",
        ),
        pytest.param(
            "The checkpoint was moved closer to the river overnight, local officials and "
            "farmers told Reuters.",
            [
                ("farmers", "The checkpoint was moved closer to the river overnight"),
                ("local officials", "The checkpoint was moved closer to the river overnight"),
            ],
            id="two-described-sources-told",
        ),
        pytest.param(
            "The checkpoint was moved closer to the river overnight, security and medical "
            "sources told AFP.",
            [
                (
                    "security and medical sources",
                    "The checkpoint was moved closer to the river overnight",
                )
            ],
            id="adjectives-share-the-noun",
        ),
    ],
)
def test_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The relevant statement was made by the Poltava city council on Facebook, an "
            "Ukrinform correspondent reports.",
            id="back-credit-with-nothing-before",
        ),
        pytest.param(
            "The convoy crossed the river at dawn, carrying food and water for families and "
            "children.",
            id="participle-not-a-credit",
        ),
        pytest.param(
            "The mayor and the governor inspected the new shelter on Monday.",
            id="joined-subjects-no-cue",
        ),
        pytest.param(
            "Volunteers and firefighters cleared the debris from the square before noon.",
            id="joined-plural-subjects",
        ),
    ],
)
def test_not_read(text: str) -> None:
    assert _said(text) == []
