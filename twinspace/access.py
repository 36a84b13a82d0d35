"""``access``: the one place that turns (user, space, action) into allowed or an error.

Below the features and the real-time layer, so both the HTTP routes, the write
path and the WebSocket gateway ask the same question the same way.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Select, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from twinspace.errors import AppError, Code
from twinspace.moderation.policy import OPEN_TO_OUTSIDERS, Action, Seat, allowed, seat_for
from twinspace.storage.models import (
    AccountKind,
    Membership,
    SchoolClass,
    Space,
    SpaceRole,
    SpaceStatus,
    User,
)


def seat_query(*space: Any) -> Select[Any]:
    """The space (``space``: the ORM entity, or some of its columns) and the user's
    role in it, if any, for the parameters ``user`` and ``space``."""
    return (
        select(*space, Membership.role)
        .outerjoin(
            Membership,
            (Membership.space_id == Space.id) & (Membership.user_id == bindparam("user")),
        )
        .where(Space.id == bindparam("space"))
    )


# Built once; the write path builds its own, of a few columns and one more.
SEAT = seat_query(Space)


def judge(status: SpaceStatus | None, role: SpaceRole | None, user: User, action: Action) -> Seat:
    """The user's seat in a space (its ``status``, None if there is no such space,
    and the user's ``role`` in it), if the policy lets them do ``action``.

    A space the user may not even see answers ``not_found``, so ids reveal nothing.
    """
    seat = seat_for(user.kind, role)
    if status is None:
        raise AppError(Code.not_found)
    if action not in OPEN_TO_OUTSIDERS and not allowed(seat, Action.space_view, SpaceStatus.open):
        raise AppError(Code.not_found)
    if not allowed(seat, action, status):
        if status is SpaceStatus.archived and allowed(seat, action, SpaceStatus.open):
            raise AppError(Code.space_archived)
        raise AppError(Code.forbidden)
    return seat


async def access(db: AsyncSession, user: User, space_id: int, action: Action) -> tuple[Space, Seat]:
    """``judge`` the user's seat in a space, read in ``db``."""
    row = (await db.execute(SEAT, {"user": user.id, "space": space_id})).first()
    space, role = (row[0], row[1]) if row is not None else (None, None)
    seat = judge(None if space is None else space.status, role, user, action)
    assert space is not None  # judge answers not_found for a space that does not exist
    return space, seat


async def classes_of(db: AsyncSession, user: User, space_id: int) -> frozenset[int]:
    """The classes whose group events the user receives in a space: the class a
    pupil came in with, the classes a teacher teaches."""
    if user.kind is AccountKind.teacher:
        query = select(SchoolClass.id).where(SchoolClass.teacher_id == user.id)
    else:
        query = cast(  # the column may be NULL, but those rows are left out
            "Select[int]",
            select(Membership.class_id).where(
                Membership.space_id == space_id,
                Membership.user_id == user.id,
                Membership.class_id.is_not(None),
            ),
        )
    return frozenset((await db.scalars(query)).all())
