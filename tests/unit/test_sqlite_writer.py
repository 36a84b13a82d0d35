"""The SQLite writer's write-ahead log is folded into the database file as lines come."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from pathlib import Path

from twinspace.storage import writer as writers
from twinspace.storage.engine import sqlite_writer_engine
from twinspace.storage.writer import Scope, thread_writer


def _lines_in_the_file_alone(database: Path, copy: Path) -> int:
    """How many lines a copy of the database file, without its write-ahead log, holds."""
    shutil.copy(database, copy)
    reader = sqlite3.connect(copy)
    try:
        return reader.execute("SELECT count(*) FROM lines").fetchone()[0]
    except sqlite3.OperationalError:  # not even the table yet
        return 0
    finally:
        reader.close()
        copy.unlink()


async def test_written_lines_reach_the_database_file_itself(tmp_path, monkeypatch):
    """A quiet server writes each line on its own, never in the writer's thread:
    the log is still checkpointed there, so a copy of the file (a backup taken
    without the log) holds what was written."""
    monkeypatch.setattr(writers, "CHECKPOINT_EVERY", 10)
    database = tmp_path / "space.db"
    engine = sqlite_writer_engine(f"sqlite:///{database}")
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE lines (text TEXT)")
    writer = thread_writer(engine)

    def insert(number: int):
        def work(scope: Scope) -> None:
            scope.connection.exec_driver_sql("INSERT INTO lines VALUES (?)", (f"line {number}",))

        return work

    try:
        for number in range(10):
            await writer.run(1, insert(number))
        # The checkpoint runs beside the writes: wait for it, up to a few seconds.
        for _ in range(50):
            if _lines_in_the_file_alone(database, tmp_path / "copy.db") == 10:
                break
            await asyncio.sleep(0.1)
        assert _lines_in_the_file_alone(database, tmp_path / "copy.db") == 10
    finally:
        await writer.close()
