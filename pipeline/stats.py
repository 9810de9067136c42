"""``newswire stats``: a PNG of the last run's throughput and latency, from Prometheus.

For people who would rather look than read: it asks Prometheus's HTTP API
(``query_range``) for the same expressions as the Grafana dashboard, finds the
last stretch of time in which articles were consumed, and draws two panels.
matplotlib is imported only here (the ``report`` extra).
"""

from __future__ import annotations

import math
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from pipeline.errors import NewswireError

CONSUMED = "sum(rate(newswire_articles_consumed_total[{w}]))"
EVENTS_BY_TYPE = "sum by (type) (rate(newswire_events_published_total[{w}]))"
DEAD_LETTERS = "sum(rate(newswire_articles_dead_lettered_total[{w}]))"
LATENCY = (
    "histogram_quantile({q}, sum by (le) (rate(newswire_end_to_end_latency_seconds_bucket[{w}])))"
)
QUANTILES = (0.5, 0.95, 0.99)


@dataclass(frozen=True, slots=True)
class Series:
    """One labelled line of a range query: timestamps (s) and values (NaN kept)."""

    labels: dict[str, str]
    times: list[float]
    values: list[float]


class Prometheus:
    """The few calls of Prometheus's HTTP API that a report needs."""

    def __init__(self, base_url: str, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self._timeout = timeout

    def _get(self, path: str, params: dict[str, str]) -> Any:
        url = f"{self.base_url}{path}?{urllib.parse.urlencode(params)}"
        try:
            with urllib.request.urlopen(url, timeout=self._timeout) as resp:
                body = orjson.loads(resp.read())
        except urllib.error.HTTPError as exc:
            raise NewswireError(f"Prometheus refused {params.get('query')!r}: {exc}") from None
        except (OSError, ValueError) as exc:
            raise NewswireError(f"cannot reach Prometheus at {self.base_url}: {exc}") from None
        if body.get("status") != "success":
            raise NewswireError(f"Prometheus: {body.get('error', body)}")
        return body["data"]

    def query(self, expr: str) -> list[dict[str, Any]]:
        """An instant query: ``[{"metric": {...}, "value": [t, "v"]}, ...]``."""
        return list(self._get("/api/v1/query", {"query": expr})["result"])

    def query_range(self, expr: str, start: float, end: float, step: float) -> list[Series]:
        """A range query as :class:`Series`."""
        params = {"query": expr, "start": f"{start:.3f}", "end": f"{end:.3f}", "step": f"{step}"}
        out = []
        for item in self._get("/api/v1/query_range", params)["result"]:
            points = item["values"]
            out.append(
                Series(
                    dict(item["metric"]),
                    [float(t) for t, _v in points],
                    [float(v) for _t, v in points],
                )
            )
        return out


def last_run(
    prom: Prometheus, lookback: float, *, window: str = "1m", now: float | None = None
) -> tuple[float, float] | None:
    """The last stretch within ``lookback`` seconds during which articles were consumed.

    Returns (start, end) in Unix seconds, with a little margin, or None when
    nothing was consumed at all.
    """
    end = time.time() if now is None else now
    start = end - lookback
    step = max(1.0, lookback / 600)
    series = prom.query_range(CONSUMED.format(w=window), start, end, step)
    busy = [t for s in series for t, v in zip(s.times, s.values, strict=True) if v > 0]
    if not busy:
        return None
    # Walk back from the last busy point to the start of that busy stretch.
    times = sorted(set(busy))
    first = times[-1]
    for t in reversed(times[:-1]):
        if first - t > step * 3:
            break
        first = t
    margin = max(step * 5, 5.0)
    return max(start, first - margin), min(end, times[-1] + margin)


def render(
    prom: Prometheus,
    out: Path,
    *,
    lookback: float = 3600.0,
    window: str = "1m",
    now: float | None = None,
) -> dict[str, Any]:
    """Draw throughput and end-to-end latency of the last run into ``out`` (PNG).

    Returns a summary: the time span, peak throughput and the worst p99.
    """
    span = last_run(prom, lookback, window=window, now=now)
    if span is None:
        raise NewswireError(f"no articles were consumed in the last {lookback:.0f}s")
    start, end = span
    step = max(1.0, (end - start) / 300)

    def q(expr: str) -> list[Series]:
        return prom.query_range(expr.format(w=window, q=""), start, end, step)

    consumed = q(CONSUMED)
    events = q(EVENTS_BY_TYPE)
    dead = q(DEAD_LETTERS)
    latency = {
        qt: prom.query_range(LATENCY.format(q=qt, w=window), start, end, step) for qt in QUANTILES
    }
    _draw(out, start, end, consumed, events, dead, latency)
    p99 = [v for s in latency[0.99] for v in s.values if not math.isnan(v)]
    return {
        "from": _iso(start),
        "to": _iso(end),
        "peak_articles_per_second": round(max(v for s in consumed for v in s.values), 3),
        "worst_p99_seconds": round(max(p99), 3) if p99 else None,
        "png": str(out),
    }


def _draw(
    out: Path,
    start: float,
    end: float,
    consumed: list[Series],
    events: list[Series],
    dead: list[Series],
    latency: dict[float, list[Series]],
) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    def rel(series: Series) -> list[float]:
        return [t - start for t in series.times]

    fig, (top, bottom) = plt.subplots(2, 1, figsize=(10, 6.5), sharex=True, dpi=100)
    for s in consumed:
        top.plot(rel(s), s.values, label="articles consumed", color="black", linewidth=2)
    for s in sorted(events, key=lambda s: s.labels.get("type", "")):
        top.plot(rel(s), s.values, label=f"{s.labels.get('type', '?')} events", linewidth=1.2)
    for s in dead:
        top.plot(rel(s), s.values, label="dead letters", color="red", linestyle="--")
    top.set_ylabel("per second")
    top.set_title("Throughput")
    top.legend(loc="upper right", fontsize=8, ncol=3)
    top.grid(alpha=0.3)
    for qt, colour in zip(QUANTILES, ("tab:green", "tab:orange", "tab:red"), strict=True):
        for s in latency[qt]:
            bottom.plot(rel(s), s.values, label=f"p{round(qt * 100)}", color=colour)
    bottom.axhline(5.0, color="grey", linestyle=":", linewidth=1, label="alert (p99 > 5 s)")
    bottom.set_ylabel("seconds")
    bottom.set_title("End-to-end latency (received_at to events acknowledged)")
    bottom.set_xlabel(f"seconds since {_iso(start)}")
    bottom.legend(loc="upper right", fontsize=8, ncol=4)
    bottom.grid(alpha=0.3)
    fig.suptitle(f"newswire, {_iso(start)} to {_iso(end)}", fontsize=11)
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, format="png")
    plt.close(fig)


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d %H:%M:%SZ")


def parse_duration(text: str) -> float:
    """``90``, ``90s``, ``15m``, ``2h`` or ``1d`` as seconds."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    raw = text.strip().lower()
    try:
        if raw and raw[-1] in units:
            return float(raw[:-1]) * units[raw[-1]]
        return float(raw)
    except ValueError:
        raise NewswireError(f"not a duration: {text!r} (use e.g. 90s, 15m, 2h)") from None
