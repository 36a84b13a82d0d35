"""More than two processes: three nodes on one Redis and one PostgreSQL, and one
command that starts a process per core (``serve --workers``)."""

from __future__ import annotations

import uuid

import pytest

from tests.conftest import REDIS_URL, World
from tests.servers import ServerProcess, all_up
from tests.wsclient import WsClient

pytestmark = [pytest.mark.redis, pytest.mark.postgres]


def _env(database_url: str) -> dict[str, str]:
    return {
        "TWINSPACE_DATABASE_URL": database_url,
        "TWINSPACE_BROKER_URL": REDIS_URL,
        "TWINSPACE_SECRET_KEY": "shared-by-the-nodes",
        "TWINSPACE_REDIS_NAMESPACE": f"test-{uuid.uuid4().hex[:8]}",
    }


async def _class_chats_across(urls: list[str]) -> None:
    """A teacher and two pupils, each on the next URL, chat; everyone gets every line."""
    worlds = [World(None, base_url=url) for url in urls]
    sockets = []
    try:
        teacher = await worlds[0].teacher("Maria")
        space = await worlds[0].space(teacher)
        created, _ = await worlds[0].pupils(teacher, ["Giulia", "Luca"])
        await teacher.ok(
            "POST", f"/api/spaces/{space['id']}/classes", json={"class_id": created["id"]}
        )
        clients = [teacher]
        for world, pupil in zip(worlds[1:], created["pupils"], strict=False):
            client = world.client()
            await client.login(pupil["username"], pupil["password"])
            clients.append(client)
        for url, client in zip(urls, clients, strict=False):
            socket = await WsClient.connect(url, client.http.cookies.get("ts_session"))
            await socket.wait(lambda f: f["type"] == "hello")
            await socket.ok("subscribe", space_id=space["id"])
            sockets.append(socket)
        for n, socket in enumerate(sockets):
            await socket.ok("chat.send", space_id=space["id"], text=f"hello from {n}")
        for socket in sockets:
            await socket.wait_events("chat.message", len(sockets))
            assert sorted(socket.chat_texts()) == [f"hello from {n}" for n in range(len(sockets))]
    finally:
        for socket in sockets:
            await socket.close()
        for world in worlds:
            await world.close()


async def test_three_processes_serve_one_space(tmp_path, fresh_postgres):
    env = _env(fresh_postgres)  # one namespace: the nodes must hear each other
    nodes = all_up([ServerProcess(tmp_path / f"node{n}", env, wait=False) for n in range(3)])
    try:
        await _class_chats_across([node.url for node in nodes])
    finally:
        for node in nodes:
            node.stop()


async def test_serve_workers_starts_processes_that_share_every_space(tmp_path, fresh_postgres):
    server = ServerProcess(tmp_path / "node", _env(fresh_postgres), args=("--workers", "2"))
    try:
        # Three sockets on one port: the kernel spreads them over the workers.
        await _class_chats_across([server.url] * 3)
    finally:
        server.stop()
