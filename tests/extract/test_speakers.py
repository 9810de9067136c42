"""Speaker resolution: canonical names, roles, pronouns and per-sentence ``reported_by``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract import extract, statements
from pipeline.extract.document import parse
from pipeline.extract.model import Statement
from pipeline.extract.speakers import Speakers


def _speakers(body: str) -> Speakers:
    return Speakers(parse(body))


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Zelenskiy", "Volodymyr Zelensky"),
        ("Selenskyj", "Volodymyr Zelensky"),
        ("Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Putin", "Vladimir Putin"),
        ("the Kremlin", "Kremlin"),
        ("the Ukrainian military", "Ukrainian military"),
        ("Ukraine's General Staff", "Ukrainian General Staff"),
        ("Russia’s Defense Ministry", "Russian Defence Ministry"),
        ("Chinese state broadcaster CCTV", "CCTV"),
        ("state news agency Ukrinform", "Ukrinform"),
        ("regional governor Oleh Syniehubov", "Oleh Syniehubov"),
        ("Kherson Mayor Roman Mrochko", "Roman Mrochko"),
        ("the Kremlin chief", "Vladimir Putin"),
        ("Ukraine’s president", "Volodymyr Zelensky"),
        ("the Odesa regional military administration", "Odesa regional military administration"),
    ],
)
def test_canonical_without_context(name: str, canonical: str) -> None:
    assert _speakers("Nothing to see here.").canonical(name) == canonical


@pytest.mark.parametrize(
    ("body", "name", "canonical"),
    [
        pytest.param(
            "Kharkiv Mayor Ihor Terekhov visited the site. Terekhov said the school was empty.",
            "Terekhov",
            "Ihor Terekhov",
            id="surname-after-titled-first-mention",
        ),
        pytest.param(
            "Chinese President Xi Jinping met the envoy. The Chinese head of state smiled.",
            "the Chinese head of state",
            "Xi Jinping",
            id="role-description",
        ),
        pytest.param(
            "Polish President Andrzej Duda arrived in Kyiv. The president laid a wreath.",
            "the president",
            "Andrzej Duda",
            id="role-learned-from-article",
        ),
        pytest.param(
            "The governor of the region, Vyacheslav Gladkov, spoke on television. "
            "Gladkov said two houses burned.",
            "Gladkov",
            "Vyacheslav Gladkov",
            id="appositive-first-mention",
        ),
    ],
)
def test_canonical_from_the_article(body: str, name: str, canonical: str) -> None:
    assert _speakers(body).canonical(name) == canonical


def _reported(body: str) -> list[str | None]:
    doc = parse(body)
    speakers = Speakers(doc)
    return [speakers.reported_by(i) for i in range(len(doc.sentences))]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "Russia launched 40 drones overnight, the Ukrainian Air Force said. "
            "Thirty-six were destroyed.",
            ["Ukrainian Air Force", "Ukrainian Air Force"],
            id="trailing-then-carried",
        ),
        pytest.param(
            "The Ukrainian military said on Monday that 12 missiles were fired. "
            "In addition, there were 20 airstrikes.\n\nA new paragraph starts here.",
            ["Ukrainian military", "Ukrainian military", None],
            id="carried-within-paragraph-only",
        ),
        pytest.param(
            "According to the regional governor, Oleh Syniehubov, three people died.",
            ["Oleh Syniehubov"],
            id="according-to-appositive-name",
        ),
        pytest.param(
            "The head of the Ukrainian presidential office, Andriy Yermak, put the death toll at "
            "seven. Rescuers were still at work.",
            ["Andriy Yermak", "Andriy Yermak"],
            id="put-the-toll",
        ),
        pytest.param(
            "Kyiv Mayor Vitali Klitschko said debris fell in two districts. "
            "The Kremlin said it had hit military targets.",
            ["Vitali Klitschko", "Kremlin"],
            id="new-attribution-replaces-carried",
        ),
        pytest.param(
            "Shelling damaged a bridge in Kherson.",
            [None],
            id="no-attribution",
        ),
    ],
)
def test_reported_by(body: str, expected: list[str | None]) -> None:
    assert _reported(body) == expected


def test_reported_by_out_of_range_and_empty() -> None:
    speakers = _speakers("")
    assert speakers.reported_by(0) is None
    assert speakers.reported_by(-1) is None
    assert _speakers("One sentence.").reported_by(5) is None


def test_pronoun_prefers_person_subject_over_object() -> None:
    body = "Putin said he expected Xi to visit Moscow. “Our ties have never been closer,” he said."
    doc = parse(body)
    found = [s for s in statements.find(doc, Speakers(doc)) if isinstance(s, Statement)]
    assert [(s.speaker, s.mode) for s in found] == [
        ("Vladimir Putin", "indirect"),
        ("Vladimir Putin", "direct"),
    ]


def test_she_skips_a_known_male_subject() -> None:
    body = (
        "Zakharova spoke after Lavrov left the podium. Lavrov met the press. "
        "“Nothing has changed,” she said."
    )
    doc = parse(body)
    found = [s for s in statements.find(doc, Speakers(doc)) if isinstance(s, Statement)]
    assert [s.speaker for s in found] == ["Maria Zakharova"]


def _adversarial() -> str:
    parts = [
        "“" * 5000,
        "”“" * 5000,
        '"' * 5000,
        "a" * 400_000,
        " said" * 20_000,
        ", according to " * 5000,
        "President " * 5000,
        "«" + "x" * 100_000,
        "He said: “" + "word " * 30_000,
        "\n\n“Unclosed paragraph one\n\n“Unclosed two\n\n" * 2000,
        "Ukraine’s ’s ‘ ’ ‚ „ ‟ " * 5000,
    ]
    return "\n".join(parts)[:1_100_000]


def test_one_megabyte_of_hostile_text_completes() -> None:
    body = _adversarial()
    assert len(body) > 1_000_000
    found = extract(body)
    for finding in found:
        evidence = finding.evidence
        assert body[evidence.start : evidence.end] == evidence.text


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"abc XYZ.,:;\n\"“”‘’«»„'", " said", " he ", "Putin", "According to ", " that "]
        ),
        max_size=120,
    ).map("".join)
)
def test_statements_never_raise_and_point_into_the_body(body: str) -> None:
    doc = parse(body)
    speakers = Speakers(doc)
    for i in range(len(doc.sentences) + 1):
        speakers.reported_by(i)
    for found in statements.find(doc, speakers):
        assert body[found.evidence.start : found.evidence.end] == found.evidence.text
