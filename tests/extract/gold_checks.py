"""Checks shared by the labelled-data tests: the gold format's keys, values and quotes.

A typo in a label would otherwise show up as a detector "miss" and send
someone hunting for a bug that is not there.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pipeline.evaluate import Report, score
from pipeline.gold import EventType, load_gold

FIELDS: dict[str, set[str]] = {
    "strikes": {"attacker", "target", "weapon", "count", "period", "reported_by"},
    "interceptions": {
        "weapon",
        "weapon_model",
        "launched",
        "intercepted",
        "all_intercepted",
        "location",
        "reported_by",
    },
    "casualties": {"group", "killed", "injured", "cause", "reported_by"},
    "statements": {"speaker", "mode", "quote"},
}
ENUMS: dict[tuple[str, str], set[str]] = {
    ("strikes", "weapon"): {
        "missile",
        "rocket",
        "drone",
        "airstrike",
        "mlrs",
        "artillery",
        "glide_bomb",
        "other",
    },
    ("interceptions", "weapon"): {"drone", "missile", "mixed"},
    ("statements", "mode"): {"direct", "partial", "indirect"},
}
NUMBERS: dict[str, tuple[str, ...]] = {
    "strikes": ("count",),
    "interceptions": ("launched", "intercepted"),
    "casualties": ("killed", "injured"),
}
OPEN_QUOTES = ('"', "“", "„", "«", "»", "‘")
"""Opening marks: straight, curly, German „…“, French/Russian «…» (Nordic »…») and British ‘…’."""
CLOSE_QUOTES = ('"', "”", "“", "»", "«", "’")
"""Closing marks: "“" closes German „…“, "«" closes the Nordic-style »…«, "’" closes ‘…’."""
_MARK_SPACE = " \u00a0\u202f"
"""Spacing French typography puts inside guillemets ("« une guerre »")."""
_SENTENCE_END = re.compile(r"[.!?][\"”’»)]*(?=\s+[\"“‘„«A-Z]|\s*$)")


def lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, parsed object) for each line of a gold JSON-lines file."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        assert line.strip(), f"{path.name}:{number}: blank line"
        obj = json.loads(line)
        assert isinstance(obj, dict), f"{path.name}:{number}: not an object"
        yield number, obj


def file_problems(
    path: Path, source: str, sentences_allowed: tuple[int, int]
) -> tuple[list[dict[str, Any]], list[str]]:
    """The passages of ``path`` and everything wrong with them (duplicate ids included)."""
    problems: list[str] = []
    ids: set[str] = set()
    passages: list[dict[str, Any]] = []
    for number, obj in lines(path):
        passages.append(obj)
        problems.extend(
            f"{path.name}:{number}: {p}" for p in passage_problems(obj, source, sentences_allowed)
        )
        if obj.get("id") in ids:
            problems.append(f"{path.name}:{number}: duplicate id {obj['id']!r}")
        ids.add(obj.get("id", ""))
    return passages, problems


def checked_passages(
    path: Path, source: str, sentences_allowed: tuple[int, int]
) -> list[dict[str, Any]]:
    """The passages of a gold file, failing the test on any problem in its labels."""
    passages, problems = file_problems(path, source, sentences_allowed)
    assert not problems, "\n".join(problems)
    assert len(load_gold(path)) == len(passages)  # the evaluator reads it too
    return passages


@functools.cache
def report_of(path: Path) -> Report:
    """The evaluator's scores for one gold file, computed once per test session."""
    return score(load_gold(path))


def assert_f1(path: Path, kind: EventType, minimum: float) -> None:
    """The extractor's F1 for ``kind`` on ``path`` is at least ``minimum``."""
    s = report_of(path).scores[kind]
    assert s.f1 >= minimum, (
        f"{path.name} {kind}: P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} < {minimum}"
    )


def is_numeric(obj: dict[str, Any]) -> bool:
    """True when the passage has a strike, interception or casualty label."""
    return any(obj[kind] for kind in NUMBERS)


def passage_problems(
    obj: dict[str, Any], source: str, sentences_allowed: tuple[int, int]
) -> Iterator[str]:
    """Everything wrong with one labelled passage, in words."""
    keys = {"id", "text", "source", *FIELDS}
    if set(obj) != keys:
        yield f"keys {sorted(set(obj) ^ keys)} missing or unexpected"
        return
    text = obj["text"]
    if obj["source"] != source:
        yield f"source {obj['source']!r}"
    sentences = len(_SENTENCE_END.findall(text))
    low, high = sentences_allowed
    if not low <= sentences <= high:
        yield f"{sentences} sentences (want {low}-{high})"
    for kind, fields in FIELDS.items():
        for i, event in enumerate(obj[kind]):
            where = f"{kind}[{i}]"
            missing = fields - set(event)
            extra = set(event) - fields - {"evidence"}
            if missing or extra:
                yield f"{where}: missing {sorted(missing)}, unexpected {sorted(extra)}"
                continue
            for (enum_kind, name), allowed in ENUMS.items():
                if enum_kind == kind and event[name] not in allowed:
                    yield f"{where}: {name} {event[name]!r} not in {sorted(allowed)}"
            for name in NUMBERS.get(kind, ()):
                value = event[name]
                ok = value is None or (type(value) is int and value >= 0)
                if not ok or (kind == "strikes" and value is None):
                    yield f"{where}: {name} {value!r} is not a count"
            if "evidence" in event and event["evidence"] not in text:
                yield f"{where}: evidence not in text: {event['evidence']!r}"
            yield from event_problems(kind, event, text, where)


def event_problems(kind: str, event: dict[str, Any], text: str, where: str) -> Iterator[str]:
    if kind == "interceptions":
        if type(event["all_intercepted"]) is not bool:
            yield f"{where}: all_intercepted must be true or false"
        numbers = (event["launched"], event["intercepted"])
        if None not in numbers and numbers[1] > numbers[0]:
            yield f"{where}: more intercepted than launched"
        # "fired 200 missiles; most were intercepted": a launch figure with an outcome
        # stated without a number is an interception with intercepted null.
        if (
            not event["all_intercepted"]
            and event["intercepted"] is None
            and event["launched"] is None
        ):
            yield f"{where}: neither a figure launched or shot down nor 'all'"
    if kind == "casualties" and event["killed"] is None and event["injured"] is None:
        yield f"{where}: neither killed nor injured"
    if kind == "statements":
        quote = event["quote"]
        if not quote.strip() or not event["speaker"].strip():
            yield f"{where}: empty speaker or quote"
        elif quote not in text:
            yield f"{where}: quote not in text: {quote!r}"
        elif event["mode"] in ("direct", "partial") and not _inside_marks(quote, text):
            yield f"{where}: {event['mode']} quote is not the text between quotation marks"


def _inside_marks(quote: str, text: str) -> bool:
    """True when ``quote`` is exactly what stands between a pair of quotation marks.

    French spacing inside guillemets ("« a war crime »") is skipped on both sides.
    """
    start = text.find(quote)
    while start != -1:
        end = start + len(quote)
        head = text[:start].rstrip(_MARK_SPACE)
        tail = text[end:].lstrip(_MARK_SPACE)
        spaced = len(head) < start or len(tail) < len(text) - end
        before = head[-1:]
        after = tail[:1]
        marked = before in OPEN_QUOTES and after in CLOSE_QUOTES and before != "" != after
        if marked and (not spaced or (before in "«»" and after in "«»")):
            return True
        start = text.find(quote, start + 1)
    return False
