"""The quality yardstick: score the extractor against hand-labelled gold passages.

A number we can watch is what keeps parallel work on the detectors honest, so
this module is deliberately small and strict: gold files are validated line by
line (a typo in the labels must not silently become a "miss"), and matching is
loose only where the issue says so (statement wording, via token F1).

Matching, per passage and per event type, one-to-one and greedy:

* strikes by ``weapon`` and ``count``;
* interceptions by ``launched``, ``intercepted`` and ``all_intercepted``;
* casualties by ``killed`` and ``injured``;
* statements by ``speaker`` and ``quote`` (token F1 >= 0.5, tokens being the
  lower-cased ``\\w+`` runs).

Run as ``python -m pipeline.evaluate GOLD.jsonl [--errors] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar, get_args

from pipeline.extract import extract as default_extract
from pipeline.extract.model import (
    Casualty,
    Finding,
    Interception,
    InterceptWeapon,
    Statement,
    StatementMode,
    Strike,
    StrikeWeapon,
)

EventType = Literal["strike", "interception", "casualty", "statement"]
EVENT_TYPES: tuple[EventType, ...] = ("strike", "interception", "casualty", "statement")
QUOTE_F1_THRESHOLD = 0.5
"""A statement matches when its quote shares at least this token F1 with the gold one."""

_TOKEN = re.compile(r"\w+")


class GoldError(ValueError):
    """A gold file that cannot be read as labels; the message names file and line."""


@dataclass(frozen=True, slots=True)
class GoldStrike:
    """A labelled strike. Findings are converted to this shape before matching."""

    weapon: str
    count: int
    attacker: str | None = None
    target: str | None = None
    period: str | None = None
    reported_by: str | None = None


@dataclass(frozen=True, slots=True)
class GoldInterception:
    """A labelled air-defence report."""

    weapon: str
    launched: int | None
    intercepted: int | None
    all_intercepted: bool
    weapon_model: str | None = None
    location: str | None = None
    reported_by: str | None = None


@dataclass(frozen=True, slots=True)
class GoldCasualty:
    """A labelled casualty record (one per stated group)."""

    group: str
    killed: int | None
    injured: int | None
    cause: str | None = None
    reported_by: str | None = None


@dataclass(frozen=True, slots=True)
class GoldStatement:
    """A labelled statement; ``quote`` is the quoted words or the reported clause."""

    speaker: str
    mode: str
    quote: str


GoldEvent = GoldStrike | GoldInterception | GoldCasualty | GoldStatement


@dataclass(frozen=True, slots=True)
class GoldPassage:
    """One labelled passage: its text and every event a correct extractor emits."""

    id: str
    text: str
    source: str | None = None
    strikes: tuple[GoldStrike, ...] = ()
    interceptions: tuple[GoldInterception, ...] = ()
    casualties: tuple[GoldCasualty, ...] = ()
    statements: tuple[GoldStatement, ...] = ()

    def events(self, kind: EventType) -> tuple[GoldEvent, ...]:
        """The gold events of one type."""
        by_kind: dict[EventType, tuple[GoldEvent, ...]] = {
            "strike": self.strikes,
            "interception": self.interceptions,
            "casualty": self.casualties,
            "statement": self.statements,
        }
        return by_kind[kind]


# --------------------------------------------------------------------------- loading


def _check_type(obj: dict[str, Any], key: str, kinds: tuple[type, ...], where: str) -> Any:
    """``obj[key]`` if present with one of ``kinds`` (None allowed when listed); else GoldError.

    ``bool`` is rejected where ``int`` is asked for, since JSON ``true`` is no count.
    """
    if key not in obj:
        raise GoldError(f"{where}: missing key {key!r}")
    value = obj[key]
    if value is None and type(None) in kinds:
        return None
    if isinstance(value, bool) and bool not in kinds:
        raise GoldError(f"{where}: {key!r} must be {_kind_names(kinds)}, got {value!r}")
    if not isinstance(value, kinds):
        raise GoldError(f"{where}: {key!r} must be {_kind_names(kinds)}, got {value!r}")
    if isinstance(value, int) and not isinstance(value, bool) and value < 0:
        raise GoldError(f"{where}: {key!r} must not be negative, got {value}")
    if isinstance(value, str) and not value.strip():
        raise GoldError(f"{where}: {key!r} must not be empty")
    return value


def _kind_names(kinds: tuple[type, ...]) -> str:
    names = {int: "an integer", str: "a string", bool: "true or false", type(None): "null"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def _optional_str(obj: dict[str, Any], key: str, where: str) -> str | None:
    if key not in obj:
        return None
    value: str | None = _check_type(obj, key, (str, type(None)), where)
    return value


def _enum(obj: dict[str, Any], key: str, allowed: tuple[str, ...], where: str) -> str:
    value: str = _check_type(obj, key, (str,), where)
    if value not in allowed:
        raise GoldError(f"{where}: {key!r} must be one of {', '.join(allowed)}; got {value!r}")
    return value


_STRIKE_WEAPONS: tuple[str, ...] = get_args(StrikeWeapon)
_INTERCEPT_WEAPONS: tuple[str, ...] = get_args(InterceptWeapon)
_MODES: tuple[str, ...] = get_args(StatementMode)
_INT_OR_NULL = (int, type(None))


def _strike(obj: dict[str, Any], where: str) -> GoldStrike:
    return GoldStrike(
        weapon=_enum(obj, "weapon", _STRIKE_WEAPONS, where),
        count=_check_type(obj, "count", (int,), where),
        attacker=_optional_str(obj, "attacker", where),
        target=_optional_str(obj, "target", where),
        period=_optional_str(obj, "period", where),
        reported_by=_optional_str(obj, "reported_by", where),
    )


def _interception(obj: dict[str, Any], where: str) -> GoldInterception:
    return GoldInterception(
        weapon=_enum(obj, "weapon", _INTERCEPT_WEAPONS, where),
        launched=_check_type(obj, "launched", _INT_OR_NULL, where),
        intercepted=_check_type(obj, "intercepted", _INT_OR_NULL, where),
        all_intercepted=_check_type(obj, "all_intercepted", (bool,), where),
        weapon_model=_optional_str(obj, "weapon_model", where),
        location=_optional_str(obj, "location", where),
        reported_by=_optional_str(obj, "reported_by", where),
    )


def _casualty(obj: dict[str, Any], where: str) -> GoldCasualty:
    casualty = GoldCasualty(
        group=_check_type(obj, "group", (str,), where),
        killed=_check_type(obj, "killed", _INT_OR_NULL, where),
        injured=_check_type(obj, "injured", _INT_OR_NULL, where),
        cause=_optional_str(obj, "cause", where),
        reported_by=_optional_str(obj, "reported_by", where),
    )
    if casualty.killed is None and casualty.injured is None:
        raise GoldError(f"{where}: a casualty needs 'killed' or 'injured' (both are null)")
    return casualty


def _statement(obj: dict[str, Any], where: str) -> GoldStatement:
    return GoldStatement(
        speaker=_check_type(obj, "speaker", (str,), where),
        mode=_enum(obj, "mode", _MODES, where),
        quote=_check_type(obj, "quote", (str,), where),
    )


_T = TypeVar("_T")


def _events(
    obj: dict[str, Any], key: str, parse: Callable[[dict[str, Any], str], _T], where: str
) -> tuple[_T, ...]:
    """Parse the list ``obj[key]`` (absent means none) with ``parse``, naming each item."""
    items = obj.get(key, [])
    if not isinstance(items, list):
        raise GoldError(f"{where}: {key!r} must be a list")
    out: list[_T] = []
    for i, item in enumerate(items):
        item_where = f"{where}: {key}[{i}]"
        if not isinstance(item, dict):
            raise GoldError(f"{item_where}: must be an object")
        out.append(parse(item, item_where))
    return tuple(out)


def passage_from_dict(obj: Any, where: str) -> GoldPassage:
    """Validate one gold object; ``where`` prefixes every error ("dev.jsonl:12")."""
    if not isinstance(obj, dict):
        raise GoldError(f"{where}: a passage must be a JSON object")
    source = obj.get("source")
    if source is not None and not isinstance(source, str):
        raise GoldError(f"{where}: 'source' must be a string")
    return GoldPassage(
        id=str(_check_type(obj, "id", (str, int), where)),
        text=_check_type(obj, "text", (str,), where),
        source=source,
        strikes=_events(obj, "strikes", _strike, where),
        interceptions=_events(obj, "interceptions", _interception, where),
        casualties=_events(obj, "casualties", _casualty, where),
        statements=_events(obj, "statements", _statement, where),
    )


def _read(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise GoldError(f"{path}: cannot read: {reason}") from exc


def load_gold(path: str | Path) -> list[GoldPassage]:
    """Read a JSON-lines gold file (blank lines ignored); ids must be unique."""
    passages: list[GoldPassage] = []
    seen: set[str] = set()
    for number, line in enumerate(_read(path).splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{where}: invalid JSON: {exc.msg} (column {exc.colno})") from exc
        passage = passage_from_dict(obj, where)
        if passage.id in seen:
            raise GoldError(f"{where}: duplicate id {passage.id!r}")
        seen.add(passage.id)
        passages.append(passage)
    return passages


def load_sample_gold(json_path: str | Path) -> GoldPassage:
    """Read a single-article gold file whose ``"article"`` names the text file beside it."""
    json_path = Path(json_path)
    try:
        obj = json.loads(_read(json_path))
    except json.JSONDecodeError as exc:
        raise GoldError(f"{json_path}:{exc.lineno}: invalid JSON: {exc.msg}") from exc
    if not isinstance(obj, dict) or not isinstance(obj.get("article"), str):
        raise GoldError(f"{json_path}: expected an object with an 'article' file name")
    text = _read(json_path.parent / obj["article"])
    stem = json_path.name.removesuffix(".json").removesuffix(".gold")
    return passage_from_dict(
        {**obj, "id": stem, "text": text, "source": obj.get("source", str(json_path))},
        str(json_path),
    )


def load_any(path: str | Path) -> list[GoldPassage]:
    """A sample gold object (has ``"article"``) or else a JSON-lines gold file."""
    text = _read(path)
    try:
        whole = json.loads(text)
    except json.JSONDecodeError:
        whole = None
    if isinstance(whole, dict) and "article" in whole:
        return [load_sample_gold(path)]
    return load_gold(path)


# --------------------------------------------------------------------------- matching


def tokens(text: str) -> list[str]:
    """Lower-cased word-character runs: the units of quote F1."""
    return _TOKEN.findall(text.lower())


def token_f1(a: str, b: str) -> float:
    """Bag-of-tokens F1 between two strings (0.0 when either has no tokens)."""
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ta & tb).values())
    if common == 0:
        return 0.0
    precision = common / sum(tb.values())
    recall = common / sum(ta.values())
    return 2 * precision * recall / (precision + recall)


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def similarity(gold: GoldEvent, found: GoldEvent) -> float:
    """How well ``found`` matches ``gold``: 0.0 for no match, else in (0, 1]."""
    match gold, found:
        case GoldStrike(), GoldStrike():
            return float(gold.weapon == found.weapon and gold.count == found.count)
        case GoldInterception(), GoldInterception():
            same = (gold.launched, gold.intercepted, gold.all_intercepted) == (
                found.launched,
                found.intercepted,
                found.all_intercepted,
            )
            return float(same)
        case GoldCasualty(), GoldCasualty():
            return float((gold.killed, gold.injured) == (found.killed, found.injured))
        case GoldStatement(), GoldStatement():
            if not _same_name(gold.speaker, found.speaker):
                return 0.0
            f1 = token_f1(gold.quote, found.quote)
            return f1 if f1 >= QUOTE_F1_THRESHOLD else 0.0
    return 0.0


def from_finding(finding: Finding) -> tuple[EventType, GoldEvent]:
    """A finding in gold shape, so both sides are matched and printed alike."""
    match finding:
        case Strike():
            return "strike", GoldStrike(
                finding.weapon,
                finding.count,
                finding.attacker,
                finding.target,
                finding.period,
                finding.reported_by,
            )
        case Interception():
            return "interception", GoldInterception(
                finding.weapon,
                finding.launched,
                finding.intercepted,
                finding.all_intercepted,
                finding.weapon_model,
                finding.location,
                finding.reported_by,
            )
        case Casualty():
            return "casualty", GoldCasualty(
                finding.group, finding.killed, finding.injured, finding.cause, finding.reported_by
            )
        case Statement():
            return "statement", GoldStatement(finding.speaker, finding.mode, finding.quote)
    raise TypeError(f"not a finding: {finding!r}")


def match(
    gold: Sequence[GoldEvent], found: Sequence[GoldEvent]
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """One-to-one greedy matching: best-scoring pairs first, ties in reading order.

    Returns the matched ``(gold_index, found_index)`` pairs, the unmatched gold
    indices (misses) and the unmatched found indices (spurious).
    """
    candidates = sorted(
        (
            (-score, gi, fi)
            for gi, g in enumerate(gold)
            for fi, f in enumerate(found)
            if (score := similarity(g, f)) > 0
        )
    )
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_found: set[int] = set()
    for _, gi, fi in candidates:
        if gi not in used_gold and fi not in used_found:
            pairs.append((gi, fi))
            used_gold.add(gi)
            used_found.add(fi)
    misses = [i for i in range(len(gold)) if i not in used_gold]
    spurious = [i for i in range(len(found)) if i not in used_found]
    return sorted(pairs), misses, spurious


# --------------------------------------------------------------------------- report


def _ratio(num: int, den: int, *, empty: float) -> float:
    return num / den if den else empty


@dataclass(frozen=True, slots=True)
class TypeScore:
    """Counts for one event type and the rates derived from them.

    With nothing found, precision is 1.0 only if nothing was to be found
    either; an empty extractor must not look precise against real gold.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def found(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.found, empty=1.0 if self.fn == 0 else 0.0)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.gold, empty=1.0 if self.fp == 0 else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: TypeScore) -> TypeScore:
        return TypeScore(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "found": self.found,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True, slots=True)
