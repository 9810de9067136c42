"""Prometheus and promtool for tests: Debian's package, installed on demand.

``make test`` installs it first (the Makefile's ``tools`` target); this is the
fallback for a bare ``pytest``. Tests skip only where apt cannot be used, and
never in CI, where a missing Prometheus is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

INSTALL = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "prometheus"]


def require_prometheus() -> str:
    """The path of ``prometheus`` (promtool is beside it), installing the package if needed."""
    if shutil.which("prometheus") and shutil.which("promtool"):
        return str(shutil.which("prometheus"))
    why = _install()
    if why is None and shutil.which("prometheus") and shutil.which("promtool"):
        return str(shutil.which("prometheus"))
    message = f"Prometheus is not installed and cannot be: {why or 'not found after install'}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def _install() -> str | None:
    """Install Debian's prometheus; return why not, or None on success."""
    if shutil.which("apt-get") is None:
        return "apt-get is unavailable"
    if os.geteuid() != 0:
        return "apt-get needs root"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    done = subprocess.run(INSTALL, env=env, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:  # an empty or old package list: update once and retry
        subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True, timeout=600)
        done = subprocess.run(INSTALL, env=env, capture_output=True, text=True, timeout=600)
    # The package's service must not hold port 9090 (policy-rc.d usually stops it).
    if shutil.which("service"):
        subprocess.run(["service", "prometheus", "stop"], capture_output=True, timeout=60)
    return None if done.returncode == 0 else done.stderr.strip()[-500:]
