"""The ack window releases source offsets only after the broker stored their events, in order."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import pytest

from pipeline.ack_window import AckWindow


@dataclass
class FakeMessage:
    """Counts references the way faust's Message does; the final ack marks it committable."""

    offset: int
    refcount: int = 1
    log: list[int] = field(default_factory=list)

    def incref(self, n: int = 1) -> None:
        self.refcount += n


@dataclass
class FakeEvent:
    message: FakeMessage

    def ack(self) -> bool:
        self.message.refcount -= 1
        if self.message.refcount == 0:
            self.message.log.append(self.message.offset)
            return True
        return False


def batch(log: list[int], *offsets: int) -> list[FakeEvent]:
    return [FakeEvent(FakeMessage(o, log=log)) for o in offsets]


def take_loop_ack(events: list[FakeEvent]) -> None:
    """What faust's take loop does at the end of every batch."""
    for e in events:
        e.ack()


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_offsets_committable_only_after_the_broker_acked() -> None:
    async def scenario() -> list[int]:
        log: list[int] = []
        window = AckWindow(4)
        ack: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        events = batch(log, 0, 1, 2)
        await window.admit()
        window.hold(events, [ack])
        take_loop_ack(events)
        await asyncio.sleep(0)
        assert log == [], "faust's own ack must not make an unsent batch committable"
        ack.set_result(None)
        await window.drain()
        return log

    assert run(scenario()) == [0, 1, 2]


@pytest.mark.parametrize(
    ("ack_order", "released_after_each"),
    [
        ((0, 1, 2), [[0], [0, 1], [0, 1, 2]]),
        ((2, 1, 0), [[], [], [0, 1, 2]]),  # a late first batch holds back the rest
        ((1, 0, 2), [[], [0, 1], [0, 1, 2]]),
    ],
)
def test_batches_are_released_in_the_order_taken(
    ack_order: tuple[int, ...], released_after_each: list[list[int]]
) -> None:
    async def scenario() -> list[list[int]]:
        log: list[int] = []
        window = AckWindow(8)
        loop = asyncio.get_running_loop()
        acks = [loop.create_future() for _ in range(3)]
        for i, ack in enumerate(acks):
            events = batch(log, i)
            window.hold(events, [ack])
            take_loop_ack(events)
        seen = []
        for i in ack_order:
            acks[i].set_result(None)
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            seen.append(sorted(log))
        return seen

    assert run(scenario()) == released_after_each


def test_a_batch_with_nothing_to_send_waits_for_the_batches_before_it() -> None:
    async def scenario() -> tuple[list[int], list[int]]:
        log: list[int] = []
        window = AckWindow(8)
        ack: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        first, empty = batch(log, 0), batch(log, 1)
        window.hold(first, [ack])
        take_loop_ack(first)
        window.hold(empty, [])
        take_loop_ack(empty)
        for _ in range(3):
            await asyncio.sleep(0)
        before = list(log)
        ack.set_result(None)
        await window.drain()
        return before, log

    assert run(scenario()) == ([], [0, 1])


def test_a_failed_send_is_raised_and_nothing_from_it_on_is_released() -> None:
    async def scenario() -> list[int]:
        log: list[int] = []
        window = AckWindow(8)
        loop = asyncio.get_running_loop()
        bad, good = loop.create_future(), loop.create_future()
        for ack, offset in ((bad, 0), (good, 1)):
            events = batch(log, offset)
            window.hold(events, [ack])
            take_loop_ack(events)
        good.set_result(None)
        bad.set_exception(ConnectionError("broker gone"))
        for _ in range(3):  # the gather futures, then the window's callback
            await asyncio.sleep(0)
        with pytest.raises(ConnectionError):
            await window.admit()
        with pytest.raises(ConnectionError):
            await window.drain()
        return log

    assert run(scenario()) == []


def test_admit_waits_while_the_window_is_full() -> None:
    async def scenario() -> tuple[bool, bool]:
        window = AckWindow(2)
        loop = asyncio.get_running_loop()
        acks = [loop.create_future() for _ in range(2)]
        for i, ack in enumerate(acks):
            window.hold(batch([], i), [ack])
        waiting = asyncio.ensure_future(window.admit())
        await asyncio.sleep(0.01)
        blocked = not waiting.done()
        acks[0].set_result(None)
        await asyncio.wait_for(waiting, 1)
        return blocked, len(window) == 1

    assert run(scenario()) == (True, True)


def test_drain_gives_up_after_its_timeout_without_releasing() -> None:
    async def scenario() -> list[int]:
        log: list[int] = []
        window = AckWindow(2)
        events = batch(log, 0)
        window.hold(events, [asyncio.get_running_loop().create_future()])
        take_loop_ack(events)
        await window.drain(timeout=0.02)
        return log

    assert run(scenario()) == []


def test_limit_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        AckWindow(0)
