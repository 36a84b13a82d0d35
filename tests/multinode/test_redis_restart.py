"""Redis restarts while two processes' clients chat: nothing lost, nothing twice."""

from __future__ import annotations

import asyncio

import pytest

pytestmark = [pytest.mark.redis, pytest.mark.postgres]


async def test_redis_restart_loses_and_duplicates_nothing(cluster_on_own_redis):
    cluster, redis_server = cluster_on_own_redis
    sid = cluster.space["id"]
    teacher = await cluster.socket(0, cluster.teacher)
    pupil = await cluster.socket(1, cluster.pupil)
    await teacher.ok("subscribe", space_id=sid)
    await pupil.ok("subscribe", space_id=sid)
    expected = []

    async def say(socket, text):
        await socket.ok("chat.send", space_id=sid, text=text)
        expected.append(text)

    for n in range(3):
        await say(teacher, f"before {n}")
    await pupil.wait_events("chat.message", 3)

    redis_server.stop()
    for n in range(3):  # written to PostgreSQL; the broker cannot carry them now
        await say(teacher, f"teacher during {n}")
        await say(pupil, f"pupil during {n}")
    await asyncio.sleep(0.5)
    redis_server.start()

    for n in range(3):
        await say(pupil, f"after {n}")
    for socket in (teacher, pupil):
        await socket.wait_events("chat.message", len(expected), timeout=30)
    await asyncio.sleep(0.5)  # a duplicate would have arrived by now
    for socket in (teacher, pupil):
        seqs = [f["seq"] for f in socket.events()]
        assert seqs == sorted(set(seqs)), "duplicate or out-of-order events"
        assert sorted(socket.chat_texts()) == sorted(expected)
