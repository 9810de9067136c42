"""Hand-labelled gold passages: their types, and loading them with clear errors.

Gold files are validated line by line, so a typo in the labels is reported as
such and never silently becomes a detector "miss". Format: ``shared/README.md``
(JSON lines; the sample's single-object ``.gold.json`` is read too).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar, get_args

from pipeline.extract.model import InterceptWeapon, StatementMode, StrikeWeapon

EventType = Literal["strike", "interception", "casualty", "statement"]
EVENT_TYPES: tuple[EventType, ...] = ("strike", "interception", "casualty", "statement")


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
