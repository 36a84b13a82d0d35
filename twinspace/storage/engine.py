"""The async engine and session factory; the URL picks SQLite or PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, TimeoutError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from twinspace.storage.prepared import on_cursor

WRITES = "twinspace_writes"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


# A lock wait instead of an immediate "database is locked" when two SQLite
# writers meet: 5 s outlasts any single write transaction we make.
LOCK_WAIT_SECONDS = 5
_LOCK_WAIT = {"timeout": LOCK_WAIT_SECONDS}


def _on_sqlite(engine: Engine) -> None:
    """Our pragmas on each new connection, and BEGIN as ``_sqlite_begin`` says."""
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)


def create_engine(url: str) -> AsyncEngine:
    if not is_sqlite(url):
        return create_async_engine(url, pool_pre_ping=True)
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_async_engine(url, connect_args=_LOCK_WAIT)
    _on_sqlite(engine.sync_engine)
    return engine


def sqlite_writer_engine(url: str) -> Engine:
    """The same SQLite file through the standard library's driver, for the writer
    (``storage.writer``): every transaction takes the write lock at BEGIN. Its
    connections neither wait for that lock nor checkpoint the write-ahead log by
    themselves: the writer says when (``thread_writer``)."""
    engine = create_sync_engine(make_url(url).set(drivername="sqlite"), connect_args={"timeout": 0})
    _on_sqlite(engine)
    event.listen(engine, "connect", _no_checkpoints)
    return engine.execution_options(**{WRITES: True})


def _no_checkpoints(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA wal_autocheckpoint=0")


def writes_engine(engine: AsyncEngine) -> AsyncEngine:
    """The engine for write transactions outside the writer (logins, settings).

    On PostgreSQL, the same engine and pool. On SQLite, an engine of its own
    with one connection (BEGIN IMMEDIATE): SQLite has one writer at a time
    anyway, and its lock wait is a retry loop that favours no one, so after a
    restart, when every class logs in at once, some logins would wait past the
    5 s timeout and fail while others went first. Waiting for the pool's one
    connection is a queue, first come first served."""
    if engine.dialect.name != "sqlite":
        return engine.execution_options(**{WRITES: True})
    writes = create_async_engine(
        engine.url, connect_args=_LOCK_WAIT, pool_size=1, max_overflow=0, pool_timeout=30
    )
    _on_sqlite(writes.sync_engine)
    return writes.execution_options(**{WRITES: True})


def overloaded(error: BaseException) -> bool:
    """Whether a database error says "not now" rather than "wrong": no pooled
    connection came free in time, or SQLite's write lock did not."""
    if isinstance(error, TimeoutError):
        return True
    return isinstance(error, OperationalError) and "database is locked" in str(error.orig)


def _sqlite_begin(connection: Connection) -> None:
    """Writers take SQLite's write lock when they begin, not at their first write.

    A transaction that reads and then writes would otherwise fail at once with
    "database is locked" whenever another writer committed after its read
    (WAL's busy snapshot is not retried); taking the lock up front makes it wait
    its turn instead. Readers begin deferred and never block anyone.
    """
    immediate = connection.get_execution_options().get(WRITES, False)
    # On the driver's cursor: every write pays for it (``storage.prepared``).
    on_cursor(connection, "BEGIN IMMEDIATE" if immediate else "BEGIN")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # We emit BEGIN ourselves (see _sqlite_begin): the driver must not.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL lets readers go on while one writer commits; NORMAL sync is safe in
    # WAL mode (a power cut may lose the last commit, never corrupt the file).
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)
