"""Reading live sessions: the space's calendar, a room as it stands, joining a room.

A client joins a room over its socket first (``live.join``: from then on the
socket follows the room's events), then reads the room over HTTP: the room's
state comes with the space's ``seq`` read before it, so with the events that
follow, nothing falls in a gap. The members of the invited classes receive
the room's events anyway, through their classes (``room.room_keys``).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from twinspace.access import access
from twinspace.errors import AppError, Code
from twinspace.live.room import invited, may_enter, member_class
from twinspace.live.schemas import CALENDAR_PAST, CALENDAR_SIZE, JoinIn, session_key
from twinspace.live.views import (
    hands_view,
    invited_classes,
    item_view,
    poll_view,
    school_view,
    session_view,
    space_classes,
)
from twinspace.moderation.policy import STAFF_SEATS, Action, Seat
from twinspace.realtime.protocol import FOLLOW, UNFOLLOW
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage import events
from twinspace.storage.models import (
    ContentStatus,
    LiveItem,
    LiveItemType,
    LiveMute,
    LivePoll,
    LiveSession,
    LiveUpvote,
    LiveVote,
    Membership,
    School,
    SpaceRole,
    User,
    utcnow,
)

# The newest chat lines a room shows when it is (re)loaded: more than a lesson's
# screenful; the session's record keeps them all.
ROOM_MESSAGES = 200


async def calendar(rt: Runtime, viewer: Viewer, space_id: int) -> dict[str, Any]:
    """The space's sessions that ended in the last month and those to come, with the
    space's ``seq`` read before them (``live.session`` events keep it current),
    and the space's classes (those a session may invite)."""
    async with rt.db() as db:
        await access(db, viewer.user, space_id, Action.live_view)
        seq = await events.last_seq(db, space_id)
        sessions = (
            await db.scalars(
                select(LiveSession)
                .where(
                    LiveSession.space_id == space_id,
                    LiveSession.ends_at >= utcnow() - CALENDAR_PAST,
                )
                .order_by(LiveSession.starts_at, LiveSession.id)
                .limit(CALENDAR_SIZE)
            )
        ).all()
        guests = await db.run_sync(invited_classes, [s.id for s in sessions])
        classes = await db.run_sync(space_classes, space_id)
    return {
        "seq": seq,
        "sessions": [session_view(s, guests[s.id]) for s in sessions],
        "classes": classes,
    }


async def _entered(
    db: AsyncSession, viewer: Viewer, session_id: int
) -> tuple[LiveSession, Seat, tuple[int, ...]]:
    """The session, if the viewer may be in its room: its seat and invited classes."""
    session = await db.get(LiveSession, session_id)
    if session is None:
        raise AppError(Code.not_found)
    _, seat = await access(db, viewer.user, session.space_id, Action.live_view)
    class_ids = await db.run_sync(lambda sync: invited(sync, session_id))
    own_class = await db.run_sync(lambda sync: member_class(sync, session.space_id, viewer.user.id))
    if not may_enter(seat, own_class, class_ids):
        raise AppError(Code.forbidden, details={"reason": "live.not_invited"})
    return session, seat, class_ids


async def join(
    rt: Runtime, viewer: Viewer, data: JoinIn, command_key: str | None
) -> dict[str, Any]:
    """The socket follows the room's events from now on; then read the room."""
    async with rt.db() as db:
        session, _, _ = await _entered(db, viewer, data.session_id)
    if session.space_id != data.space_id:
        raise AppError(Code.not_found)
    return {"space_id": data.space_id, "session_id": session.id, FOLLOW: session_key(session.id)}


async def leave(
    rt: Runtime, viewer: Viewer, data: JoinIn, command_key: str | None
) -> dict[str, Any]:
    return {
        "space_id": data.space_id,
        "session_id": data.session_id,
        UNFOLLOW: session_key(data.session_id),
    }


async def room(rt: Runtime, viewer: Viewer, session_id: int) -> dict[str, Any]:
    """Everything a room shows, for someone who may be in it."""
    async with rt.db() as db:
        session, seat, class_ids = await _entered(db, viewer, session_id)
        seq = await events.last_seq(db, session.space_id)
        return await db.run_sync(
            lambda sync: {"seq": seq, **_room(sync, viewer, seat, session, class_ids)}
        )


