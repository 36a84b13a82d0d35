"""The one hallway every content write walks through.

    authorize -> sanitize -> screen -> persist (content + events, one transaction)
    -> publish -> (the hub delivers)

The shape of the input was validated at the door (HTTP route or WebSocket
gateway) with the command's schema. A feature gives ``write`` its intent and a
``persist`` function that changes its own rows and names its events; the write
path adds the events with the space's next ``seq`` in the same transaction,
records the command's result (so a retried command is applied once), commits,
and publishes. Nothing is published that is not committed.

The transaction is one synchronous function (``_transaction``), run by the
process's writer (``storage.writer``), which commits the writes waiting at the
same moment together; what needs the network (the flood limit, who is online)
is asked before it.

Screening decides allow, hold or reject. Held content is stored like any other
but its events reach only its author, and a review item goes to the space's
teachers; approving it is another write through this same hallway.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from twinspace import access
from twinspace.errors import AppError, Code, invalid
from twinspace.moderation import sanitize
from twinspace.moderation.policy import PUPIL_SEATS, Action, Seat
from twinspace.moderation.screening import Level, Verdict
from twinspace.realtime.protocol import Envelope
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage import commands, events
from twinspace.storage.models import (
    Audience,
    ChatPolicy,
    Membership,
    Mute,
    ReviewItem,
    Space,
    SpaceRole,
    SpaceStatus,
    utcnow,
)


@dataclass(frozen=True)
class Intent:
    space_id: int
    action: Action
    text: str | None = None  # user text to sanitise and screen
    command_key: str | None = None  # storage.commands.key(): a retry returns the first result
    # The feature a piece of content belongs to ("chat"): its space's
    # pre-moderation and supervision settings apply. None for moderation work.
    feature: str | None = None


@dataclass(frozen=True)
class Draft:
    """What ``persist`` gets: the open transaction and the screened input."""

    db: Session
    space: SpaceRules
    seat: Seat
    text: str | None
    held: bool
    # Why, when held: the kinds of what screening found ("phone", ...), or
    # "premoderation" when the space holds every pupil post.
    held_for: tuple[str, ...] = ()


@dataclass(frozen=True)
class EventSpec:
    kind: str
    data: dict[str, Any]
    audience: Audience = Audience.everyone
    audience_user_id: int | None = None


@dataclass(frozen=True)
class ContentRef:
    """New content a feature stored, so a held one can be queued for review."""

    kind: str
    id: int
    excerpt: str


@dataclass
class Change:
    result: dict[str, Any]
    events: list[EventSpec] = field(default_factory=list)
    content: ContentRef | None = None


Target = TypeVar("Target")

# Runs inside the write's transaction: synchronous, and it must not wait on the
# network (ask before calling ``write``).
Persist = Callable[[Draft], Change]


@dataclass(frozen=True, slots=True)
class SpaceRules:
    """What a write needs to know of its space, read with the writer's seat."""

    id: int
    status: SpaceStatus
    screening_level: str
    premoderated: list[str]
    allowed_domains: list[str]
    chat_policy: ChatPolicy
    chat_hours: dict[str, Any]
    timezone: str


# The space's rules, the writer's role in it (``access.seat_query``) and the end
# of their mute there, if muted: the hottest query of the server, read as plain
# columns (no ORM loading).
_SEAT_AND_MUTE = access.seat_query(
    *(getattr(Space, rule.name) for rule in fields(SpaceRules))
).add_columns(
    select(func.max(Mute.until))
    .where(
        Mute.space_id == Space.id,
        Mute.user_id == bindparam("user"),
        Mute.until > bindparam("now"),
    )
    .scalar_subquery()
)
_RULES = len(fields(SpaceRules))


