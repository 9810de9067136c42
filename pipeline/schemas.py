"""The JSON Schemas of ``schemas/``, compiled once into fast validators."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema
import orjson

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "schemas"
NAMES = ("raw_article", "strike", "interception", "casualty", "statement", "dead_letter")

ValidationError = fastjsonschema.JsonSchemaValueException
"""Raised by a validator; ``.message`` says what is wrong."""


def load(name: str) -> dict[str, Any]:
    """The parsed schema document ``schemas/<name>.schema.json``."""
    schema: dict[str, Any] = orjson.loads((SCHEMA_DIR / f"{name}.schema.json").read_bytes())
    return schema


@cache
def validator(name: str) -> Callable[[Any], Any]:
    """A compiled validator for schema ``name``; raises :data:`ValidationError`."""
    return fastjsonschema.compile(load(name))
