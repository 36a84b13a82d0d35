"""Spaces (TwinSpaces), partner teachers and classes, membership and roles.

A teacher creates a space and becomes its teacher administrator; partner
teachers join with the space's invitation code; each teacher brings their own
classes (all pupils or chosen ones). A space nobody may see answers
``not_found``, never ``forbidden``, so ids reveal nothing to outsiders.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field, JsonValue, RootModel, StringConstraints
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from twinspace import api
from twinspace.access import access
from twinspace.accounts import require_teacher, school_view
from twinspace.api import ApiRoute, Operation
from twinspace.errors import AppError, Code, invalid
from twinspace.moderation.policy import Action, Seat, allowed, seat_for
from twinspace.realtime.protocol import SEAT_CHANGED
from twinspace.runtime import Runtime
from twinspace.schemas import NAME, STRIPPED, Id, Schema
from twinspace.sessions import Viewer
from twinspace.storage.models import (
    AccountKind,
    Audience,
    AuditEntry,
    Membership,
    Report,
    ReportState,
    ReviewItem,
    ReviewState,
    School,
    SchoolClass,
    Space,
    SpaceRole,
    SpaceStatus,
    User,
)
from twinspace.writepath import Change, Draft, EventSpec, Intent, write

Language = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
# Roles each kind of account may hold in a space.
ROLES_FOR_KIND = {
    AccountKind.teacher: {SpaceRole.teacher_admin, SpaceRole.teacher, SpaceRole.visitor},
    AccountKind.pupil: {SpaceRole.pupil_admin, SpaceRole.pupil, SpaceRole.visitor},
}


class Event(StrEnum):
    updated = "space.updated"  # title, description, languages or status (everyone)
    settings = "space.settings"  # the teacher administrators changed a setting (everyone)
    member_added = "member.added"  # a partner teacher joined, a class came in (staff)
    seat = SEAT_CHANGED  # someone's role changed or their membership ended (staff)


class SpaceIn(Schema):
    title: Annotated[str, StringConstraints(min_length=1, max_length=120), NAME]
    description: Annotated[str, StringConstraints(max_length=2000)] = ""
    languages: list[Language] = Field(default_factory=list, max_length=10)


class SpaceUpdate(Schema):
    title: Annotated[str, StringConstraints(min_length=1, max_length=120), NAME] | None = None
    description: Annotated[str, StringConstraints(max_length=2000)] | None = None
    languages: list[Language] | None = Field(default=None, max_length=10)


class JoinIn(Schema):
    code: Annotated[str, StringConstraints(min_length=1, max_length=32), STRIPPED]


class AddClassIn(Schema):
    class_id: Id
    pupil_ids: list[Id] | None = Field(default=None, max_length=200)


class RoleIn(Schema):
    role: SpaceRole


class SettingsChange(RootModel[dict[str, dict[str, JsonValue]]]):
    """{section: {setting: value}}: only the settings that change."""


def space_view(rt: Runtime, space: Space, seat: Seat) -> dict[str, Any]:
    settings = rt.registry.settings.parse(space.settings)
    denied = rt.registry.denied(seat, settings)
    return {
        "id": space.id,
        "title": space.title,
        "description": space.description,
        "languages": space.languages,
        "status": space.status.value,
        "my_role": seat.value,
        "can": sorted(
            a.value for a in Action if allowed(seat, a, space.status) and a not in denied
        ),
        "settings": settings.view(),
    }


def _about(space: Space) -> dict[str, Any]:
    """What everyone in a space may learn when it changes."""
    return {
        "id": space.id,
        "title": space.title,
        "description": space.description,
        "languages": space.languages,
        "status": space.status.value,
    }


def _new_code() -> str:
    # 10 characters of base32 without look-alikes: easy to read out in class.
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(10))


def _audit(draft: Draft, viewer: Viewer, action: str, target: str, **data: Any) -> None:
    draft.db.add(
        AuditEntry(
            space_id=draft.space.id,
            actor_id=viewer.user.id,
            action=action,
            target=target,
            data=data,
        )
    )


async def create_space(rt: Runtime, viewer: Viewer, data: SpaceIn) -> dict[str, Any]:
    """A new space, with its teacher as its teacher administrator. Not a write of
    the hallway: no space exists yet whose events it could join."""
    teacher = require_teacher(viewer)
    async with rt.writes.begin() as db:
        space = Space(
            title=data.title,
            description=data.description,
            languages=data.languages,
            invite_code=_new_code(),
            created_by=teacher.id,
            settings={},
        )
        db.add(space)
        await db.flush()
        db.add(Membership(space_id=space.id, user_id=teacher.id, role=SpaceRole.teacher_admin))
        return space_view(rt, space, Seat.teacher_admin)


async def my_spaces(rt: Runtime, viewer: Viewer) -> list[dict[str, Any]]:
    """Each space with the viewer's seat; where they may see its review queue, how
    many items wait in it, held content and open reports (``review_waiting``), else None."""
    async with rt.db() as db:
        rows = (
            await db.execute(
                select(Space, Membership.role)
                .join(Membership, Membership.space_id == Space.id)
                .where(Membership.user_id == viewer.user.id)
                .order_by(Space.title)
            )
        ).all()
        seats = {space.id: seat_for(viewer.user.kind, role) for space, role in rows}
        reviewing = [
            space.id
            for space, _ in rows
            if allowed(seats[space.id], Action.review_view, space.status)
        ]
        waiting = await _waiting(db, reviewing)
    views = []
    for space, _ in rows:
        view = space_view(rt, space, seats[space.id])
        view["review_waiting"] = waiting.get(space.id, 0) if space.id in reviewing else None
        views.append(view)
    return views


async def _waiting(db: AsyncSession, space_ids: list[int]) -> dict[int, int]:
    """How many items wait for a teacher in each of these spaces' review queues
    (those with none are left out): held content not yet decided, and reports not
    yet resolved, as the queue's own count in the space shows them. Two queries,
    whatever the number of spaces."""
    if not space_ids:
        return {}
    held = select(ReviewItem.space_id, func.count()).where(
        ReviewItem.space_id.in_(space_ids), ReviewItem.state == ReviewState.pending
    )
    reported = select(Report.space_id, func.count()).where(
        Report.space_id.in_(space_ids), Report.state != ReportState.resolved
    )
    waiting: dict[int, int] = {}
    for query, space_id in ((held, ReviewItem.space_id), (reported, Report.space_id)):
        for space, count in (await db.execute(query.group_by(space_id))).all():
            waiting[space] = waiting.get(space, 0) + count
    return waiting


async def get_space(rt: Runtime, viewer: Viewer, space_id: int) -> dict[str, Any]:
    async with rt.db() as db:
        space, seat = await access(db, viewer.user, space_id, Action.space_view)
        return space_view(rt, space, seat)


async def _space_write(
    rt: Runtime,
    viewer: Viewer,
    space_id: int,
    action: Action,
    change: Callable[[Space, Draft], list[EventSpec]],
) -> dict[str, Any]:
    """Change the space row itself through the hallway; ``change(space, draft)``
    returns the events, and the space's view is the result."""

    def persist(draft: Draft) -> Change:
        space = draft.db.get_one(Space, draft.space.id)  # draft.space is a read-only copy
        specs = change(space, draft)
        draft.db.flush()
        return Change(space_view(rt, space, draft.seat), specs)

    return await write(rt, viewer, Intent(space_id, action), persist)


