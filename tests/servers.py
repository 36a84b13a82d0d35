"""Real ``twinspace serve`` processes for browser and multi-node tests."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerProcess:
    """``python -m twinspace serve`` on a free port of 127.0.0.1, stopped on ``stop()``.

    It is started at once and waited for unless ``wait`` is false: then
    ``wait_until_up()`` waits, so that several processes start side by side.
    ``database``: a migrated SQLite file copied in as the embedded database, so
    that ``serve`` finds it at the newest schema instead of migrating a new one.
    """

    def __init__(
        self,
        data_dir: Path,
        env: dict[str, str] | None = None,
        demo: bool = False,
        args: tuple[str, ...] = (),
        database: Path | None = None,
        wait: bool = True,
    ) -> None:
        self.env = env or {}  # to start it again, as it was
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.data_dir = data_dir
        self.log_path = data_dir / f"server-{self.port}.log"
        data_dir.mkdir(parents=True, exist_ok=True)
        if database is not None:
            shutil.copy(database, data_dir / "twinspace.db")
        full_env = {
            **os.environ,
            "TWINSPACE_DATA_DIR": str(data_dir),
            "TWINSPACE_HOST": "127.0.0.1",
            "TWINSPACE_PORT": str(self.port),
            # Hashing as cheap as argon2 allows: the tests time nothing of it.
            "TWINSPACE_ARGON2_TIME_COST": "1",
            "TWINSPACE_ARGON2_MEMORY_KIB": "64",
            **(env or {}),
        }
        command = [sys.executable, "-m", "twinspace", "serve", "--log-level", "warning"]
        if demo:
            command.append("--demo")
        command.extend(args)
        self._log = self.log_path.open("w")
        self.process = subprocess.Popen(
            command, env=full_env, stdout=self._log, stderr=subprocess.STDOUT
        )
        if wait:
            self.wait_until_up()

    def wait_until_up(self, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited early:\n{self.log()}")
            try:
                httpx.get(f"{self.url}/api/schools", timeout=1)
                return
            except httpx.TransportError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"server did not answer within {seconds}s:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


def all_up(servers: list[ServerProcess]) -> list[ServerProcess]:
    """Waits for processes started side by side (``wait=False``); stops them all
    when one does not come up."""
    try:
        for server in servers:
            server.wait_until_up()
    except BaseException:
        for server in servers:
            server.stop()
        raise
    return servers
