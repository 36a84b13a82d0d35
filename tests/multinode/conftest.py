"""Two ``twinspace serve`` processes sharing one PostgreSQL and one Redis."""

from __future__ import annotations

import subprocess
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
import redis

from tests.conftest import REDIS_URL, World
from tests.servers import ServerProcess, all_up, free_port
from tests.wsclient import WsClient

HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """One multi-node test at a time when the suite runs on two workers
    (``pytest -n 2 --dist loadgroup``): each starts two or three servers and
    their clients, and two such tests at once on two cores would stretch the
    waits they allow. The other worker meanwhile runs lighter tests."""
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.xdist_group("multinode"))


class RedisServer:
    """A redis-server of our own on a free port, so a test may stop and restart it."""

    def __init__(self, data_dir: Path) -> None:
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.data_dir = data_dir
        self.process: subprocess.Popen[bytes] | None = None
        self.start()

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.data_dir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url)
        for _ in range(100):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    try:
        server = RedisServer(tmp_path)
    except FileNotFoundError:
        pytest.fail("redis-server is not installed")
    yield server
    server.stop()


def start_nodes(tmp_path: Path, database_url: str, broker_url: str) -> list[ServerProcess]:
    env = {
        "TWINSPACE_DATABASE_URL": database_url,
        "TWINSPACE_BROKER_URL": broker_url,
        "TWINSPACE_SECRET_KEY": "shared-by-the-nodes",
        # The two nodes share a namespace no other test or benchmark uses.
        "TWINSPACE_REDIS_NAMESPACE": f"test-{uuid.uuid4().hex[:8]}",
    }
    # Started side by side, as a deployment's processes are: each migrates or
    # waits for the other's migration (an advisory lock), then serves.
    return all_up([ServerProcess(tmp_path / f"node{n}", env, wait=False) for n in (1, 2)])


class Cluster:
    """Two nodes, a teacher on node 1 and a pupil on node 2, in one space."""

    def __init__(self, nodes: list[ServerProcess]) -> None:
        self.nodes = nodes
        self.worlds = [World(None, base_url=node.url) for node in nodes]
        self.sockets: list[WsClient] = []

    async def setup(self) -> None:
        first, second = self.worlds
        self.teacher = await first.teacher("Maria")
        self.space = await first.space(self.teacher, "Across nodes")
        created = await self.teacher.ok(
            "POST",
            "/api/classes",
            201,
            json={"name": "2B", "pupils": [{"first_name": "Giulia", "last_initial": "B"}]},
        )
        await self.teacher.ok(
            "POST", f"/api/spaces/{self.space['id']}/classes", json={"class_id": created["id"]}
        )
        pupil = created["pupils"][0]
        self.pupil = second.client()
        await self.pupil.login(pupil["username"], pupil["password"])

    async def socket(self, node: int, client: Any) -> WsClient:
        socket = await WsClient.connect(self.nodes[node].url, client.http.cookies.get("ts_session"))
        self.sockets.append(socket)
        await socket.wait(lambda f: f["type"] == "hello")
        return socket

    async def close(self) -> None:
        for socket in self.sockets:
            await socket.close()
        for world in self.worlds:
            await world.close()
        for node in self.nodes:
            node.stop()


@pytest.fixture
async def cluster(tmp_path: Path, fresh_postgres: str) -> AsyncIterator[Cluster]:
    c = Cluster(start_nodes(tmp_path, fresh_postgres, REDIS_URL))
    await c.setup()
    yield c
    await c.close()


@pytest.fixture
async def cluster_on_own_redis(
    tmp_path: Path, fresh_postgres: str, redis_server: RedisServer
) -> AsyncIterator[tuple[Cluster, RedisServer]]:
    c = Cluster(start_nodes(tmp_path, fresh_postgres, redis_server.url))
    await c.setup()
    yield c, redis_server
    await c.close()
