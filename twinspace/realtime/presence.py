"""Who is online in a space, across processes.

Each open socket in a space is one entry with an expiry; a process refreshes
its own entries while their sockets live, so a crashed process's entries fade
out by themselves. In-process by default; Redis (one sorted set per space,
scored by expiry) when the broker is Redis.
"""

from __future__ import annotations

import time
from typing import Protocol

import redis.asyncio as redis

# Entries live this long without a refresh; a process refreshes them every
# Settings.maintenance_seconds (20 s), so one missed refresh never drops anyone.
PRESENCE_TTL = 60


def _entry(user_id: int, display_name: str, socket_key: str) -> str:
    return f"{user_id}:{socket_key}:{display_name}"


def _online(entries: list[str]) -> list[dict[str, object]]:
    users: dict[int, str] = {}
    for entry in entries:
        user_id, _, name = entry.split(":", 2)
        users[int(user_id)] = name
    return [{"user_id": uid, "display_name": name} for uid, name in sorted(users.items())]


class Presence(Protocol):
    async def enter(self, space_id: int, user_id: int, display_name: str, socket_key: str) -> None:
        """Mark (or refresh) one socket of a user as present."""

    async def leave(
        self, space_id: int, user_id: int, display_name: str, socket_key: str
    ) -> None: ...

    async def online(self, space_id: int) -> list[dict[str, object]]:
        """The users present, each once, with their display names."""

    async def close(self) -> None: ...


def create_presence(broker_url: str) -> Presence:
    """Presence lives where the broker does: in this process, or in Redis."""
    if broker_url.startswith(("redis://", "rediss://")):
        return RedisPresence(redis.from_url(broker_url, socket_connect_timeout=2))
    return MemoryPresence()


class MemoryPresence:
    def __init__(self) -> None:
        self._spaces: dict[int, dict[str, float]] = {}

    async def enter(self, space_id: int, user_id: int, display_name: str, socket_key: str) -> None:
        entry = _entry(user_id, display_name, socket_key)
        self._spaces.setdefault(space_id, {})[entry] = time.time() + PRESENCE_TTL

    async def leave(self, space_id: int, user_id: int, display_name: str, socket_key: str) -> None:
        entries = self._spaces.get(space_id, {})
        entries.pop(_entry(user_id, display_name, socket_key), None)
        if not entries:
            self._spaces.pop(space_id, None)

    async def online(self, space_id: int) -> list[dict[str, object]]:
        now = time.time()
        entries = self._spaces.get(space_id, {})
        return _online([entry for entry, expiry in entries.items() if expiry > now])

    async def close(self) -> None:
        self._spaces.clear()


class RedisPresence:
    def __init__(self, client: redis.Redis) -> None:
        self.client = client

    @staticmethod
    def _key(space_id: int) -> str:
        return f"ts:presence:{space_id}"

    async def enter(self, space_id: int, user_id: int, display_name: str, socket_key: str) -> None:
        key = self._key(space_id)
        async with self.client.pipeline(transaction=False) as pipe:
            pipe.zadd(key, {_entry(user_id, display_name, socket_key): time.time() + PRESENCE_TTL})
            pipe.expire(key, PRESENCE_TTL * 2)
            await pipe.execute()

    async def leave(self, space_id: int, user_id: int, display_name: str, socket_key: str) -> None:
        await self.client.zrem(self._key(space_id), _entry(user_id, display_name, socket_key))

    async def online(self, space_id: int) -> list[dict[str, object]]:
        key = self._key(space_id)
        now = time.time()
        async with self.client.pipeline(transaction=False) as pipe:
            pipe.zremrangebyscore(key, "-inf", now)
            pipe.zrangebyscore(key, now, "+inf")
            _, entries = await pipe.execute()
        return _online([e.decode() if isinstance(e, bytes) else e for e in entries])

    async def close(self) -> None:
        await self.client.aclose()