async def update_space(
    rt: Runtime, viewer: Viewer, space_id: int, data: SpaceUpdate
) -> dict[str, Any]:
    def change(space: Space, draft: Draft) -> list[EventSpec]:
        for name, value in data.model_dump(exclude_none=True).items():
            setattr(space, name, value)
        return [EventSpec(Event.updated, _about(space))]

    return await _space_write(rt, viewer, space_id, Action.space_edit, change)


async def set_space_status(
    rt: Runtime, viewer: Viewer, space_id: int, status: SpaceStatus
) -> dict[str, Any]:
    action = Action.space_archive if status is SpaceStatus.archived else Action.space_reopen

    def change(space: Space, draft: Draft) -> list[EventSpec]:
        space.status = status
        _audit(draft, viewer, action.value, f"space:{space.id}")
        return [EventSpec(Event.updated, _about(space))]

    return await _space_write(rt, viewer, space_id, action, change)


async def change_settings(
    rt: Runtime, viewer: Viewer, space_id: int, data: SettingsChange
) -> dict[str, Any]:
    """Change some settings of some sections; each section is validated whole."""
    changes = data.root

    def change(space: Space, draft: Draft) -> list[EventSpec]:
        space.settings = rt.registry.settings.changed(space.settings, changes)
        _audit(draft, viewer, "space.settings", f"space:{space.id}", **changes)
        view = rt.registry.settings.parse(space.settings).view()
        return [EventSpec(Event.settings, {"id": space.id, "settings": view})]

    return await _space_write(rt, viewer, space_id, Action.space_settings, change)


