"""Who is online in a space, across processes.

Each open socket in a space is one entry with an expiry; a process refreshes
its own entries while their sockets live, so a crashed process's entries fade
out by themselves. In-process by default; Redis (one sorted set per space,
scored by expiry) when the broker is Redis.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from typing import Protocol

import redis.asyncio as redis
from redis.exceptions import RedisError

from twinspace.redisconn import connect, is_redis

log = logging.getLogger(__name__)

# Entries live this long without a refresh; a process refreshes them every
# Settings.maintenance_seconds (20 s), so one missed refresh never drops anyone.
PRESENCE_TTL = 60


# One socket in a space: (space, user, display name, socket key).
Entry = tuple[int, int, str, str]


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

    async def enter_many(self, entries: Iterable[Entry]) -> None:
        """``enter`` for each of these sockets, in one round trip."""

    async def leave(
        self, space_id: int, user_id: int, display_name: str, socket_key: str
    ) -> None: ...

    async def online(self, space_id: int) -> list[dict[str, object]]:
        """The users present, each once, with their display names."""

    async def close(self) -> None: ...


def create_presence(broker_url: str, namespace: str, client: redis.Redis | None = None) -> Presence:
    """Presence lives where the broker does: in this process, or in Redis (through
    ``client``, the process's shared one, or a client of its own)."""
    if is_redis(broker_url):
        return RedisPresence(client or connect(broker_url), namespace, owns=client is None)
    return MemoryPresence()


class MemoryPresence:
    def __init__(self) -> None:
        self._spaces: dict[int, dict[str, float]] = {}

    async def enter(self, space_id: int, user_id: int, display_name: str, socket_key: str) -> None:
        await self.enter_many([(space_id, user_id, display_name, socket_key)])

    async def enter_many(self, entries: Iterable[Entry]) -> None:
        expiry = time.time() + PRESENCE_TTL
        for space_id, user_id, display_name, socket_key in entries:
            entry = _entry(user_id, display_name, socket_key)
            self._spaces.setdefault(space_id, {})[entry] = expiry

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
    """Presence is best effort: while Redis is unreachable nobody shows as online
    (so a "teacher online" chat rule errs on the safe side) and nothing fails."""

    def __init__(self, client: redis.Redis, namespace: str, owns: bool = True) -> None:
        self.client = client
        self.owns = owns  # closes the client when it closes
        self.namespace = namespace

    def _key(self, space_id: int) -> str:
        return f"{self.namespace}:presence:{space_id}"

    async def enter(self, space_id: int, user_id: int, display_name: str, socket_key: str) -> None:
        await self.enter_many([(space_id, user_id, display_name, socket_key)])

    async def enter_many(self, entries: Iterable[Entry]) -> None:
        by_space: dict[int, dict[str, float]] = {}
        expiry = time.time() + PRESENCE_TTL
        for space_id, user_id, display_name, socket_key in entries:
            by_space.setdefault(space_id, {})[_entry(user_id, display_name, socket_key)] = expiry
        if not by_space:
            return
        try:
            async with self.client.pipeline(transaction=False) as pipe:
                for space_id, members in by_space.items():
                    key = self._key(space_id)
                    pipe.zadd(key, members)
                    pipe.expire(key, PRESENCE_TTL * 2)
                await pipe.execute()
        except (RedisError, OSError) as error:
            log.warning("presence not recorded: %s", error)

    async def leave(self, space_id: int, user_id: int, display_name: str, socket_key: str) -> None:
        try:
            await self.client.zrem(self._key(space_id), _entry(user_id, display_name, socket_key))
        except (RedisError, OSError) as error:
            log.warning("presence not removed (it expires by itself): %s", error)

    async def online(self, space_id: int) -> list[dict[str, object]]:
        key = self._key(space_id)
        now = time.time()
        try:
            async with self.client.pipeline(transaction=False) as pipe:
                pipe.zremrangebyscore(key, "-inf", now)
                pipe.zrangebyscore(key, now, "+inf")
                _, entries = await pipe.execute()
        except (RedisError, OSError) as error:
            log.warning("presence unknown: %s", error)
            return []
        return _online([e.decode() if isinstance(e, bytes) else e for e in entries])

    async def close(self) -> None:
        if self.owns:
            await self.client.aclose(close_connection_pool=True)
