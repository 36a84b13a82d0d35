"""A chat line that meets the database locked by another writer past the wait."""

from __future__ import annotations

import asyncio

from tests.conftest import write_lock_held
from twinspace.storage.engine import LOCK_WAIT_SECONDS


async def test_a_line_the_database_cannot_take_in_time_is_told_to_try_again(world, settings):
    """The writer's BEGIN waits for the lock, then gives up: the line is answered
    ``busy`` with when to try again, nothing is written, and the retry with the
    same key, once the database is free, is written once."""
    teacher = await world.teacher()
    space = await world.space(teacher)
    url = f"/api/spaces/{space['id']}/chat/general"
    headers = {"idempotency-key": "after-the-lock"}
    with write_lock_held(settings.database_url):
        refused = await teacher.post(url, json={"text": "hello"}, headers=dict(headers))
    assert refused.status_code == 503
    assert refused.json()["error"]["code"] == "busy"
    assert refused.headers["retry-after"] == "1"
    sent = await teacher.ok("POST", url, 201, json={"text": "hello"}, headers=dict(headers))
    again = await teacher.ok("POST", url, 201, json={"text": "hello"}, headers=dict(headers))
    assert again == sent
    assert [m["text"] for m in (await teacher.ok("GET", url))["messages"]] == ["hello"]


async def test_a_line_waits_out_a_short_lock_and_the_server_answers_meanwhile(world, settings):
    """Another writer (a login) holds the lock for a moment: the line waits for it
    without holding anyone else up, and is written once the lock is free."""
    teacher = await world.teacher()
    space = await world.space(teacher)
    url = f"/api/spaces/{space['id']}/chat/general"
    loop = asyncio.get_running_loop()
    with write_lock_held(settings.database_url):
        line = asyncio.create_task(teacher.post(url, json={"text": "after the login"}))
        started = loop.time()
        await asyncio.sleep(0.3)
        # The server, on this loop, did not stop for the lock (it would wait 5 s).
        assert loop.time() - started < LOCK_WAIT_SECONDS / 2
        assert not line.done()
        # It goes on answering while the line waits.
        assert (await teacher.ok("GET", url))["messages"] == []
        assert not line.done()
    assert (await line).status_code == 201
    assert [m["text"] for m in (await teacher.ok("GET", url))["messages"]] == ["after the login"]
