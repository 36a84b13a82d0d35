"""One command per workload: seed, serve, load, stop; then the baseline under the same load.

    python -m bench.run classroom                      # embedded: SQLite, in-process broker
    python -m bench.run classroom --mode distributed   # PostgreSQL, own Redis, two servers
    python -m bench.run busy --spaces 2 --duration 5   # any workload, shrunk
    python -m bench.run classroom --text short         # the chat line of the first figures
    python -m bench.run forum                          # 1-4 KB forum replies
    python -m bench.run classroom-posts                # chat beside 20,000-character posts,
                                                       # then the same chat alone
    python -m bench.run page-crowd                     # 30 typists in one shared page
    python -m bench.run pages                          # 50 pages of 4 typists each

Prints the results and their ratios, and writes them as one JSON line to
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
from bench.traffic import CHAT, PAGE, POST, Content, Traffic

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
    traffic: tuple[Traffic, ...]  # what is sent, by whom (see bench.traffic)
    duration: float
    procs: int  # load-generator processes
    # Also run the first traffic alone (on a fresh server, after the others), so
    # its latency beside the other traffic can be compared with its latency alone.
    alone: bool = False

    @property
    def threads(self) -> bool:
        return any(t.content.flow == POST for t in self.traffic)

    @property
    def pages(self) -> bool:
        return any(t.content.flow == PAGE for t in self.traffic)


# A class chatting: one pupil's line a second in a space.
CLASS_CHAT = Traffic(Content.pupil, senders=1, rate=1.0)

WORKLOADS = {
    # A school morning: 50 partner classes of 30, one line a second in each.
    "classroom": Workload(50, 30, 1, (CLASS_CHAT,), 20.0, 1),
    # Lively rooms: 5 people typing 10 lines a second in each of 20 spaces of
    # 50, about 50,000 deliveries a second.
    "busy": Workload(20, 50, 1, (Traffic(Content.pupil, 5, 10.0),), 20.0, 1),
    # Memory per connection: 10,000 sockets that only listen. 10 members per
    # space with 10 tabs each keeps seeding and logging in to 1,000 accounts.
    "idle": Workload(100, 10, 10, (), 20.0, 1),
    # The forum of issue 10: classroom's 50 spaces of 30, a 1-4 KB reply a second
    # in each thread, every member's socket receiving it.
    "forum": Workload(50, 30, 1, (Traffic(Content.reply, 1, 1.0),), 20.0, 1),
    # Classroom's chat while pupils post 20,000 characters, the most a post holds:
    # a writer in every fifth space, a post every 5 s each, 2 a second in all.
    # Far more than classes write (a long post is an afternoon's work), but each
    # costs the server tens of milliseconds or more (screening, sanitising, 30
    # copies of 25-60 KB to send), so a tenth of the time or more a post is being
    # handled, and over 1 chat line in 100 meets one: enough for the chat's p99 to
    # show any delay posts cause, with the server still far from full
    # (interference, not overload). Then the same chat alone.
    "classroom-posts": Workload(
        50, 30, 1, (CLASS_CHAT, Traffic(Content.long, 1, 0.2, every=5)), 20.0, 1, alone=True
    ),
    # Shared pages (issue 12), a key typed every 200 ms (a pupil typing steadily)
    # into a page that already holds about a thousand words: a class of 30 with
    # its teacher all writing one page at once, the most that one page meets...
    "page-crowd": Workload(1, 30, 1, (Traffic(Content.page, 30, 5.0),), 20.0, 1),
    # ...and a school's groups at work: 50 pages, four typists on each.
    "pages": Workload(50, 4, 1, (Traffic(Content.page, 4, 5.0),), 20.0, 1),
}


def run_twinspace(
    workload: Workload,
    mode: str,
    tmp: Path,
    options: argparse.Namespace,
    profile: Path | None,
    label: str = "twinspace",
) -> dict[str, Any]:
    tmp.mkdir(parents=True, exist_ok=True)
    with (
        _database(mode, tmp, options.postgres_admin_url) as database_url,
        _broker(mode, tmp, options.redis_url) as broker_url,
    ):
        settings = seed_settings(database_url, tmp / "seed")
        seeded = asyncio.run(
            seed(settings, workload.spaces, workload.members, workload.threads, workload.pages)
        )
        nodes = DISTRIBUTED_NODES if mode == "distributed" else 1
        servers: list[Service] = []
        try:
            for n in range(nodes):
                servers.append(start_twinspace(tmp / f"node{n}", database_url, broker_url))
            return _load(workload, servers, seeded, options, label, profile)
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
        traffic=workload.traffic,
        duration=workload.duration,
        procs=workload.procs,
        compression=not options.no_compression,
        server_pids=[s.pid for s in servers],
        profile=profile if options.profile == "window" else None,
        profile_setup=profile if options.profile == "setup" else None,
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
    p.add_argument("--senders", type=int, help="per space, of the workload's first traffic")
    p.add_argument("--rate", type=float, help="texts per second per sender, of the first traffic")
    p.add_argument(
        "--text",
        choices=[Content.pupil.value, Content.short.value],
        help="the chat lines: pupils' lines of 20-300 characters (the default), or the marker"
        " alone (short, as the figures before the pupil corpus were measured)",
    )
    p.add_argument("--duration", type=float, help="seconds of sending")
    p.add_argument("--procs", type=int, help="load-generator processes")
    p.add_argument("--no-compression", action="store_true", help="do not offer permessage-deflate")
    p.add_argument("--skip-baseline", action="store_true")
    p.add_argument(
        "--baseline-deflate",
        action="store_true",
        help="let the baseline accept permessage-deflate (as servers before 7ddfcb9 did)",
    )
    p.add_argument(
        "--profile",
        nargs="?",
        const="window",
        choices=["window", "setup"],
        help="py-spy each TwinSpace server while the senders send (window, the"
        " default), or from the logins' end until the joins settled (setup)",
    )
    p.add_argument("--postgres-admin-url", default=POSTGRES_ADMIN_URL)
    p.add_argument(
        "--redis-url",
        help="use this Redis (e.g. redis://127.0.0.1:6379/0) instead of starting one of our own;"
        " only where nothing else publishes to it",
    )
    return p


def customised(workload: Workload, options: argparse.Namespace) -> Workload:
    """The workload with the sizes, senders, rate and chat text given on the command line."""
    sizes = {
        name: getattr(options, name)
        for name in ("spaces", "members", "sockets_per_member", "duration", "procs")
        if getattr(options, name) is not None
    }
    traffic = list(workload.traffic)
    if traffic:
        first = traffic[0]
        senders = first.senders if options.senders is None else options.senders
        rate = first.rate if options.rate is None else options.rate
        traffic[0] = replace(first, senders=senders, rate=rate)
    elif options.senders is not None or options.rate is not None:
        raise SystemExit("this workload sends nothing: --senders and --rate do not apply")
    if options.text is not None:
        text = Content(options.text)
        traffic = [replace(t, content=text) if t.content.flow == CHAT else t for t in traffic]
    return replace(workload, traffic=tuple(traffic), **sizes)


def main() -> None:
    options = parser().parse_args()
    workload = customised(WORKLOADS[options.workload], options)
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
    profile_raw = RESULTS_DIR / f"{stem}-profile-{options.profile}.txt" if options.profile else None
    if profile_raw is not None:
        profile.py_spy()  # fail now, not after seeding, when py-spy is missing
    with tempfile.TemporaryDirectory(prefix="twinspace-bench-") as tmp:
        try:
            combined["twinspace"] = run_twinspace(
                workload, options.mode, Path(tmp) / "twinspace", options, profile_raw
            )
            if workload.alone:
                _run_alone(workload, Path(tmp) / "alone", options, combined)
            if not options.skip_baseline:
                combined["baseline"] = run_baseline(workload, Path(tmp), options)
                combined["ratios"] = report.ratios(combined["twinspace"], combined["baseline"])
                print("== twinspace / baseline:", json.dumps(combined["ratios"]))
        finally:
            _keep_logs(Path(tmp), RESULTS_DIR / f"{stem}-logs")
    path = RESULTS_DIR / f"{stem}.json"
    report.write_line(path, combined)
    print(f"result written to {_shown(path)}")
    if profile_raw is not None:
        servers = DISTRIBUTED_NODES if options.mode == "distributed" else 1
        for n in range(servers):
            raw = profile.server_file(profile_raw, n, servers)
            if raw.exists():
                summary = raw.with_suffix(".summary.txt")
                summary.write_text(profile.summary(raw) + "\n")
                print(f"profile of server {n}: {_shown(raw)} (summary: {_shown(summary)})")


def _run_alone(
    workload: Workload, tmp: Path, options: argparse.Namespace, combined: dict[str, Any]
) -> None:
    """The workload's first traffic alone on a fresh server; its latencies beside the
    other traffic against alone go to ``beside_alone``."""
    first = workload.traffic[0]
    alone = replace(workload, traffic=(first,), alone=False)
    label = f"twinspace, {first.content.flow} alone"
    combined["alone"] = run_twinspace(alone, options.mode, tmp, options, None, label)
    figures = report.flow_latencies(combined["twinspace"], [first.content.flow])
    combined["beside_alone"] = report.ratios(combined["twinspace"], combined["alone"], figures)
    print(
        f"== {first.content.flow} beside the others / alone:", json.dumps(combined["beside_alone"])
    )


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
    for log in [*tmp.rglob("server-*.log"), *tmp.rglob("baseline-*.log")]:
        if log.stat().st_size:
            into.mkdir(parents=True, exist_ok=True)
            kept = into / "-".join(log.relative_to(tmp).parts)
            shutil.copy(log, kept)
            print(f"server log kept: {_shown(kept)}")


if __name__ == "__main__":
    main()
