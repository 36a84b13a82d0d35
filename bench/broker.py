"""What a chat line's Redis work costs a server process, measured alone.

A line in the distributed mode takes its flood limit's hit in Redis, publishes its
event, and every process holding the space receives that event. This measures
each, as the server does them (``RedisRateLimiter``, ``RedisBroker``, the hub's
envelope decoding), in CPU of this process per line: one at a time (a quiet
server) and ``--together`` at once (the lines one transaction committed); and,
for comparison, the flood limit's check and hit as two calls, as before ``take``. The
events are received from a publisher in a process of its own, so only the
receiving is counted. It starts a Redis of its own, as ``bench.run`` does.

    python -m bench.broker
    python -m bench.broker --lines 2000 --together 8
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

import uvloop

from bench.services import PROJECT_ROOT, redis_server
from twinspace.config import Limit
from twinspace.moderation.ratelimit import RedisRateLimiter
from twinspace.realtime.broker_redis import RedisBroker
from twinspace.realtime.protocol import Envelope
from twinspace.redisconn import connect
from twinspace.storage.models import Audience

SPACE = 1
# A chat line's event as it crosses Redis: its header and a frame of about 400 characters.
FRAME = json.dumps({"type": "event", "space_id": SPACE, "data": {"text": "a line " * 50}})
NEVER_REACHED = Limit(10**9, 60)


def envelope(seq: int) -> Envelope:
    return Envelope(SPACE, seq, "chat.message", Audience.everyone, None, FRAME)


async def cpu_per_call(
    calls: int, together: int, call: Callable[[int], Awaitable[object]]
) -> float:
    """Microseconds of this process's CPU per ``call``, ``together`` at a time."""
    start = time.process_time()
    for first in range(0, calls, together):
        await asyncio.gather(*(call(n) for n in range(first, first + together)))
    return (time.process_time() - start) / calls * 1e6


async def sending(url: str, lines: int, together: int) -> dict[str, float]:
    client = connect(url)
    namespace = f"bench-{uuid.uuid4().hex[:8]}"
    limiter = RedisRateLimiter(client, namespace, owns=False)
    broker = RedisBroker(client, namespace, owns=False)
    figures: dict[str, float] = {}

    async def check_then_hit(n: int) -> None:  # the write path's two calls before ``take``
        await limiter.exceeded(f"u{n}", NEVER_REACHED)
        await limiter.hit(f"u{n}", NEVER_REACHED)

    await cpu_per_call(lines // 10, 1, check_then_hit)  # warm-up: connections, the script
    figures["exceeded_then_hit_us_1"] = await cpu_per_call(lines, 1, check_then_hit)
    for size in dict.fromkeys([1, together]):
        figures[f"take_us_{size}"] = await cpu_per_call(
            lines, size, lambda n: limiter.take(f"u{n}", NEVER_REACHED)
        )
        figures[f"publish_us_{size}"] = await cpu_per_call(
            lines, size, lambda n: broker.publish(envelope(n + 1))
        )
    await client.aclose()
    return figures


async def receiving(url: str, lines: int) -> float:
    """CPU per event received and decoded, the events published by another process."""
    broker = RedisBroker(connect(url), f"bench-{uuid.uuid4().hex[:8]}")
    received: list[Envelope] = []
    done = asyncio.Event()
    start = 0.0

    def on_message(envelope: Envelope) -> None:
        nonlocal start
        if not received:
            start = time.process_time()
        received.append(envelope)
        if len(received) == lines:
            done.set()

    async def on_reconnected() -> None:
        pass

    broker.attach(on_message, on_reconnected)
    await broker.start()
    await broker.subscribe(SPACE)
    command = [sys.executable, "-m", "bench.broker", "--url", url, "--publish-to"]
    command += [broker.namespace, "--lines", str(lines)]
    publisher = subprocess.Popen(command, cwd=PROJECT_ROOT)
    await asyncio.wait_for(done.wait(), 120)
    cpu = time.process_time() - start
    publisher.wait()
    await broker.close()
    return cpu / (lines - 1) * 1e6


async def publish_to(url: str, namespace: str, lines: int) -> None:
    """The other process of ``receiving``: a steady stream, a few events at a time."""
    broker = RedisBroker(connect(url), namespace)
    for first in range(0, lines, 5):
        await asyncio.gather(*(broker.publish(envelope(n + 1)) for n in range(first, first + 5)))
        await asyncio.sleep(0.001)
    await broker.close()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--lines", type=int, default=4000)
    p.add_argument("--together", type=int, default=8, help="lines at once, as a batch commits")
    p.add_argument("--url", help="a Redis to use instead of one of our own")
    p.add_argument("--publish-to", help=argparse.SUPPRESS)  # the publisher of ``receiving``
    args = p.parse_args()
    if args.publish_to:
        uvloop.run(publish_to(args.url, args.publish_to, args.lines))
        return
    with tempfile.TemporaryDirectory(prefix="twinspace-bench-") as tmp:
        redis = None if args.url else redis_server(Path(tmp) / "redis")
        url = args.url or f"redis://127.0.0.1:{redis.port}/0"  # type: ignore[union-attr]
        try:
            figures = uvloop.run(sending(url, args.lines, args.together))
            figures["receive_us"] = uvloop.run(receiving(url, args.lines))
        finally:
            if redis is not None:
                redis.stop()
    print(json.dumps({k: round(v, 1) for k, v in figures.items()}))


if __name__ == "__main__":
    main()
