"""Real ``twinspace serve`` processes for browser and multi-node tests."""

from __future__ import annotations

import os
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
    """``python -m twinspace serve`` on a free port of 127.0.0.1, stopped on ``stop()``."""

    def __init__(
        self,
        data_dir: Path,
        env: dict[str, str] | None = None,
        demo: bool = False,
        args: tuple[str, ...] = (),
    ) -> None:
        self.env = env or {}  # to start it again, as it was
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = data_dir / f"server-{self.port}.log"
        data_dir.mkdir(parents=True, exist_ok=True)
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
        self._wait_until_up()

    def _wait_until_up(self, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited early:\n{self.log()}")
            try:
                httpx.get(f"{self.url}/api/schools", timeout=1)
                return
            except httpx.TransportError:
                time.sleep(0.1)
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
