"""Spaces (TwinSpaces), partner teachers and classes, membership and roles.

A teacher creates a space and becomes its teacher administrator; partner
teachers join with the space's invitation code; each teacher brings their own
classes (all pupils or chosen ones). A space nobody may see answers
``not_found``, never ``forbidden``, so ids reveal nothing to outsiders.
"""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from pydantic import Field, StringConstraints
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from twinspace import api
from twinspace.access import access
from twinspace.accounts import Schema, Text, require_teacher, school_view
from twinspace.errors import AppError, Code, invalid
from twinspace.moderation.policy import Action, Seat, allowed
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage.models import (
    AccountKind,
    AuditEntry,
    Membership,
    School,
    SchoolClass,
    Space,
    SpaceRole,
    SpaceStatus,
    User,
)

Language = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
# Roles each kind of account may hold in a space.
ROLES_FOR_KIND = {
    AccountKind.teacher: {SpaceRole.teacher_admin, SpaceRole.teacher, SpaceRole.visitor},
    AccountKind.pupil: {SpaceRole.pupil_admin, SpaceRole.pupil, SpaceRole.visitor},
}


class SpaceIn(Schema):
    title: Annotated[Text, StringConstraints(max_length=120)]
    description: Annotated[str, StringConstraints(max_length=2000)] = ""
    languages: list[Language] = Field(default_factory=list, max_length=10)


class SpaceUpdate(Schema):
    title: Annotated[Text, StringConstraints(max_length=120)] | None = None
    description: Annotated[str, StringConstraints(max_length=2000)] | None = None
    languages: list[Language] | None = Field(default=None, max_length=10)


class JoinIn(Schema):
    code: Annotated[Text, StringConstraints(max_length=32)]


class AddClassIn(Schema):
    class_id: int
    pupil_ids: list[int] | None = Field(default=None, max_length=200)


class RoleIn(Schema):
    role: SpaceRole


def space_view(space: Space, seat: Seat) -> dict[str, Any]:
    return {
        "id": space.id,
        "title": space.title,
        "description": space.description,
        "languages": space.languages,
        "status": space.status.value,
        "my_role": seat.value,
        "can": sorted(a.value for a in Action if allowed(seat, a, space.status)),
        "moderation": {
            "screening_level": space.screening_level,
            "premoderated": space.premoderated,
            "allowed_domains": space.allowed_domains,
            "chat_policy": space.chat_policy.value,
            "chat_hours": space.chat_hours,
            "timezone": space.timezone,
        },
    }


def _new_code() -> str:
    # 10 characters of base32 without look-alikes: easy to read out in class.
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(10))


async def create_space(rt: Runtime, viewer: Viewer, data: SpaceIn) -> dict[str, Any]:
    teacher = require_teacher(viewer)
    async with rt.writes.begin() as db:
        space = Space(
            title=data.title,
            description=data.description,
            languages=data.languages,
            invite_code=_new_code(),
            created_by=teacher.id,
        )
        db.add(space)
        await db.flush()
        db.add(Membership(space_id=space.id, user_id=teacher.id, role=SpaceRole.teacher_admin))
        return space_view(space, Seat.teacher_admin)


async def my_spaces(rt: Runtime, viewer: Viewer) -> list[dict[str, Any]]:
    async with rt.db() as db:
        rows = (
            await db.execute(
                select(Space, Membership.role)
                .join(Membership, Membership.space_id == Space.id)
                .where(Membership.user_id == viewer.user.id)
                .order_by(Space.title)
            )
        ).all()
    return [space_view(space, Seat(role.value)) for space, role in rows]


async def get_space(rt: Runtime, viewer: Viewer, space_id: int) -> dict[str, Any]:
    async with rt.db() as db:
        space, seat = await access(db, viewer.user, space_id, Action.space_view)
        return space_view(space, seat)


async def update_space(
    rt: Runtime, viewer: Viewer, space_id: int, data: SpaceUpdate
) -> dict[str, Any]:
    async with rt.writes.begin() as db:
        space, seat = await access(db, viewer.user, space_id, Action.space_edit)
        for name, value in data.model_dump(exclude_none=True).items():
            setattr(space, name, value)
        return space_view(space, seat)


async def set_space_status(
    rt: Runtime, viewer: Viewer, space_id: int, status: SpaceStatus
) -> dict[str, Any]:
    action = Action.space_archive if status is SpaceStatus.archived else Action.space_reopen
    async with rt.writes.begin() as db:
        space, seat = await access(db, viewer.user, space_id, action)
        space.status = status
        db.add(
            AuditEntry(
                space_id=space.id,
                actor_id=viewer.user.id,
                action=action.value,
                target=f"space:{space.id}",
            )
        )
        return space_view(space, seat)


