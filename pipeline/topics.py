"""Creating the pipeline's topics: idempotent, so every start may call it."""

from __future__ import annotations

from kafka.admin import NewTopic
from kafka.errors import TopicAlreadyExistsError

from pipeline.kafka_clients import admin
from pipeline.settings import Settings


def ensure_topics(settings: Settings, extra: tuple[str, ...] = ()) -> list[str]:
    """Create every missing pipeline topic; return the names created."""
    client = admin(settings)
    try:
        existing = set(client.list_topics())
        missing = [t for t in (*settings.topics.all(), *extra) if t not in existing]
        if not missing:
            return []
        configs = {"min.insync.replicas": str(min(2, settings.replication_factor))}
        new = [
            NewTopic(t, settings.partitions, settings.replication_factor, topic_configs=configs)
            for t in missing
        ]
        try:
            client.create_topics(new, timeout_ms=30_000)
        except TopicAlreadyExistsError:
            pass  # another process created it in between: that is fine
        return missing
    finally:
        client.close()
