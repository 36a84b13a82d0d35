"""A removal, a logout or a suspension on one process reaches the user's sockets
on the other at once, through the broker, not at the next periodic check (20 s)."""

from __future__ import annotations

import asyncio

import pytest

pytestmark = [pytest.mark.redis, pytest.mark.postgres]


async def test_removal_logout_and_suspension_reach_the_other_process_at_once(cluster):
    sid = cluster.space["id"]
    pupil = cluster.pupil  # logged in on node two; the teacher works on node one
    on_two = await cluster.socket(1, pupil)
    await on_two.ok("subscribe", space_id=sid)
    await cluster.teacher.ok("DELETE", f"/api/spaces/{sid}/members/{pupil.user['id']}")
    await on_two.wait(lambda f: f["type"] == "unsubscribed", timeout=5)
    await cluster.teacher.ok("POST", f"/api/spaces/{sid}/chat/general", 201, json={"text": "x"})

    on_one = await cluster.socket(0, pupil)
    await pupil.ok("DELETE", "/api/session")  # through node two
    for socket in (on_one, on_two):
        await asyncio.wait_for(socket.connection.wait_closed(), 5)
        assert socket.connection.close_code == 4001
    assert on_two.events("chat.message") == []

    await pupil.login(pupil.user["username"], pupil.password)
    again = await cluster.socket(1, pupil)
    await cluster.teacher.ok("POST", f"/api/pupils/{pupil.user['id']}/suspend")  # node one
    await asyncio.wait_for(again.connection.wait_closed(), 5)
    assert again.connection.close_code == 4001
