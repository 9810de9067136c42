"""The consumer poll that rides out a failover: retry logic only, no broker needed."""

from __future__ import annotations

from typing import Any

import pytest
from kafka.errors import (
    KafkaConnectionError,
    NodeNotReadyError,
    TopicAuthorizationFailedError,
    UnknownBrokerIdError,
)

from pipeline import kafka_clients


class ScriptedPoller:
    """Raises the scripted errors in turn, then returns ``{"tp": [1, 2]}``."""

    def __init__(self, errors: list[Exception]) -> None:
        self.errors = list(errors)
        self.calls = 0

    def poll(self, timeout_ms: int, max_records: int | None) -> dict[str, list[Any]]:
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return {"tp": [1, 2]}


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kafka_clients.time, "sleep", lambda _s: None)


@pytest.mark.parametrize(
    "errors",
    [
        [],
        [UnknownBrokerIdError(2)],
        [KafkaConnectionError("111 ECONNREFUSED"), NodeNotReadyError(2)],
    ],
    ids=["no-failure", "leader-gone", "refused-then-not-ready"],
)
def test_transient_failures_are_ridden_out(errors: list[Exception]) -> None:
    client = ScriptedPoller(errors)
    assert kafka_clients.poll(client, timeout_ms=10) == {"tp": [1, 2]}
    assert client.calls == len(errors) + 1


def test_a_lasting_failure_is_raised_after_the_patience() -> None:
    client = ScriptedPoller([UnknownBrokerIdError(2)] * 1000)
    with pytest.raises(UnknownBrokerIdError):
        kafka_clients.poll(client, timeout_ms=10, patience=0.0)
    assert client.calls == 1  # no patience: the first failure is final


def test_a_non_transient_error_is_raised_at_once() -> None:
    client = ScriptedPoller([TopicAuthorizationFailedError("denied")])
    with pytest.raises(TopicAuthorizationFailedError):
        kafka_clients.poll(client, timeout_ms=10)
    assert client.calls == 1