class Error:
    """A gold event the extractor missed, or a finding no gold event accounts for."""

    passage_id: str
    kind: EventType
    event: GoldEvent
    evidence: str | None = None
    """For spurious findings: the text the extractor read the event from."""

    def describe(self) -> str:
        """The event in plain words, e.g. ``85 rocket strikes by Russia on Ukraine``."""
        return describe(self.event)


@dataclass(frozen=True, slots=True)
class Report:
    """Per-type scores over a gold set, with every miss and spurious finding."""

    scores: dict[EventType, TypeScore]
    misses: tuple[Error, ...] = ()
    spurious: tuple[Error, ...] = ()
    passages: int = 0

    @property
    def overall(self) -> TypeScore:
        """Micro-average over all event types."""
        total = TypeScore()
        for kind in EVENT_TYPES:
            total = total + self.scores[kind]
        return total

    def to_dict(self) -> dict[str, Any]:
        def err(e: Error) -> dict[str, Any]:
            out: dict[str, Any] = {"passage": e.passage_id, "type": e.kind, **asdict(e.event)}
            if e.evidence is not None:
                out["evidence"] = e.evidence
            return out

        return {
            "passages": self.passages,
            "scores": {k: self.scores[k].to_dict() for k in EVENT_TYPES},
            "overall": self.overall.to_dict(),
            "misses": [err(e) for e in self.misses],
            "spurious": [err(e) for e in self.spurious],
        }


