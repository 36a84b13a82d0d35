"""Redis pub/sub: one subscriber connection per process, channels held while needed.

When the connection drops, the listener reconnects with backoff, subscribes to
every channel again and then tells the hub, which reads what it missed from
the database.

Messages published at the same moment (the events of the lines one transaction
committed together) go to Redis in one pipeline, in the order they were
published: one round trip and one write to the socket for all of them.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging

import redis.asyncio as redis
from redis.asyncio.client import PubSub
from redis.exceptions import RedisError

from twinspace.batching import Batch
from twinspace.realtime.broker import OnBroadcast, OnMessage, OnReconnected
from twinspace.realtime.protocol import Envelope

log = logging.getLogger(__name__)

# How long a subscribe waits for Redis to confirm; past it, the hub's catch-up
# after the reconnect covers whatever was missed.
SUBSCRIBE_CONFIRM_SECONDS = 5.0
# Reconnect backoff: quick first retry (a restart takes ~1 s), capped so a long
# outage does not hammer Redis.
BACKOFF_FIRST, BACKOFF_MAX = 0.1, 2.0

# A message to publish: (its place in this process's order, channel, text).
Outgoing = tuple[int, str, str]


class RedisBroker:
    def __init__(self, client: redis.Redis, namespace: str, owns: bool = True) -> None:
        self.namespace = namespace
        self.client = client
        self.owns = owns  # closes the client when it closes
        self._channels: set[str] = set()
        self._pending: dict[str, asyncio.Future[None]] = {}
        self._pubsub: PubSub | None = None
        self._connected = asyncio.Event()
        self._node_channel = f"{namespace}:node"
        self._node_subscriptions = 0
        self._catching_up: asyncio.Task[None] | None = None
        self._listener: asyncio.Task[None] | None = None
        self._on_message: OnMessage = lambda _message: None
        self._on_broadcast: OnBroadcast = lambda _message: None
        self._on_reconnected: OnReconnected | None = None
        self._order = itertools.count()
        self._outgoing: Batch[Outgoing, bool] = Batch(self._publish_many, False)

    def attach(self, on_message: OnMessage, on_reconnected: OnReconnected) -> None:
        self._on_message = on_message
        self._on_reconnected = on_reconnected

    async def start(self) -> None:
        """Start listening; wait (a little) for the first connection.

        A server whose Redis is down still starts: sockets work locally, and the
        first successful connection catches up like any reconnect.
        """
        self._listener = asyncio.create_task(self._listen(), name="redis-broker")
        try:
            await asyncio.wait_for(self._connected.wait(), SUBSCRIBE_CONFIRM_SECONDS)
        except TimeoutError:
            log.warning("Redis does not answer yet; serving this process's sockets only")

    async def close(self) -> None:
        if self._listener:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._listener
        if self.owns:
            await self.client.aclose(close_connection_pool=True)

    def channel(self, space_id: int) -> str:
        return f"{self.namespace}:space:{space_id}"

    async def subscribe(self, space_id: int) -> None:
        name = self.channel(space_id)
        self._channels.add(name)
        pubsub = self._pubsub
        if pubsub is None or not self._connected.is_set():
            return  # the reconnect subscribes it, then the hub catches up
        confirmed = self._pending.setdefault(name, asyncio.get_running_loop().create_future())
        try:
            await pubsub.subscribe(name)
            await asyncio.wait_for(asyncio.shield(confirmed), SUBSCRIBE_CONFIRM_SECONDS)
        except (RedisError, OSError, TimeoutError):
            log.warning("subscribe to %s not confirmed; relying on catch-up", name)

    async def unsubscribe(self, space_id: int) -> None:
        name = self.channel(space_id)
        self._channels.discard(name)
        if self._pubsub is not None:
            with contextlib.suppress(RedisError, OSError):
                await self._pubsub.unsubscribe(name)

    async def publish(self, envelope: Envelope) -> bool:
        message = envelope.encode()
        return await self._outgoing.get(
            (next(self._order), self.channel(envelope.space_id), message)
        )

    def on_broadcast(self, handler: OnBroadcast) -> None:
        self._on_broadcast = handler

    async def broadcast(self, message: str) -> bool:
        """On the node channel, which every process holds from its start."""
        return await self._outgoing.get((next(self._order), self._node_channel, message))

    async def _publish_many(self, outgoing: set[Outgoing]) -> dict[Outgoing, bool]:
        """Publish in the order of ``publish`` calls: one command, or one pipeline
        for several (cheaper from two messages on)."""
        ordered = sorted(outgoing)
        try:
            if len(ordered) == 1:
                _, channel, message = ordered[0]
                await self.client.publish(channel, message)
            else:
                async with self.client.pipeline(transaction=False) as pipe:
                    for _, channel, message in ordered:
                        pipe.publish(channel, message)
                    await pipe.execute()
        except (RedisError, OSError):
            return dict.fromkeys(outgoing, False)
        return dict.fromkeys(outgoing, True)

    async def _listen(self) -> None:
        backoff = BACKOFF_FIRST
        while True:
            pubsub = self.client.pubsub()
            try:
                # A channel of its own keeps the connection subscribed (and so
                # reading) even while no space is open on this process; its
                # confirmation also tells every (re)connection apart.
                await pubsub.subscribe(self._node_channel)
                if self._channels:
                    await pubsub.subscribe(*self._channels)
                self._pubsub = pubsub
                self._connected.set()
                backoff = BACKOFF_FIRST
                while True:
                    message = await pubsub.get_message(timeout=1.0)
                    if message is not None:
                        self._dispatch(message)
            except (RedisError, OSError) as error:
                log.warning("Redis connection lost (%s); retrying in %.1fs", error, backoff)
                self._pubsub = None
                self._connected.clear()
                with contextlib.suppress(Exception):
                    await pubsub.aclose()
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, BACKOFF_MAX)

    def _dispatch(self, message: dict[str, object]) -> None:
        kind = message["type"]
        name = _text(message["channel"])
        if kind == "message" and name == self._node_channel:
            self._on_broadcast(_text(message["data"]))
        elif kind == "message":
            self._on_message(Envelope.decode(_text(message["data"])))
        elif kind == "subscribe":
            if name == self._node_channel:
                self._node_subscriptions += 1
                if self._node_subscriptions > 1:
                    self._catch_up_after_reconnect()
            future = self._pending.pop(name, None)
            if future is not None and not future.done():
                future.set_result(None)

    def _catch_up_after_reconnect(self) -> None:
        """Every confirmation of the node channel after the first is a new connection
        (ours after an error, or the client's own silent reconnect): whatever was
        published meanwhile is read from the database."""
        if self._on_reconnected is None:
            return
        log.info("reconnected to Redis; catching up from the database")
        self._catching_up = asyncio.get_running_loop().create_task(self._on_reconnected())


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
