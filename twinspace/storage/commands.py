"""Results of client commands, kept so a retried command is applied once.

The key is a hash of (command type, client id): a client that reuses an id for
another kind of command starts a new command rather than getting an old answer.
Ids are the client's own per user (the web client uses random UUIDs).

A result is kept in one of two places. Most writes answer with their first
event's data (a chat line's answer is the message its event carries): that
event is marked with the command (``answered_by``), and the result is not
stored again. Any other result gets a row of its own (``record``). Both are
unique per user and key, so a retry fails at the mark or at the row, and
``prior`` reads the first answer from whichever holds it.
"""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from twinspace.storage.models import CommandResult, Event, utcnow
from twinspace.storage.prepared import Prepared

# A retry comes within seconds or minutes (a reconnect); a day is generous for a
# result of its own. An event's mark stays as long as the event.
KEEP = timedelta(days=1)


def key(kind: str, client_id: str) -> str:
    return hashlib.sha256(f"{kind}\n{client_id}".encode()).hexdigest()


def answered_by(user_id: int, command_key: str) -> str:
    """The mark of an event whose data is the result of this user's command."""
    return f"{user_id}:{command_key}"


async def prior(db: AsyncSession, user_id: int, command_key: str) -> dict[str, Any] | None:
    stored = await db.scalar(
        select(CommandResult.result).where(
            CommandResult.user_id == user_id, CommandResult.command_id == command_key
        )
    )
    if stored is None:
        stored = await db.scalar(
            select(Event.payload).where(Event.command == answered_by(user_id, command_key))
        )
    return None if stored is None else json.loads(stored)


_INSERT = Prepared(  # run on the driver's cursor, like the event log's statements
    insert(CommandResult.__table__), keys=["user_id", "command_id", "result", "created_at"]
)


def record(connection: Connection, user_id: int, command_key: str, result: dict[str, Any]) -> None:
    """Store a command's result now: a retry of a committed command fails right here."""
    _INSERT.run(
        connection,
        {
            "user_id": user_id,
            "command_id": command_key,
            "result": json.dumps(result, default=str),
            "created_at": utcnow(),
        },
    )


async def forget_old(db: AsyncSession) -> None:
    await db.execute(delete(CommandResult).where(CommandResult.created_at < utcnow() - KEEP))
