"""The write path alone: CPU per chat line, with no sockets in the way.

Seeds one space per writer, then has each writer (a pupil, so screening runs)
send ``--lines`` chat lines through ``chat.send_message``, all writers at once,
and reports the process's CPU per line and lines per second. What the socket
workloads of ``bench.run`` spend on writing, this measures on its own.

    python -m bench.writes                           # SQLite, 20 writers
    python -m bench.writes --writers 1               # one writer: no batching possible
    python -m bench.writes --database-url postgresql+asyncpg://...  (an empty database)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from bench.client import TO_LETTERS
from bench.procstat import own_cpu_seconds
from bench.seed import seed, seed_settings
from twinspace import chat
from twinspace.app import build_runtime
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage import commands
from twinspace.storage.models import User


def _line(writer: int, number: int) -> str:
    # Numbers spelt in letters, as the load generator's: digits would be screened
    # as possible phone numbers.
    writer_name, line_name = str(writer).translate(TO_LETTERS), str(number).translate(TO_LETTERS)
    return f"hello from writer {writer_name} line {line_name}"


async def _writer(rt: Runtime, viewer: Viewer, space_id: int, writer: int, lines: int) -> None:
    for number in range(lines):
        data = chat.ChatSend(space_id=space_id, text=_line(writer, number))
        await chat.send_message(rt, viewer, data, commands.key("chat.send", f"{writer}-{number}"))


async def measure(database_url: str, writers: int, lines: int, data_dir: Path) -> dict[str, float]:
    settings = seed_settings(database_url, data_dir)
    seeded = await seed(settings, writers, 2)
    # The flood limit is not what is measured.
    rt = build_runtime(settings.with_(content_limits={}))
    await rt.start()
    try:
        async with rt.db() as db:
            pupils = [
                await db.scalar(select(User).where(User.username == space.logins[1].login))
                for space in seeded
            ]
        viewers = [Viewer(user=pupil, csrf_token="") for pupil in pupils if pupil is not None]
        # Warm up: statement caches, screening tables.
        await _writer(rt, viewers[0], seeded[0].id, 99, 5)
        cpu, wall = own_cpu_seconds(), time.perf_counter()
        await asyncio.gather(
            *(
                _writer(rt, viewer, space.id, number, lines)
                for number, (viewer, space) in enumerate(zip(viewers, seeded, strict=True))
            )
        )
        cpu, wall = own_cpu_seconds() - cpu, time.perf_counter() - wall
    finally:
        await rt.close()
    total = writers * lines
    return {
        "writers": writers,
        "lines": total,
        "cpu_us_per_line": round(cpu / total * 1e6, 1),
        "lines_per_second": round(total / wall, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="an empty database (default: a fresh SQLite file)")
    parser.add_argument("--writers", type=int, default=20)
    parser.add_argument("--lines", type=int, default=100, help="lines per writer")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="twinspace-writes-") as data_dir:
        url = args.database_url or f"sqlite+aiosqlite:///{data_dir}/bench.db"
        result = asyncio.run(measure(url, args.writers, args.lines, Path(data_dir)))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
