"""Gold check: the numeric events of the shared sample article, field by field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.extract import extract
from pipeline.extract.model import Casualty, Finding, Interception, Strike

SAMPLES = Path(__file__).resolve().parents[3] / "shared" / "samples"
ARTICLE = SAMPLES / "putin-xi-video-call.txt"
GOLD = SAMPLES / "putin-xi-video-call.gold.json"

pytestmark = pytest.mark.skipif(not ARTICLE.exists(), reason="shared samples not available")


@pytest.fixture(scope="module")
def findings() -> list[Finding]:
    return extract(ARTICLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def gold() -> dict[str, list[dict[str, object]]]:
    data: dict[str, list[dict[str, object]]] = json.loads(GOLD.read_text(encoding="utf-8"))
    return data


def test_strikes_match_gold(
    findings: list[Finding], gold: dict[str, list[dict[str, object]]]
) -> None:
    keys = ("attacker", "target", "weapon", "count", "period")
    strikes = [f for f in findings if isinstance(f, Strike)]
    got = [{**{k: getattr(f, k) for k in keys}, "evidence": f.evidence.text} for f in strikes]
    want = [{k: g[k] for k in (*keys, "evidence")} for g in gold["strikes"]]
    assert got == want
    assert all(s.approx == "exact" for s in strikes)


def test_interceptions_match_gold(
    findings: list[Finding], gold: dict[str, list[dict[str, object]]]
) -> None:
    keys = ("weapon", "weapon_model", "launched", "intercepted", "all_intercepted", "location")
    got = [
        {**{k: getattr(f, k) for k in keys}, "evidence": f.evidence.text}
        for f in findings
        if isinstance(f, Interception)
    ]
    want = [{k: g[k] for k in (*keys, "evidence")} for g in gold["interceptions"]]
    assert got == want


def test_casualties_match_gold(
    findings: list[Finding], gold: dict[str, list[dict[str, object]]]
) -> None:
    keys = ("group", "killed", "injured", "cause")
    got = [
        {**{k: getattr(f, k) for k in keys}, "evidence": f.evidence.text}
        for f in findings
        if isinstance(f, Casualty)
    ]
    want = [{k: g[k] for k in (*keys, "evidence")} for g in gold["casualties"]]
    assert got == want


def test_every_evidence_points_into_the_body(findings: list[Finding]) -> None:
    body = ARTICLE.read_text(encoding="utf-8")
    for f in findings:
        assert body[f.evidence.start : f.evidence.end] == f.evidence.text
        assert 0.0 <= f.confidence <= 1.0


def test_boilerplate_never_reaches_extraction(gold: dict[str, list[str]]) -> None:
    from pipeline.extract.document import parse

    body = ARTICLE.read_text(encoding="utf-8")
    doc = parse(body)
    removed = {body[s.start : s.end] for s in doc.removed}
    assert set(gold["noise_to_strip"]) <= removed
    kept = " ".join(s.text for s in doc.sentences)
    for noise in gold["noise_to_strip"]:
        assert noise not in kept
