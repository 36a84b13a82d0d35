"""Alembic environment: runs on the connection the server hands it.

`twinspace migrate` (and `serve`, on start) pass an open connection through
``config.attributes``; the plain ``alembic`` command (for writing a new revision
with ``--autogenerate``) connects to ``TWINSPACE_DATABASE_URL`` itself.
"""

import asyncio

from alembic import context
from sqlalchemy import Connection

from twinspace.config import Settings
from twinspace.storage.engine import create_engine
from twinspace.storage.models import Base


def _ours(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """What autogenerate compares: not the search index's tables, which a revision
    makes by hand (SQLite's FTS5 keeps its own shadow tables)."""
    return not (type_ == "table" and name is not None and name.startswith("forum_search"))


def run_on(connection: Connection) -> None:
    # Batch mode lets ALTER-style operations work on SQLite by copying tables.
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=_ours,
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_standalone() -> None:
    engine = create_engine(Settings.from_env().database_url)
    async with engine.begin() as connection:
        await connection.run_sync(run_on)
    await engine.dispose()


connection = context.config.attributes.get("connection")
if connection is not None:
    run_on(connection)
else:
    asyncio.run(run_standalone())
