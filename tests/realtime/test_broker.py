"""The broker and presence backends, the same tests over memory:// and real Redis."""

from __future__ import annotations

import asyncio
import itertools
import socket
import time
import uuid

import pytest

from tests.conftest import REDIS_URL
from twinspace.realtime import presence as presence_module
from twinspace.realtime.broker import Broker, create_broker
from twinspace.realtime.presence import create_presence
from twinspace.realtime.protocol import Envelope
from twinspace.storage.models import Audience

BACKENDS = ["memory://", pytest.param(REDIS_URL, marks=pytest.mark.redis, id="redis")]
# A namespace of this run's own, so nothing else on the Redis server meets it.
NAMESPACE = f"test-{uuid.uuid4().hex[:8]}"
_space_ids = itertools.count(1)


def line(space: int, frame: str, seq: int = 1) -> Envelope:
    """A chat line's envelope, its frame standing for what it says."""
    return Envelope(space, seq, "chat.message", Audience.everyone, None, frame)


class Inbox:
    def __init__(self) -> None:
        self.envelopes: list[Envelope] = []
        self.messages: list[str] = []  # their frames
        self.reconnects = 0

    def on_message(self, envelope: Envelope) -> None:
        self.envelopes.append(envelope)
        self.messages.append(envelope.frame)

    async def on_reconnected(self) -> None:
        self.reconnects += 1

    async def wait_for(self, count: int) -> list[str]:
        for _ in range(200):
            if len(self.messages) >= count:
                return self.messages
            await asyncio.sleep(0.01)
        raise AssertionError(f"got {self.messages}, wanted {count}")


async def pair(url: str) -> tuple[Broker, Broker, Inbox]:
    """A receiving and a sending broker: two processes' worth (one, in memory)."""
    receiver = create_broker(url, NAMESPACE)
    inbox = Inbox()
    receiver.attach(inbox.on_message, inbox.on_reconnected)
    await receiver.start()
    sender = receiver if url.startswith("memory") else create_broker(url, NAMESPACE)
    if sender is not receiver:
        sender.attach(lambda _m: None, inbox.on_reconnected)
        await sender.start()
    return receiver, sender, inbox


async def close(*brokers: Broker) -> None:
    for broker in dict.fromkeys(brokers):
        await broker.close()


@pytest.mark.parametrize("url", BACKENDS)
async def test_published_message_reaches_a_subscribed_process(url):
    receiver, sender, inbox = await pair(url)
    space = next(_space_ids)
    await receiver.subscribe(space)
    sent = Envelope(space, 7, "forum.post", Audience.group, None, '{"hello": 1}', ("page:3",))
    assert await sender.publish(sent)
    assert await inbox.wait_for(1) == ['{"hello": 1}']
    assert inbox.envelopes == [sent]  # its routing facts too
    await close(receiver, sender)


@pytest.mark.parametrize("url", BACKENDS)
async def test_only_subscribed_spaces_are_received(url):
    receiver, sender, inbox = await pair(url)
    space, other = next(_space_ids), next(_space_ids)
    await receiver.subscribe(space)
    await sender.publish(line(other, "not for us"))
    await sender.publish(line(space, "ours"))
    assert await inbox.wait_for(1) == ["ours"]
    await close(receiver, sender)


@pytest.mark.parametrize("url", BACKENDS)
async def test_messages_keep_their_order(url):
    receiver, sender, inbox = await pair(url)
    space = next(_space_ids)
    await receiver.subscribe(space)
    for n in range(50):
        await sender.publish(line(space, str(n), seq=n + 1))
    assert await inbox.wait_for(50) == [str(n) for n in range(50)]
    await close(receiver, sender)


@pytest.mark.parametrize("url", BACKENDS)
async def test_presence_counts_each_user_once_across_sockets(url):
    first = create_presence(url, NAMESPACE)
    # In memory, presence is one process's own; in Redis, two processes share it.
    second = first if url.startswith("memory") else create_presence(url, NAMESPACE)
    space = next(_space_ids)
    await first.enter(space, 1, "Maria", "a-1")
    await second.enter(space, 1, "Maria", "b-7")
    await second.enter(space, 2, "Giulia B.", "b-8")
    assert await first.online(space) == [
        {"user_id": 1, "display_name": "Maria"},
        {"user_id": 2, "display_name": "Giulia B."},
    ]
    await first.leave(space, 1, "Maria", "a-1")
    assert [u["user_id"] for u in await second.online(space)] == [1, 2]
    await second.leave(space, 1, "Maria", "b-7")
    assert [u["user_id"] for u in await first.online(space)] == [2]
    await second.leave(space, 2, "Giulia B.", "b-8")
    for presence in {first, second}:
        await presence.close()


@pytest.mark.parametrize("url", BACKENDS)
async def test_presence_of_a_vanished_process_expires(url, monkeypatch):
    presence = create_presence(url, NAMESPACE)
    space = next(_space_ids)
    await presence.enter(space, 5, "Jan N.", "gone-1")
    later = time.time() + presence_module.PRESENCE_TTL + 1
    monkeypatch.setattr(presence_module.time, "time", lambda: later)
    assert await presence.online(space) == []
    await presence.close()


@pytest.mark.parametrize("url", BACKENDS)
async def test_rate_limits_are_shared_by_the_processes_of_one_broker(url):
    from twinspace.config import Limit
    from twinspace.moderation.ratelimit import create_rate_limiter

    first = create_rate_limiter(url, NAMESPACE)
    # In memory, limits are one process's own; in Redis, every process counts together.
    second = first if url.startswith("memory") else create_rate_limiter(url, NAMESPACE)
    key, limit = f"test:{next(_space_ids)}", Limit(3, 60)
    for limiter in (first, second, first):
        assert await limiter.exceeded(key, limit) is None
        await limiter.hit(key, limit)
    wait = await second.exceeded(key, limit)
    assert wait is not None and wait > 0
    await first.reset(key, limit)
    assert await second.exceeded(key, limit) is None
    for limiter in {first, second}:
        await limiter.close()


@pytest.mark.parametrize("url", BACKENDS)
async def test_a_flood_over_two_processes_gets_exactly_the_limit(url):
    """Writes racing on both processes take the window's hits one by one: no two
    both get the last one, and a refused write uses up nothing."""
    from twinspace.config import Limit
    from twinspace.moderation.ratelimit import create_rate_limiter

    first = create_rate_limiter(url, NAMESPACE)
    second = first if url.startswith("memory") else create_rate_limiter(url, NAMESPACE)
    key, limit = f"test:{next(_space_ids)}", Limit(5, 60)
    waits = await asyncio.gather(*(limiter.take(key, limit) for limiter in [first, second] * 8))
    assert sum(wait is None for wait in waits) == 5
    assert all(wait is None or wait > 0 for wait in waits)
    assert await first.count(key, limit) == 5
    await second.reset(key, limit)
    assert await first.take(key, limit) is None
    for limiter in {first, second}:
        await limiter.close()


async def test_while_redis_is_unreachable_the_flood_limit_holds_in_the_process():
    from twinspace.config import Limit
    from twinspace.moderation.ratelimit import create_rate_limiter

    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    limiter = create_rate_limiter(f"redis://127.0.0.1:{port}/0", NAMESPACE)
    key, limit = f"test:{next(_space_ids)}", Limit(2, 60)
    waits = [await limiter.take(key, limit) for _ in range(3)]
    assert waits[:2] == [None, None] and waits[2] is not None
    await limiter.close()
