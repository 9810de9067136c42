"""Attribution shapes of briefing notes, live blogs and outlet copy (eighth session).

Unit tests of the helpers behind ``dev_statements9.jsonl``: each pins one shape so a later
change that breaks it fails here, next to the rule, not only in the set's F1.
"""

from __future__ import annotations

import pytest

from pipeline.extract import _backrefs, _briefing, _ministers, _outlets, _parties
from pipeline.extract._names import Resolved
from pipeline.extract._subjects import past_stamp, topical
from tests.extract.found import quote_rows as _said


def test_outlet_in_marks() -> None:
    text = "According to “Sudan Tribune,” the army took the bridge."
    start, end, after = _outlets.after(text, len("According to"))
    assert text[start:end] == "Sudan Tribune" and text[after:].startswith(" the army")
    assert _outlets.after("“We will win,” he said.", 0) is None  # a quote, not a name


def test_reporter_named_by_outlet() -> None:
    whole = Resolved("Al Jazeera Hamda Salhut", "person")
    found = _outlets.reporter("Al Jazeera's Hamda Salhut", whole, lambda s: Resolved(s, "person"))
    assert found.canonical == "Hamda Salhut"
    unowned = _outlets.unowned(Resolved("Al Jazeera's correspondent", "generic"))
    assert unowned.canonical == "Al Jazeera correspondent"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Jens Laerke, for the Office for the Coordination of Humanitarian Affairs (OCHA), said",
            "Jens Laerke",
        ),
        ("James Elder for the United Nations Children's Fund (UNICEF) said", "James Elder"),
        ("Adam, a 35-year-old teacher who lives in the camp, said", "Adam"),
        (
            "“It holds,” Col. Turki al-Maliki, spokesman for the coalition, said",
            "Col. Turki al-Maliki",
        ),
        (
            "A spokesperson for UNIFIL, the U.N. peacekeeping force in Lebanon, said",
            "A spokesperson for UNIFIL",
        ),
    ],
)
def test_briefing_speaker(text: str, name: str) -> None:
    span = _briefing.speaker(text, text.rindex(" said") + 1)
    assert span is not None and text[span[0] : span[1]] == name


def test_briefing_leaves_places_and_bodies() -> None:
    text = "Russia, a permanent member of the council, said"
    assert _briefing.speaker(text, text.rindex(" said") + 1) is None


def test_party_tag() -> None:
    assert _parties.party_tagged("German Foreign Minister Johann Wadephul")
    assert not _parties.party_tagged("the Rapid Support Forces")
    assert _parties.party("(R-Ohio)") is not None


def test_live_blog_stamp_and_topic() -> None:
    assert past_stamp("08:40 GMT - Houthi spokesman Yahya Saree says", 0) == len("08:40 GMT - ")
    assert past_stamp("Houthi spokesman", 0) == 0
    assert topical("On the violations of the ceasefire by Hamas")
    assert not topical("On Sunday, drones struck the port")


def test_dateline_ministry() -> None:
    body = "KYIV, Oct 14 (Newswire) - Heating was cut."
    assert _ministers.dated(body, ["energy", "ministry"]) == "Ukrainian energy ministry"
    assert _ministers.dated(body, ["health", "ministry"]) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kremlin spokesman Dmitry Peskov also denied media reports that Putin would travel "
            "to the summit, saying no such trip was planned.",
            [("Dmitry Peskov", "no such trip was planned")],
        ),
        (
            "Foreign Minister Andrii Sybiha wrote on “X” that the strike showed Moscow had no "
            "interest in peace.",
            [("Andrii Sybiha", "the strike showed Moscow had no interest in peace")],
        ),
        (
            "As Interfax reported, the governor of the Belgorod region said the power supply "
            "had been restored.",
            [("Belgorod regional governor", "the power supply had been restored")],
        ),
        ("Warsaw has asked its allies for more money to fortify the eastern border.", []),
    ],
)
def test_statement_shapes(body: str, expected: list[tuple[str, str]]) -> None:
    assert _said(body) == expected


def test_source_prefix_and_bulletin_lines() -> None:
    """A source's name glued before a sentence is skipped like a live blog's stamp; a
    bulletin's tally lines are stepped over to find who issued "the summary"."""
    text = "SadaNews - The army said it had retaken the town."
    assert text[past_stamp(text, 0) :].startswith("The army")
    assert past_stamp("Kyiv - the capital - was quiet.", 0) == 0
    lines = ["The service published its summary:", "Kyiv: fires in two districts", "Total: none"]
    assert _backrefs.issuing([*lines, "Crews worked all night, the summary said."], 3) == 0


def test_quoted_subject() -> None:
    """ "The “Emergency Lawyers” group said": the name in marks is the subject."""
    text = "The “Emergency Lawyers” group said that fighters had detained men."
    span = _outlets.quoted_subject(text, text.index("said"))
    assert span is not None and text[span[0] : span[1]] == "The “Emergency Lawyers”"
    quote = "“We will win,” he said."
    assert _outlets.quoted_subject(quote, quote.index("said")) is None
