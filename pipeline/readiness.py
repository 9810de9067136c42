"""Waiting for a started process's HTTP readiness endpoint, in one place.

``make run``, the benchmarks and the tests all start a process and wait until
its ``/readyz`` (or Prometheus's ``/-/ready``) answers 200 — or it exits.
"""

from __future__ import annotations

import time
import urllib.request
from collections.abc import Callable
from typing import Literal

Outcome = Literal["ready", "exited", "timeout"]


def wait_http_ready(
    url: str,
    *,
    alive: Callable[[], bool] = lambda: True,
    timeout: float = 90.0,
    interval: float = 0.2,
) -> Outcome:
    """Poll ``url`` until it answers 200 ("ready"), ``alive()`` turns false, or time runs out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive():
            return "exited"
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return "ready"
        except OSError:
            pass
        time.sleep(interval)
    return "timeout"