async def write(rt: Runtime, viewer: Viewer, intent: Intent, persist: Persist) -> dict[str, Any]:
    """Run one write; a retried command gets its first result, whatever happened since.

    Retries are rare, so they are found optimistically, at no cost to a first try:
    the command's result row is unique per (user, key), so a retry fails at that
    insert (or earlier, when its target already changed), rolls back everything it
    did, and answers with the stored result. Features look their target up before
    calling here (``target``) only to learn its space, and must not refuse a
    retry there.
    """
    text = None if intent.text is None else sanitize.plain_text(intent.text)
    if text == "":
        raise invalid("text", "empty")
    try:
        await _rate_limit(rt, viewer, intent)
        online = None
        if intent.space_id in rt.supervised_spaces:
            online = await _online(rt, intent.space_id)

        def transaction(db: Session) -> tuple[Change, list[events.StoredEvent]]:
            return _transaction(rt, db, viewer, intent, text, online, persist)

        try:
            change, stored = await rt.writer.run(intent.space_id, transaction)
        except _NeedsPresence:  # the space took up the "teacher online" rule just now
            online = await _online(rt, intent.space_id)
            change, stored = await rt.writer.run(intent.space_id, transaction)
    except (IntegrityError, AppError):
        prior = await _prior(rt, viewer, intent)
        if prior is None:
            raise
        return prior
    for event in stored:
        await publish(rt, Envelope.of_event(event))
    return change.result


def _transaction(
    rt: Runtime,
    db: Session,
    viewer: Viewer,
    intent: Intent,
    text: str | None,
    online: list[int] | None,
    persist: Persist,
) -> tuple[Change, list[events.StoredEvent]]:
    row = (
        db.connection()
        .execute(
            _SEAT_AND_MUTE, {"user": viewer.user.id, "space": intent.space_id, "now": utcnow()}
        )
        .first()
    )
    if row is None:
        raise AppError(Code.not_found)
    space = SpaceRules(*row[:_RULES])
    seat = access.judge(space.status, row[_RULES], viewer.user, intent.action)
    muted_until = row[_RULES + 1]
    findings = screen(rt, db, space, seat, intent, text, muted_until, online)
    held = findings is not None
    held_for = tuple(f["kind"] for f in findings or [])
    change = persist(Draft(db, space, seat, text, held, held_for))
    specs = change.events
    if held:
        specs = _hold(db, viewer, space, change, findings or [])
    stored = [
        events.append(db, space.id, spec.kind, spec.data, spec.audience, spec.audience_user_id)
        for spec in specs
    ]
    if intent.command_key is not None:
        commands.record(db, viewer.user.id, intent.command_key, change.result)
    return change, stored


async def target(rt: Runtime, model: type[Target], row_id: int) -> Target:
    """The row a write is about, read before it only to learn its space.

    Deleted or not: whether it may still be changed is decided inside the write,
    after a retry has been answered from its first result. ``not_found`` if there
    is no such row.
    """
    async with rt.db() as db:
        found = await db.get(model, row_id)
    if found is None:
        raise AppError(Code.not_found)
    return found


async def _prior(rt: Runtime, viewer: Viewer, intent: Intent) -> dict[str, Any] | None:
    if intent.command_key is None:
        return None
    async with rt.db() as db:
        return await commands.prior(db, viewer.user.id, intent.command_key)


class _NeedsPresence(Exception):
    """A pupil chats in a space with the "teacher online" rule, and the write was
    not given who is online: asked again with it."""


async def _online(rt: Runtime, space_id: int) -> list[int]:
    """Who is online in the space: presence lives outside the database, so the
    write asks before its transaction, in the spaces known to need it
    (``Runtime.supervised_spaces``)."""
    return [int(str(u["user_id"])) for u in await rt.presence.online(space_id)]


def screen(
    rt: Runtime,
    db: Session,
    space: SpaceRules,
    seat: Seat,
    intent: Intent,
    text: str | None,
    muted_until: datetime | None,
    online: list[int] | None,
) -> list[dict[str, str]] | None:
    """Refuse (raise), or return None to allow, or the findings to hold for review.

    Mutes and supervision apply to every content write; text screening and
    pre-moderation to pupils' content only (teachers' own content is not held).
    """
    if intent.feature is not None:
        _refuse_if_muted(muted_until)
        if intent.feature == "chat" and seat in PUPIL_SEATS:
            _refuse_if_chat_closed(rt, db, space, online)
    if seat not in PUPIL_SEATS or intent.feature is None:
        return None
    findings: list[dict[str, str]] = []
    if text is not None:
        allowed = (*rt.settings.link_allowlist, *space.allowed_domains)
        result = rt.screener.screen(text, Level(space.screening_level), allowed)
        if result.verdict is Verdict.reject:
            raise AppError(Code.content_rejected, details={"reason": result.reason_key})
        if result.verdict is Verdict.hold:
            findings = [{"kind": f.kind, "excerpt": f.excerpt} for f in result.findings]
    if not findings and intent.feature in space.premoderated:
        findings = [{"kind": "premoderation", "excerpt": ""}]
    return findings or None