@dataclass(slots=True)
class _Tally:
    scores: dict[EventType, TypeScore] = field(
        default_factory=lambda: {k: TypeScore() for k in EVENT_TYPES}
    )
    misses: list[Error] = field(default_factory=list)
    spurious: list[Error] = field(default_factory=list)


def score(
    passages: Iterable[GoldPassage],
    extract: Callable[[str], Sequence[Finding]] = default_extract,
) -> Report:
    """Run ``extract`` on every passage and score its findings against the gold."""
    tally = _Tally()
    count = 0
    for passage in passages:
        count += 1
        try:
            findings = list(extract(passage.text))
        except Exception as exc:
            exc.add_note(f"while extracting gold passage {passage.id!r}")
            raise
        converted = [from_finding(f) for f in findings]
        for kind in EVENT_TYPES:
            gold = passage.events(kind)
            found_idx = [i for i, (k, _) in enumerate(converted) if k == kind]
            found = [converted[i][1] for i in found_idx]
            pairs, misses, spurious = match(gold, found)
            tally.scores[kind] += TypeScore(len(pairs), len(spurious), len(misses))
            tally.misses.extend(Error(passage.id, kind, gold[i]) for i in misses)
            tally.spurious.extend(
                Error(passage.id, kind, found[i], findings[found_idx[i]].evidence.text)
                for i in spurious
            )
    return Report(tally.scores, tuple(tally.misses), tuple(tally.spurious), count)


