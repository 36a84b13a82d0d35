"""A space's stream gives its sockets every event once, in seq order, when the
broker brings them late, out of order or not at all."""

from __future__ import annotations

import asyncio

import pytest

from twinspace.realtime import hub as hub_module
from twinspace.realtime.hub import SpaceStream
from twinspace.realtime.protocol import Envelope
from twinspace.storage.events import Reader, StoredEvent
from twinspace.storage.models import Audience

SPACE = 7


def stored(seq: int) -> StoredEvent:
    return StoredEvent(SPACE, seq, "chat.message", Audience.everyone, None, None, f'{{"n":{seq}}}')


class Socket:
    closed = False

    def __init__(self) -> None:
        self.seqs: list[int] = []

    def send(self, frame: str) -> None:
        self.deliver(frame)

    def deliver(self, frame: str) -> None:
        self.seqs.append(int(frame.split('"seq":')[1].split(",")[0]))

    def seat_changed(self, space_id: int, seq: int) -> None:
        raise AssertionError("no seat changes here")


class Stream(SpaceStream):
    """A stream whose database holds events 1-10 and counts its reads."""

    reads: int = 0

    async def _read(self, after: int, up_to: int | None) -> list[StoredEvent]:
        self.reads += 1
        return [stored(seq) for seq in range(after + 1, (up_to or 10) + 1)]


@pytest.fixture
async def stream():
    stream = Stream(SPACE, 0, None, 100, {})  # type: ignore[arg-type]
    stream.task = asyncio.create_task(stream.run())
    yield stream
    stream.task.cancel()


async def settle(seconds: float = 0.02) -> None:
    await asyncio.sleep(seconds)


async def test_events_published_out_of_order_arrive_in_order_without_a_read(stream):
    socket = Socket()
    stream.live[socket] = Reader(user_id=1, is_staff=False)
    for seq in (1, 3, 2, 5, 4, 6):
        stream.queue.put_nowait(Envelope.of_event(stored(seq)))
    await settle()
    assert socket.seqs == [1, 2, 3, 4, 5, 6]
    assert stream.reads == 0


async def test_an_event_that_never_comes_is_read_from_the_database(stream, monkeypatch):
    monkeypatch.setattr(hub_module, "GAP_WAIT", 0.05)
    socket = Socket()
    stream.live[socket] = Reader(user_id=1, is_staff=False)
    for seq in (1, 2, 4, 5):
        stream.queue.put_nowait(Envelope.of_event(stored(seq)))
    await settle()
    assert socket.seqs == [1, 2], "nothing after the gap goes out before it is filled"
    await settle(0.1)
    assert socket.seqs == [1, 2, 3, 4, 5]
    assert stream.reads == 1
    stream.queue.put_nowait(Envelope.of_event(stored(3)))  # the late one, at last
    stream.queue.put_nowait(Envelope.of_event(stored(6)))
    await settle()
    assert socket.seqs == [1, 2, 3, 4, 5, 6]
