"""The worker's HTTP endpoints: /metrics, /healthz and /readyz (faust's web server)."""

from __future__ import annotations

from typing import Any

import faust
from faust.web import Request, Response, View
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from pipeline import metrics


def install(app: faust.App) -> None:
    """Register newswire's pages and rebalance hooks on ``app``."""

    @app.page("/metrics")
    async def metrics_page(view: View, _request: Request) -> Response:
        return view.bytes(generate_latest(), headers={"Content-Type": CONTENT_TYPE_LATEST})

    @app.page("/healthz")
    async def healthz(view: View, _request: Request) -> Response:
        return view.json({"status": "alive"})

    @app.page("/readyz")
    async def readyz(view: View, _request: Request) -> Response:
        ready, why = readiness(app)
        return view.json({"ready": ready, "reason": why}, status=200 if ready else 503)

    @app.on_rebalance_complete.connect  # type: ignore[arg-type]
    async def on_rebalance(_sender: Any, **_kw: Any) -> None:
        metrics.REBALANCES.inc()


def readiness(app: faust.App) -> tuple[bool, str]:
    """Ready = connected and either holding partitions or in a group with none free."""
    try:
        consumer = app.consumer
    except Exception:
        return False, "consumer not started"
    if not app.rebalancing and consumer.assignment():
        return True, "partitions assigned"
    if not app.rebalancing and app.consumer_generation_id is not None:
        return True, "in the group, no free partitions"
    return False, "joining the consumer group"
