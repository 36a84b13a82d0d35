"""What a run starts and stops: TwinSpace servers, the baseline, a PostgreSQL database."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from twinspace.storage.engine import create_engine

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# The benchmark measures delivery, not the flood limiter: 10,000 lines (or
# pictures) a second per user is beyond any workload here, so the limit never answers.
CHAT_RATE = "100000/10"
# Both nodes of a distributed run key session hashes with the same secret, so
# a cookie from one is good on the other.
SECRET_KEY = "bench-secret-shared-by-the-nodes"
# A server with a fresh database is up in a second or two; a minute means broken.
START_TIMEOUT_S = 60.0
# uvicorn closes its sockets gracefully on SIGTERM; past this, it is killed.
STOP_TIMEOUT_S = 20.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Service:
    """A child process that listens on a port of 127.0.0.1, its output in a log file."""

    def __init__(self, command: list[str], port: int, log_path: Path, env: dict[str, str]) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.log_path = log_path
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with log_path.open("w") as log:
            self.process = subprocess.Popen(
                command,
                cwd=PROJECT_ROOT,
                env={**os.environ, **env},
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self._wait_until_listening()

    @property
    def pid(self) -> int:
        return self.process.pid

    def _wait_until_listening(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.url} exited early:\n{self.log_tail()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"{self.url} did not listen within {START_TIMEOUT_S} s")

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def twinspace_server(data_dir: Path, database_url: str, broker_url: str) -> Service:
    port = free_port()
    env = {
        "TWINSPACE_DATA_DIR": str(data_dir),
        "TWINSPACE_DATABASE_URL": database_url,
        "TWINSPACE_BROKER_URL": broker_url,
        "TWINSPACE_SECRET_KEY": SECRET_KEY,
        "TWINSPACE_CHAT_RATE": CHAT_RATE,
        "TWINSPACE_UPLOAD_RATE": CHAT_RATE,
        "TWINSPACE_FORUM_RATE": CHAT_RATE,
        "TWINSPACE_HOST": "127.0.0.1",
        "TWINSPACE_PORT": str(port),
    }
    command = [sys.executable, "-m", "twinspace", "serve", "--log-level", "warning"]
    return Service(command, port, data_dir / f"server-{port}.log", env)


def baseline_server(data_dir: Path, deflate: bool) -> Service:
    port = free_port()
    command = [sys.executable, "-m", "bench.baseline_server", "--port", str(port)]
    if deflate:
        command.append("--deflate")
    return Service(command, port, data_dir / f"baseline-{port}.log", {})


def redis_server(data_dir: Path) -> Service:
    """A Redis of the run's own, with nothing saved to disk.

    Pub/sub channels are shared by every client of a Redis server, whatever
    the database number in the URL, and a fresh database numbers its spaces
    from 1: a shared Redis mixes another deployment's (or a test run's)
    events into ours, and the hub takes their sequence numbers for its own.
    """
    port = free_port()
    command = [
        "redis-server",
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        str(data_dir),
    ]
    data_dir.mkdir(parents=True, exist_ok=True)
    return Service(command, port, data_dir / f"redis-{port}.log", {})


async def _admin(admin_url: str, statement: str) -> None:
    engine = create_engine(admin_url)
    try:
        async with engine.connect() as connection:
            autocommit = await connection.execution_options(isolation_level="AUTOCOMMIT")
            await autocommit.execute(text(statement))
    finally:
        await engine.dispose()


async def create_database(admin_url: str, name: str) -> str:
    """A new, empty database next to ``admin_url``'s; returns its URL."""
    await _admin(admin_url, f'CREATE DATABASE "{name}"')
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


async def drop_database(admin_url: str, name: str) -> None:
    await _admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
