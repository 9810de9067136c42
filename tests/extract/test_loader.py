"""The choice between the compiled extractor and its sources (``make native``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import pipeline.extract
from pipeline.extract import _loader, _names

PACKAGE = Path(pipeline.extract.__file__).parent


def _write(directory: Path, name: str, text: str) -> None:
    (directory / name).write_text(text, encoding="utf-8")


def _build(directory: Path) -> None:
    """What a build leaves: the stamp and (empty stand-ins for) the extension modules."""
    digests = _loader.source_digests(directory)
    _write(directory, _loader.STAMP, json.dumps(digests))
    for stem in [_loader.NATIVE_LIBRARY, *(name.removesuffix(".py") for name in digests)]:
        _write(directory, stem + EXTENSION_SUFFIXES[0], "")


def _edit_source(d: Path) -> None:
    _write(d, "a.py", "X = 2\n")


def _add_source(d: Path) -> None:
    _write(d, "c.py", "Z = 3\n")


def _remove_source(d: Path) -> None:
    (d / "b.py").unlink()


def _break_stamp(d: Path) -> None:
    _write(d, _loader.STAMP, "{not json")


def _drop_stamp(d: Path) -> None:
    (d / _loader.STAMP).unlink()


def _edit_init(d: Path) -> None:
    _write(d, "__init__.py", "# edited\n")


def _drop_library(d: Path) -> None:
    (d / (_loader.NATIVE_LIBRARY + EXTENSION_SUFFIXES[0])).unlink()


def _drop_extension(d: Path) -> None:
    (d / ("a" + EXTENSION_SUFFIXES[0])).unlink()


def _nothing(d: Path) -> None:
    pass


@pytest.mark.parametrize(
    ("change", "fresh"),
    [
        (_nothing, True),
        (_edit_init, True),  # never compiled, so never stale
        (_edit_source, False),
        (_add_source, False),
        (_remove_source, False),
        (_break_stamp, False),
        (_drop_stamp, False),
        (_drop_library, False),
        (_drop_extension, False),
    ],
    ids=lambda v: getattr(v, "__name__", str(v)).strip("_"),
)
def test_a_build_is_fresh_only_while_every_source_matches(
    tmp_path: Path, change: Callable[[Path], None], fresh: bool
) -> None:
    _write(tmp_path, "__init__.py", "")
    _write(tmp_path, "a.py", "X = 1\n")
    _write(tmp_path, "b.py", "Y = 1\n")
    _build(tmp_path)
    change(tmp_path)
    assert _loader.is_fresh(tmp_path) is fresh


@pytest.mark.skipif(os.environ.get("CI") != "true", reason="only CI promises a native build")
def test_ci_runs_the_compiled_extractor() -> None:
    """CI builds the extractor (``make venv`` runs ``make native``); a build that mypyc
    rejects falls back to the sources silently, so CI must say so here."""
    assert pipeline.extract.COMPILED, "make native failed: see its output above the tests"


def test_the_flag_tells_which_modules_run() -> None:
    assert (not _names.__file__.endswith(".py")) == pipeline.extract.COMPILED
    assert _loader.is_fresh(PACKAGE) == pipeline.extract.COMPILED


_PROBE = (
    "import pipeline.extract as e, pipeline.extract._names as n;"
    "print(e.COMPILED, n.__file__.rsplit('.', 1)[-1], len(e.extract('Russia fired 85 rockets.')))"
)


@pytest.mark.parametrize(("edit", "expected"), [(False, "True so 1"), (True, "False py 1")])
def test_an_edited_source_runs_instead_of_a_stale_build(
    tmp_path: Path, edit: bool, expected: str
) -> None:
    if not _loader.is_fresh(PACKAGE):
        pytest.skip("no fresh native build here (`make native`); CI builds one")
    copy = tmp_path / "pipeline"
    shutil.copytree(PACKAGE.parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    if edit:
        with (copy / "extract" / "_names.py").open("a", encoding="utf-8") as fh:
            fh.write("\n# an edit after the build\n")
    probe = subprocess.run(
        [sys.executable, "-c", _PROBE], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == expected.split()
