"""Sample a server with py-spy during the measured window, and summarise where its time went.

py-spy (``pip install py-spy``) is optional: without it, asking for a profile
is an error before anything starts. The raw output (collapsed stacks, one
``frame;frame;... count`` a line) feeds any flame-graph tool; ``summary``
prints the functions present in the most samples.

    python -m bench.profile bench/results/<run>-profile.txt
"""

from __future__ import annotations

import argparse
import math
import shutil
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

# py-spy's default rate: 100 samples a second costs the server about 1 %.
SAMPLES_PER_SECOND = 100
# Where a frame's package starts in its file name, for short labels.
PACKAGES = ("twinspace", "starlette", "uvicorn", "websockets", "sqlalchemy", "aiosqlite", "asyncpg")


def py_spy() -> str:
    """py-spy on the PATH or beside this Python (a virtual environment not activated)."""
    found = shutil.which("py-spy") or shutil.which("py-spy", path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit("profiling needs py-spy: pip install py-spy")
    return found


def start(pid: int, seconds: float | None, output: Path) -> subprocess.Popen[bytes]:
    """Record ``pid`` for ``seconds`` (or until ``stop``) in the background.

    Only samples of a thread holding the GIL count: threads waiting in C (the
    event loop's poll, aiosqlite's queue, the executor) otherwise show up as
    busy, and for a Python server the GIL-holding time is the time that
    limits it. C code that lets go of the GIL (SQLite's own work) is left out.
    """
    output.parent.mkdir(parents=True, exist_ok=True)
    command = [
        py_spy(),
        "record",
        "--pid",
        str(pid),
        *(["--duration", str(math.ceil(seconds))] if seconds is not None else []),
        "--rate",
        str(SAMPLES_PER_SECOND),
        "--format",
        "raw",
        "--nolineno",
        "--gil",
        "--output",
        str(output),
    ]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def start_each(
    pids: list[int], seconds: float | None, output: Path
) -> list[subprocess.Popen[bytes]]:
    """``start`` for every server, each into its own file (``server_file``)."""
    return [start(pid, seconds, server_file(output, n, len(pids))) for n, pid in enumerate(pids)]


def server_file(output: Path, index: int, servers: int) -> Path:
    """Where the samples of the ``index``-th of ``servers`` go: ``output`` itself for a
    single server, ``<stem>-server<index><suffix>`` beside it for each of several."""
    if servers == 1:
        return output
    return output.with_name(f"{output.stem}-server{index}{output.suffix}")


def stop(recording: subprocess.Popen[bytes]) -> None:
    """End a recording started without a duration; py-spy writes its samples on SIGINT."""
    recording.send_signal(signal.SIGINT)
    recording.wait()


def _label(frame: str) -> str:
    """``send (twinspace/realtime/gateway.py)`` -> ``twinspace/realtime/gateway.py:send``."""
    name, _, where = frame.partition(" (")
    where = where.rstrip(")")
    for package in PACKAGES:
        at = f"/{where}".find(f"/{package}/")
        if at >= 0:
            where = where[at:]
            break
    else:
        where = where.rsplit("/", 1)[-1]
    return f"{where}:{name}"


def summary(raw: Path, top: int = 30) -> str:
    """The functions on the stack in the most samples (inclusive), the busiest leaves, and
    each sample charged to the innermost project function on its stack (so the time
    spent inside SQLAlchemy or websockets counts for the project code that asked)."""
    inclusive: Counter[str] = Counter()
    leaves: Counter[str] = Counter()
    charged: Counter[str] = Counter()
    total = 0
    for line in raw.read_text().splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack:
            continue
        count = int(count_text)
        frames = [_label(f) for f in stack.split(";")]
        total += count
        leaves[frames[-1]] += count
        ours = [f for f in frames if f.startswith("twinspace/")]
        charged[ours[-1] if ours else f"(no twinspace frame) {frames[-1]}"] += count
        for label in set(frames):
            inclusive[label] += count
    lines = [f"{total} samples holding the GIL", "", "on the stack (inclusive):"]
    lines += [f"  {100 * n / total:5.1f} %  {label}" for label, n in inclusive.most_common(top)]
    lines += ["", "running (self):"]
    lines += [f"  {100 * n / total:5.1f} %  {label}" for label, n in leaves.most_common(top)]
    lines += ["", "charged to the innermost twinspace function:"]
    lines += [f"  {100 * n / total:5.1f} %  {label}" for label, n in charged.most_common(top)]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("raw", type=Path, help="a py-spy raw (collapsed stacks) file")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    print(summary(args.raw, args.top))


if __name__ == "__main__":
    main()
