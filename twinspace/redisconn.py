"""One process's connections to Redis, shared by the broker, presence and the rate limits."""

from __future__ import annotations

import redis.asyncio as redis
from redis.asyncio.connection import BlockingConnectionPool

# Connections one process opens to Redis at most. Its commands are short (a
# publish, a counter, a presence entry), so a few dozen serve thousands of
# sockets; Redis takes 10,000 clients by default, room for a hundred processes.
POOL_CONNECTIONS = 48
# A burst beyond the pool waits this long for a free connection, rather than
# failing at once with "Too many connections" as an unbounded client would.
POOL_WAIT_SECONDS = 5.0
# A connection that fails to open within this is treated as Redis being down.
CONNECT_SECONDS = 2.0
# Idle connections are checked this often, so a restarted Redis is noticed.
HEALTH_CHECK_SECONDS = 10


def connect(url: str) -> redis.Redis:
    """A client whose connections come from one bounded, waiting pool."""
    pool = BlockingConnectionPool.from_url(
        url,
        max_connections=POOL_CONNECTIONS,
        timeout=POOL_WAIT_SECONDS,
        socket_connect_timeout=CONNECT_SECONDS,
        health_check_interval=HEALTH_CHECK_SECONDS,
    )
    return redis.Redis(connection_pool=pool)


def is_redis(url: str) -> bool:
    return url.startswith(("redis://", "rediss://"))
