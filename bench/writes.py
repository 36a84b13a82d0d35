"""The write path alone: CPU per chat line, with no sockets in the way.

Seeds one space per writer, then has each writer (a pupil, so screening runs)
send ``--lines`` chat lines through ``chat.send_message``, all writers at once,
and reports the process's CPU per line and lines per second. What the socket
workloads of ``bench.run`` spend on writing, this measures on its own. The
lines are the load generator's (``--text``): pupils' lines of 20-300
characters, or the marker alone.

    python -m bench.writes                           # SQLite, 20 writers
    python -m bench.writes --writers 1               # one writer: no batching possible
    python -m bench.writes --text short              # the short line of the first figures
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

from bench.marker import marker
from bench.procstat import own_cpu_seconds
from bench.seed import seed, seed_settings
from bench.traffic import Composer, Content
from twinspace import chat
from twinspace.app import build_runtime
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage import commands
from twinspace.storage.models import User

# The warm-up writes as the first writer: its command ids ("<writer>-<line>")
# must not be that writer's own.
WARM_UP_WRITER = 999_999


def _texts(content: Content, writer: int, space_id: int, lines: int) -> list[str]:
    """A writer's lines as the load generator sends them, made before the clock starts."""
    composer = Composer(content, writer, space_id, None)
    return [composer.text().stamped(marker(time.monotonic_ns(), writer, n)) for n in range(lines)]


async def _writer(
    rt: Runtime, viewer: Viewer, space_id: int, writer: int, texts: list[str]
) -> None:
    for number, text in enumerate(texts):
        data = chat.ChatSend(space_id=space_id, text=text)
        await chat.send_message(rt, viewer, data, commands.key("chat.send", f"{writer}-{number}"))


async def measure(
    database_url: str, writers: int, lines: int, content: Content, data_dir: Path
) -> dict[str, float | str]:
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
        warm_up = _texts(content, WARM_UP_WRITER, seeded[0].id, 5)
        await _writer(rt, viewers[0], seeded[0].id, WARM_UP_WRITER, warm_up)
        texts = [_texts(content, number, space.id, lines) for number, space in enumerate(seeded)]
        cpu, wall = own_cpu_seconds(), time.perf_counter()
        await asyncio.gather(
            *(
                _writer(rt, viewer, space.id, number, own)
                for number, (viewer, space, own) in enumerate(
                    zip(viewers, seeded, texts, strict=True)
                )
            )
        )
        cpu, wall = own_cpu_seconds() - cpu, time.perf_counter() - wall
    finally:
        await rt.close()
    total = writers * lines
    return {
        "writers": writers,
        "text": content.value,
        "lines": total,
        "cpu_us_per_line": round(cpu / total * 1e6, 1),
        "lines_per_second": round(total / wall, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="an empty database (default: a fresh SQLite file)")
    parser.add_argument("--writers", type=int, default=20)
    parser.add_argument("--lines", type=int, default=100, help="lines per writer")
    parser.add_argument("--text", choices=["pupil", "short"], default="pupil")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="twinspace-writes-") as data_dir:
        url = args.database_url or f"sqlite+aiosqlite:///{data_dir}/bench.db"
        content = Content(args.text)
        result = asyncio.run(measure(url, args.writers, args.lines, content, Path(data_dir)))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