async def invitation(rt: Runtime, viewer: Viewer, space_id: int) -> dict[str, Any]:
    async with rt.db() as db:
        space, _ = await access(db, viewer.user, space_id, Action.invitation_view)
        return {"code": space.invite_code}


async def renew_invitation(rt: Runtime, viewer: Viewer, space_id: int) -> dict[str, Any]:
    """A new code voids the old one."""

    def persist(draft: Draft) -> Change:
        space = draft.db.get_one(Space, draft.space.id)
        space.invite_code = _new_code()
        return Change({"code": space.invite_code})

    return await write(rt, viewer, Intent(space_id, Action.invitation_renew), persist)


def _added(draft: Draft, user_ids: list[int]) -> list[EventSpec]:
    """The staff's member lists grow (the newcomers have no socket there yet)."""
    if not user_ids:
        return []
    return [
        EventSpec(
            Event.member_added, {"space_id": draft.space.id, "user_ids": user_ids}, Audience.staff
        )
    ]


async def join(rt: Runtime, viewer: Viewer, data: JoinIn) -> dict[str, Any]:
    """A partner teacher joins a space with its invitation code."""
    teacher = require_teacher(viewer)
    async with rt.db() as db:
        space = await db.scalar(select(Space).where(Space.invite_code == data.code.upper()))
        if space is None:
            raise AppError(Code.not_found)
        role = await db.scalar(
            select(Membership.role).where(
                Membership.space_id == space.id, Membership.user_id == teacher.id
            )
        )
        if role is not None:  # already in: joining again changes nothing
            return space_view(rt, space, Seat(role.value))
    if space.status is SpaceStatus.archived:
        raise AppError(Code.space_archived)

    def persist(draft: Draft) -> Change:
        current = draft.db.get_one(Space, draft.space.id)
        if current.invite_code != data.code.upper():  # renewed meanwhile
            raise AppError(Code.not_found)
        draft.db.add(Membership(space_id=current.id, user_id=teacher.id, role=SpaceRole.teacher))
        return Change(space_view(rt, current, Seat.teacher), _added(draft, [teacher.id]))

    return await write(rt, viewer, Intent(space.id, Action.space_join), persist)


async def add_class(rt: Runtime, viewer: Viewer, space_id: int, data: AddClassIn) -> dict[str, Any]:
    """Bring one of the teacher's own classes in: all its pupils or the chosen ones."""

    def persist(draft: Draft) -> Change:
        school_class = draft.db.get(SchoolClass, data.class_id)
        if school_class is None or school_class.teacher_id != viewer.user.id:
            raise AppError(Code.not_found)
        query = select(User.id).where(User.class_id == school_class.id)
        if data.pupil_ids is not None:
            query = query.where(User.id.in_(data.pupil_ids))
        pupil_ids = set(draft.db.scalars(query).all())
        if data.pupil_ids is not None and pupil_ids != set(data.pupil_ids):
            raise AppError(Code.not_found)
        present = set(
            draft.db.scalars(
                select(Membership.user_id).where(
                    Membership.space_id == draft.space.id, Membership.user_id.in_(pupil_ids)
                )
            ).all()
        )
        added = sorted(pupil_ids - present)
        for pupil_id in added:
            draft.db.add(
                Membership(
                    space_id=draft.space.id,
                    user_id=pupil_id,
                    role=SpaceRole.pupil,
                    class_id=school_class.id,
                )
            )
        return Change({"added": len(added)}, _added(draft, added))

    return await write(rt, viewer, Intent(space_id, Action.class_add), persist)


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


