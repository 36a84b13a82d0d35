"""One load-generator process, driven by ``bench.loadgen`` over its stdin and stdout.

One JSON object a line each way, so the parent can start every process's
sending at the same moment and measure the servers around exactly that window:

    parent -> {"config": {...}}      worker logs in
    worker -> {"phase": "logged_in"}
    parent -> {"command": "connect"} worker connects and subscribes
    worker -> {"phase": "connected"}
    parent -> {"command": "settle"}  worker waits until no frame has come for a while
    worker -> {"phase": "settled"}
    parent -> {"command": "open"}    typists open their space's shared page
    worker -> {"phase": "opened", "pages": [<page id>, ...]}
    parent -> {"go": <start, monotonic ns>}
    worker -> {"phase": "done", "tally": {...}}   after sending and draining
    parent -> {"command": "close"}   worker closes its sockets and exits
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import time
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass
from typing import Any

import httpx
import websockets

from bench import pages
from bench.client import BenchSocket
from bench.plan import SocketPlan
from bench.procstat import own_cpu_seconds, raise_fd_limit
from bench.seed import SeedLogin
from bench.tally import Tally
from bench.traffic import PAGE

# Handshakes (and logins) in flight at once per process: enough to connect
# 10,000 sockets in well under a minute, few enough to stay far below the
# server's listen backlog (2,048) and its handshake timeouts.
CONNECT_CONCURRENCY = 64
LOGIN_CONCURRENCY = 16
# Joins make the server announce presence to the whole space; the storm is
# over when no frame has arrived for a second (or, at the latest, in 3 minutes).
SETTLE_QUIET_S, SETTLE_MAX_S = 1.0, 180.0
# After the last send, deliveries and acks still in flight get this long to
# arrive: done when nothing came for 2 s and no ack is missing, or after 30 s.
DRAIN_QUIET_S, DRAIN_MAX_S = 2.0, 30.0
# How often the quiet checks look at the clock.
POLL_S = 0.1


@dataclass(frozen=True)
class WorkerConfig:
    sockets: list[SocketPlan]  # each with what it sends, if anything
    duration: float  # seconds of sending
    compression: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "sockets": [plan.to_json() for plan in self.sockets],
            "duration": self.duration,
            "compression": self.compression,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WorkerConfig:
        return cls(
            [SocketPlan.from_json(plan) for plan in data["sockets"]],
            data["duration"],
            data["compression"],
        )


def emit(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


async def receive() -> dict[str, Any]:
    line = await asyncio.to_thread(sys.stdin.readline)
    if not line:
        raise SystemExit("the parent went away")
    return json.loads(line)


async def bounded(limit: int, jobs: Sequence[Callable[[], Awaitable[Any]]]) -> list[Any]:
    """Run the jobs at most ``limit`` at a time; an exception is returned, not raised."""
    gate = asyncio.Semaphore(limit)

    async def one(job: Callable[[], Awaitable[Any]]) -> Any:
        async with gate:
            return await job()

    return await asyncio.gather(*(one(job) for job in jobs), return_exceptions=True)


async def log_in(plans: list[SocketPlan]) -> dict[str, str]:
    """One session cookie per distinct login (sockets of the same member share it)."""
    first_url: dict[SeedLogin, str] = {}
    for plan in plans:
        if plan.login is not None:
            first_url.setdefault(plan.login, plan.url)
    cookies: dict[str, str] = {}
    async with httpx.AsyncClient(timeout=60) as http:

        async def one(login: SeedLogin, url: str) -> None:
            body = {"login": login.login, "password": login.password}
            response = await http.post(f"{url}/api/session", json=body)
            response.raise_for_status()
            cookies[login.login] = response.cookies["ts_session"]

        jobs = [lambda lg=login, u=url: one(lg, u) for login, url in first_url.items()]
        failures = [r for r in await bounded(LOGIN_CONCURRENCY, jobs) if r is not None]
    if failures:
        raise SystemExit(f"{len(failures)} logins failed, the first: {failures[0]!r}")
    return cookies


async def connect(config: WorkerConfig, cookies: dict[str, str], tally: Tally) -> list[BenchSocket]:
    def job(plan: SocketPlan) -> Callable[[], Coroutine[Any, Any, BenchSocket]]:
        cookie = cookies.get(plan.login.login) if plan.login else None
        return lambda: BenchSocket.open(plan, cookie, config.compression, tally)

    sockets = []
    for plan, result in zip(
        config.sockets,
        await bounded(CONNECT_CONCURRENCY, [job(plan) for plan in config.sockets]),
        strict=True,
    ):
        if isinstance(result, BenchSocket):
            sockets.append(result)
            tally.subscribed[plan.space_id] += 1
        else:
            tally.connect_failures[_failure_name(result)] += 1
    return sockets


def _failure_name(error: BaseException) -> str:
    if isinstance(error, websockets.InvalidStatus):
        return f"http_{error.response.status_code}"
    return type(error).__name__


async def wait_quiet(tally: Tally, quiet_s: float, max_s: float, busy: Callable[[], bool]) -> None:
    """Until no frame came for ``quiet_s`` and ``busy()`` is false, or ``max_s`` passed."""
    deadline = time.monotonic_ns() + int(max_s * 1e9)
    while time.monotonic_ns() < deadline:
        now = time.monotonic_ns()
        if now - tally.last_frame_ns >= quiet_s * 1e9 and not busy():
            return
        await asyncio.sleep(POLL_S)


async def open_pages(sockets: list[BenchSocket]) -> list[int]:
    """Every typist opens its page; the pages opened."""
    typists = [s for s in sockets if s.typist is not None]
    authors = [s.user_id for s in typists]
    if len(set(authors)) < len(authors):
        # Updates are matched to their typist by author (bench.pages).
        raise SystemExit("two typists share a login: give each typist a member of its own")
    await asyncio.gather(*(s.open_page() for s in typists))
    return sorted({s.plan.page_id for s in typists if s.plan.page_id is not None})


async def measured_window(config: WorkerConfig, sockets: list[BenchSocket], tally: Tally) -> None:
    start_ns = (await receive())["go"]
    end_ns = start_ns + int(config.duration * 1e9)
    cpu_before = own_cpu_seconds()
    senders = [s.send(start_ns, end_ns) for s in sockets if s.plan.traffic]
    # A send waits only while the socket's buffers are full, which a stalled
    # server can make forever: past the drain's limit, stop sending.
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(asyncio.gather(*senders), config.duration + DRAIN_MAX_S)
    await asyncio.sleep(max(0.0, (end_ns - time.monotonic_ns()) / 1e9))
    tally.last_frame_ns = time.monotonic_ns()  # the drain's quiet time starts now at the earliest
    await wait_quiet(tally, DRAIN_QUIET_S, DRAIN_MAX_S, lambda: any(s.pending for s in sockets))
    typists = {s.user_id: s.typist for s in sockets if s.typist is not None}
    pages.match([s.receipts for s in sockets], typists, tally.flows[PAGE])
    tally.held = sum(s.open_now for s in sockets)
    tally.cpu_window_s = own_cpu_seconds() - cpu_before


async def run() -> None:
    raise_fd_limit()
    config = WorkerConfig.from_json((await receive())["config"])
    tally = Tally()
    cookies = await log_in(config.sockets)
    emit({"phase": "logged_in"})
    await receive()  # connect
    sockets = await connect(config, cookies, tally)
    emit({"phase": "connected", "connected": len(sockets)})
    await receive()  # settle
    await wait_quiet(tally, SETTLE_QUIET_S, SETTLE_MAX_S, lambda: False)
    emit({"phase": "settled"})
    await receive()  # open
    emit({"phase": "opened", "pages": await open_pages(sockets)})
    await measured_window(config, sockets, tally)
    tally.cpu_total_s = own_cpu_seconds()
    emit({"phase": "done", "tally": tally.to_json()})
    await receive()  # close
    await asyncio.gather(*(s.close() for s in sockets), return_exceptions=True)


def main() -> None:
    try:
        import uvloop
    except ImportError:
        asyncio.run(run())
    else:
        uvloop.run(run())


if __name__ == "__main__":
    main()
