"""Stem-gated scans (speed round 23) must find exactly what their full patterns find.

Each pattern's possible first letters are derived from its parse tree, so adding a verb
to a pattern without its stem fails here; the scans are also compared match for match
with ``finditer``/``search`` on the bench corpus, the dev sets and odd-case texts (the
Unicode characters the regex engine folds into ASCII letters included).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest

from bench.corpus import wire_article
from pipeline.extract import _a21raids, _a22air, _airmention, _airrole, _airzero, _numclause
from pipeline.extract._stemscan import StemScan

_SCANS = {
    "INTERCEPT": _numclause.INTERCEPT_SCAN,
    "LAUNCH": _numclause.LAUNCH_SCAN,
    "LOST": _numclause.LOST_SCAN,
    "ATTACK": _numclause.ATTACK_SCAN,
    "THE_DOWNED": _airmention._THE_DOWNED_SCAN,
    "REACHED": _airzero._REACHED_SCAN,
    "ARREST": _a21raids._ARREST_SCAN,
    "VERB_FINAL": _a22air._VERB_FINAL_SCAN,
    "SHELLED_WITH": _airrole._SHELLED_WITH_SCAN,
}

_DATA = Path(__file__).resolve().parents[1] / "data"


def _firsts(items: list[Any], k: int) -> set[str]:
    """Lower-case literal prefixes (at most ``k`` letters) every match of ``items`` starts
    with; "" when a branch may start with something that is no literal."""
    if not items or k == 0:
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return _firsts(rest, k)  # zero-width
    if op is sre.LITERAL:
        return {chr(av).lower() + s for s in _firsts(rest, k - 1)}
    if op is sre.IN:
        if any(o is not sre.LITERAL for o, _ in av):
            return {""}
        return {chr(a).lower() + s for _, a in av for s in _firsts(rest, k - 1)}
    if op is sre.SUBPATTERN:
        return _firsts(list(av[-1]) + rest, k)
    if op is sre.BRANCH:
        return set().union(*(_firsts(list(b) + rest, k) for b in av[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, _, sub = av
        out = _firsts(list(sub), k)  # one item, then anything: a weaker prefix
        return out | _firsts(rest, k) if low == 0 else out
    return {""}


@pytest.mark.parametrize("name", sorted(_SCANS))
def test_stems_cover_every_first_letter(name: str) -> None:
    scan = _SCANS[name]
    prefixes = _firsts(list(sre_parse.parse(scan.pattern.pattern, scan.pattern.flags)), 4)
    missing = sorted(p for p in prefixes if not p.startswith(tuple(scan.stems)))
    assert not missing, f"{name}: add stems for {missing}"
    assert all(stem == stem.lower() and stem for stem in scan.stems)
    assert all(word == word.lower() and word for word in scan.needs)


def _texts() -> list[str]:
    texts = [wire_article(i, size=4000, seed=3)["body"] for i in range(40)]
    for path in sorted(_DATA.glob("dev*.jsonl"))[:6]:
        for line in path.read_text(encoding="utf-8").splitlines()[:60]:
            row = json.loads(line)
            body = row.get("body") or row.get("text")
            if isinstance(body, str):
                texts.append(body)
    sentences = [s.strip() for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if s.strip()]
    odd = [
        "AIR DEFENCE SHOT DOWN 40 DRONES AND LAUNCHED 12 MISSILES.",
        "Air defence ſhot down 40 drones; 12 were ſuppressed.",
        "Russia launched 40 drones, 30 were İNTERCEPTED and 2 were locally loſt.",
        "The enemy fıred 12 missiles and attacked wıth 40 drones.",
        "KH-101 cruise missiles: destroyed 7, Kelvin K-launched 3, in\ttotal 10.",
        "Air defence shot  down\n40 drones; RUSSIA FIRED 12 ROCKETS in total.",
        "All four missiles HIT THEIR TARGETS; those drones reached their targets.",
        "Russia has overnight 40 drones and two missiles against Kyiv DEPLOYED.",
        "Russia has overnight 40 drones and two missiles against Kyiv uſed.",
        "Police searched the homes of the raid's organisers with a warrant.",
        "THE DRONES WERE SHOT DOWN; the missiles were all intercepted.",
    ]
    return sentences + odd


_SENTENCES = _texts()


@pytest.mark.parametrize("name", sorted(_SCANS))
def test_scans_match_the_full_pattern(name: str) -> None:
    scan: StemScan = _SCANS[name]
    pattern = scan.pattern
    for text in _SENTENCES:
        spans = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in scan.finditer(text)] == spans, text
        n = len(text)
        for lo, hi in ((0, n), (n // 3, n), (0, n // 2), (n // 4, 3 * n // 4), (5, n + 10)):
            want = [m.span() for m in pattern.finditer(text, lo, hi)]
            assert [m.span() for m in scan.finditer(text, lo, hi)] == want, (text, lo, hi)
            first = pattern.search(text, lo, hi)
            got = scan.search(text, lo, hi)
            assert (got and got.span()) == (first and first.span()), (text, lo, hi)


def test_scan_keeps_no_state_between_texts() -> None:
    scan = _numclause.INTERCEPT_SCAN
    a = "Air defence shot down 40 drones."
    b = "Nothing was said about the drones."
    assert [m.group() for m in scan.finditer(a)] == ["shot down"]
    assert scan.finditer(b) == []
    assert [m.group() for m in scan.finditer(a)] == ["shot down"]
    assert scan.search(b) is None


def test_stem_starts_overlap() -> None:
    """Every offset a stem starts at, those inside another stem's hit included (the
    searched-again scan of speed round 26 must equal the old zero-width scan)."""
    scan = StemScan(re.compile(r"(?:ab|ba)c?", re.IGNORECASE), ("ab", "ba"))
    assert scan._starts("xABABa", 0, 6) == [1, 2, 3, 4]
    assert scan._starts("xABABa", 2, 4) == [2]  # a stem must end before ``hi``
    for name, full in _SCANS.items():
        zero_width = re.compile(f"(?=(?:{'|'.join(map(re.escape, full.stems))}))")
        for text in _SENTENCES[:400]:
            low = text.lower()
            if len(low) != len(text) or "ı" in text or "ſ" in text:
                continue
            want = [m.start() for m in zero_width.finditer(low, 3, len(low) - 2)]
            if full.needs and not any(w in low for w in full.needs):
                want = []
            assert full._starts(text, 3, len(low) - 2) == want, (name, text)