def _membership(db: Session, space_id: int, user_id: int) -> Membership:
    found = db.scalar(
        select(Membership).where(Membership.space_id == space_id, Membership.user_id == user_id)
    )
    if found is None:
        raise AppError(Code.not_found)
    return found


def _keep_an_admin(db: Session, membership: Membership) -> None:
    """A space always keeps at least one teacher administrator."""
    if membership.role is not SpaceRole.teacher_admin:
        return
    admins = db.scalar(
        select(func.count()).where(
            Membership.space_id == membership.space_id,
            Membership.role == SpaceRole.teacher_admin,
        )
    )
    if admins == 1:
        raise AppError(Code.conflict)


def _seat_changed(draft: Draft, user_id: int, role: SpaceRole | None) -> EventSpec:
    """Every process's hub hears it and re-seats (or drops) that user's sockets."""
    data = {"space_id": draft.space.id, "user_id": user_id, "role": role and role.value}
    return EventSpec(Event.seat, data, Audience.staff)


async def change_role(
    rt: Runtime, viewer: Viewer, space_id: int, user_id: int, data: RoleIn
) -> dict[str, Any]:
    def persist(draft: Draft) -> Change:
        membership = _membership(draft.db, draft.space.id, user_id)
        member = draft.db.get_one(User, user_id)
        if data.role not in ROLES_FOR_KIND.get(member.kind, set()):
            raise invalid("role", "not_for_account")
        if data.role is not SpaceRole.teacher_admin:
            _keep_an_admin(draft.db, membership)
        _audit(
            draft,
            viewer,
            "member.role",
            f"user:{user_id}",
            **{"from": membership.role.value, "to": data.role.value},
        )
        membership.role = data.role
        result = {"user_id": user_id, "role": data.role.value}
        return Change(result, [_seat_changed(draft, user_id, data.role)])

    return await write(rt, viewer, Intent(space_id, Action.member_change_role), persist)


async def remove_member(rt: Runtime, viewer: Viewer, space_id: int, user_id: int) -> None:
    def persist(draft: Draft) -> Change:
        membership = _membership(draft.db, draft.space.id, user_id)
        _keep_an_admin(draft.db, membership)
        _audit(draft, viewer, "member.remove", f"user:{user_id}", role=membership.role.value)
        draft.db.delete(membership)
        return Change({"ok": True}, [_seat_changed(draft, user_id, None)])

    await write(rt, viewer, Intent(space_id, Action.member_remove), persist)


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


async def my_spaces_endpoint(call: api.Call) -> list[dict[str, Any]]:
    """The spaces the user is a member of; for their teachers, how many items wait for review."""
    return await my_spaces(call.rt, call.viewer)


async def create_space_endpoint(call: api.Call) -> dict[str, Any]:
    """A new space, with its teacher as its teacher administrator."""
    return await create_space(call.rt, call.viewer, call.body)


async def space_endpoint(call: api.Call) -> dict[str, Any]:
    """A space as the user sees it: their role, what they may do, its settings."""
    return await get_space(call.rt, call.viewer, call.path["space_id"])


async def update_space_endpoint(call: api.Call) -> dict[str, Any]:
    """Change a space's title, description or languages."""
    return await update_space(call.rt, call.viewer, call.path["space_id"], call.body)


async def archive_endpoint(call: api.Call) -> dict[str, Any]:
    """Archive a space: it can be read, not written."""
    space_id = call.path["space_id"]
    return await set_space_status(call.rt, call.viewer, space_id, SpaceStatus.archived)


