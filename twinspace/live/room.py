"""A session's room as a write sees it: who writes, whom its events reach, what the
teachers' controls allow.

Every write in a session goes through ``in_session``: the write path's
transaction takes the space's lock first (``events.lock_space``: what it counts
and reports, such as a poll's totals, is then what the writes before it
committed), reads the session and its invited classes, and hands the change
an ``InSession``. The room's events go to a group audience: the invited
classes (their pupils and teachers, on every socket subscribed to the space,
so a reconnect replays them by ``seq``) and the sockets that follow the room
(``session_key``: the space's other teachers, platform staff looking in).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from twinspace.errors import AppError, Code
from twinspace.live.schemas import NAME, session_key
from twinspace.moderation.policy import PUPIL_SEATS, Action, Seat, seat_for
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage import events
from twinspace.storage.events import class_key
from twinspace.storage.models import (
    Audience,
    LiveItem,
    LiveItemType,
    LiveMute,
    LiveSession,
    LiveSessionClass,
    Membership,
    RoomMode,
    SessionState,
    User,
    utcnow,
)
from twinspace.writepath import Change, Draft, EventSpec, Intent, target, write


def invited(db: Session, session_id: int) -> tuple[int, ...]:
    """The ids of the classes a session invited."""
    return tuple(
        db.scalars(
            select(LiveSessionClass.class_id)
            .where(LiveSessionClass.session_id == session_id)
            .order_by(LiveSessionClass.class_id)
        ).all()
    )


def room_keys(session_id: int, class_ids: tuple[int, ...]) -> tuple[str, ...]:
    """The group audience of a session's room."""
    return (*(class_key(c) for c in class_ids), session_key(session_id))


def to_room(
    kind: str, data: dict[str, Any], session_id: int, class_ids: tuple[int, ...]
) -> EventSpec:
    return EventSpec(kind, data, Audience.group, audience_group=room_keys(session_id, class_ids))


def may_enter(seat: Seat, member_class: int | None, class_ids: tuple[int, ...]) -> bool:
    """Teachers (and platform staff looking in) enter every room; pupils only the
    rooms of the sessions their class is invited to."""
    return seat not in PUPIL_SEATS or member_class in class_ids


def member_class(db: Session, space_id: int, user_id: int) -> int | None:
    """The class a member came into the space with (None for teachers)."""
    return db.scalar(
        select(Membership.class_id).where(
            Membership.space_id == space_id, Membership.user_id == user_id
        )
    )


@dataclass(frozen=True)
class InSession:
    """A write's session, read in its transaction, and the member writing."""

    draft: Draft
    viewer: Viewer
    session: LiveSession
    class_ids: tuple[int, ...]
    writer_class: int | None  # the class they came in with; None for teachers

    @property
    def db(self) -> Session:
        return self.draft.db

    @property
    def pupil(self) -> bool:
        return self.draft.seat in PUPIL_SEATS

    def to_room(self, kind: str, data: dict[str, Any]) -> EventSpec:
        return to_room(kind, data, self.session.id, self.class_ids)

    def participant(self, user_id: int) -> tuple[User, Seat]:
        """Someone who may be in the room (``not_found`` for anyone else), and their seat."""
        role = self.db.scalar(
            select(Membership.role).where(
                Membership.space_id == self.session.space_id, Membership.user_id == user_id
            )
        )
        user = self.db.get(User, user_id)
        if user is None or role is None:
            raise AppError(Code.not_found)
        seat = seat_for(user.kind, role)
        if not may_enter(
            seat, member_class(self.db, self.session.space_id, user_id), self.class_ids
        ):
            raise AppError(Code.not_found)
        return user, seat

    def may_write(self, item_type: LiveItemType) -> None:
        """Refuse a pupil's item that the teachers' controls do not allow now."""
        if not self.pupil:
            return
        if self.db.scalar(
            select(func.count()).where(
                LiveMute.session_id == self.session.id, LiveMute.user_id == self.viewer.user.id
            )
        ):
            raise AppError(Code.muted, details={"reason": "live.muted"})
        if self.session.mode is RoomMode.paused:
            raise AppError(Code.paused)
        if self.session.mode is RoomMode.reactions_only and item_type is LiveItemType.message:
            raise AppError(Code.reactions_only)
        if item_type is LiveItemType.message and self.session.slow_mode_seconds:
            self._slow_mode(self.session.slow_mode_seconds)

    def _slow_mode(self, seconds: int) -> None:
        last = self.db.scalar(
            select(func.max(LiveItem.created_at)).where(
                LiveItem.session_id == self.session.id,
                LiveItem.author_id == self.viewer.user.id,
                LiveItem.type == LiveItemType.message,
            )
        )
        if last is None:
            return
        wait = math.ceil(seconds - (utcnow() - last).total_seconds())
        if wait > 0:
            raise AppError(Code.slow_mode, details={"retry_after": wait}, count=wait)


Changer = Callable[[InSession], Change]


async def in_session(
    rt: Runtime,
    viewer: Viewer,
    session_id: int,
    action: Action,
    command_key: str | None,
    change: Changer,
    *,
    text: str | None = None,
    content: bool = False,
    titles: tuple[str, ...] = (),
    open_only: bool = True,
) -> dict[str, Any]:
    """Run ``change`` in the session's room, through the write path.

    ``content``: a pupil's item of the live kind (cleaned, screened, held or
    refused as the kind's settings say, refused while its author is muted in
    the space); votes and hands are not content. ``open_only``: most writes
    are for an open session only; the moves of its life check its state
    themselves (``lifecycle``).
    """
    found = await target(rt, LiveSession, session_id)

    def persist(draft: Draft) -> Change:
        events.lock_space(draft.db, draft.space.id)
        session = draft.db.get_one(LiveSession, session_id)
        if open_only and session.state is not SessionState.open:
            raise AppError(Code.conflict, details={"reason": "live.not_open"})
        class_ids = invited(draft.db, session.id)
        writer_class = member_class(draft.db, draft.space.id, viewer.user.id)
        if not may_enter(draft.seat, writer_class, class_ids):
            raise AppError(Code.forbidden, details={"reason": "live.not_invited"})
        return change(InSession(draft, viewer, session, class_ids, writer_class))

    kind = NAME if content else None
    intent = Intent(found.space_id, action, kind, text, command_key, titles)
    return await write(rt, viewer, intent, persist)