# --------------------------------------------------------------------------- printing


def _n(value: int | None) -> str:
    return "?" if value is None else str(value)


def _extras(pairs: Iterable[tuple[str, str | None]]) -> str:
    parts = [f"{label} {value}" for label, value in pairs if value]
    return f" ({'; '.join(parts)})" if parts else ""


def describe(event: GoldEvent) -> str:
    """One event in plain words, for ``--errors``."""
    match event:
        case GoldStrike():
            extras = _extras(
                [
                    ("by", event.attacker),
                    ("on", event.target),
                    ("period", event.period),
                    ("reported by", event.reported_by),
                ]
            )
            return f"{event.count} × {event.weapon}{extras}"
        case GoldInterception():
            what = event.weapon + (f" {event.weapon_model}" if event.weapon_model else "")
            if event.all_intercepted:
                outcome = f"all of {_n(event.launched)} shot down"
            else:
                outcome = f"{_n(event.intercepted)} of {_n(event.launched)} shot down"
            extras = _extras([("over", event.location), ("reported by", event.reported_by)])
            return f"{what}: {outcome}{extras}"
        case GoldCasualty():
            extras = _extras([("cause", event.cause), ("reported by", event.reported_by)])
            return f"{event.group}: {_n(event.killed)} killed, {_n(event.injured)} injured{extras}"
        case GoldStatement():
            return f"{event.speaker} ({event.mode}): “{event.quote}”"
    raise TypeError(f"not a gold event: {event!r}")


