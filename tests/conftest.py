"""Shared fixtures: the real local Kafka broker and per-test topic namespaces."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

from pipeline.settings import Settings
from pipeline.topics import ensure_topics

import kafka_local


@pytest.fixture(scope="session")
def kafka_bootstrap() -> Iterator[str]:
    """Start (or reuse) the real local broker for the whole session.

    With KAFKA_BOOTSTRAP_SERVERS set, that cluster is used and nothing starts.
    A broker this fixture started is stopped at the end; one that was already
    running is left alone.
    """
    external = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if external:
        yield external
        return
    node = kafka_local.nodes(1)[0]
    already = kafka_local._listening(node.port)
    servers = kafka_local.up(1)
    yield servers
    if not already:
        kafka_local.down(1)


@pytest.fixture
def pipeline_env(kafka_bootstrap: str) -> dict[str, str]:
    """Environment for one test's pipeline: its own topics and consumer group."""
    tag = uuid.uuid4().hex[:10]
    return {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "NEWSWIRE_TOPIC_PREFIX": f"t{tag}.",
        "NEWSWIRE_GROUP_ID": f"newswire-test-{tag}",
        "NEWSWIRE_SESSION_TIMEOUT_MS": "6000",
        "NEWSWIRE_PARTITIONS": "3",
    }


@pytest.fixture
def pipeline_settings(pipeline_env: dict[str, str]) -> Settings:
    """Settings for ``pipeline_env`` with its topics created."""
    settings = Settings.from_env(pipeline_env)
    ensure_topics(settings)
    return settings
