"""The process's content writer: waiting writes share one transaction (group commit).

Every content write of a process is a synchronous function of a ``Scope`` (the
batch's connection, and an ORM session on it if the write asks for one), handed
to ``Writer.run``. Writes that arrive while a transaction is running
wait, then go together in the next one. A batch pays once for its BEGIN and
COMMIT, and once for waking the event loop. Writes seldom fail (a refused line,
a retried command), so a batch runs without savepoints: when one of its writes
fails, the batch rolls back and each write runs again alone, and only the
failing one fails.

Where a batch runs depends on the database:

* SQLite: in one thread of its own, with the standard library's driver, so a
  batch is one hand-over to that thread instead of one per statement (through
  aiosqlite a chat line took about fifty). One thread is also SQLite's rule:
  one writer at a time.
* PostgreSQL: on the event loop, a few batches at once, each with a pooled
  asyncpg connection of its own. Batches (of one process or of several) lock
  space rows in the same order (by space id), so they wait for each other
  instead of deadlocking.

The same happens when a batch cannot commit as a whole (a lock timeout): one
bad write never takes the others down with it.

On PostgreSQL, the writes of a batch that may run beside each other (chat
lines: ``Writer.run``'s ``together``) do (``run_together``): each runs until it
waits on a prepared statement, and the statements they all wait on go to
PostgreSQL together, as one pipeline (``storage.prepared.pipelined``). A batch
of twenty lines then asks for their seats in one round trip and writes their
messages and events in another, where one by one it took forty. One of them
that is refused before it wrote anything (a muted pupil, a rejected line)
fails alone, and the others commit without running again.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from greenlet import getcurrent
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.orm import Session
from sqlalchemy.util import await_

from twinspace.storage.engine import (
    LOCK_WAIT_SECONDS,
    is_sqlite,
    overloaded,
    sqlite_writer_engine,
)
from twinspace.storage.prepared import Request, Together, on_cursor, pipelined

T = TypeVar("T")


class Scope:
    """What one write of a batch works with: the batch's connection, and an ORM
    session on it, made only when the write first asks for one (a chat line
    runs its statements on the connection and never does)."""

    __slots__ = ("_session", "connection")

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            self._session = Session(bind=self.connection, expire_on_commit=False)
        return self._session

    def finish(self) -> None:
        """Send what the session still holds, if there is a session."""
        if self._session is not None:
            self._session.flush()

    def close(self) -> None:
        if self._session is not None:
            self._session.close()


Work = Callable[[Scope], T]

# A full batch at under a millisecond a write keeps the last one's wait under 50 ms.
MAX_BATCH = 64
# Batches in flight at once on PostgreSQL: fewer than the engine's pool of five
# connections, so reads always find one.
POSTGRES_BATCHES_AT_ONCE = 3
# How long a PostgreSQL batch's connection may stay idle and still serve the next
# batch without a ping (``loop_writer``).
HELD_FOR = 1.0
# SQLite: writes between two checkpoints of the write-ahead log (``thread_writer``).
# A chat line adds three or four pages to it; SQLite's own default is 1,000 pages.
CHECKPOINT_EVERY = 250
# SQLite's lock wait in the writer's thread, in milliseconds (on the loop: none).
_LOCK_WAIT_MS = LOCK_WAIT_SECONDS * 1000


@dataclass(eq=False)
class _Job:
    space_id: int
    work: Work[Any]
    future: asyncio.Future[Any]
    together: bool = False
    result: Any = None
    error: BaseException | None = None


def run_batch(connection: Connection, jobs: list[_Job]) -> None:
    """Run ``jobs`` in one transaction, in space order; if any of them fails (or
    the commit does), roll back and run each alone, so it fails by itself
    (but a write run together with others, refused before it wrote, fails alone
    at once: ``run_together``)."""
    ordered = sorted(jobs, key=lambda job: job.space_id)
    beside = connection.dialect.driver == "asyncpg"
    try:
        with connection.begin():
            start = 0
            while start < len(ordered):
                end = start + 1
                if beside and ordered[start].together:
                    while end < len(ordered) and ordered[end].together:
                        end += 1
                if end - start > 1:
                    run_together(connection, ordered[start:end])
                else:
                    ordered[start].result = _apply(connection, ordered[start])
                start = end
        return
    except Exception as error:
        if len(ordered) == 1:
            ordered[0].result, ordered[0].error = None, error
            return
    for job in ordered:
        try:
            with connection.begin():
                job.result = _apply(connection, job)
        except Exception as error:
            job.result, job.error = None, error


def _apply(connection: Connection, job: _Job) -> Any:
    """The job's work in a scope of its own, inside the connection's transaction."""
    scope = Scope(connection)
    try:
        result = job.work(scope)
        scope.finish()
        return result
    finally:
        scope.close()


@dataclass(eq=False)
class _Turn:
    """A write of ``run_together``: its greenlet and where it stands."""

    job: _Job
    greenlet: Together
    request: Request | None = None  # the statement it waits on
    wrote: bool = False  # it ran a statement that may have changed something
    locked: bool = False  # it ran a statement that took its space's lock
    done: bool = False


def run_together(connection: Connection, jobs: list[_Job]) -> None:
    """Run ``jobs`` (in space order, in the open transaction) beside each other.

    Each runs in a greenlet of its own until it finishes or waits on a prepared
    statement; then the statements they wait on are sent together, in the jobs'
    order (``pipelined``), and each goes on with its rows. What else a job awaits
    (SQLAlchemy's own statements) is run at once, in its turn.

    The jobs must read nothing that another of them changes, and take their
    space's lock only by statements marked ``locks`` (an event's). A job's
    locking statement waits until each job before it has taken its lock or
    finished: the space rows are locked in space order, as by jobs one by one,
    and a space's events get their seqs in the order its writes came.

    A job that fails with an error of its own (not the database's) before any
    statement of it may have changed a row fails alone; any other failure is
    raised, and the batch runs its jobs again one by one.
    """
    parent = getcurrent()
    turns = []
    for job in jobs:
        child = Together(partial(_apply, connection, job), parent)
        child.gr_context = parent.gr_context
        turns.append(_Turn(job, child))
    try:
        for turn in turns:
            _advance(turn)
        _take_turns(connection, turns)
    except BaseException:
        for turn in turns:  # the batch fails: the jobs still waiting end here
            if not turn.greenlet.dead:
                turn.greenlet.throw()
        raise


def _take_turns(connection: Connection, turns: list[_Turn]) -> None:
    """Send what the turns' jobs wait on, and let them go on, until all are done."""
    while True:
        waiting = [turn for turn in turns if not turn.done]
        if not waiting:
            return
        chosen: list[_Turn] = []
        unlocked_before = False  # a job before this one has yet to take its lock
        for turn in waiting:
            assert turn.request is not None
            if turn.request.locks and unlocked_before:
                continue
            chosen.append(turn)
            if not (turn.locked or turn.request.locks):
                unlocked_before = True
        answers = pipelined(connection, [turn.request for turn in chosen if turn.request])
        for turn, answer in zip(chosen, answers, strict=True):
            assert turn.request is not None
            turn.locked = turn.locked or turn.request.locks
            turn.wrote = turn.wrote or not turn.request.query
            turn.request = None
            _advance(turn, answer)


def _advance(turn: _Turn, *answer: Any) -> None:
    """Let the turn's job run on (``answer``: the rows of the statement it waited
    on; none at its start) until it waits on a prepared statement again or ends."""
    error: Exception | None = None
    while True:
        try:
            got = turn.greenlet.throw(error) if error is not None else turn.greenlet.switch(*answer)
        except Exception as failure:
            turn.done = True
            if turn.wrote or isinstance(failure, SQLAlchemyError):
                raise
            turn.job.result, turn.job.error = None, failure
            return
        if turn.greenlet.dead:
            turn.done = True
            turn.job.result = got
            return
        if isinstance(got, Request):
            turn.request = got
            return
        # What SQLAlchemy awaits for a statement of its own: run now, in this turn.
        turn.wrote = True
        error = None
        try:
            answer = (await_(got),)
        except Exception as failure:
            error = failure


class Writer:
    """Queues writes and runs them in batches: ``batches_at_once`` batches run at
    a time, each taking every write waiting when it starts (up to MAX_BATCH)."""

    def __init__(
        self,
        execute: Callable[[list[_Job]], Awaitable[None]],
        stop: Callable[[], None] = lambda: None,
        batches_at_once: int = 1,
        stop_async: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        self._execute = execute
        self._stop = stop
        self._stop_async = stop_async
        self._batches_at_once = batches_at_once
        self._queue: asyncio.Queue[_Job] | None = None
        self._tasks: list[asyncio.Task[None]] = []

    async def run(self, space_id: int, work: Work[T], together: bool = False) -> T:
        """Run ``work`` in a write transaction; its result once committed, or its error.

        ``together``: on PostgreSQL it may run beside the batch's other such
        writes (``run_together``, which says what they must not do)."""
        if self._queue is None:
            self._queue = asyncio.Queue()
            self._tasks = [
                asyncio.create_task(self._loop(self._queue), name="twinspace-writer")
                for _ in range(self._batches_at_once)
            ]
        job = _Job(space_id, work, asyncio.get_running_loop().create_future(), together)
        self._queue.put_nowait(job)
        result: T = await job.future
        return result

    async def _loop(self, queue: asyncio.Queue[_Job]) -> None:
        while True:
            jobs = [await queue.get()]
            while len(jobs) < MAX_BATCH and not queue.empty():
                jobs.append(queue.get_nowait())
            try:
                await self._execute(jobs)
            except Exception as error:  # the database is unreachable: every write fails
                for job in jobs:
                    job.result, job.error = None, error
            for job in jobs:
                if job.future.done():  # its caller went away; the write stands regardless
                    continue
                if job.error is not None:
                    job.future.set_exception(job.error)
                else:
                    job.future.set_result(job.result)

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks, self._queue = [], None
        if self._stop_async is not None:
            await self._stop_async()
        self._stop()


def create_writer(url: str, engine: AsyncEngine) -> Writer:
    """The writer for the database at ``url`` (``engine`` is the server's async engine)."""
    return thread_writer(sqlite_writer_engine(url)) if is_sqlite(url) else loop_writer(engine)


def thread_writer(engine: Engine) -> Writer:
    """A writer for SQLite: a batch of one write runs on the event loop, a bigger
    batch in the writer's thread, on the same connection.

    A quiet server's batches are single lines, and handing one over to the
    thread and back cost more than its whole transaction (166-188 µs of CPU a
    write, against 53-55 µs on the loop: docs/performance.md). On the loop,
    though, a batch must never wait: it begins without waiting for SQLite's
    write lock, and if another writer holds it (a login, through
    ``writes_engine``, whose transaction needs the loop to finish), the batch
    goes to the thread, which waits for it. Nothing was written: the failed
    BEGIN wrote nothing. Nor does the loop pay for a checkpoint (copying the
    write-ahead log into the database, with an fsync): the engine's connections
    never checkpoint on their own (``sqlite_writer_engine``), and every
    ``CHECKPOINT_EVERY`` writes the thread runs one on a connection of its own,
    beside the writes.
    """
    thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="twinspace-writer")
    # The writer's one connection, opened at its first batch and kept: a batch of
    # one line (a quiet server) would otherwise pay for a pool checkout and its
    # reset on return. A connection the driver found broken reconnects by itself.
    connection: Connection | None = None
    checkpoints: Connection | None = None
    since_checkpoint = 0

    def connected() -> Connection:
        nonlocal connection
        if connection is None:
            connection = engine.connect()
        return connection

    def at_once(job: _Job) -> bool:
        """Run a lone write here, unless the lock is taken: then run nothing."""
        run_batch(connected(), [job])
        if job.error is not None and overloaded(job.error):
            job.error = None
            return False
        return True

    def execute_in_thread(jobs: list[_Job]) -> None:
        writer = connected()
        on_cursor(writer, f"PRAGMA busy_timeout={_LOCK_WAIT_MS}")
        try:
            run_batch(writer, jobs)
        finally:
            on_cursor(writer, "PRAGMA busy_timeout=0")

    def checkpoint() -> None:
        nonlocal checkpoints
        if checkpoints is None:
            checkpoints = engine.connect()
        # PASSIVE: copies what no reader still needs; never waits, never blocks a
        # writer. One that fails is tried again CHECKPOINT_EVERY writes later.
        with contextlib.suppress(SQLAlchemyError):
            on_cursor(checkpoints, "PRAGMA wal_checkpoint(PASSIVE)", returns=True)

    async def execute(jobs: list[_Job]) -> None:
        nonlocal since_checkpoint
        loop = asyncio.get_running_loop()
        if len(jobs) > 1 or not at_once(jobs[0]):
            await loop.run_in_executor(thread, execute_in_thread, jobs)
        since_checkpoint += len(jobs)
        if since_checkpoint >= CHECKPOINT_EVERY:
            since_checkpoint = 0
            loop.run_in_executor(thread, checkpoint)

    def close_in_thread() -> None:
        nonlocal connection, checkpoints
        for opened in (connection, checkpoints):
            if opened is not None:
                opened.close()
        connection = checkpoints = None

    def stop() -> None:
        thread.submit(close_in_thread).result()
        thread.shutdown(wait=True)
        engine.dispose()

    return Writer(execute, stop)


def loop_writer(engine: AsyncEngine) -> Writer:
    """A writer whose batches run on the event loop (asyncpg: no thread to hand over to).

    A batch spends most of its time waiting for PostgreSQL's answers, so a few run
    at once, each on a connection of its own; batches that touch the same space
    take its row lock in turn (and always in space order, so never in a cycle).

    A batch keeps the connection the one before it used, if that one was used
    less than ``HELD_FOR`` seconds ago and the driver has not seen the server
    close it: a busy writer then pays no pool checkout and no ping (the engine's
    pre-ping is three round trips). A connection idle for longer goes back to the
    pool, and the next batch takes one from it, pinged, as before; so does a
    connection the server closed, or one a batch failed on.
    """
    held: list[tuple[AsyncConnection, float]] = []  # idle ones, the latest used last

    async def release(connection: AsyncConnection) -> None:
        with contextlib.suppress(Exception):  # a broken connection: the pool replaces it
            await connection.close()

    async def execute(jobs: list[_Job]) -> None:
        now = asyncio.get_running_loop().time()
        connection = None
        while held:
            candidate, used = held.pop()
            if now - used < HELD_FOR and _open(candidate):
                connection = candidate
                break
            await release(candidate)
        if connection is None:
            connection = await engine.connect()
        try:
            await connection.run_sync(run_batch, jobs)
        except BaseException:
            await release(connection)
            raise
        if connection.invalidated:
            await release(connection)
        else:
            held.append((connection, asyncio.get_running_loop().time()))

    async def stop() -> None:
        while held:
            await release(held.pop()[0])

    return Writer(execute, batches_at_once=POSTGRES_BATCHES_AT_ONCE, stop_async=stop)


def _open(connection: AsyncConnection) -> bool:
    """Whether the connection looks usable without asking the server: not
    invalidated, and its driver has not seen the server close it (a restart,
    an administrator ending the session)."""
    if connection.invalidated or connection.sync_connection is None:
        return False
    driver: Any = connection.sync_connection.connection.driver_connection
    return driver is not None and not driver.is_closed()
