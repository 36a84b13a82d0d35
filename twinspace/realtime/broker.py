"""The broker carries envelopes between server processes; the URL picks the backend.

``memory://`` keeps everything in this process; ``redis://host:port/db`` uses
Redis pub/sub, so several processes serve the same spaces. Pub/sub is
at-most-once: the database is the truth, and the hub catches up from it when
the broker reconnects or a publish fails.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, Protocol

import redis.asyncio as redis

from twinspace.realtime.protocol import Envelope
from twinspace.redisconn import connect, is_redis

# A space's envelope, as published: handed over as it is within a process,
# encoded only to travel through Redis.
OnMessage = Callable[[Envelope], None]
OnBroadcast = Callable[[str], None]
OnReconnected = Callable[[], Coroutine[Any, Any, None]]  # run as a task of its own


class Broker(Protocol):
    def attach(self, on_message: OnMessage, on_reconnected: OnReconnected) -> None:
        """Set who receives messages, and who is told after a reconnect."""

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def subscribe(self, space_id: int) -> None:
        """Return once messages published from now on will be received."""

    async def unsubscribe(self, space_id: int) -> None: ...

    async def publish(self, envelope: Envelope) -> bool:
        """Send to every process subscribed to its space; False when it could not be sent."""

    def on_broadcast(self, handler: OnBroadcast) -> None:
        """Set who receives the messages sent to every process (``broadcast``)."""

    async def broadcast(self, message: str) -> bool:
        """Send to every process (a session ended: its sockets close everywhere)."""


def create_broker(url: str, namespace: str, client: redis.Redis | None = None) -> Broker:
    """The broker ``url`` names; for Redis, through ``client`` (the process's shared
    one) or a client of its own."""
    if url.startswith("memory://"):
        from twinspace.realtime.broker_memory import MemoryBroker

        return MemoryBroker()
    if is_redis(url):
        from twinspace.realtime.broker_redis import RedisBroker

        return RedisBroker(client or connect(url), namespace, owns=client is None)
    raise ValueError(f"unknown broker URL {url!r}: use memory:// or redis://")
