"""The yardstick itself must be right, or every score it prints is noise.

Small hand-made gold and a fake ``extract`` keep these tests independent of the
real detectors.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from pipeline import evaluate
from pipeline.evaluate import TypeScore, score, token_f1
from pipeline.extract.model import (
    Casualty,
    Evidence,
    Finding,
    Interception,
    Statement,
    StatementMode,
    Strike,
    StrikeWeapon,
)
from pipeline.gold import (
    GoldCasualty,
    GoldError,
    GoldInterception,
    GoldPassage,
    GoldStatement,
    GoldStrike,
    load_gold,
    load_sample_gold,
)

EV = Evidence("x", 0, 1)


def strike(weapon: StrikeWeapon = "rocket", count: int = 85) -> Strike:
    return Strike(EV, 0.9, "Russia", "Ukraine", weapon, count, "exact", "PT24H", None)


def interception(
    launched: int | None = 7, intercepted: int | None = 5, all_: bool = False
) -> Interception:
    return Interception(EV, 0.9, "drone", None, launched, intercepted, all_, "exact", None, None)


def casualty(killed: int | None = 4, injured: int | None = None) -> Casualty:
    return Casualty(EV, 0.9, "civilians", killed, injured, "exact", None, None, None)


def statement(speaker: str, quote: str, mode: StatementMode = "direct") -> Statement:
    return Statement(EV, 0.9, speaker, mode, quote, "said")


def fake(findings: Sequence[Finding]) -> Callable[[str], list[Finding]]:
    return lambda _text: list(findings)


def passage(**events: object) -> GoldPassage:
    return GoldPassage(id="p1", text="text", **events)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- matching


@pytest.mark.parametrize(
    ("gold", "found", "tp", "fp", "fn"),
    [
        ((GoldStrike("rocket", 85),), [strike("rocket", 85)], 1, 0, 0),
        ((GoldStrike("rocket", 85),), [strike("rocket", 84)], 0, 1, 1),
        ((GoldStrike("rocket", 85),), [strike("missile", 85)], 0, 1, 1),
        ((GoldStrike("rocket", 85),), [], 0, 0, 1),
        ((), [strike()], 0, 1, 0),
        # one-to-one: two identical findings cannot both match one gold event
        ((GoldStrike("rocket", 85),), [strike(), strike()], 1, 1, 0),
        ((GoldStrike("rocket", 85), GoldStrike("rocket", 85)), [strike()], 1, 0, 1),
        # attacker, target, period and reporter are not part of the match
        ((GoldStrike("rocket", 85, "Belarus", "Kyiv", None, "x"),), [strike()], 1, 0, 0),
    ],
)
def test_strike_matching(
    gold: tuple[GoldStrike, ...], found: list[Finding], tp: int, fp: int, fn: int
) -> None:
    report = score([passage(strikes=gold)], extract=fake(found))
    assert report.scores["strike"] == TypeScore(tp, fp, fn)


@pytest.mark.parametrize(
    ("gold", "found", "matches"),
    [
        (GoldInterception("drone", 7, 5, False), interception(7, 5), True),
        (GoldInterception("missile", 7, 5, False), interception(7, 5), True),  # weapon ignored
        (GoldInterception("drone", 7, 5, False), interception(None, 5), False),
        (GoldInterception("drone", 7, 5, False), interception(7, 6), False),
        (GoldInterception("drone", None, None, True), interception(None, None, True), True),
        (GoldInterception("drone", None, None, True), interception(None, None, False), False),
    ],
)
def test_interception_matching(gold: GoldInterception, found: Finding, matches: bool) -> None:
    report = score([passage(interceptions=(gold,))], extract=fake([found]))
    assert report.scores["interception"].tp == int(matches)


@pytest.mark.parametrize(
    ("gold", "found", "matches"),
    [
        (GoldCasualty("civilians", 4, None), casualty(4, None), True),
        (GoldCasualty("people", 4, None), casualty(4, None), True),  # group ignored
        (GoldCasualty("civilians", 4, None), casualty(4, 0), False),
        (GoldCasualty("civilians", 4, 12), casualty(4, 12), True),
        (GoldCasualty("civilians", 4, 12), casualty(4, None), False),
    ],
)
def test_casualty_matching(gold: GoldCasualty, found: Finding, matches: bool) -> None:
    report = score([passage(casualties=(gold,))], extract=fake([found]))
    assert report.scores["casualty"].tp == int(matches)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("We will survive.", "we will survive", 1.0),
        ("a b c d", "a b", 2 * (1.0 * 0.5) / 1.5),
        ("a b", "c d", 0.0),
        ("", "a", 0.0),
        ("Xi’s stance", "xi s stance", 1.0),  # curly apostrophe splits like a straight one
        ("a a b", "a b b", 2 / 3),  # tokens are a bag, counted with multiplicity
    ],
)
def test_token_f1(a: str, b: str, expected: float) -> None:
    assert token_f1(a, b) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("gold_quote", "found_quote", "speaker", "matches"),
    [
        ("sanctions are doomed to fail", "sanctions are doomed to fail", "Xi Jinping", True),
        # half the gold tokens, nothing extra: P = 1, R = 0.5, F1 = 2/3
        ("doomed fail", "doomed", "Xi Jinping", True),
        # F1 = 0.5 exactly (P = 1/3, R = 1) is at the threshold and matches
        ("doomed", "doomed to fail", "Xi Jinping", True),
        # F1 = 0.4 (P = 1/4, R = 1) is below it
        ("doomed", "doomed to fail now", "Xi Jinping", False),
        ("sanctions are doomed to fail", "sanctions are doomed to fail", "Putin", False),
        ("sanctions are doomed", "sanctions are doomed", "  xi   JINPING ", True),
    ],
)
def test_statement_matching(gold_quote: str, found_quote: str, speaker: str, matches: bool) -> None:
    gold = GoldStatement("Xi Jinping", "direct", gold_quote)
    report = score([passage(statements=(gold,))], extract=fake([statement(speaker, found_quote)]))
    assert report.scores["statement"].tp == int(matches)


def test_greedy_matching_prefers_the_best_quote() -> None:
    """A finding that fits two gold quotes goes to the closer one, freeing the other."""
    gold = (
        GoldStatement("A", "direct", "one two three four"),
        GoldStatement("A", "direct", "one two three"),
    )
    found = [statement("A", "one two three"), statement("A", "one two three four five")]
    report = score([passage(statements=gold)], extract=fake(found))
    assert report.scores["statement"] == TypeScore(2, 0, 0)


def test_matching_is_per_passage() -> None:
    """A finding in one passage never pays for a gold event of another."""
    p1 = GoldPassage("a", "first", strikes=(GoldStrike("rocket", 85),))
    p2 = GoldPassage("b", "second")
    report = score([p1, p2], extract=lambda t: [strike()] if t == "second" else [])
    assert report.scores["strike"] == TypeScore(0, 1, 1)
    assert [e.passage_id for e in report.misses] == ["a"]
    assert [e.passage_id for e in report.spurious] == ["b"]


# --------------------------------------------------------------------------- arithmetic


@pytest.mark.parametrize(
    ("counts", "p", "r", "f1"),
    [
        ((3, 1, 2), 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35),
        ((0, 0, 0), 1.0, 1.0, 1.0),  # nothing to find, nothing found
        ((0, 0, 5), 0.0, 0.0, 0.0),  # empty extractor is not "precise"
        ((0, 4, 0), 0.0, 0.0, 0.0),
        ((0, 2, 2), 0.0, 0.0, 0.0),
        ((10, 0, 0), 1.0, 1.0, 1.0),
    ],
)
def test_rates(counts: tuple[int, int, int], p: float, r: float, f1: float) -> None:
    s = TypeScore(*counts)
    assert (s.precision, s.recall, s.f1) == pytest.approx((p, r, f1))
    assert s.gold == counts[0] + counts[2]
    assert s.found == counts[0] + counts[1]


def test_overall_is_micro_average() -> None:
    gold = passage(strikes=(GoldStrike("rocket", 85),), casualties=(GoldCasualty("x", 1, None),))
    report = score([gold], extract=fake([strike(), casualty(2)]))
    assert report.overall == TypeScore(1, 1, 1)
    assert report.to_dict()["overall"]["f1"] == 0.5


def test_errors_name_passage_and_evidence() -> None:
    gold = passage(strikes=(GoldStrike("rocket", 85),))
    report = score([gold], extract=fake([strike("rocket", 84)]))
    (miss,) = report.misses
    (spur,) = report.spurious
    assert miss.passage_id == "p1" and miss.evidence is None
    assert spur.evidence == "x"
    assert "85 × rocket" in miss.describe()
    assert "84 × rocket" in spur.describe()


# --------------------------------------------------------------------------- loading

GOOD = {
    "id": "d1",
    "text": "Russia fired 5 missiles.",
    "source": "test",
    "strikes": [{"attacker": "Russia", "target": None, "weapon": "missile", "count": 5}],
    "interceptions": [],
    "casualties": [],
    "statements": [],
}


def write_lines(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_gold_reads_passages(tmp_path: Path) -> None:
    path = write_lines(tmp_path, json.dumps(GOOD), "", json.dumps({**GOOD, "id": "d2"}))
    passages = load_gold(path)
    assert [p.id for p in passages] == ["d1", "d2"]
    assert passages[0].strikes == (GoldStrike("missile", 5, "Russia"),)


def with_strike(**changes: object) -> str:
    return json.dumps({**GOOD, "strikes": [{**GOOD["strikes"][0], **changes}]})  # type: ignore[dict-item]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "must be a JSON object"),
        (json.dumps({k: v for k, v in GOOD.items() if k != "text"}), "missing key 'text'"),
        (with_strike(weapon="catapult"), "'weapon' must be one of"),
        (with_strike(count="five"), "'count' must be an integer"),
        (with_strike(count=True), "'count' must be an integer"),
        (with_strike(count=-1), "must not be negative"),
        (json.dumps({**GOOD, "strikes": {}}), "'strikes' must be a list"),
        (json.dumps({**GOOD, "casualties": [{"group": "people"}]}), "missing key 'killed'"),
        (
            json.dumps({**GOOD, "casualties": [{"group": "x", "killed": None, "injured": None}]}),
            "both are null",
        ),
        (
            json.dumps({**GOOD, "statements": [{"speaker": "A", "mode": "shout", "quote": "q"}]}),
            "'mode' must be one of",
        ),
        (
            json.dumps(
                {**GOOD, "interceptions": [{"weapon": "drone", "launched": 1, "intercepted": 1}]}
            ),
            "missing key 'all_intercepted'",
        ),
    ],
)
def test_load_gold_errors_name_the_line(tmp_path: Path, line: str, message: str) -> None:
    path = write_lines(tmp_path, json.dumps(GOOD), line)
    with pytest.raises(GoldError, match=message) as info:
        load_gold(path)
    assert f"{path}:2:" in str(info.value)


def test_duplicate_ids_are_rejected(tmp_path: Path) -> None:
    path = write_lines(tmp_path, json.dumps(GOOD), json.dumps(GOOD))
    with pytest.raises(GoldError, match="duplicate id 'd1'"):
        load_gold(path)


def test_load_sample_gold(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Russia fired 5 missiles.", encoding="utf-8")
    sample = {k: v for k, v in GOOD.items() if k not in ("id", "text")}
    (tmp_path / "a.gold.json").write_text(json.dumps({**sample, "article": "a.txt"}, indent=2))
    p = load_sample_gold(tmp_path / "a.gold.json")
    assert (p.id, p.text, len(p.strikes)) == ("a", "Russia fired 5 missiles.", 1)


def test_load_sample_gold_missing_article(tmp_path: Path) -> None:
    (tmp_path / "a.gold.json").write_text(json.dumps({"article": "gone.txt"}))
    with pytest.raises(GoldError, match="cannot read"):
        load_sample_gold(tmp_path / "a.gold.json")


# --------------------------------------------------------------------------- CLI


def test_main_prints_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(evaluate, "default_extract", fake([strike("missile", 4)]))
    path = write_lines(tmp_path, json.dumps(GOOD))
    assert evaluate.main([str(path), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "strike" in out and "F1" in out
    assert "MISSED" in out and "5 × missile" in out
    assert "SPURIOUS" in out and "4 × missile" in out


def test_main_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(evaluate, "default_extract", fake([strike("missile", 5)]))
    path = write_lines(tmp_path, json.dumps(GOOD))
    assert evaluate.main([str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["scores"]["strike"]["f1"] == 1.0
    assert data["misses"] == [] and data["spurious"] == []


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "cannot read"), ('{"id": "a", "text": "t"}\n{oops\n', ":2: invalid JSON")],
)
def test_main_bad_input_exits_2_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    path = tmp_path / "gold.jsonl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert evaluate.main([str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
