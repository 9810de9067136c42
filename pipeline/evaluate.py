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

Run as ``python -m pipeline.evaluate GOLD.jsonl [--errors] [--json]``. The gold
types and their loading live in :mod:`pipeline.gold`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from pipeline.extract import extract as default_extract
from pipeline.extract.model import (
    Casualty,
    Finding,
    Interception,
    Statement,
    Strike,
)
from pipeline.gold import (
    EVENT_TYPES,
    EventType,
    GoldCasualty,
    GoldError,
    GoldEvent,
    GoldInterception,
    GoldPassage,
    GoldStatement,
    GoldStrike,
    load_any,
)

QUOTE_F1_THRESHOLD = 0.5
"""A statement matches when its quote shares at least this token F1 with the gold one."""
_TOKEN = re.compile(r"\w+")


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