async def invitation(rt: Runtime, viewer: Viewer, space_id: int, renew: bool) -> dict[str, Any]:
    action = Action.invitation_renew if renew else Action.invitation_view
    async with rt.writes.begin() as db:
        space, _ = await access(db, viewer.user, space_id, action)
        if renew:
            space.invite_code = _new_code()
        return {"code": space.invite_code}


async def join(rt: Runtime, viewer: Viewer, data: JoinIn) -> dict[str, Any]:
    """A partner teacher joins a space with its invitation code."""
    teacher = require_teacher(viewer)
    async with rt.writes.begin() as db:
        space = await db.scalar(select(Space).where(Space.invite_code == data.code.upper()))
        if space is None:
            raise AppError(Code.not_found)
        if space.status is SpaceStatus.archived:
            raise AppError(Code.space_archived)
        role = await db.scalar(
            select(Membership.role).where(
                Membership.space_id == space.id, Membership.user_id == teacher.id
            )
        )
        if role is None:
            role = SpaceRole.teacher
            db.add(Membership(space_id=space.id, user_id=teacher.id, role=role))
        return space_view(space, Seat(role.value))


async def add_class(rt: Runtime, viewer: Viewer, space_id: int, data: AddClassIn) -> dict[str, Any]:
    """Bring one of the teacher's own classes in: all its pupils or the chosen ones."""
    async with rt.writes.begin() as db:
        space, _ = await access(db, viewer.user, space_id, Action.class_add)
        school_class = await db.get(SchoolClass, data.class_id)
        if school_class is None or school_class.teacher_id != viewer.user.id:
            raise AppError(Code.not_found)
        query = select(User.id).where(User.class_id == school_class.id)
        if data.pupil_ids is not None:
            query = query.where(User.id.in_(data.pupil_ids))
        pupil_ids = set((await db.scalars(query)).all())
        if data.pupil_ids is not None and pupil_ids != set(data.pupil_ids):
            raise AppError(Code.not_found)
        present = set(
            (
                await db.scalars(
                    select(Membership.user_id).where(
                        Membership.space_id == space.id, Membership.user_id.in_(pupil_ids)
                    )
                )
            ).all()
        )
        for pupil_id in sorted(pupil_ids - present):
            db.add(
                Membership(
                    space_id=space.id,
                    user_id=pupil_id,
                    role=SpaceRole.pupil,
                    class_id=school_class.id,
                )
            )
        return {"added": len(pupil_ids - present)}


async def members(rt: Runtime, viewer: Viewer, space_id: int) -> list[dict[str, Any]]:
    async with rt.db() as db:
        await access(db, viewer.user, space_id, Action.members_view)
        rows = (
            await db.execute(
                select(User, Membership.role, School, SchoolClass.name)
                .join(Membership, Membership.user_id == User.id)
                .outerjoin(School, School.id == User.school_id)
                .outerjoin(SchoolClass, SchoolClass.id == Membership.class_id)
                .where(Membership.space_id == space_id)
                .order_by(User.kind.desc(), User.display_name)
            )
        ).all()
    return [
        {
            "user_id": user.id,
            "display_name": user.display_name,
            "kind": user.kind.value,
            "role": role.value,
            "school": school_view(school) if school else None,
            "class_name": class_name,
        }
        for user, role, school, class_name in rows
    ]


async def _membership(db: AsyncSession, space_id: int, user_id: int) -> Membership:
    found = await db.scalar(
        select(Membership).where(Membership.space_id == space_id, Membership.user_id == user_id)
    )
    if found is None:
        raise AppError(Code.not_found)
    return found


async def _keep_an_admin(db: AsyncSession, membership: Membership) -> None:
    """A space always keeps at least one teacher administrator."""
    if membership.role is not SpaceRole.teacher_admin:
        return
    admins = await db.scalar(
        select(func.count()).where(
            Membership.space_id == membership.space_id,
            Membership.role == SpaceRole.teacher_admin,
        )
    )
    if admins == 1:
        raise AppError(Code.conflict)


async def change_role(
    rt: Runtime, viewer: Viewer, space_id: int, user_id: int, data: RoleIn
) -> dict[str, Any]:
    async with rt.writes.begin() as db:
        space, _ = await access(db, viewer.user, space_id, Action.member_change_role)
        membership = await _membership(db, space.id, user_id)
        member = await db.get_one(User, user_id)
        if data.role not in ROLES_FOR_KIND.get(member.kind, set()):
            raise invalid("role", "not_for_account")
        if data.role is not SpaceRole.teacher_admin:
            await _keep_an_admin(db, membership)
        db.add(
            AuditEntry(
                space_id=space.id,
                actor_id=viewer.user.id,
                action="member.role",
                target=f"user:{user_id}",
                data={"from": membership.role.value, "to": data.role.value},
            )
        )
        membership.role = data.role
        return {"user_id": user_id, "role": data.role.value}


