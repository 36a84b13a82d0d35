"""The load generator: WebSocket clients in one or more processes against one or more servers.

The parent splits the sockets between ``--procs`` worker processes
(``bench.worker``), lets them log in, connect and subscribe, waits for the
presence storm of the joins to settle, has the typists open their shared pages
(if any type), then starts every process's senders at one moment, and samples
the servers' memory and CPU before and after each step.

    python -m bench.loadgen --url http://127.0.0.1:8000 --seed seed.json \
        --sockets-per-space 30 --content pupil --senders 1 --rate 1 --duration 20 \
        --server-pid 1234

Without ``--seed``, ``--spaces N`` drives a server without accounts (the
baseline) with the same code and no logins. From here one traffic runs
(``--content`` and its senders and rate); ``bench.run`` runs several at once.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import profile, report
from bench.plan import anonymous_spaces, socket_plans, split
from bench.procstat import own_cpu_seconds, raise_fd_limit, sample
from bench.seed import SeededSpace, read_seed
from bench.tally import Tally
from bench.traffic import Content, Traffic
from bench.worker import DRAIN_QUIET_S, WorkerConfig

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# The go message must reach every process before the common start time.
GO_LEAD_S = 0.5
# A worker's result line holds two histograms; readline's 64 KiB default is tight.
LINE_LIMIT = 16 * 1024 * 1024


@dataclass(frozen=True)
class LoadConfig:
    urls: list[str]
    spaces: list[SeededSpace]
    sockets_per_space: int
    traffic: tuple[Traffic, ...]
    duration: float
    procs: int = 1
    compression: bool = True
    server_pids: list[int] = field(default_factory=list)
    # py-spy's samples of each server during the window (profile.server_file names
    # each server's file) ...
    profile: Path | None = None
    profile_setup: Path | None = None  # ... from the logins' end until the joins settled

    def describe(self) -> dict[str, Any]:
        return {
            "spaces": len(self.spaces),
            "sockets_per_space": self.sockets_per_space,
            "logins_per_space": len(self.spaces[0].logins) if self.spaces else 0,
            "traffic": [traffic.to_json() for traffic in self.traffic],
            "duration": self.duration,
            "procs": self.procs,
            "servers": len(self.urls),
            "compression": self.compression,
        }


class WorkerProcess:
    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    @classmethod
    async def start(cls) -> WorkerProcess:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bench.worker",
            cwd=PROJECT_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            limit=LINE_LIMIT,
        )
        return cls(process)

    async def tell(self, message: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(message).encode() + b"\n")
        await self.process.stdin.drain()

    async def hear(self, phase: str) -> dict[str, Any]:
        assert self.process.stdout is not None
        line = await self.process.stdout.readline()
        if not line:
            code = await self.process.wait()
            raise RuntimeError(f"a load-generator process exited ({code}) before {phase!r}")
        message: dict[str, Any] = json.loads(line)
        if message.get("phase") != phase:
            raise RuntimeError(f"expected {phase!r} from a worker, got {message}")
        return message

    async def finish(self) -> None:
        try:
            await asyncio.wait_for(self.process.wait(), 60)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()


async def _stop_all(recordings: list[subprocess.Popen[bytes]]) -> None:
    for recording in recordings:
        await asyncio.to_thread(profile.stop, recording)


async def _each(workers: list[WorkerProcess], message: dict[str, Any], phase: str) -> list[Any]:
    await asyncio.gather(*(w.tell(message) for w in workers))
    return await asyncio.gather(*(w.hear(phase) for w in workers))


async def run(config: LoadConfig, label: str) -> dict[str, Any]:
    """Drive the servers once; return the result (see ``bench.report.result``)."""
    raise_fd_limit()
    cpu_at_start = own_cpu_seconds()
    plans = socket_plans(config.spaces, config.sockets_per_space, config.traffic, config.urls)
    parts = [part for part in split(plans, config.procs) if part]
    workers = [await WorkerProcess.start() for _ in parts]
    profilers: list[subprocess.Popen[bytes]] = []
    setup_profilers: list[subprocess.Popen[bytes]] = []
    try:
        before = sample(config.server_pids)
        setup_start = time.monotonic()
        await asyncio.gather(
            *(
                w.tell(
                    {"config": WorkerConfig(part, config.duration, config.compression).to_json()}
                )
                for w, part in zip(workers, parts, strict=True)
            )
        )
        await asyncio.gather(*(w.hear("logged_in") for w in workers))
        logged_in = sample(config.server_pids)
        if config.profile_setup is not None:
            setup_profilers = profile.start_each(config.server_pids, None, config.profile_setup)
        await _each(workers, {"command": "connect"}, "connected")
        await _each(workers, {"command": "settle"}, "settled")
        connect_s = time.monotonic() - setup_start
        connected = sample(config.server_pids)
        await _stop_all(setup_profilers)
        setup_profilers = []
        opened_pages = await _each(workers, {"command": "open"}, "opened")
        pages = len({page for message in opened_pages for page in message["pages"]})
        opened = sample(config.server_pids)
        start_ns = time.monotonic_ns() + int(GO_LEAD_S * 1e9)
        if config.profile is not None:
            # Sending, plus the drain's usual length: the profile is of the work.
            seconds = GO_LEAD_S + config.duration + DRAIN_QUIET_S
            profilers = profile.start_each(config.server_pids, seconds, config.profile)
        done = await _each(workers, {"go": start_ns}, "done")
        after = sample(config.server_pids)
        end_ns = time.monotonic_ns()
        await asyncio.gather(*(w.tell({"command": "close"}) for w in workers))
        await asyncio.gather(*(w.finish() for w in workers))
    finally:
        for w in workers:
            if w.process.returncode is None:
                w.process.kill()
        await _stop_all(setup_profilers)  # set-up failed: its recordings have no end of their own
        for profiler in profilers:
            await asyncio.to_thread(profiler.wait)
    tally = Tally()
    for message in done:
        tally.merge(Tally.from_json(message["tally"]))
    parent_cpu = own_cpu_seconds() - cpu_at_start
    window = report.Window(
        before, logged_in, connected, opened, pages, after, connect_s, start_ns, end_ns
    )
    return report.result(label, config.describe(), tally, window, tally.cpu_total_s + parent_cpu)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--url", action="append", required=True, help="server base URL (repeatable)")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--seed", type=Path, help="the JSON file bench.seed wrote")
    source.add_argument("--spaces", type=int, help="space ids 1..N, no logins (the baseline)")
    p.add_argument("--sockets-per-space", type=int, required=True)
    p.add_argument(
        "--content",
        choices=[c.value for c in Content],
        default=Content.pupil.value,
        help="what the senders send: chat lines (short, pupil) or forum posts (reply, long);"
        " posts need --seed with threads",
    )
    p.add_argument("--senders", type=int, default=1, help="senders per space")
    p.add_argument("--rate", type=float, default=1.0, help="texts per second per sender")
    p.add_argument("--duration", type=float, default=20.0, help="seconds of sending")
    p.add_argument("--procs", type=int, default=1, help="load-generator processes")
    p.add_argument("--no-compression", action="store_true", help="do not offer permessage-deflate")
    p.add_argument("--server-pid", type=int, action="append", default=[], help="(repeatable)")
    p.add_argument(
        "--profile",
        type=Path,
        help="py-spy the servers into this raw file (one per server when several)",
    )
    p.add_argument("--label", default="server")
    p.add_argument("--out", type=Path, help="append the JSON line here instead of stdout")
    return p


def main() -> None:
    args = parser().parse_args()
    spaces = read_seed(args.seed) if args.seed else anonymous_spaces(args.spaces)
    config = LoadConfig(
        urls=args.url,
        spaces=spaces,
        sockets_per_space=args.sockets_per_space,
        traffic=(Traffic(Content(args.content), args.senders, args.rate),),
        duration=args.duration,
        procs=args.procs,
        compression=not args.no_compression,
        server_pids=args.server_pid,
        profile=args.profile,
    )
    data = asyncio.run(run(config, args.label))
    print(report.summary(data), file=sys.stderr)
    if args.out:
        report.write_line(args.out, data)
        print(f"result appended to {args.out}", file=sys.stderr)
    else:
        print(json.dumps(data))


if __name__ == "__main__":
    main()