def _refuse_if_muted(until: datetime | None) -> None:
    if until is not None:
        raise AppError(
            Code.muted,
            details={"until": until.isoformat()},
            until=until.strftime("%H:%M %d.%m.%Y UTC"),
        )


def _refuse_if_chat_closed(
    rt: Runtime, db: Session, space: SpaceRules, online: list[int] | None
) -> None:
    if space.chat_policy is ChatPolicy.teacher_online:
        rt.supervised_spaces.add(space.id)
        if online is None:
            raise _NeedsPresence
        teachers_online = db.scalar(
            select(func.count()).where(
                Membership.space_id == space.id,
                Membership.user_id.in_(online),
                Membership.role.in_([SpaceRole.teacher_admin, SpaceRole.teacher]),
            )
        )
        if not teachers_online:
            raise AppError(Code.chat_closed, details={"reason": "chat_closed.teacher_online"})
        return
    rt.supervised_spaces.discard(space.id)
    if space.chat_policy is ChatPolicy.hours and not _within_hours(space):
        hours = space.chat_hours
        raise AppError(
            Code.chat_closed,
            details={"reason": "chat_closed.hours"},
            start=hours.get("start", ""),
            end=hours.get("end", ""),
            timezone=space.timezone,
        )


def _within_hours(space: SpaceRules, now: datetime | None = None) -> bool:
    hours = space.chat_hours
    local = (now or utcnow()).astimezone(ZoneInfo(space.timezone))
    if local.isoweekday() not in hours.get("days", range(1, 8)):
        return False
    clock = local.strftime("%H:%M")
    return str(hours.get("start", "00:00")) <= clock < str(hours.get("end", "24:00"))


async def _rate_limit(rt: Runtime, viewer: Viewer, intent: Intent) -> None:
    limit = rt.settings.content_limits.get(intent.action.value)
    if limit is None:
        return
    key = f"write:{intent.action.value}:{viewer.user.id}"
    wait = await rt.limiter.exceeded(key, limit)
    if wait is not None:
        raise AppError(Code.rate_limited, details={"retry_after": wait}, count=wait)
    await rt.limiter.hit(key, limit)


def _hold(
    db: Session,
    viewer: Viewer,
    space: SpaceRules,
    change: Change,
    findings: list[dict[str, str]],
) -> list[EventSpec]:
    """Turn a change's events into held ones: its author sees them, the staff get a review item."""
    if change.content is None:
        raise RuntimeError("held content must name itself (Change.content)")
    item = ReviewItem(
        space_id=space.id,
        content_kind=change.content.kind,
        content_id=change.content.id,
        author_id=viewer.user.id,
        findings=findings,
    )
    db.add(item)
    db.flush()
    for_author = [
        replace(spec, audience=Audience.user, audience_user_id=viewer.user.id)
        for spec in change.events
    ]
    view = review_item_view(item, viewer.user.display_name, change.content.excerpt)
    return [*for_author, EventSpec("review.held", view, Audience.staff)]


def review_item_view(item: ReviewItem, author_name: str, excerpt: str) -> dict[str, Any]:
    return {
        "id": item.id,
        "space_id": item.space_id,
        "content_kind": item.content_kind,
        "content_id": item.content_id,
        "author": {"id": item.author_id, "display_name": author_name},
        "excerpt": excerpt,
        "findings": item.findings,
        "state": item.state.value,
        "created_at": item.created_at.isoformat() if item.created_at else None,
        "note": item.note,
    }


async def publish(rt: Runtime, envelope: Envelope) -> None:
    """Hand a committed event (or an ephemeral signal) to the broker.

    If the broker cannot take it, this process's own sockets still get it from
    the database; other processes catch up when their broker reconnects.
    """
    if not await rt.broker.publish(envelope.space_id, envelope.encode()) and envelope.seq:
        rt.hub.catch_up(envelope.space_id)