async def remove_member(rt: Runtime, viewer: Viewer, space_id: int, user_id: int) -> None:
    async with rt.writes.begin() as db:
        space, _ = await access(db, viewer.user, space_id, Action.member_remove)
        membership = await _membership(db, space.id, user_id)
        await _keep_an_admin(db, membership)
        db.add(
            AuditEntry(
                space_id=space.id,
                actor_id=viewer.user.id,
                action="member.remove",
                target=f"user:{user_id}",
                data={"role": membership.role.value},
            )
        )
        await db.delete(membership)


async def profile(rt: Runtime, viewer: Viewer, user_id: int) -> dict[str, Any]:
    """A member's profile, only for someone who shares a space with them and may see its members.

    Visitors may not list members, so a shared space in which the viewer is
    a visitor does not reveal anyone either.
    """
    async with rt.db() as db:
        user = await db.get(User, user_id)
        if user is None:
            raise AppError(Code.not_found)
        if user.id != viewer.user.id and viewer.user.kind not in (
            AccountKind.moderator,
            AccountKind.admin,
        ):
            mine = select(Membership.space_id).where(
                Membership.user_id == viewer.user.id, Membership.role != SpaceRole.visitor
            )
            shared = await db.scalar(
                select(func.count()).where(
                    Membership.user_id == user.id, Membership.space_id.in_(mine)
                )
            )
            if not shared:
                raise AppError(Code.not_found)
        school = await db.get(School, user.school_id) if user.school_id else None
    return {
        "id": user.id,
        "display_name": user.display_name,
        "kind": user.kind.value,
        "school": school_view(school) if school else None,
    }


# ---------------------------------------------------------------- routes


def _space_id(request: Request) -> int:
    return request.path_params["space_id"]  # type: ignore[no-any-return]


async def spaces_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    rt = api.runtime(request)
    if request.method == "POST":
        return api.ok(await create_space(rt, viewer, await api.body(request, SpaceIn)), 201)
    return api.ok(await my_spaces(rt, viewer))


async def space_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    rt = api.runtime(request)
    if request.method == "PATCH":
        data = await api.body(request, SpaceUpdate)
        return api.ok(await update_space(rt, viewer, _space_id(request), data))
    return api.ok(await get_space(rt, viewer, _space_id(request)))


async def archive_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    return api.ok(
        await set_space_status(
            api.runtime(request), viewer, _space_id(request), SpaceStatus.archived
        )
    )


async def reopen_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    return api.ok(
        await set_space_status(api.runtime(request), viewer, _space_id(request), SpaceStatus.open)
    )


async def invitation_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    renew = request.method == "POST"
    return api.ok(await invitation(api.runtime(request), viewer, _space_id(request), renew))


async def join_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    return api.ok(await join(api.runtime(request), viewer, await api.body(request, JoinIn)))


async def space_classes_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    data = await api.body(request, AddClassIn)
    return api.ok(await add_class(api.runtime(request), viewer, _space_id(request), data))


async def members_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    return api.ok(await members(api.runtime(request), viewer, _space_id(request)))


async def member_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    rt = api.runtime(request)
    user_id = request.path_params["user_id"]
    if request.method == "DELETE":
        await remove_member(rt, viewer, _space_id(request), user_id)
        return api.ok({"ok": True})
    data = await api.body(request, RoleIn)
    return api.ok(await change_role(rt, viewer, _space_id(request), user_id, data))


async def profile_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    return api.ok(await profile(api.runtime(request), viewer, request.path_params["user_id"]))


routes = [
    Route("/spaces", spaces_endpoint, methods=["GET", "POST"]),
    Route("/spaces/join", join_endpoint, methods=["POST"]),
    Route("/spaces/{space_id:int}", space_endpoint, methods=["GET", "PATCH"]),
    Route("/spaces/{space_id:int}/archive", archive_endpoint, methods=["POST"]),
    Route("/spaces/{space_id:int}/reopen", reopen_endpoint, methods=["POST"]),
    Route("/spaces/{space_id:int}/invitation", invitation_endpoint, methods=["GET", "POST"]),
    Route("/spaces/{space_id:int}/classes", space_classes_endpoint, methods=["POST"]),
    Route("/spaces/{space_id:int}/members", members_endpoint, methods=["GET"]),
    Route(
        "/spaces/{space_id:int}/members/{user_id:int}",
        member_endpoint,
        methods=["PATCH", "DELETE"],
    ),
    Route("/users/{user_id:int}", profile_endpoint, methods=["GET"]),
]
