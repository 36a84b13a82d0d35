"""The one hallway every content write walks through.

    authorize -> sanitize -> screen -> persist (content + event, one transaction)
    -> publish -> (the hub delivers)

The shape of the input was validated at the door (HTTP route or WebSocket
gateway) with the command's schema. A feature gives ``write`` its intent and a
``persist`` function that changes its own rows and names the events; the write
path adds the events with the space's next ``seq`` in the same transaction,
records the command's result (so a retried command is applied once), commits,
and publishes. Nothing is published that is not committed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from twinspace.access import access
from twinspace.errors import AppError, Code, invalid
from twinspace.moderation import sanitize
from twinspace.moderation.policy import Action, Seat
from twinspace.realtime.protocol import Envelope
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage import commands, events
from twinspace.storage.models import Audience, Space


@dataclass(frozen=True)
class Intent:
    space_id: int
    action: Action
    text: str | None = None  # user text to sanitise and screen
    command_key: str | None = None  # storage.commands.key(): a retry returns the first result


@dataclass(frozen=True)
class EventSpec:
    kind: str
    data: dict[str, Any]
    audience: Audience = Audience.everyone
    audience_user_id: int | None = None


@dataclass
class Change:
    result: dict[str, Any]
    events: list[EventSpec] = field(default_factory=list)


Persist = Callable[[AsyncSession, Space, Seat, str | None], Awaitable[Change]]


async def write(rt: Runtime, viewer: Viewer, intent: Intent, persist: Persist) -> dict[str, Any]:
    if intent.command_key is not None:
        async with rt.db() as db:
            prior = await commands.prior(db, viewer.user.id, intent.command_key)
        if prior is not None:
            return prior
    text = None if intent.text is None else sanitize.plain_text(intent.text)
    if text == "":
        raise invalid("text", "empty")
    try:
        async with rt.db.begin() as db:
            space, seat = await access(db, viewer.user, intent.space_id, intent.action)
            await screen(rt, viewer, intent)
            change = await persist(db, space, seat, text)
            stored = [
                await events.append(
                    db, space.id, spec.kind, spec.data, spec.audience, spec.audience_user_id
                )
                for spec in change.events
            ]
            if intent.command_key is not None:
                commands.record(db, viewer.user.id, intent.command_key, change.result)
    except IntegrityError:
        # The same command committed concurrently: answer with its result.
        if intent.command_key is None:
            raise
        async with rt.db() as db:
            prior = await commands.prior(db, viewer.user.id, intent.command_key)
        if prior is None:
            raise
        return prior
    for event in stored:
        await publish(rt, Envelope.of_event(event))
    return change.result


async def screen(rt: Runtime, viewer: Viewer, intent: Intent) -> None:
    """Rate limits per user and action; personal-data and abuse screening joins here."""
    limit = rt.settings.content_limits.get(intent.action.value)
    if limit is None:
        return
    key = f"write:{intent.action.value}:{viewer.user.id}"
    wait = await rt.limiter.exceeded(key, limit)
    if wait is not None:
        raise AppError(Code.rate_limited, details={"retry_after": wait}, seconds=wait)
    await rt.limiter.hit(key, limit)


async def publish(rt: Runtime, envelope: Envelope) -> None:
    """Hand a committed event (or an ephemeral signal) to the broker.

    If the broker cannot take it, this process's own sockets still get it from
    the database; other processes catch up when their broker reconnects.
    """
    if not await rt.broker.publish(envelope.space_id, envelope.encode()) and envelope.seq:
        rt.hub.catch_up(envelope.space_id)
