"""A session's life: scheduled, then open, then ended (or cancelled before it opened).

The state is an enum (``SessionState``) and every move goes through ``move``,
which refuses a move the table does not allow (``conflict``): a session is
never opened twice, ended before it opened, or cancelled once it ran. Each
move is a write whose ``live.session`` event tells every member of the space
(its calendar shows the session, open or not); ending also closes the open
polls, lowers every hand and writes the session's record (``record``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select, update

from twinspace.errors import AppError, Code, invalid
from twinspace.live.record import write_record
from twinspace.live.room import InSession, in_session
from twinspace.live.schemas import MAX_AHEAD, Event, ScheduleIn, SessionRef
from twinspace.live.views import invited_classes, session_view
from twinspace.moderation.policy import Action
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage.models import (
    Audience,
    LiveHand,
    LivePoll,
    LiveSession,
    LiveSessionClass,
    Membership,
    PollState,
    SessionState,
    utcnow,
)
from twinspace.writepath import Change, Draft, EventSpec, Intent, write

S = SessionState
MOVES: dict[SessionState, frozenset[SessionState]] = {
    S.scheduled: frozenset({S.open, S.cancelled}),
    S.open: frozenset({S.ended}),
    S.ended: frozenset(),
    S.cancelled: frozenset(),
}


def move(session: LiveSession, to: SessionState) -> None:
    """Change a session's state, if its life allows that move now."""
    if to not in MOVES[session.state]:
        raise AppError(
            Code.conflict,
            details={"reason": "live.state", "state": session.state.value},
        )
    session.state = to


def _announced(session: LiveSession, classes: list[dict[str, Any]]) -> Change:
    """The session's view, as the result and as every member's ``live.session`` event."""
    view = session_view(session, classes)
    return Change(view, [EventSpec(Event.session, view, Audience.members)])


async def schedule(
    rt: Runtime, viewer: Viewer, data: ScheduleIn, command_key: str | None
) -> dict[str, Any]:
    """A teacher puts a session in the space's calendar, inviting classes of the space."""
    now = utcnow()
    if data.ends_at <= now:
        raise invalid("ends_at", "in_the_past")
    if data.starts_at - now > MAX_AHEAD:
        raise invalid("starts_at", "too_far_ahead")

    def persist(draft: Draft) -> Change:
        wanted = set(data.class_ids)
        in_space = set(
            draft.db.scalars(
                select(Membership.class_id).where(
                    Membership.space_id == draft.space.id, Membership.class_id.in_(wanted)
                )
            ).all()
        )
        if in_space != wanted:
            raise invalid("class_ids", "not_in_space")
        session = LiveSession(
            space_id=draft.space.id,
            title=draft.titles[0],
            starts_at=_utc(data.starts_at),
            ends_at=_utc(data.ends_at),
            state=SessionState.scheduled,
            created_by=viewer.user.id,
            created_at=now,
        )
        draft.db.add(session)
        draft.db.flush()
        draft.db.add_all(LiveSessionClass(session_id=session.id, class_id=c) for c in wanted)
        draft.db.flush()
        return _announced(session, invited_classes(draft.db, [session.id])[session.id])

    intent = Intent(
        data.space_id, Action.live_schedule, command_key=command_key, titles=(data.title,)
    )
    return await write(rt, viewer, intent, persist)


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


async def _move(
    rt: Runtime,
    viewer: Viewer,
    data: SessionRef,
    command_key: str | None,
    to: SessionState,
    then: Callable[[InSession], list[EventSpec]] | None = None,
) -> dict[str, Any]:
    def change(room: InSession) -> Change:
        move(room.session, to)
        extra: list[EventSpec] = then(room) if then is not None else []
        classes = invited_classes(room.db, [room.session.id])[room.session.id]
        announced = _announced(room.session, classes)
        announced.events.extend(extra)
        return announced

    return await in_session(
        rt, viewer, data.session_id, Action.live_schedule, command_key, change, open_only=False
    )


async def cancel(
    rt: Runtime, viewer: Viewer, data: SessionRef, command_key: str | None
) -> dict[str, Any]:
    return await _move(rt, viewer, data, command_key, SessionState.cancelled)


async def open_session(
    rt: Runtime, viewer: Viewer, data: SessionRef, command_key: str | None
) -> dict[str, Any]:
    """The invited classes may come into the room (a teacher opens it when the lesson
    starts, or a little before)."""

    def opened(room: InSession) -> list[EventSpec]:
        room.session.opened_at = utcnow()
        return []

    return await _move(rt, viewer, data, command_key, SessionState.open, opened)


async def end(
    rt: Runtime, viewer: Viewer, data: SessionRef, command_key: str | None
) -> dict[str, Any]:
    """The lesson is over: polls close, hands go down, the record becomes a page."""

    def ended(room: InSession) -> list[EventSpec]:
        session = room.session
        session.ended_at = utcnow()
        room.db.execute(
            update(LivePoll)
            .where(LivePoll.session_id == session.id, LivePoll.state == PollState.open)
            .values(state=PollState.closed, closed_at=session.ended_at)
        )
        room.db.execute(delete(LiveHand).where(LiveHand.session_id == session.id))
        classes = invited_classes(room.db, [session.id])[session.id]
        return write_record(rt, room.db, session, classes, viewer)

    return await _move(rt, viewer, data, command_key, SessionState.ended, ended)
