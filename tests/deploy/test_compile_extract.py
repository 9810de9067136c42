"""The native build's exit status: a failure passes on a user's machine, fails under CI."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "deploy" / "compile_extract.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("compile_extract", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("compile_extract", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("ci", "built", "status"),
    [
        (None, False, 0),  # no compiler on a laptop: the sources run, the command passes
        ("true", False, 1),  # under CI a build mypyc rejects must fail the run
        ("true", True, 0),
        (None, True, 0),
    ],
)
def test_exit_status(
    monkeypatch: pytest.MonkeyPatch, ci: str | None, built: bool, status: int
) -> None:
    script = _script()
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    monkeypatch.setattr(script, "build", lambda: built)
    assert script.main([]) == status
