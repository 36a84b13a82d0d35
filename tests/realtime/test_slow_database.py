"""A slow database delays answers; it never costs a socket its connection."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

from tests.conftest import World, write_lock_held
from tests.realtime.conftest import LiveServer, Room
from tests.wsclient import WsClient
from twinspace.realtime.gateway import FRAMES_PER_SECOND
from twinspace.realtime.gateway import WAITING_FRAMES as WAITING

PING_SECONDS = 0.3
LOCK_SECONDS = 2.0


@contextlib.asynccontextmanager
async def _teacher_in_a_space(app: Any) -> AsyncIterator[tuple[int, WsClient]]:
    """A served app with quick keepalives, and a teacher's socket subscribed to a space."""
    server = LiveServer(app, ping_seconds=PING_SECONDS)
    await server.start()
    world = World(app, base_url=server.url)
    room = Room(world, server.url)
    try:
        teacher = await world.teacher()
        space = await world.space(teacher)
        (socket,) = await room.subscribed(space["id"], teacher)
        yield space["id"], socket
    finally:
        await room.close()
        await server.stop()


async def test_a_socket_keeps_its_keepalive_while_its_line_waits_for_the_database(app, settings):
    async with _teacher_in_a_space(app) as (space_id, socket):
        # The line waits for the lock for several ping intervals, and a frame sent
        # behind it must wait too; meanwhile the server has to go on reading the
        # socket, or it misses the pongs and drops the connection.
        with write_lock_held(settings.database_url):
            answers = asyncio.gather(
                socket.ok("chat.send", space_id=space_id, text="after the wait"),
                socket.ok("ping"),
            )
            await asyncio.sleep(LOCK_SECONDS)
        sent, pong = await answers
        assert sent["text"] == "after the wait"
        assert pong == {"pong": True}
        assert socket.closed_with is None


async def test_a_client_far_ahead_of_its_answers_is_told_busy_and_keeps_its_socket(app, settings):
    """Frames beyond what may wait are answered "busy" at once (not queued, not
    read later), and the socket is still read: its pongs, its later frames."""
    async with _teacher_in_a_space(app) as (space_id, socket):
        # The lock is held until every frame beyond the waiting ones was answered
        # (however slowly the machine sends them), so no waiting slot frees meanwhile.
        with write_lock_held(settings.database_url):
            # The subscribe spent a token of the socket's frame allowance: the burst
            # starts with it whole, however fast the lines are written after the wait.
            await asyncio.sleep(1 / FRAMES_PER_SECOND)
            sends = [
                asyncio.create_task(
                    socket.command("chat.send", space_id=space_id, text=f"line {n}")
                )
                for n in range(WAITING + 10)
            ]
            early, _ = await asyncio.wait(sends, timeout=30, return_when=asyncio.FIRST_COMPLETED)
            while len(early) < 10:
                more, _ = await asyncio.wait(
                    [s for s in sends if s not in early],
                    timeout=30,
                    return_when=asyncio.FIRST_COMPLETED,
                )
                assert more, "the frames beyond the waiting ones were not answered at once"
                early |= more
        answers = await asyncio.gather(*sends)
        codes = [a.get("code", a["type"]) for a in answers]
        assert codes.count("ack") == WAITING
        assert codes.count("busy") == 10
        assert all(a["retry_after"] == 1 for a in answers if a.get("code") == "busy")
        assert socket.closed_with is None
        # The burst spent the socket's frame allowance: after the wait it names,
        # the same socket is answered again.
        await asyncio.sleep(1.1)
        assert (await socket.ok("ping")) == {"pong": True}


async def test_a_line_the_database_cannot_take_in_time_is_told_busy_and_sent_again_once(
    app, settings
):
    """Over a socket as over HTTP: a line that waits past the database's lock wait is
    answered ``busy`` (not an internal error), the socket stays, and the same
    frame sent again once the database is free is written once."""
    async with _teacher_in_a_space(app) as (space_id, socket):
        line: dict[str, Any] = {"id_": "line-1", "space_id": space_id, "text": "wait for me"}
        with write_lock_held(settings.database_url):
            refused = await socket.command("chat.send", timeout=30, **line)
        assert refused["type"] == "error"
        assert refused["code"] == "busy"
        assert refused["retry_after"] == 1
        sent = await socket.command("chat.send", **line)
        again = await socket.command("chat.send", **line)
        assert sent["type"] == again["type"] == "ack"
        assert again["result"] == sent["result"]
        await socket.wait_events("chat.message", 1)
        await asyncio.sleep(0.2)
        assert socket.chat_texts() == ["wait for me"]
        assert socket.closed_with is None
