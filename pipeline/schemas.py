"""The JSON Schemas of ``schemas/``, compiled once into fast validators.

:func:`validator` is the reference: fastjsonschema, exactly the schema.
:func:`fast_validator` gives the same verdicts for the worker's hot path at a
fraction of the cost (about 2 µs rather than 15 µs per event): a check
generated from the schema once (straight-line ``type(v) is ...`` tests, one
local per value, no per-keyword function calls) answers first, and only a
record it does not accept goes to the reference, which has the last word and
writes the error message. The generated check is never more
permissive than the reference (``tests/test_schema_fastpath.py`` compares them
on many generated and mutated records), so a record it accepts is valid.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import fastjsonschema
import orjson

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "schemas"
NAMES = ("raw_article", "strike", "interception", "casualty", "statement", "dead_letter")

ValidationError = fastjsonschema.JsonSchemaValueException
"""Raised by a validator; ``.message`` says what is wrong."""

_ANNOTATIONS = frozenset({"$schema", "$id", "$comment", "title", "description", "examples"})
_KEYWORDS = frozenset(
    {"type", "properties", "required", "additionalProperties", "const", "enum"}
    | {"minLength", "maxLength", "pattern", "format", "minimum", "maximum"}
)


def load(name: str) -> dict[str, Any]:
    """The parsed schema document ``schemas/<name>.schema.json``."""
    schema: dict[str, Any] = orjson.loads((SCHEMA_DIR / f"{name}.schema.json").read_bytes())
    return schema


@cache
def validator(name: str) -> Callable[[Any], Any]:
    """A compiled validator for schema ``name``; raises :data:`ValidationError`."""
    return fastjsonschema.compile(load(name))


@cache
def fast_validator(name: str) -> Callable[[Any], Any]:
    """:func:`validator`'s verdicts, with the generated check answering first.

    Falls back to the reference alone for a schema using a keyword the
    generator does not know, so a new constraint is never silently skipped.
    """
    reference = validator(name)
    try:
        check = compile_check(load(name))
    except NotImplementedError:
        return reference

    def validate(data: Any) -> Any:
        if not check(data):
            reference(data)  # raises with the reference's message, or overrules the check
        return data

    return validate


def compile_check(schema: dict[str, Any]) -> Callable[[Any], bool]:
    """A generated ``check(data) -> bool`` for the subset of JSON Schema our schemas use.

    True means valid; False means "ask the reference". Each test is as strict
    as the reference's or stricter (``type(v) is int`` rather than any
    integral number), never looser. Each value is looked up once into a local.
    Raises NotImplementedError for any other keyword.
    """
    gen = _Generator()
    gen.emit(schema, "x")
    body = "".join(f"    {line}\n" for line in gen.lines)
    source = f"def check(x):\n{body}    return True\n"
    exec(compile(source, f"<schema check {schema.get('$id', '')}>", "exec"), gen.names)
    check: Callable[[Any], bool] = gen.names["check"]
    return check


class _Generator:
    """Emits ``if not <test>: return False`` lines, one local variable per value."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.names: dict[str, Any] = {"_NUMBER": (int, float), "_MISSING": object()}
        self.locals = 0

    def const(self, value: Any) -> str:
        """Binds ``value`` in the generated code's namespace; returns its name."""
        name = f"_c{len(self.names)}"
        self.names[name] = value
        return name

    def local(self) -> str:
        self.locals += 1
        return f"v{self.locals}"

    def emit(self, schema: dict[str, Any], ref: str) -> None:
        unknown = set(schema) - _KEYWORDS - _ANNOTATIONS
        if unknown:
            raise NotImplementedError(f"schema keywords {sorted(unknown)}")
        types = _as_list(schema["type"]) if "type" in schema else None
        if types is None and set(schema) & (_KEYWORDS - {"const", "enum"}):
            raise NotImplementedError("type-specific keywords without a type")
        parts = []
        if "const" in schema:
            if type(schema["const"]) is not str:
                raise NotImplementedError("non-string const")
            parts.append(f"type({ref}) is str and {ref} == {schema['const']!r}")
        if "enum" in schema:
            if not all(type(v) is str for v in schema["enum"]):
                raise NotImplementedError("non-string enum")
            parts.append(f"type({ref}) is str and {ref} in {self.const(frozenset(schema['enum']))}")
        if types == ["object"]:
            parts.append(self.object_shape(schema, ref))
        elif types is not None:
            if "object" in types:
                raise NotImplementedError("object as one of several types")
            parts.append(" or ".join(f"({self.scalar(t, schema, ref)})" for t in types))
        if parts:
            self.lines.append(f"if not ({' and '.join(f'({p})' for p in parts)}): return False")
        if types == ["object"]:
            self.properties(schema, ref)

    def scalar(self, kind: str, schema: dict[str, Any], ref: str) -> str:
        """The test for one alternative of ``type``, with the keywords that apply to it."""
        if kind == "null":
            return f"{ref} is None"
        if kind == "boolean":
            return f"type({ref}) is bool"
        if kind in ("integer", "number"):
            parts = [f"type({ref}) is int" if kind == "integer" else f"type({ref}) in _NUMBER"]
            if "minimum" in schema:
                parts.append(f"{ref} >= {schema['minimum']!r}")
            if "maximum" in schema:
                parts.append(f"{ref} <= {schema['maximum']!r}")
            return " and ".join(parts)
        if kind == "string":
            parts = [f"type({ref}) is str"]
            if "minLength" in schema:
                parts.append(f"len({ref}) >= {int(schema['minLength'])}")
            if "maxLength" in schema:
                parts.append(f"len({ref}) <= {int(schema['maxLength'])}")
            if "pattern" in schema:
                pattern = self.const(re.compile(ecma_pattern(schema["pattern"])))
                parts.append(f"{pattern}.search({ref}) is not None")
            if "format" in schema:
                parts.append(f"{self.const(_format_check(schema['format']))}({ref})")
            return " and ".join(parts)
        raise NotImplementedError(f"type {kind!r}")

    def object_shape(self, schema: dict[str, Any], ref: str) -> str:
        """Dict, required keys present, no others when additionalProperties is false."""
        props: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", ()))
        extra = schema.get("additionalProperties", True)
        if extra not in (True, False):
            raise NotImplementedError("schema-valued additionalProperties")
        parts = [f"type({ref}) is dict"]
        if extra is False and required == set(props):
            parts.append(f"{ref}.keys() == {self.const(frozenset(props))}")
        else:
            parts.extend(f"{key!r} in {ref}" for key in sorted(required))
            if extra is False:
                parts.append(f"{ref}.keys() <= {self.const(frozenset(props))}")
        return " and ".join(parts)

    def properties(self, schema: dict[str, Any], ref: str) -> None:
        """Each property's value into a local, then its own tests (absent optional ones pass)."""
        required = set(schema.get("required", ()))
        for key, sub in schema.get("properties", {}).items():
            var = self.local()
            if key in required:
                self.lines.append(f"{var} = {ref}[{key!r}]")
                self.emit(sub, var)
                continue
            self.lines.append(f"{var} = {ref}.get({key!r}, _MISSING)")
            start = len(self.lines)
            self.emit(sub, var)
            # Only the present value is checked: guard the lines just emitted.
            guarded = [f"if {var} is not _MISSING:"] + [f"    {ln}" for ln in self.lines[start:]]
            self.lines[start:] = guarded if len(guarded) > 1 else []


def ecma_pattern(pattern: str) -> str:
    """``pattern`` with JSON Schema's (ECMA-262) end anchor: an unescaped ``$`` outside a
    character class matches only at the very end, where Python's ``$`` also matches before
    a final newline ("...\\n" would pass a check the reference validator rejects)."""
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        elif ch == "$" and not in_class:
            out.append("\\Z")
            continue
        out.append(ch)
    return "".join(out)


def _as_list(types: str | list[str]) -> list[str]:
    return [types] if isinstance(types, str) else list(types)


def _format_check(fmt: str) -> Callable[[str], bool]:
    """The reference's own verdict on a ``format``, memoised (timestamps repeat per article)."""
    reference = fastjsonschema.compile({"type": "string", "format": fmt})

    @lru_cache(maxsize=4096)
    def ok(value: str) -> bool:
        try:
            reference(value)
        except ValidationError:
            return False
        return True

    return ok
