"""Settings come from the environment only, are validated, and never show secrets."""

from __future__ import annotations

import pytest

from pipeline.errors import ConfigError
from pipeline.settings import Settings


def test_defaults_are_local_and_safe() -> None:
    s = Settings.from_env({})
    assert s.bootstrap_servers == "127.0.0.1:9092"
    assert s.http_host == "127.0.0.1"
    assert s.topics.raw == "news.articles.raw"
    assert s.topics.all() == (
        "news.articles.raw", "events.strikes", "events.interceptions",
        "events.casualties", "events.statements", "news.articles.dlq",
    )  # fmt: skip
    assert s.partitions == 6
    assert s.processing_guarantee == "at_least_once"


@pytest.mark.parametrize(
    ("env", "attr", "expected"),
    [
        ({"NEWSWIRE_PARTITIONS": "12"}, "partitions", 12),
        ({"NEWSWIRE_TOPIC_PREFIX": "x."}, "topics", None),
        ({"NEWSWIRE_PROCESSING_GUARANTEE": "exactly_once"}, "processing_guarantee", "exactly_once"),
        ({"NEWSWIRE_MAX_BODY_BYTES": "2048"}, "max_body_bytes", 2048),
        ({"NEWSWIRE_HTTP_PORT": "0"}, "http_port", 0),
        ({"KAFKA_BOOTSTRAP_SERVERS": "a:1,b:2"}, "bootstrap_servers", "a:1,b:2"),
    ],
)
def test_values_are_read_from_the_environment(
    env: dict[str, str], attr: str, expected: object
) -> None:
    s = Settings.from_env(env)
    if attr == "topics":
        assert s.topics.raw == "x.news.articles.raw"
        assert s.topics.for_event("casualty") == "x.events.casualties"
    else:
        assert getattr(s, attr) == expected


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"NEWSWIRE_PARTITIONS": "six"}, "NEWSWIRE_PARTITIONS must be a whole number"),
        ({"NEWSWIRE_PARTITIONS": "0"}, "at least 1"),
        ({"NEWSWIRE_PROCESSING_GUARANTEE": "maybe"}, "at_least_once or exactly_once"),
        ({"KAFKA_SECURITY_PROTOCOL": "CARRIER_PIGEON"}, "not supported"),
    ],
)
def test_bad_values_give_a_clear_error(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Settings.from_env(env)


def test_the_password_never_shows_in_repr() -> None:
    s = Settings.from_env({"KAFKA_SASL_PASSWORD": "hunter2-secret", "KAFKA_SASL_USERNAME": "svc"})
    assert s.security.sasl_password == "hunter2-secret"
    assert "hunter2-secret" not in repr(s)
    assert "svc" in repr(s)
