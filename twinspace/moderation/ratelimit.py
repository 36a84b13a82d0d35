"""Fixed-window counters for throttling logins and content writes.

A window is cheap to keep and to explain to a teacher ("10 tries per 15
minutes"); its burst at a window edge is acceptable for the uses here.
In-process by default; in Redis (one counter key per window, expiring with it)
when the broker is Redis, so a limit holds across every server process. A write
checks and counts its hit at once (``take``): in Redis one script, shared by the
writes that ask at the same moment, so a chat line costs one round trip or less.
"""

from __future__ import annotations

import itertools
import logging
import time
from abc import ABC, abstractmethod

import redis.asyncio as redis
from redis.exceptions import RedisError

from twinspace.batching import Batch
from twinspace.config import Limit
from twinspace.redisconn import connect, is_redis

log = logging.getLogger(__name__)


class RateLimiter(ABC):
    @abstractmethod
    async def count(self, key: str, limit: Limit) -> int:
        """How many hits ``key`` has in the current window of ``limit``."""

    async def exceeded(self, key: str, limit: Limit) -> int | None:
        """Seconds to wait if ``key`` has used up ``limit``, else None."""
        return None if await self.count(key, limit) < limit.count else _wait(limit)

    @abstractmethod
    async def hit(self, key: str, limit: Limit) -> None: ...

    async def take(self, key: str, limit: Limit) -> int | None:
        """Count a hit of ``key`` if ``limit`` has room for it: None; else the seconds
        to wait, and the refused attempt is not counted (``exceeded``, then ``hit``)."""
        wait = await self.exceeded(key, limit)
        if wait is None:
            await self.hit(key, limit)
        return wait

    @abstractmethod
    async def reset(self, key: str, limit: Limit) -> None:
        """Forget the hits of ``key`` in the current window of ``limit``."""

    @abstractmethod
    async def close(self) -> None: ...


def create_rate_limiter(
    broker_url: str, namespace: str, client: redis.Redis | None = None
) -> RateLimiter:
    """Counters where the broker is: in this process, or in Redis (through
    ``client``, the process's shared one, or a client of its own)."""
    if is_redis(broker_url):
        return RedisRateLimiter(client or connect(broker_url), namespace, owns=client is None)
    return MemoryRateLimiter()


def _window(limit: Limit) -> int:
    return int(time.time()) // limit.seconds


def _wait(limit: Limit) -> int:
    return (_window(limit) + 1) * limit.seconds - int(time.time())


class MemoryRateLimiter(RateLimiter):
    """In-process counters; fine for one server process."""

    def __init__(self) -> None:
        self._windows: dict[str, tuple[int, int]] = {}

    async def count(self, key: str, limit: Limit) -> int:
        start, count = self._windows.get(key, (0, 0))
        return count if start == _window(limit) else 0

    async def hit(self, key: str, limit: Limit) -> None:
        window = _window(limit)
        start, count = self._windows.get(key, (window, 0))
        self._windows[key] = (window, count + 1 if start == window else 1)
        if len(self._windows) > 100_000:
            self._forget_old(window)

    async def reset(self, key: str, limit: Limit) -> None:
        self._windows.pop(key, None)

    def _forget_old(self, window: int) -> None:
        self._windows = {k: v for k, v in self._windows.items() if v[0] >= window}

    async def close(self) -> None:
        self._windows.clear()


# ``take`` in Redis: the check and the hit at once, so two processes taking the
# last hit of a window together cannot both have it; the takes asked at the same
# moment go in one call, in the order they were asked. KEYS are the windows'
# counters; ARGV holds, for each, the limit's count and the counter's lifetime
# in seconds. Returns, for each, 1 if the hit was counted, 0 if the limit is used up.
TAKE_SCRIPT = """
local taken = {}
for i, key in ipairs(KEYS) do
    local count = tonumber(redis.call('GET', key) or '0')
    if count >= tonumber(ARGV[2 * i - 1]) then
        taken[i] = 0
    else
        if redis.call('INCR', key) == 1 then
            redis.call('EXPIRE', key, ARGV[2 * i])
        end
        taken[i] = 1
    end
end
return taken
"""

# A take asked of Redis: (its place in this process's order, key, limit).
Take = tuple[int, str, Limit]


class RedisRateLimiter(RateLimiter):
    """One ``INCR``-ed key per key and window; Redis expires it with the window.

    While Redis is unreachable the limits are counted in this process instead:
    writes go on (the database is the truth), limited per process for a while.
    """

    def __init__(self, client: redis.Redis, namespace: str, owns: bool = True) -> None:
        self.client = client
        self.owns = owns  # closes the client when it closes
        self.namespace = namespace
        self.fallback = MemoryRateLimiter()
        self._take_script = client.register_script(TAKE_SCRIPT)
        self._order = itertools.count()
        self._takes: Batch[Take, bool] = Batch(self._take_many, False)

    def _key(self, key: str, limit: Limit) -> str:
        return f"{self.namespace}:limit:{key}:{_window(limit)}"

    async def count(self, key: str, limit: Limit) -> int:
        try:
            count = await self.client.get(self._key(key, limit))
        except (RedisError, OSError):
            return await self.fallback.count(key, limit)
        return int(count or 0)

    async def hit(self, key: str, limit: Limit) -> None:
        name = self._key(key, limit)
        try:
            async with self.client.pipeline(transaction=True) as pipe:
                pipe.incr(name)
                pipe.expire(name, limit.seconds + 1)
                await pipe.execute()
        except (RedisError, OSError):
            await self.fallback.hit(key, limit)

    async def take(self, key: str, limit: Limit) -> int | None:
        taken = await self._takes.get((next(self._order), key, limit))
        return None if taken else _wait(limit)

    async def _take_many(self, takes: set[Take]) -> dict[Take, bool]:
        ordered = sorted(takes, key=lambda take: take[0])
        keys = [self._key(key, limit) for _, key, limit in ordered]
        args = [n for _, _, limit in ordered for n in (limit.count, limit.seconds + 1)]
        try:
            taken = await self._take_script(keys=keys, args=args)
        except (RedisError, OSError):
            return {take: await self.fallback.take(*take[1:]) is None for take in ordered}
        return {take: bool(one) for take, one in zip(ordered, taken, strict=True)}

    async def reset(self, key: str, limit: Limit) -> None:
        """Deletes the current window's key only: older windows count for nothing."""
        await self.fallback.reset(key, limit)
        try:
            await self.client.delete(self._key(key, limit))
        except (RedisError, OSError):
            log.warning("could not reset limit %s in Redis", key)

    async def close(self) -> None:
        if self.owns:
            await self.client.aclose(close_connection_pool=True)