async def reopen_endpoint(call: api.Call) -> dict[str, Any]:
    """Open an archived space again."""
    space_id = call.path["space_id"]
    return await set_space_status(call.rt, call.viewer, space_id, SpaceStatus.open)


async def invitation_endpoint(call: api.Call) -> dict[str, Any]:
    """The space's invitation code for partner teachers."""
    return await invitation(call.rt, call.viewer, call.path["space_id"])


async def renew_invitation_endpoint(call: api.Call) -> dict[str, Any]:
    """A new invitation code; the old one no longer works."""
    return await renew_invitation(call.rt, call.viewer, call.path["space_id"])


async def settings_endpoint(call: api.Call) -> dict[str, Any]:
    """Change some of the space's settings, section by section."""
    return await change_settings(call.rt, call.viewer, call.path["space_id"], call.body)


async def join_endpoint(call: api.Call) -> dict[str, Any]:
    """A partner teacher joins a space with its invitation code."""
    return await join(call.rt, call.viewer, call.body)


async def space_classes_endpoint(call: api.Call) -> dict[str, Any]:
    """Bring one of the teacher's classes into the space (all pupils or some)."""
    return await add_class(call.rt, call.viewer, call.path["space_id"], call.body)


async def members_endpoint(call: api.Call) -> list[dict[str, Any]]:
    """The space's members, with their roles, schools and classes."""
    return await members(call.rt, call.viewer, call.path["space_id"])


async def change_role_endpoint(call: api.Call) -> dict[str, Any]:
    """Change a member's role in the space."""
    space_id, user_id = call.path["space_id"], call.path["user_id"]
    return await change_role(call.rt, call.viewer, space_id, user_id, call.body)


async def remove_member_endpoint(call: api.Call) -> dict[str, Any]:
    """Take someone out of the space."""
    await remove_member(call.rt, call.viewer, call.path["space_id"], call.path["user_id"])
    return {"ok": True}


async def profile_endpoint(call: api.Call) -> dict[str, Any]:
    """A member's profile, for those who share a space with them."""
    return await profile(call.rt, call.viewer, call.path["user_id"])


_SPACE = {"space_id": "/id"}
_CODE = {"code": "/code"}  # the invitation code a partner teacher joins with

routes = [
    ApiRoute(
        "/spaces",
        get=Operation(my_spaces_endpoint, gives={"space_id": "/0/id"}),
        post=Operation(create_space_endpoint, body=SpaceIn, status=201, gives=_SPACE),
    ),
    ApiRoute("/spaces/join", post=Operation(join_endpoint, body=JoinIn, gives=_SPACE)),
    ApiRoute(
        "/spaces/{space_id:id}",
        get=space_endpoint,
        patch=Operation(update_space_endpoint, body=SpaceUpdate),
    ),
    ApiRoute("/spaces/{space_id:id}/archive", post=archive_endpoint),
    ApiRoute("/spaces/{space_id:id}/reopen", post=reopen_endpoint),
    ApiRoute(
        "/spaces/{space_id:id}/invitation",
        get=Operation(invitation_endpoint, gives=_CODE),
        post=Operation(renew_invitation_endpoint, gives=_CODE),
    ),
    ApiRoute(
        "/spaces/{space_id:id}/settings", patch=Operation(settings_endpoint, body=SettingsChange)
    ),
    ApiRoute(
        "/spaces/{space_id:id}/classes", post=Operation(space_classes_endpoint, body=AddClassIn)
    ),
    ApiRoute(
        "/spaces/{space_id:id}/members",
        get=Operation(members_endpoint, gives={"user_id": "/0/user_id"}),
    ),
    ApiRoute(
        "/spaces/{space_id:id}/members/{user_id:id}",
        patch=Operation(change_role_endpoint, body=RoleIn),
        delete=remove_member_endpoint,
    ),
    ApiRoute("/users/{user_id:id}", get=profile_endpoint),
]
