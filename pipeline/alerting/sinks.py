"""Where alerts go: a webhook (HTTP POST of the event JSON) or stdout.

A sink either delivers or raises :class:`DeliveryError`, which says whether
trying again can help (connection refused, 5xx, 429: yes; 400, 404: no). The
subscriber owns the retries, so every sink is tried the same way.
"""

from __future__ import annotations

import sys
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from typing import IO, Any, Protocol

import orjson

from pipeline import __version__
from pipeline.alerting.rules import SinkSpec

RETRYABLE_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


class DeliveryError(Exception):
    """A failed delivery; ``permanent`` when retrying cannot help."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class Sink(Protocol):
    name: str

    def deliver(self, event: Mapping[str, Any], rules: Sequence[str]) -> None:
        """Deliver one event matched by ``rules``; raise DeliveryError on failure."""
        ...


class StdoutSink:
    """Prints ``{"rules": [...], "event": {...}}`` as one JSON line."""

    def __init__(self, name: str, out: IO[str] | None = None) -> None:
        self.name = name
        self._out = out

    def deliver(self, event: Mapping[str, Any], rules: Sequence[str]) -> None:
        out = self._out or sys.stdout
        try:
            out.write(orjson.dumps({"rules": list(rules), "event": event}).decode() + "\n")
            out.flush()
        except OSError as exc:
            raise DeliveryError(f"cannot write to stdout: {exc}") from None


class WebhookSink:
    """POSTs the event JSON with ``Idempotency-Key: <event_id>`` so retries can be deduplicated."""

    def __init__(self, spec: SinkSpec) -> None:
        assert spec.url is not None
        self.name = spec.name
        self.url = spec.url
        self.timeout = spec.timeout
        self.headers = dict(spec.headers)

    def deliver(self, event: Mapping[str, Any], rules: Sequence[str]) -> None:
        headers = {
            **self.headers,
            "Content-Type": "application/json",
            "User-Agent": f"newswire-alert/{__version__}",
            "Idempotency-Key": str(event.get("event_id", "")),
            "X-Newswire-Rules": ",".join(rules),
        }
        request = urllib.request.Request(
            self.url, data=orjson.dumps(event), headers=headers, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as resp:
                resp.read(65_536)
        except urllib.error.HTTPError as exc:
            raise DeliveryError(
                f"HTTP {exc.code} {exc.reason}", permanent=exc.code not in RETRYABLE_STATUS
            ) from None
        except urllib.error.URLError as exc:
            raise DeliveryError(f"cannot reach {self.url}: {exc.reason}") from None
        except (TimeoutError, OSError) as exc:
            raise DeliveryError(f"cannot reach {self.url}: {exc}") from None


def make_sinks(specs: Mapping[str, SinkSpec], out: IO[str] | None = None) -> dict[str, Sink]:
    """The sinks of a rules file."""
    sinks: dict[str, Sink] = {}
    for name, spec in specs.items():
        sinks[name] = WebhookSink(spec) if spec.kind == "webhook" else StdoutSink(name, out)
    return sinks


def backoff(attempt: int, base: float, cap: float) -> float:
    """Seconds to wait after failed attempt ``attempt`` (1-based): base, 2·base, ... ≤ cap."""
    return float(min(cap, base * 2 ** (attempt - 1)))
