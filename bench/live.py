"""One live session of partner classes on one server process: presence, questions, votes.

    python -m bench.live                               # 8 classes of 30 pupils
    python -m bench.live --classes 2 --class-size 10   # shrunk

Seeds one space (a teacher, ``--classes`` classes of ``--class-size`` pupils)
on an embedded server (SQLite, in-process broker), opens a session for every
class, and drives it from this process, every pupil on a socket of their own,
in three phases:

* presence: every pupil logs in, connects, subscribes and joins the room (a
  few at a time, as a school arrives); how long a subscribe takes, and how long
  after the last one every socket's presence list is complete;
* questions: a pupil of each class asks a question, then every pupil up-votes
  two of them, spread over ``--upvote-seconds``;
* votes: the teacher opens a poll and every pupil votes within one second;
  the server sends the poll's newest totals at most every 250 ms, so only the
  final totals must reach every socket, and the other totals frames that came
  are timed.

Latencies: a command's ack, and each event's delivery to every socket (from
the moment its write was sent). An event is matched to its write by what the
ack returned: the question's id, the up-vote count, the poll's number of
voters (each pupil votes once, so each vote makes the count one higher). The
server's CPU time is read from ``/proc`` around each phase, beside the whole
machine's, so a run on a shared machine shows how much others took.

Prints a Markdown table for ``docs/performance.md`` and writes the figures to
``bench/results/live-<timestamp>.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import random
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import websockets
from websockets.asyncio.client import ClientConnection

from bench import procstat
from bench.client import ws_url
from bench.frames import split
from bench.histogram import Histogram
from bench.report import machine
from bench.run import RESULTS_DIR, server_version
from bench.seed import PASSWORD, SeedLogin, seed, seed_settings
from bench.services import twinspace_server

# Logins and sockets opened at once while the classes arrive: a school's
# morning (pupils come in over a minute), not one stampede.
ENTERING_AT_ONCE = 32
# How long a phase may wait for its last frames; a run that needs longer is broken.
PHASE_TIMEOUT_S = 120.0
# Each pupil up-votes this many questions (never their own).
UPVOTES_EACH = 2
OPTIONS = ["Arno", "Vistula", "Danube", "Loire"]


@dataclass
class Member:
    """One person's socket in the room: commands with their answers, and when each
    event reached it (by what identifies the write that made it)."""

    connection: ClientConnection
    expected_online: int
    answers: dict[str, asyncio.Future[tuple[dict[str, Any], int]]] = field(default_factory=dict)
    received: dict[tuple[Any, ...], int] = field(default_factory=dict)
    presence_complete_ns: int | None = None
    errors: list[str] = field(default_factory=list)
    numbers: int = 0
    reader: asyncio.Task[None] | None = None

    @classmethod
    async def open(cls, url: str, cookie: str, expected_online: int, deflate: bool) -> Member:
        connection = await websockets.connect(
            ws_url(url),
            additional_headers={"Cookie": f"ts_session={cookie}"},
            # Browsers offer permessage-deflate, so by default we do too.
            compression="deflate" if deflate else None,
            ping_interval=None,
            open_timeout=PHASE_TIMEOUT_S,
        )
        await connection.recv()  # the hello
        member = cls(connection, expected_online)
        member.reader = asyncio.create_task(member._read())
        return member

    async def _read(self) -> None:
        try:
            async for message in self.connection:
                now = time.monotonic_ns()
                for text in split(str(message)):
                    self._frame(json.loads(text), now)
        except websockets.ConnectionClosed:
            pass

    def _frame(self, frame: dict[str, Any], now: int) -> None:
        kind = frame["type"]
        if kind in ("ack", "error"):
            waiting = self.answers.pop(frame["ref"], None)
            if waiting is None:
                return
            if kind == "error":
                self.errors.append(frame["code"])
                waiting.set_exception(RuntimeError(frame["code"]))
            else:
                waiting.set_result((frame["result"], now))
        elif kind == "presence":
            if self.presence_complete_ns is None and len(frame["online"]) >= self.expected_online:
                self.presence_complete_ns = now
        elif kind == "event":
            key = _delivery_key(frame["kind"], frame["data"])
            if key is not None:
                self.received.setdefault(key, now)

    async def command(self, type_: str, **fields: Any) -> tuple[dict[str, Any], int, int]:
        """Send a command; its result, when it was sent and when its ack came (ns)."""
        self.numbers += 1
        ref = f"c{self.numbers}"
        answer = asyncio.get_running_loop().create_future()
        self.answers[ref] = answer
        sent = time.monotonic_ns()
        await self.connection.send(json.dumps({"type": type_, "id": ref, **fields}))
        result, acked = await asyncio.wait_for(answer, PHASE_TIMEOUT_S)
        return result, sent, acked

    async def close(self) -> None:
        if self.reader is not None:
            self.reader.cancel()
        await self.connection.close()


def _delivery_key(kind: str, data: dict[str, Any]) -> tuple[Any, ...] | None:
    """What identifies the write an event comes from (see the module's docstring)."""
    if kind == "live.item":
        return ("item", data["id"])
    if kind == "live.upvotes":
        return ("upvote", data["question_id"], data["upvotes"])
    if kind == "live.poll":
        return ("vote", data["id"], data["voters"])
    return None


@dataclass
class Phase:
    """A phase's latencies and what the server and the machine spent meanwhile."""

    name: str
    acks: Histogram = field(default_factory=Histogram)
    deliveries: Histogram = field(default_factory=Histogram)
    missing: int = 0  # deliveries that never came
    wall_s: float = 0.0
    server_cpu_s: float = 0.0
    machine_cpu_s: float = 0.0
    client_cpu_s: float = 0.0  # this load generator's
    extra: dict[str, Any] = field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        return {
            "wall_s": round(self.wall_s, 2),
            "acks": {"count": self.acks.count, **self.acks.summary()},
            "deliveries": {"count": self.deliveries.count, **self.deliveries.summary()},
            "missing_deliveries": self.missing,
            "server_cpu_s": round(self.server_cpu_s, 2),
            "server_cpu_percent": round(100 * self.server_cpu_s / self.wall_s, 1)
            if self.wall_s
            else None,
            "machine_cpu_s": round(self.machine_cpu_s, 2),
            "client_cpu_s": round(self.client_cpu_s, 2),
            **self.extra,
        }


async def measured(phase: Phase, pid: int, work: Callable[[], Awaitable[None]]) -> Phase:
    before, started = procstat.sample([pid]), time.monotonic()
    client_before = procstat.own_cpu_seconds()
    await work()
    after = procstat.sample([pid])
    phase.client_cpu_s = procstat.own_cpu_seconds() - client_before
    phase.wall_s = time.monotonic() - started
    phase.server_cpu_s = after.cpu_seconds - before.cpu_seconds
    phase.machine_cpu_s = after.machine_cpu_seconds - before.machine_cpu_seconds
    return phase


def _deliveries(
    phase: Phase, members: list[Member], sent: dict[tuple[Any, ...], int], every: bool = True
) -> None:
    """Each write's event at every socket, from the moment the write was sent.

    With ``every`` False, an event a newer one replaced (a poll's totals, sent
    at most every so often) is not missing: only those that came are timed.
    """
    for key, sent_ns in sent.items():
        for member in members:
            got = member.received.get(key)
            if got is not None:
                phase.deliveries.record((got - sent_ns) / 1000)
            elif every:
                phase.missing += 1


async def _every_socket_has(members: list[Member], keys: list[tuple[Any, ...]]) -> None:
    deadline = time.monotonic() + PHASE_TIMEOUT_S
    while time.monotonic() < deadline:
        if all(key in m.received for m in members for key in keys):
            return
        await asyncio.sleep(0.05)


class Session:
    """The room of the run: the teacher's HTTP client and everyone's sockets."""

    def __init__(self, url: str, space_id: int, teacher: httpx.AsyncClient, deflate: bool) -> None:
        self.url = url
        self.deflate = deflate
        self.space_id = space_id
        self.teacher = teacher
        self.session_id = 0
        self.teacher_socket: Member | None = None
        self.pupils: list[Member] = []

    @property
    def everyone(self) -> list[Member]:
        assert self.teacher_socket is not None
        return [self.teacher_socket, *self.pupils]

    async def open(self) -> None:
        class_ids = [c["id"] for c in (await self.teacher.get("/api/classes")).json()]
        now = datetime.datetime.now(datetime.UTC)
        made = await self.teacher.post(
            "/api/live/sessions",
            json={
                "space_id": self.space_id,
                "title": "Rivers, live",
                "starts_at": now.isoformat(),
                "ends_at": (now + datetime.timedelta(hours=1)).isoformat(),
                "class_ids": class_ids,
            },
        )
        made.raise_for_status()
        self.session_id = made.json()["id"]
        opened = await self.teacher.post("/api/live/openings", json={"session_id": self.session_id})
        opened.raise_for_status()

    async def enter(self, cookie: str, online: int, subscribes: Histogram) -> Member:
        member = await Member.open(self.url, cookie, online, self.deflate)
        _, sent, acked = await member.command("subscribe", space_id=self.space_id)
        subscribes.record((acked - sent) / 1000)
        await member.command("live.join", space_id=self.space_id, session_id=self.session_id)
        return member


async def _login(url: str, login: SeedLogin) -> httpx.AsyncClient:
    client = httpx.AsyncClient(base_url=url, timeout=PHASE_TIMEOUT_S)
    answer = await client.post("/api/session", json={"login": login.login, "password": PASSWORD})
    answer.raise_for_status()
    client.headers["X-CSRF-Token"] = answer.json()["csrf_token"]
    return client


async def presence_phase(room: Session, logins: list[SeedLogin], phase: Phase) -> None:
    online = len(logins) + 1
    entering = asyncio.Semaphore(ENTERING_AT_ONCE)
    teacher_cookie = room.teacher.cookies["ts_session"]
    room.teacher_socket = await room.enter(teacher_cookie, online, phase.acks)

    async def enter(login: SeedLogin) -> Member:
        async with entering:
            client = await _login(room.url, login)
            cookie = client.cookies["ts_session"]
            await client.aclose()
            return await room.enter(cookie, online, phase.acks)

    room.pupils = list(await asyncio.gather(*(enter(login) for login in logins)))
    last_entered = time.monotonic_ns()
    deadline = time.monotonic() + PHASE_TIMEOUT_S
    while time.monotonic() < deadline and any(
        m.presence_complete_ns is None for m in room.everyone
    ):
        await asyncio.sleep(0.05)
    complete = [m.presence_complete_ns for m in room.everyone]
    phase.missing = sum(c is None for c in complete)
    settled = max((c for c in complete if c is not None), default=last_entered)
    phase.extra["presence_complete_after_last_join_ms"] = round(
        max(0, settled - last_entered) / 1e6, 1
    )


async def questions_phase(room: Session, classes: int, upvote_seconds: float, phase: Phase) -> None:
    size = len(room.pupils) // classes
    askers = [room.pupils[c * size] for c in range(classes)]
    sent: dict[tuple[Any, ...], int] = {}
    asked = await asyncio.gather(
        *(
            m.command("live.ask", session_id=room.session_id, text=f"Question {n}: why?")
            for n, m in enumerate(askers)
        )
    )
    questions = []
    for (result, sent_ns, acked), asker in zip(asked, askers, strict=True):
        phase.acks.record((acked - sent_ns) / 1000)
        sent[("item", result["id"])] = sent_ns
        questions.append((result["id"], asker))
    await _every_socket_has(room.everyone, list(sent))
    start = time.monotonic()
    rng = random.Random(14)

    async def upvote(member: Member) -> None:
        theirs = [qid for qid, asker in questions if asker is not member]
        for question_id in rng.sample(theirs, min(UPVOTES_EACH, len(theirs))):
            await asyncio.sleep(max(0.0, start + rng.random() * upvote_seconds - time.monotonic()))
            result, sent_ns, acked = await member.command("live.upvote", question_id=question_id)
            phase.acks.record((acked - sent_ns) / 1000)
            sent[("upvote", question_id, result["upvotes"])] = sent_ns

    await asyncio.gather(*(upvote(m) for m in room.pupils))
    await _every_socket_has(room.everyone, list(sent))
    _deliveries(phase, room.everyone, sent)


async def votes_phase(room: Session, phase: Phase) -> None:
    made = await room.teacher.post(
        "/api/live/polls",
        json={"session_id": room.session_id, "question": "Longest?", "options": OPTIONS},
    )
    made.raise_for_status()
    poll_id = made.json()["id"]
    sent: dict[tuple[Any, ...], int] = {}
    start = time.monotonic()
    rng = random.Random(240)

    async def vote(member: Member, option: int) -> None:
        await asyncio.sleep(max(0.0, start + rng.random() - time.monotonic()))  # within 1 s
        result, sent_ns, acked = await member.command("live.vote", poll_id=poll_id, option=option)
        phase.acks.record((acked - sent_ns) / 1000)
        sent[("vote", poll_id, result["voters"])] = sent_ns

    await asyncio.gather(*(vote(m, n % len(OPTIONS)) for n, m in enumerate(room.pupils)))
    final = ("vote", poll_id, len(room.pupils))
    await _every_socket_has(room.everyone, [final])
    last = max(m.received.get(final, 0) for m in room.everyone)
    phase.extra["all_see_final_totals_after_ms"] = round((last - start * 1e9) / 1e6, 1)
    # The server sends a poll's newest totals at most every so often: only the
    # final totals must reach every socket.
    _deliveries(phase, room.everyone, sent, every=False)
    phase.missing = sum(final not in m.received for m in room.everyone)


async def drive(
    url: str, pid: int, space_id: int, logins: list[SeedLogin], options: argparse.Namespace
) -> list[Phase]:
    """Open the session and run the three phases against the server ``pid``."""
    teacher = await _login(url, logins[0])
    room = Session(url, space_id, teacher, not options.no_compression)
    await room.open()
    presence, questions, votes = Phase("presence"), Phase("questions"), Phase("votes")
    try:
        await measured(presence, pid, lambda: presence_phase(room, logins[1:], presence))
        await measured(
            questions,
            pid,
            lambda: questions_phase(room, options.classes, options.upvote_seconds, questions),
        )
        await measured(votes, pid, lambda: votes_phase(room, votes))
    finally:
        for member in room.everyone if room.teacher_socket else []:
            await member.close()
        await teacher.aclose()
    errors = [code for m in room.everyone for code in m.errors]
    if errors:
        raise RuntimeError(f"the server refused commands: {errors[:10]}")
    return [presence, questions, votes]


def table(phases: list[Phase]) -> str:
    """The figures as the Markdown table of docs/performance.md."""
    rows = [
        (
            "acks: count, p50 / p99 ms",
            lambda p: f"{p.acks.count}, {_ms(p.acks, 0.5)} / {_ms(p.acks, 0.99)}",
        ),
        (
            "deliveries: count, p50 / p99 ms",
            lambda p: f"{p.deliveries.count}, {_ms(p.deliveries, 0.5)} / {_ms(p.deliveries, 0.99)}",
        ),
        ("deliveries missing", lambda p: str(p.missing)),
        ("wall time, s", lambda p: f"{p.wall_s:.1f}"),
        (
            "server CPU, s (share of one core)",
            lambda p: f"{p.server_cpu_s:.1f} ({100 * p.server_cpu_s / p.wall_s:.0f} %)",
        ),
        ("load generator's CPU, s", lambda p: f"{p.client_cpu_s:.1f}"),
        ("whole machine's CPU, s", lambda p: f"{p.machine_cpu_s:.1f}"),
    ]
    lines = [
        "| | " + " | ".join(p.name for p in phases) + " |",
        "| --- |" + " ---: |" * len(phases),
    ]
    lines += [f"| {label} | " + " | ".join(cell(p) for p in phases) + " |" for label, cell in rows]
    return "\n".join(lines)


def _ms(histogram: Histogram, fraction: float) -> str:
    value = histogram.percentile_ms(fraction)
    return "-" if value is None else f"{value:.1f}"


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--classes", type=int, default=8)
    p.add_argument("--class-size", type=int, default=30)
    p.add_argument("--upvote-seconds", type=float, default=5.0, help="the up-votes' spread")
    p.add_argument("--no-compression", action="store_true", help="do not offer permessage-deflate")
    return p


def main() -> None:
    options = parser().parse_args()
    procstat.raise_fd_limit()
    pupils = options.classes * options.class_size
    started = datetime.datetime.now(datetime.UTC)
    with tempfile.TemporaryDirectory(prefix="twinspace-live-") as tmp:
        database_url = f"sqlite+aiosqlite:///{Path(tmp) / 'twinspace.db'}"
        settings = seed_settings(database_url, Path(tmp) / "seed")
        [space] = asyncio.run(seed(settings, 1, pupils + 1, class_size=options.class_size))
        server = twinspace_server(Path(tmp) / "server", database_url, "memory://")
        try:
            phases = asyncio.run(
                drive(server.url, server.pid, space.id, list(space.logins), options)
            )
        except Exception:
            print(f"--- server log:\n{server.log_tail()}", file=sys.stderr)
            raise
        finally:
            server.stop()
    result = {
        "workload": "live",
        "command": "python -m bench.live " + " ".join(sys.argv[1:]),
        "server_version": server_version(),
        "machine": machine(),
        "classes": options.classes,
        "class_size": options.class_size,
        "compression": not options.no_compression,
        "phases": {phase.name: phase.summary() for phase in phases},
    }
    RESULTS_DIR.mkdir(exist_ok=True)
    path = RESULTS_DIR / f"live-{started.strftime('%Y%m%dT%H%M%SZ')}.json"
    path.write_text(json.dumps(result) + "\n")
    print(table(phases))
    for phase in phases:
        if phase.extra:
            print(f"{phase.name}: {json.dumps(phase.extra)}")
    print(f"result written to {path.relative_to(RESULTS_DIR.parent.parent)}")


if __name__ == "__main__":
    main()
