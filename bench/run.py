"""One command per workload: seed, serve, load, stop; then the baseline under the same load.

    python -m bench.run classroom                      # embedded: SQLite, in-process broker
    python -m bench.run classroom --mode distributed   # PostgreSQL, own Redis, two servers
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
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bench import loadgen, profile, report
from bench.plan import anonymous_spaces
from bench.procstat import raise_fd_limit
from bench.seed import SeededSpace, seed, seed_settings
from bench.services import (
    PROJECT_ROOT,
    Service,
    baseline_server,
    create_database,
    drop_database,
    redis_server,
)
from bench.services import twinspace_server as start_twinspace

RESULTS_DIR = Path(__file__).resolve().parent / "results"
POSTGRES_ADMIN_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
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
    workload: Workload, mode: str, tmp: Path, options: argparse.Namespace, profile: Path | None
) -> dict[str, Any]:
    with (
        _database(mode, tmp, options.postgres_admin_url) as database_url,
        _broker(mode, tmp, options.redis_url) as broker_url,
    ):
        settings = seed_settings(database_url, tmp / "seed")
        seeded = asyncio.run(seed(settings, workload.spaces, workload.members))
        nodes = DISTRIBUTED_NODES if mode == "distributed" else 1
        servers: list[Service] = []
        try:
            for n in range(nodes):
                servers.append(start_twinspace(tmp / f"node{n}", database_url, broker_url))
            return _load(workload, servers, seeded, options, "twinspace", profile)
        finally:
            for server in servers:
                server.stop()


def run_baseline(workload: Workload, tmp: Path, options: argparse.Namespace) -> dict[str, Any]:
    server = baseline_server(tmp / "baseline", options.baseline_deflate)
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
    profile: Path | None = None,
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
        profile=profile,
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


@contextlib.contextmanager
def _broker(mode: str, tmp: Path, redis_url: str | None) -> Iterator[str]:
    """The in-process broker, the Redis given, or a Redis of the run's own."""
    if mode == "embedded":
        yield "memory://"
    elif redis_url is not None:
        yield redis_url
    else:
        redis = redis_server(tmp / "redis")
        try:
            yield f"redis://127.0.0.1:{redis.port}/0"
        finally:
            redis.stop()


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
    p.add_argument(
        "--baseline-deflate",
        action="store_true",
        help="let the baseline accept permessage-deflate (as servers before 7ddfcb9 did)",
    )
    p.add_argument("--profile", action="store_true", help="py-spy the (first) TwinSpace server")
    p.add_argument("--postgres-admin-url", default=POSTGRES_ADMIN_URL)
    p.add_argument(
        "--redis-url",
        help="use this Redis (e.g. redis://127.0.0.1:6379/0) instead of starting one of our own;"
        " only where nothing else publishes to it",
    )
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
        "server_version": server_version(),
    }
    stem = f"{options.workload}-{options.mode}-{started.strftime('%Y%m%dT%H%M%SZ')}"
    print(f"server code at {combined['server_version']}", flush=True)
    profile_raw = RESULTS_DIR / f"{stem}-profile.txt" if options.profile else None
    if profile_raw is not None:
        profile.py_spy()  # fail now, not after seeding, when py-spy is missing
    with tempfile.TemporaryDirectory(prefix="twinspace-bench-") as tmp:
        try:
            combined["twinspace"] = run_twinspace(
                workload, options.mode, Path(tmp), options, profile_raw
            )
            if not options.skip_baseline:
                combined["baseline"] = run_baseline(workload, Path(tmp), options)
                combined["ratios"] = report.ratios(combined["twinspace"], combined["baseline"])
                print("== twinspace / baseline:", json.dumps(combined["ratios"]))
        finally:
            _keep_logs(Path(tmp), RESULTS_DIR / f"{stem}-logs")
    path = RESULTS_DIR / f"{stem}.json"
    report.write_line(path, combined)
    print(f"result written to {_shown(path)}")
    if profile_raw is not None and profile_raw.exists():
        profile_summary = profile_raw.with_suffix(".summary.txt")
        profile_summary.write_text(profile.summary(profile_raw) + "\n")
        print(f"profile of the server: {_shown(profile_raw)} (summary: {_shown(profile_summary)})")


def _shown(path: Path) -> str:
    """A path relative to the repository, as the commands above are."""
    return str(path.relative_to(RESULTS_DIR.parent.parent))


def server_version() -> str:
    """The commit the server code is at, marked ``+changes`` when ``twinspace/`` differs from it."""

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", *args], cwd=PROJECT_ROOT, capture_output=True, text=True, check=False
        ).stdout.strip()

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    return commit + ("+changes" if git("status", "--porcelain", "--", "twinspace") else "")


def _keep_logs(tmp: Path, into: Path) -> None:
    """Keep what the servers wrote (warnings and errors only), if they wrote anything."""
    for log in [*tmp.glob("*/server-*.log"), *tmp.glob("*/baseline-*.log")]:
        if log.stat().st_size:
            into.mkdir(parents=True, exist_ok=True)
            kept = into / f"{log.parent.name}-{log.name}"
            shutil.copy(log, kept)
            print(f"server log kept: {_shown(kept)}")


if __name__ == "__main__":
    main()
