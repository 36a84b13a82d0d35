"""``access``: the one place that turns (user, space, action) into allowed or an error.

Below the features and the real-time layer, so both the HTTP routes, the write
path and the WebSocket gateway ask the same question the same way.
"""

from __future__ import annotations

from typing import Any

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


# A socket's subscribe asks for its seat and its classes; sockets subscribing
# together ask in one query: these spaces, with these users' memberships of them.
_SEATS = (
    select(Space.id, Space.status, Membership.user_id, Membership.role, Membership.class_id)
    .outerjoin(
        Membership,
        (Membership.space_id == Space.id)
        & Membership.user_id.in_(bindparam("users", expanding=True)),
    )
    .where(Space.id.in_(bindparam("spaces", expanding=True)))
)
_TAUGHT = select(SchoolClass.teacher_id, SchoolClass.id).where(
    SchoolClass.teacher_id.in_(bindparam("teachers", expanding=True))
)

# A user's seat in a space with the classes whose group events they receive
# there, or the error ``access`` gives.
Viewing = tuple[Seat, frozenset[int]] | AppError


async def view_many(
    db: AsyncSession, asks: set[tuple[User, int]]
) -> dict[tuple[User, int], Viewing]:
    """For each (user, space): ``access`` for ``space_view``, and the classes whose
    group events the user receives there (the class a pupil came in with, the
    classes a teacher teaches), in two queries for all of them."""
    if not asks:
        return {}
    users = {user.id for user, _ in asks}
    spaces = {space_id for _, space_id in asks}
    status: dict[int, SpaceStatus] = {}
    joined: dict[tuple[int, int], tuple[SpaceRole | None, int | None]] = {}
    for row in await db.execute(_SEATS, {"users": list(users), "spaces": list(spaces)}):
        status[row.id] = row.status
        if row.user_id is not None:
            joined[(row.id, row.user_id)] = (row.role, row.class_id)
    teachers = {user.id for user, _ in asks if user.kind is AccountKind.teacher}
    taught: dict[int, set[int]] = {}
    if teachers:
        for taught_by, taught_class in await db.execute(_TAUGHT, {"teachers": list(teachers)}):
            taught.setdefault(taught_by, set()).add(taught_class)
    found: dict[tuple[User, int], Viewing] = {}
    for user, space_id in asks:
        role, class_id = joined.get((space_id, user.id), (None, None))
        try:
            seat = judge(status.get(space_id), role, user, Action.space_view)
        except AppError as error:
            found[(user, space_id)] = error
            continue
        if user.kind is AccountKind.teacher:
            classes = frozenset(taught.get(user.id, ()))
        else:
            classes = frozenset(() if class_id is None else (class_id,))
        found[(user, space_id)] = (seat, classes)
    return found
