"""A live server in the test's event loop (uvicorn on a free port), and its users."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
import uvicorn

from tests.conftest import ApiClient, World
from tests.servers import free_port
from tests.wsclient import WsClient


class LiveServer:
    def __init__(self, app: Any) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        # The app fixture already ran the lifespan; uvicorn only serves.
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, lifespan="off", log_level="warning"
        )
        self.server = uvicorn.Server(config)
        self.task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self.task = asyncio.create_task(self.server.serve())
        while not self.server.started:
            await asyncio.sleep(0.01)

    async def stop(self) -> None:
        self.server.should_exit = True
        if self.task is not None:
            await self.task


@pytest.fixture
async def live(app: Any) -> AsyncIterator[LiveServer]:
    server = LiveServer(app)
    await server.start()
    yield server
    await server.stop()


class Room:
    """A space with a teacher and pupils, over real HTTP, and sockets for them."""

    def __init__(self, world: World, url: str) -> None:
        self.world = world
        self.url = url
        self.sockets: list[WsClient] = []

    async def socket(self, client: ApiClient, **options: Any) -> WsClient:
        token = client.http.cookies.get("ts_session")
        socket = await WsClient.connect(self.url, token, **options)
        self.sockets.append(socket)
        await socket.wait(lambda f: f["type"] == "hello")
        return socket

    async def close(self) -> None:
        for socket in self.sockets:
            await socket.close()
        await self.world.close()


@pytest.fixture
async def room(app: Any, live: LiveServer) -> AsyncIterator[tuple[Room, dict[str, Any]]]:
    world = World(app, base_url=live.url)
    r = Room(world, live.url)
    teacher = await world.teacher("Maria")
    space = await world.space(teacher, "Rivers")
    created, pupils = await world.pupils(teacher, ["Giulia", "Luca"])
    await teacher.ok("POST", f"/api/spaces/{space['id']}/classes", json={"class_id": created["id"]})
    yield r, {"space": space, "teacher": teacher, "pupils": pupils}
    await r.close()