def _room(
    db: Session, viewer: Viewer, seat: Seat, session: LiveSession, class_ids: tuple[int, ...]
) -> dict[str, Any]:
    me = viewer.user.id
    classes = invited_classes(db, [session.id])[session.id]
    items = _items(db, session.id, me)
    questions = [item.id for item, _ in items if item.type is LiveItemType.question]
    counts = _upvotes(db, questions)
    polls = db.scalars(
        select(LivePoll).where(LivePoll.session_id == session.id).order_by(LivePoll.id)
    ).all()
    muted = set(db.scalars(select(LiveMute.user_id).where(LiveMute.session_id == session.id)))
    return {
        "session": session_view(session, classes),
        "roster": _roster(db, session.space_id, class_ids),
        "items": [item_view(item, name, counts.get(item.id, 0)) for item, name in items],
        "reactions": _reactions(db, session.id),
        "my_upvotes": sorted(
            db.scalars(
                select(LiveUpvote.question_id).where(
                    LiveUpvote.question_id.in_(questions), LiveUpvote.voter_id == me
                )
            )
        ),
        "hands": hands_view(db, session.id)["hands"],
        "polls": [poll_view(db, poll, reveal=seat in STAFF_SEATS) for poll in polls],
        "my_votes": {
            str(poll_id): option
            for poll_id, option in db.execute(
                select(LiveVote.poll_id, LiveVote.option).where(
                    LiveVote.poll_id.in_([p.id for p in polls]), LiveVote.voter_id == me
                )
            )
        },
        # Who is muted is for the staff; a pupil learns only about themselves.
        "muted": sorted(muted if seat in STAFF_SEATS else muted & {me}),
    }


def _items(db: Session, session_id: int, me: int) -> list[tuple[LiveItem, str]]:
    """The room's items, oldest first: its questions and notes, its newest chat
    lines; what the room shows, and its viewer's own items waiting for a teacher."""

    def shown(query: Select[LiveItem, str]) -> Select[LiveItem, str]:
        return query.where(
            LiveItem.session_id == session_id,
            LiveItem.cleared_at.is_(None),
            or_(
                LiveItem.status == ContentStatus.visible,
                (LiveItem.author_id == me)
                & LiveItem.status.in_([ContentStatus.held, ContentStatus.rejected]),
            ),
        )

    base = select(LiveItem, User.display_name).join(User, User.id == LiveItem.author_id)
    lines = shown(base.where(LiveItem.type == LiveItemType.message))
    newest = db.execute(lines.order_by(LiveItem.id.desc()).limit(ROOM_MESSAGES)).all()
    others = db.execute(
        shown(base.where(LiveItem.type.in_([LiveItemType.question, LiveItemType.note])))
    ).all()
    found = [(item, name) for item, name in [*newest, *others]]
    return sorted(found, key=lambda pair: pair[0].id)


def _upvotes(db: Session, question_ids: list[int]) -> dict[int, int]:
    rows = db.execute(
        select(LiveUpvote.question_id, func.count())
        .where(LiveUpvote.question_id.in_(question_ids))
        .group_by(LiveUpvote.question_id)
    )
    return {question_id: count for question_id, count in rows}


def _reactions(db: Session, session_id: int) -> dict[str, int]:
    rows = db.scalars(
        select(LiveItem.text).where(
            LiveItem.session_id == session_id,
            LiveItem.type == LiveItemType.reaction,
            LiveItem.cleared_at.is_(None),
        )
    )
    return dict(Counter(rows).most_common())


def _roster(db: Session, space_id: int, class_ids: tuple[int, ...]) -> list[dict[str, Any]]:
    """Who may be in the room: the space's teachers and the invited classes' members,
    with their schools and classes (the room groups who is present by them)."""
    rows = db.execute(
        select(User, Membership.role, Membership.class_id, School)
        .join(Membership, Membership.user_id == User.id)
        .outerjoin(School, School.id == User.school_id)
        .where(
            Membership.space_id == space_id,
            or_(
                Membership.role.in_([SpaceRole.teacher_admin, SpaceRole.teacher]),
                Membership.class_id.in_(class_ids),
            ),
        )
        .order_by(User.display_name)
    )
    return [
        {
            "user_id": user.id,
            "display_name": user.display_name,
            "teacher": role in (SpaceRole.teacher_admin, SpaceRole.teacher),
            "class_id": class_id,
            "class_account": user.class_account,
            "school": school_view(school) if school else None,
        }
        for user, role, class_id, school in rows
    ]
