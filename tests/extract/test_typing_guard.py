"""No new ``type: ignore`` in the extractor.

The extractor is compiled with mypyc, which checks the declared types at run time: a value
an ignore lets through (None put into a ``list[Finding]``, a plain ``str`` where a Literal
is declared) fails only in the compiled build. Each ignore must be narrowed away or listed
in ``ALLOWED`` with the reason the narrowing would change behaviour.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

EXTRACT = Path(__file__).resolve().parents[2] / "pipeline" / "extract"

# (file name, error code) -> why the ignore stays; empty: every ignore was narrowed away.
ALLOWED: dict[tuple[str, str], str] = {}

_IGNORE = re.compile(r"#\s*type:\s*ignore(?:\[(?P<codes>[^\]]*)\])?")


def _ignores(source: str) -> list[tuple[int, str]]:
    """(line, code) of every ``type: ignore`` in ``source``; a bare ignore has code "*"."""
    out: list[tuple[int, str]] = []
    for no, line in enumerate(source.splitlines(), 1):
        for m in _IGNORE.finditer(line):
            codes = m.group("codes")
            if codes is None:
                out.append((no, "*"))
            else:
                out.extend((no, c.strip()) for c in codes.split(","))
    return out


def _found() -> dict[tuple[str, str], list[int]]:
    found: dict[tuple[str, str], list[int]] = {}
    for path in sorted(EXTRACT.glob("*.py")):
        for no, code in _ignores(path.read_text(encoding="utf-8")):
            found.setdefault((path.name, code), []).append(no)
    return found


def test_extract_modules_are_read() -> None:
    assert len(list(EXTRACT.glob("*.py"))) > 100


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("x = f(y)  # type: ignore[arg-type]", [(1, "arg-type")]),
        ("x = f(y)  # type: ignore[union-attr, operator]", [(1, "union-attr"), (1, "operator")]),
        ("x = f(y)  # type: ignore", [(1, "*")]),
        ("x = f(y)  #type:ignore[misc]", [(1, "misc")]),
        ("x = f(y)  # a plain comment", []),
    ],
)
def test_ignores_are_recognised(line: str, expected: list[tuple[int, str]]) -> None:
    assert _ignores(line) == expected


def test_no_ignore_outside_the_allow_list() -> None:
    extra = {
        f"{name}:{no} [{code}]"
        for (name, code), lines in _found().items()
        if (name, code) not in ALLOWED
        for no in lines
    }
    assert not extra, (
        "new `type: ignore` in pipeline/extract (narrow the type instead, or add the "
        f"file:code pair to ALLOWED with its reason): {sorted(extra)}"
    )


def test_allow_list_has_no_stale_entry() -> None:
    found = _found()
    stale = [f"{name}:{code}" for name, code in ALLOWED if (name, code) not in found]
    assert not stale, f"ALLOWED lists ignores that are gone: {stale}"
    assert all(reason.strip() for reason in ALLOWED.values())
