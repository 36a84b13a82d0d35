"""A live server in the test's event loop (uvicorn on a free port), and its users."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from typing import Any

import pytest
import uvicorn

from tests.conftest import ApiClient, World
from tests.wsclient import WsClient


class LiveServer:
    """uvicorn serving the test's app on a free port.

    ``send_buffer`` shrinks the kernel's send buffer of every accepted socket
    (they inherit the listener's), like a school's thin uplink: a client that
    stops reading then backs up into the server's own queue after some KiB
    instead of the kernel's 4 MiB.
    """

    def __init__(
        self, app: Any, send_buffer: int | None = None, ping_seconds: float = 20.0
    ) -> None:
        self.socket = socket.socket()
        # Inherited by accepted sockets; without it Nagle's algorithm meets the
        # peer's delayed ACK and each response waits ~40 ms.
        self.socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if send_buffer is not None:
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, send_buffer)
        self.socket.bind(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        # The app fixture already ran the lifespan; uvicorn only serves.
        self.server = uvicorn.Server(
            uvicorn.Config(
                app,
                lifespan="off",
                log_level="warning",
                # uvicorn's keepalive: a ping every ping_seconds, and as long for the pong.
                ws_ping_interval=ping_seconds,
                ws_ping_timeout=ping_seconds,
            )
        )
        self.task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self.task = asyncio.create_task(self.server.serve(sockets=[self.socket]))
        while not self.server.started:
            await asyncio.sleep(0.01)

    async def stop(self) -> None:
        self.server.should_exit = True
        if self.task is not None:
            await self.task


@pytest.fixture
async def live(app: Any, request: pytest.FixtureRequest) -> AsyncIterator[LiveServer]:
    server = LiveServer(app, getattr(request, "param", None))
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

    async def subscribed(self, space_id: int, *clients: ApiClient) -> list[WsClient]:
        """A socket for each client, each subscribed to the space."""
        sockets = [await self.socket(client) for client in clients]
        for socket_ in sockets:
            await socket_.ok("subscribe", space_id=space_id)
        return sockets

    async def close(self) -> None:
        for client in self.sockets:
            await client.close()
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
