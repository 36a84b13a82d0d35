"""Sockets follow sessions and seats at once, not at the next check: a logout, a
suspension or a password reset closes the user's sockets; visitors never hear who
is online or typing (as they never see the member list)."""

from __future__ import annotations

import asyncio

import pytest


@pytest.fixture
def settings(settings):
    """The periodic check of sessions and seats an hour away: what happens here
    happens because of the change itself."""
    return settings.with_(maintenance_seconds=3600.0)


async def test_logging_out_closes_that_sessions_sockets_at_once(room):
    r, s = room
    pupil = await r.socket(s["pupils"][0])
    teacher = await r.socket(s["teacher"])
    await s["pupils"][0].ok("DELETE", "/api/session")
    await asyncio.wait_for(pupil.connection.wait_closed(), 3)
    assert pupil.connection.close_code == 4001
    assert (await teacher.ok("ping"))["pong"] is True  # other sessions are unharmed


async def test_suspending_a_pupil_closes_every_socket_of_theirs_at_once(room):
    r, s = room
    pupil = s["pupils"][0]
    tablet, laptop = await r.socket(pupil), await r.socket(pupil)
    await s["teacher"].ok("POST", f"/api/pupils/{pupil.user['id']}/suspend")
    for socket in (tablet, laptop):
        await asyncio.wait_for(socket.connection.wait_closed(), 3)
        assert socket.connection.close_code == 4001


async def test_a_removed_member_hears_it_at_once(room):
    r, s = room
    sid = s["space"]["id"]
    pupil = (await r.subscribed(sid, s["pupils"][0]))[0]
    await s["teacher"].ok("DELETE", f"/api/spaces/{sid}/members/{s['pupils'][0].user['id']}")
    gone = await pupil.wait(lambda f: f["type"] == "unsubscribed", timeout=3)
    assert gone["space_id"] == sid


async def test_visitors_hear_neither_presence_nor_typing(room):
    r, s = room
    sid = s["space"]["id"]
    visitor_client = s["pupils"][1]
    await s["teacher"].ok(
        "PATCH", f"/api/spaces/{sid}/members/{visitor_client.user['id']}", json={"role": "visitor"}
    )
    visitor, teacher, giulia = await r.subscribed(sid, visitor_client, s["teacher"], s["pupils"][0])
    await teacher.wait(lambda f: f["type"] == "presence" and len(f["online"]) == 3)
    await giulia.ok("typing", space_id=sid)
    await teacher.wait(lambda f: f["type"] == "typing")
    await teacher.ok("chat.send", space_id=sid, text="welcome")
    await visitor.wait_events("chat.message", 1)  # a visitor reads the chat
    assert [f for f in visitor.frames if f["type"] in ("presence", "typing")] == []
