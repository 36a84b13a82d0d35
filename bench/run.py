"""One command per workload: seed, serve, load, stop; then the baseline under the same load.

    python -m bench.run classroom                      # embedded: SQLite, in-process broker
    python -m bench.run classroom --mode distributed   # PostgreSQL, Redis, two server processes
    python -m bench.run busy --spaces 2 --duration 5   # any workload, shrunk

Prints both results and their ratios, and writes them as one JSON line to
``bench/results/<workload>-<mode>-<timestamp>.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import json
import sys
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bench import loadgen, report
from bench.plan import anonymous_spaces
from bench.procstat import raise_fd_limit
from bench.seed import SeededSpace, seed, seed_settings
from bench.services import Service, baseline_server, create_database, drop_database
from bench.services import twinspace_server as start_twinspace

RESULTS_DIR = Path(__file__).resolve().parent / "results"
POSTGRES_ADMIN_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
REDIS_URL = "redis://127.0.0.1:6379/0"
# Two processes are the smallest distributed setup: enough to make every
# message cross Redis to reach half of each space.
DISTRIBUTED_NODES = 2


@dataclass(frozen=True)
class Workload:
    spaces: int
    members: int  # accounts per space: a teacher and members - 1 pupils
    sockets_per_member: int
    senders: int  # per space
    rate: float  # chat lines per second per sender
    duration: float
    procs: int  # load-generator processes


WORKLOADS = {
    # A school morning: 50 partner classes of 30, one line a second in each.
    "classroom": Workload(50, 30, 1, 1, 1.0, 20.0, 1),
    # Lively rooms: 5 people typing 10 lines a second in each of 20 spaces of
    # 50, about 50,000 deliveries a second.
    "busy": Workload(20, 50, 1, 5, 10.0, 20.0, 1),
    # Memory per connection: 10,000 sockets that only listen. 10 members per
    # space with 10 tabs each keeps seeding and logging in to 1,000 accounts.
    "idle": Workload(100, 10, 10, 0, 0.0, 20.0, 1),
}


def run_twinspace(
    workload: Workload, mode: str, tmp: Path, options: argparse.Namespace
) -> dict[str, Any]:
    with _database(mode, tmp, options.postgres_admin_url) as database_url:
        settings = seed_settings(database_url, tmp / "seed")
        seeded = asyncio.run(seed(settings, workload.spaces, workload.members))
        broker_url = options.redis_url if mode == "distributed" else "memory://"
        nodes = DISTRIBUTED_NODES if mode == "distributed" else 1
        servers: list[Service] = []
        try:
            for n in range(nodes):
                servers.append(start_twinspace(tmp / f"node{n}", database_url, broker_url))
            return _load(workload, servers, seeded, options, "twinspace")
        finally:
            for server in servers:
                server.stop()


def run_baseline(workload: Workload, tmp: Path, options: argparse.Namespace) -> dict[str, Any]:
    server = baseline_server(tmp / "baseline")
    try:
        return _load(workload, [server], anonymous_spaces(workload.spaces), options, "baseline")
    finally:
        server.stop()


def _load(
    workload: Workload,
    servers: list[Service],
    spaces: list[SeededSpace],
    options: argparse.Namespace,
    label: str,
) -> dict[str, Any]:
    config = loadgen.LoadConfig(
        urls=[s.url for s in servers],
        spaces=spaces,
        sockets_per_space=workload.members * workload.sockets_per_member,
        senders=workload.senders,
        rate=workload.rate,
        duration=workload.duration,
        procs=workload.procs,
        compression=not options.no_compression,
        server_pids=[s.pid for s in servers],
    )
    try:
        data = asyncio.run(loadgen.run(config, label))
    except Exception:
        for server in servers:
            print(f"--- {label} log ({server.url}):\n{server.log_tail()}", file=sys.stderr)
        raise
    print(report.summary(data), flush=True)
    return data


@contextlib.contextmanager
def _database(mode: str, tmp: Path, admin_url: str) -> Iterator[str]:
    """A SQLite file in the run's folder, or a fresh PostgreSQL database dropped afterwards."""
    if mode == "embedded":
        yield f"sqlite+aiosqlite:///{tmp / 'twinspace.db'}"
        return
    name = f"twinspace_bench_{uuid.uuid4().hex[:10]}"
    url = asyncio.run(create_database(admin_url, name))
    try:
        yield url
    finally:
        asyncio.run(drop_database(admin_url, name))


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("workload", choices=sorted(WORKLOADS))
    p.add_argument("--mode", choices=["embedded", "distributed"], default="embedded")
    p.add_argument("--spaces", type=int)
    p.add_argument("--members", type=int, help="accounts per space")
    p.add_argument("--sockets-per-member", type=int)
    p.add_argument("--senders", type=int, help="per space")
    p.add_argument("--rate", type=float, help="chat lines per second per sender")
    p.add_argument("--duration", type=float, help="seconds of sending")
    p.add_argument("--procs", type=int, help="load-generator processes")
    p.add_argument("--no-compression", action="store_true", help="do not offer permessage-deflate")
    p.add_argument("--skip-baseline", action="store_true")
    p.add_argument("--postgres-admin-url", default=POSTGRES_ADMIN_URL)
    p.add_argument("--redis-url", default=REDIS_URL)
    return p


def main() -> None:
    options = parser().parse_args()
    overrides = {
        name: getattr(options, name)
        for name in (
            "spaces",
            "members",
            "sockets_per_member",
            "senders",
            "rate",
            "duration",
            "procs",
        )
        if getattr(options, name) is not None
    }
    workload = replace(WORKLOADS[options.workload], **overrides)
    raise_fd_limit()  # the servers started from here inherit it
    started = datetime.datetime.now(datetime.UTC)
    combined: dict[str, Any] = {
        "workload": options.workload,
        "mode": options.mode,
        "command": "python -m bench.run " + " ".join(sys.argv[1:]),
    }
    with tempfile.TemporaryDirectory(prefix="twinspace-bench-") as tmp:
        combined["twinspace"] = run_twinspace(workload, options.mode, Path(tmp), options)
        if not options.skip_baseline:
            combined["baseline"] = run_baseline(workload, Path(tmp), options)
            combined["ratios"] = report.ratios(combined["twinspace"], combined["baseline"])
            print("== twinspace / baseline:", json.dumps(combined["ratios"]))
    stamp = started.strftime("%Y%m%dT%H%M%SZ")
    path = RESULTS_DIR / f"{options.workload}-{options.mode}-{stamp}.json"
    report.write_line(path, combined)
    print(f"result written to {path.relative_to(RESULTS_DIR.parent.parent)}")


if __name__ == "__main__":
    main()
