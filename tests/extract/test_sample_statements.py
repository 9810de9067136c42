"""The hand-labelled sample article: statement recall, speakers/modes and ``reported_by``."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from pipeline.extract import extract, statements
from pipeline.extract.document import parse
from pipeline.extract.model import Statement
from pipeline.extract.speakers import Speakers

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
ARTICLE = SAMPLES / "putin-xi-video-call.txt"
GOLD = SAMPLES / "putin-xi-video-call.gold.json"

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="shared sample not available")


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _f1(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    common = sum((Counter(ta) & Counter(tb)).values())
    if not common:
        return 0.0
    precision, recall = common / len(ta), common / len(tb)
    return 2 * precision * recall / (precision + recall)


@pytest.fixture(scope="module")
def body() -> str:
    return ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def gold() -> list[dict[str, Any]]:
    labels: list[dict[str, Any]] = json.loads(GOLD.read_text(encoding="utf-8"))["statements"]
    return labels


@pytest.fixture(scope="module")
def found(body: str) -> list[Statement]:
    return [f for f in extract(body) if isinstance(f, Statement)]


def _match(gold: list[dict[str, Any]], found: list[Statement]) -> dict[int, Statement]:
    """Greedy one-to-one matching by speaker and quote token-F1 >= 0.5 (the scoring rule)."""
    used: set[int] = set()
    matched: dict[int, Statement] = {}
    for g_index, label in enumerate(gold):
        best: tuple[float, int] | None = None
        for f_index, statement in enumerate(found):
            if f_index in used or statement.speaker != label["speaker"]:
                continue
            score = _f1(statement.quote, label["quote"])
            if score >= 0.5 and (best is None or score > best[0]):
                best = (score, f_index)
        if best is not None:
            used.add(best[1])
            matched[g_index] = found[best[1]]
    return matched


def test_recall_and_precision(gold: list[dict[str, Any]], found: list[Statement]) -> None:
    matched = _match(gold, found)
    assert len(gold) == 15
    assert len(matched) / len(gold) >= 0.9
    assert len(matched) / max(1, len(found)) >= 0.8


def test_every_speaker_mode_pair_is_present(
    gold: list[dict[str, Any]], found: list[Statement]
) -> None:
    expected = {(g["speaker"], g["mode"]) for g in gold}
    assert expected <= {(s.speaker, s.mode) for s in found}


def test_matched_statements_have_the_labelled_mode_and_quote(
    gold: list[dict[str, Any]], found: list[Statement]
) -> None:
    matched = _match(gold, found)
    for g_index, statement in matched.items():
        label = gold[g_index]
        assert (statement.mode, statement.quote) == (label["mode"], label["quote"])


def test_evidence_points_into_the_body(body: str, found: list[Statement]) -> None:
    for statement in found:
        evidence = statement.evidence
        assert body[evidence.start : evidence.end] == evidence.text


def test_direct_quote_cues(found: list[Statement]) -> None:
    cues = {s.quote: s.cue for s in found if s.mode == "direct"}
    assert cues["Sanctions and interference are doomed to fail,"] == "declared"


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("All drones were shot down.", "Ukrainian Air Force"),
        ("The Russians attacked Ukraine with Iranian", "Ukrainian Air Force"),
        ("Five out of seven drones launched to Kyiv", "Vitali Klitschko"),
        ("Kyiv Mayor Vitali Klitschko said", "Vitali Klitschko"),
        ("The Ukrainian military said on Friday morning", "Ukrainian military"),
        ("In addition, there were 63 Russian attacks", "Ukrainian military"),
        ("Deputy head of Ukraine’s presidential office", "Kyrylo Tymoshenko"),
        ("Chinese state broadcaster CCTV reported", "CCTV"),
        ("Russians keep firing rockets at Ukraine", None),
        ("Meanwhile, Russia is defending China", None),
    ],
)
def test_reported_by(body: str, opening: str, speaker: str | None) -> None:
    doc = parse(body)
    speakers = Speakers(doc)
    (index,) = [i for i, s in enumerate(doc.sentences) if s.text.startswith(opening)]
    assert speakers.reported_by(index) == speaker


def test_detector_is_deterministic(body: str) -> None:
    doc = parse(body)
    first = statements.find(doc, Speakers(doc))
    assert statements.find(doc, Speakers(doc)) == first
