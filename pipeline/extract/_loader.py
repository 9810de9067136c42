"""Run the compiled extractor only when it was built from exactly these sources.

``make native`` compiles this package with mypyc into extension modules beside
the sources (about 1.4x faster; see ``deploy/compile_extract.py``). Python
prefers an extension module to a source file of the same name, so after an edit
a stale build would silently run the old code. The build records the digest of
every source it compiled; :func:`choose` compares them with the sources at
import time and, on any difference, makes the package import its sources.

This module and ``__init__.py`` are never compiled: they decide what is loaded.
"""

from __future__ import annotations

import hashlib
import json
import sys
from importlib.machinery import EXTENSION_SUFFIXES, SOURCE_SUFFIXES, FileFinder, SourceFileLoader
from pathlib import Path

STAMP = "native.json"
"""The build record, beside the sources: ``{source file name: sha256 hex digest}``."""
NATIVE_LIBRARY = "native__mypyc"
"""The module name of the shared library every compiled module calls into."""
NEVER_COMPILED = frozenset({"__init__.py", "_loader.py"})
"""Sources that stay Python: the package entry and this chooser."""


def source_digests(directory: Path) -> dict[str, str]:
    """The digest of every compilable source in ``directory``, by file name."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(directory.glob("*.py"))
        if path.name not in NEVER_COMPILED
    }


def is_fresh(directory: Path) -> bool:
    """True when ``directory`` holds a complete build whose stamp matches its sources."""
    try:
        recorded = json.loads((directory / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(recorded, dict) or recorded != source_digests(directory):
        return False
    stems = [NATIVE_LIBRARY, *(name.removesuffix(".py") for name in recorded)]
    return all(_extension(directory, stem) for stem in stems)


def _extension(directory: Path, stem: str) -> bool:
    """Whether an extension module named ``stem`` exists in ``directory``."""
    return any((directory / (stem + suffix)).is_file() for suffix in EXTENSION_SUFFIXES)


def choose(package_path: list[str]) -> bool:
    """Load the compiled modules if fresh, else the sources; True when compiled.

    Called by the package before it imports any submodule: a source-only finder
    cached for the package directory hides the extension modules from the import
    system, so nothing compiled is loaded, not even the shared native library.
    """
    compiled = True
    for entry in package_path:
        if not is_fresh(Path(entry)):
            sys.path_importer_cache[entry] = FileFinder(entry, (SourceFileLoader, SOURCE_SUFFIXES))
            compiled = False
    return compiled and bool(package_path)
