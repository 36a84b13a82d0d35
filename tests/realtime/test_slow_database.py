"""A slow database delays answers; it never costs a socket its connection."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

from sqlalchemy.engine import make_url

from tests.conftest import World
from tests.realtime.conftest import LiveServer, Room
from twinspace.realtime.gateway import FRAMES_PER_SECOND
from twinspace.realtime.gateway import WAITING_FRAMES as WAITING

PING_SECONDS = 0.3
LOCK_SECONDS = 2.0


def _hold_the_write_lock(
    database_url: str, held: threading.Event, seconds: float, release: threading.Event | None = None
) -> None:
    """Another program writing to the same SQLite file for ``seconds``, or until ``release``."""
    connection = sqlite3.connect(Path(str(make_url(database_url).database)), isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    held.set()
    (release or threading.Event()).wait(seconds)
    connection.execute("ROLLBACK")
    connection.close()


async def test_a_socket_keeps_its_keepalive_while_its_line_waits_for_the_database(app, settings):
    server = LiveServer(app, ping_seconds=PING_SECONDS)
    await server.start()
    world = World(app, base_url=server.url)
    room = Room(world, server.url)
    try:
        teacher = await world.teacher()
        space = await world.space(teacher)
        (socket,) = await room.subscribed(space["id"], teacher)
        held = threading.Event()
        holder = threading.Thread(
            target=_hold_the_write_lock, args=(settings.database_url, held, LOCK_SECONDS)
        )
        holder.start()
        await asyncio.to_thread(held.wait)
        # The line waits for the lock for several ping intervals, and a frame sent
        # behind it must wait too; meanwhile the server has to go on reading the
        # socket, or it misses the pongs and drops the connection.
        sent, pong = await asyncio.gather(
            socket.ok("chat.send", space_id=space["id"], text="after the wait"),
            socket.ok("ping"),
        )
        await asyncio.to_thread(holder.join)
        assert sent["text"] == "after the wait"
        assert pong == {"pong": True}
        assert socket.closed_with is None
    finally:
        await room.close()
        await server.stop()


async def test_a_client_far_ahead_of_its_answers_is_told_busy_and_keeps_its_socket(app, settings):
    """Frames beyond what may wait are answered "busy" at once (not queued, not
    read later), and the socket is still read: its pongs, its later frames."""
    server = LiveServer(app, ping_seconds=PING_SECONDS)
    await server.start()
    world = World(app, base_url=server.url)
    room = Room(world, server.url)
    try:
        teacher = await world.teacher()
        space = await world.space(teacher)
        (socket,) = await room.subscribed(space["id"], teacher)
        held, release = threading.Event(), threading.Event()
        # The lock is held until every frame beyond the waiting ones was answered
        # (however slowly the machine sends them), so no waiting slot frees meanwhile.
        holder = threading.Thread(
            target=_hold_the_write_lock, args=(settings.database_url, held, 60.0, release)
        )
        holder.start()
        await asyncio.to_thread(held.wait)
        # The subscribe spent a token of the socket's frame allowance: the burst
        # starts with it whole, however fast the lines are written after the wait.
        await asyncio.sleep(1 / FRAMES_PER_SECOND)
        sends = [
            asyncio.create_task(socket.command("chat.send", space_id=space["id"], text=f"line {n}"))
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
        release.set()
        answers = await asyncio.gather(*sends)
        await asyncio.to_thread(holder.join)
        codes = [a.get("code", a["type"]) for a in answers]
        assert codes.count("ack") == WAITING
        assert codes.count("busy") == 10
        assert all(a["retry_after"] == 1 for a in answers if a.get("code") == "busy")
        assert socket.closed_with is None
        # The burst spent the socket's frame allowance: after the wait it names,
        # the same socket is answered again.
        await asyncio.sleep(1.1)
        assert (await socket.ok("ping")) == {"pong": True}
    finally:
        await room.close()
        await server.stop()


async def test_a_line_the_database_cannot_take_in_time_is_told_busy_and_sent_again_once(
    app, settings
):
    """Over a socket as over HTTP: a line that waits past the database's lock wait is
    answered ``busy`` (not an internal error), the socket stays, and the same
    frame sent again once the database is free is written once."""
    server = LiveServer(app, ping_seconds=PING_SECONDS)
    await server.start()
    world = World(app, base_url=server.url)
    room = Room(world, server.url)
    try:
        teacher = await world.teacher()
        space = await world.space(teacher)
        (socket,) = await room.subscribed(space["id"], teacher)
        held, release = threading.Event(), threading.Event()
        holder = threading.Thread(
            target=_hold_the_write_lock, args=(settings.database_url, held, 60.0, release)
        )
        holder.start()
        await asyncio.to_thread(held.wait)
        try:
            refused = await socket.command(
                "chat.send", timeout=30, id_="line-1", space_id=space["id"], text="wait for me"
            )
        finally:
            release.set()
            await asyncio.to_thread(holder.join)
        assert refused["type"] == "error"
        assert refused["code"] == "busy"
        assert refused["retry_after"] == 1
        sent = await socket.command(
            "chat.send", id_="line-1", space_id=space["id"], text="wait for me"
        )
        again = await socket.command(
            "chat.send", id_="line-1", space_id=space["id"], text="wait for me"
        )
        assert sent["type"] == again["type"] == "ack"
        assert again["result"] == sent["result"]
        await socket.wait_events("chat.message", 1)
        await asyncio.sleep(0.2)
        assert socket.chat_texts() == ["wait for me"]
        assert socket.closed_with is None
    finally:
        await room.close()
        await server.stop()
