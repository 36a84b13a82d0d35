"""A real server for contract tests: uvicorn on a free port of 127.0.0.1, in a
thread of its own, on a data folder of its own seeded with the demo.

schemathesis calls it from another process, synchronously, so it cannot share
the test's event loop; a thread gives it a loop of its own while the test still
builds its settings (the lowest argon2 cost: a fuzzed class of forty pupils
would otherwise cost two seconds).
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from tests.conftest import embedded_settings
from twinspace import demo
from twinspace.app import build_runtime, create_app
from twinspace.config import Limit, Settings
from twinspace.storage.migrate import upgrade


class ThreadServer:
    """``create_app(settings)`` served by uvicorn in a thread, until ``stop()``."""

    def __init__(self, settings: Settings) -> None:
        self.socket = socket.socket()
        self.socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.socket.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        config = uvicorn.Config(create_app(settings), log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True
        )

    def start(self, seconds: float = 30) -> None:
        self.thread.start()
        deadline = time.monotonic() + seconds
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the server did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
        self.socket.close()


async def seed_demo(settings: Settings) -> None:
    """What ``twinspace demo`` does: migrate the database, then seed the demo."""
    runtime = build_runtime(settings)
    try:
        await upgrade(runtime.engine)
        await demo.seed(runtime)
    finally:
        await runtime.close()


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThreadServer]:
    data_dir: Path = tmp_path_factory.mktemp("contract")
    settings = embedded_settings(
        data_dir,
        # The fuzzers write fast on purpose; the chat rate limit has its own test.
        content_limits={"chat.send": Limit(100_000, 10)},
    )
    asyncio.run(seed_demo(settings))
    server = ThreadServer(settings)
    server.start()
    yield server
    server.stop()
