"""Compile the extractor (``pipeline/extract``) with mypyc: ``make native``.

The extractor is plain typed Python and stays the reference; mypyc turns the
same sources into C extension modules placed beside them, which run the same
code about 1.4x faster (``make bench`` reports which one ran). The build
records the digest of every source it compiled in ``pipeline/extract/native.json``
(written last, so a failed build leaves no stamp); the package loads the
compiled modules only while every source still matches (see
``pipeline/extract/_loader.py``), so an edit falls back to the sources at once.

A failed build (no C compiler, say) is reported and leaves the sources in use:
the extractor behaves the same either way, only slower. ``--clean`` removes
the compiled modules and the stamp.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "pipeline" / "extract"
BUILD = ROOT / "build" / "native"
"""mypyc's C sources and the compiler's objects: unchanged modules are not recompiled."""
GROUP = "pipeline.extract.native"
"""mypyc's group: its shared library is ``pipeline.extract.native__mypyc``, inside the
package, so the loader can hide it with the other compiled modules."""

sys.path.insert(0, str(ROOT))
from pipeline.extract._loader import STAMP, source_digests  # noqa: E402


def remove_outputs() -> None:
    """Remove the compiled modules and the stamp (the build directory stays, for reuse)."""
    (PACKAGE / STAMP).unlink(missing_ok=True)
    for path in PACKAGE.glob("*.so"):
        path.unlink()


def clean() -> None:
    """Remove the compiled modules, the stamp and the build directory."""
    remove_outputs()
    shutil.rmtree(BUILD, ignore_errors=True)


def build() -> bool:
    """Compile every source the loader may replace; True on success."""
    from mypyc.build import mypycify
    from setuptools import setup

    remove_outputs()
    digests = source_digests(PACKAGE)  # before compiling: an edit meanwhile reads as stale
    sources = [str((PACKAGE / name).relative_to(ROOT)) for name in digests]
    started = time.monotonic()
    os.chdir(ROOT)  # mypyc names the modules from paths relative to here
    try:
        setup(
            name="newswire-native",
            script_args=["-q", "build_ext", "--inplace", "--build-temp", str(BUILD)],
            ext_modules=mypycify(sources, opt_level="3", group_name=GROUP, target_dir=str(BUILD)),
        )
    except (SystemExit, Exception) as exc:  # setuptools exits on compiler errors
        print(f"native: build failed ({exc}); the extractor runs from its sources", file=sys.stderr)
        remove_outputs()
        return False
    (PACKAGE / STAMP).write_text(json.dumps(digests, indent=1) + "\n", encoding="utf-8")
    print(f"native: {len(sources)} modules compiled in {time.monotonic() - started:.0f} s")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    args = parser.parse_args(argv)
    if args.clean:
        clean()
        return 0
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
