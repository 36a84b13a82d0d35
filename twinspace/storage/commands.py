"""Results of client commands, kept so a retried command is applied once.

The key is a hash of (command type, client id): a client that reuses an id for
another kind of command starts a new command rather than getting an old answer.
Ids are the client's own per user (the web client uses random UUIDs).
"""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from twinspace.storage.models import CommandResult, utcnow
from twinspace.storage.prepared import Prepared

# A retry comes within seconds or minutes (a reconnect); a day is generous.
KEEP = timedelta(days=1)


def key(kind: str, client_id: str) -> str:
    return hashlib.sha256(f"{kind}\n{client_id}".encode()).hexdigest()


async def prior(db: AsyncSession, user_id: int, command_key: str) -> dict[str, Any] | None:
    stored = await db.scalar(
        select(CommandResult.result).where(
            CommandResult.user_id == user_id, CommandResult.command_id == command_key
        )
    )
    return None if stored is None else json.loads(stored)


_INSERT = Prepared(  # run on the driver's cursor, like the event log's statements
    insert(CommandResult.__table__), keys=["user_id", "command_id", "result", "created_at"]
)


def record(db: Session, user_id: int, command_key: str, result: dict[str, Any]) -> None:
    """Store a command's result now: a retry of a committed command fails right here."""
    _INSERT.run(
        db.connection(),
        {
            "user_id": user_id,
            "command_id": command_key,
            "result": json.dumps(result, default=str),
            "created_at": utcnow(),
        },
    )


async def forget_old(db: AsyncSession) -> None:
    await db.execute(delete(CommandResult).where(CommandResult.created_at < utcnow() - KEEP))
