"""Round h_gen_s110: a fragment framed by its subject's own verb ("X accused Y of «F»",
"From PLACE, X expressed «F»"), an epithet bound to the person named before it ("“Q,” the
Argentine diplomat said"), and "C, the NAME news portal reported"."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Statement


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(f.speaker, f.mode, f.quote) for f in extract(text) if isinstance(f, Statement)]


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Maria Zakharova spoke in Moscow on Monday. Zakharova accused Berlin of "
            "“open provocation” near the border.",
            "Maria Zakharova",
            "open provocation",
        ),
        (
            "From Ankara, Foreign Minister Hakan Fidan expressed «full support» for the talks.",
            "Hakan Fidan",
            "full support",
        ),
        (
            "Foreign Minister Andrii Sybiha rejected the offer as „a smokescreen“.",
            "Andrii Sybiha",
            "a smokescreen",
        ),
        (
            "The Czech Foreign Ministry, in a brief note, expressed its «deep regret».",
            "Czech Foreign Ministry",
            "deep regret",
        ),
        (
            "Donald Tusk chaired the cabinet. He accused Minsk of “hybrid aggression” again.",
            "Donald Tusk",
            "hybrid aggression",
        ),
    ],
)
def test_framed_partial(text: str, speaker: str, quote: str) -> None:
    assert (speaker, "partial", quote) in _triples(text)


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "Rafael Grossi inspected the plant on Friday. “The lines are cut again,” the "
            "Argentine diplomat said.",
            "Rafael Grossi",
            "The lines are cut again,",
        ),
        (
            "Antonio Tajani landed in Kyiv on Monday. Rome will fund two field hospitals, "
            "added the head of Italian diplomacy.",
            "Antonio Tajani",
            "Rome will fund two field hospitals",
        ),
        (
            "Chancellor Friedrich Merz spoke in Berlin. “We stand by Kyiv,” the CDU politician "
            "said. “Nothing will change that.”",
            "Friedrich Merz",
            "Nothing will change that.",
        ),
        (
            "Alexander Lukashenko inspected the troops. »We want no war«, the Belarusian ruler "
            "declared.",
            "Alexander Lukashenko",
            "We want no war",
        ),
        (
            "Power returned to Kherson's left bank by noon, the Most news portal reported.",
            "Most",
            "Power returned to Kherson's left bank by noon",
        ),
        (
            "The Hromadske news website said two schools in Sumy had reopened.",
            "Hromadske",
            "two schools in Sumy had reopened",
        ),
    ],
)
def test_epithet_and_outlet(text: str, speaker: str, quote: str) -> None:
    assert speaker in [s for s, _, q in _triples(text) if q == quote]


@pytest.mark.parametrize(
    "text",
    [
        "Three men accused of “sabotage” were detained in Lviv on Tuesday.",
        "The corvette «Ivanovets» sank near the coast, and the «grey zone» grew.",
        "The mayor welcomed the guests at the «Palace of Culture» on Sunday.",
        "The Babel news website was offline for an hour after a cyberattack.",
    ],
)
def test_no_statement(text: str) -> None:
    assert _triples(text) == []


def test_fragment_inside_a_reported_clause_is_no_partial() -> None:
    text = "Kaja Kallas said that the plan was “a trap” for Europe."
    assert _triples(text) == [("Kaja Kallas", "indirect", "the plan was “a trap” for Europe")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Hakan Fidan hosted the talks. A Turkish diplomat said the next round was near. "
            "“We are close,” the diplomat added.",
            "Turkish diplomat",
        ),
        ("“The grid will hold,” the energy minister said on television.", "energy minister"),
    ],
)
def test_description_kept(text: str, speaker: str) -> None:
    assert {s for s, _, _ in _triples(text)} == {speaker}