def format_table(report: Report) -> str:
    """The score table: one row per type, then the micro-average."""
    lines = [f"{'type':<14}{'gold':>6}{'found':>7}{'P':>8}{'R':>8}{'F1':>8}"]
    rows = [(k, report.scores[k]) for k in EVENT_TYPES] + [("all", report.overall)]
    for name, s in rows:
        lines.append(
            f"{name:<14}{s.gold:>6}{s.found:>7}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}"
        )
    return "\n".join(lines)


def format_errors(report: Report) -> str:
    """Every miss and spurious finding, one per line, grouped by passage."""
    lines: list[str] = []
    for label, errors in (("MISSED", report.misses), ("SPURIOUS", report.spurious)):
        for e in errors:
            line = f"{label:<9}{e.passage_id:<12} {e.kind:<13}{e.describe()}"
            if e.evidence is not None:
                line += f"  <- “{e.evidence}”"
            lines.append(line)
    return "\n".join(lines) if lines else "no errors"


def main(argv: list[str] | None = None) -> int:
    """``newswire eval GOLD.jsonl [--errors] [--json]``: print scores; 2 on unusable input."""
    parser = argparse.ArgumentParser(
        prog="newswire eval",
        description="Score the extractor against hand-labelled gold passages.",
    )
    parser.add_argument("gold", help="JSON-lines gold file, or a single sample .gold.json")
    parser.add_argument("--errors", action="store_true", help="list every miss and spurious event")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    try:
        passages = load_any(args.gold)
    except GoldError as exc:
        print(f"newswire eval: {exc}", file=sys.stderr)
        return 2
    report = score(passages, extract=default_extract)  # looked up now: tests swap it
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"{report.passages} passages from {args.gold}")
    print(format_table(report))
    if args.errors:
        print()
        print(format_errors(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
