"""The teachers' and moderators' work: review queue, reports, removals, mutes, audit.

A feature like the others: every decision is a write through the write path,
so approving a held message is delivered like any message, and every action
leaves an audit entry in the same transaction. The audit log can be read here
and nowhere changed.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any, Literal, Protocol
from zoneinfo import available_timezones

from pydantic import Field, StringConstraints, model_validator
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from twinspace import api, chat
from twinspace.access import access
from twinspace.accounts import Schema
from twinspace.errors import AppError, Code, invalid
from twinspace.moderation import sanitize
from twinspace.moderation.policy import STAFF_SEATS, Action, Seat, seat_for
from twinspace.moderation.screening import Level
from twinspace.realtime.protocol import Command
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.spaces import space_view
from twinspace.storage.models import (
    AccountKind,
    Audience,
    AuditEntry,
    ChatPolicy,
    Membership,
    Mute,
    Report,
    ReportState,
    ReviewItem,
    ReviewState,
    Space,
    User,
    utcnow,
)
from twinspace.writepath import (
    Change,
    Draft,
    EventSpec,
    Intent,
    review_item_view,
    target,
    write,
)

# A week: long enough for "until the next lesson" over a weekend or a trip;
# anything longer is a conversation with the pupil and their parents.
MAX_MUTE_MINUTES = 7 * 24 * 60
Note = Annotated[str, StringConstraints(max_length=500)]
# A host name such as "europa.eu" or "museum.example.org" (no scheme, no path).
DOMAIN = r"^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"


class Moderated(Protocol):
    """A kind of content the moderation tools act on. Synchronous, so its
    decisions run inside the write path's transaction."""

    kind: str

    def locate(self, db: Session, content_id: int) -> tuple[int, int] | None: ...

    def approve(self, db: Session, content_id: int, text: str | None) -> list[EventSpec]: ...

    def reject(self, db: Session, content_id: int, note: str) -> list[EventSpec]: ...

    def remove(self, db: Session, content_id: int) -> list[EventSpec]: ...

    def text(self, db: Session, content_id: int) -> str: ...

    def readable(self, db: Session, content_id: int, seat: Seat, user_id: int) -> bool: ...


CONTENT: dict[str, Moderated] = {chat.moderation.kind: chat.moderation}
ContentKind = Literal["chat.message"]


class Decide(Schema):
    item_id: int
    decision: Literal["approve", "reject"]
    note: Note = ""
    text: Annotated[str, StringConstraints(min_length=1, max_length=chat.MAX_CHAT_CHARS)] | None = (
        None  # edit, then approve
    )


class ReportIn(Schema):
    content_kind: ContentKind
    content_id: int
    reason: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]


class ReportHandle(Schema):
    report_id: int
    action: Literal["escalate", "resolve"]
    note: Note = ""


class RemoveIn(Schema):
    content_kind: ContentKind
    content_id: int
    reason: Note = ""


class MuteIn(Schema):
    space_id: int
    user_id: int
    minutes: Annotated[int, Field(ge=0, le=MAX_MUTE_MINUTES)]  # 0 lifts the mute
    reason: Note = ""


class Hours(Schema):
    days: list[Annotated[int, Field(ge=1, le=7)]] = Field(min_length=1, max_length=7)
    start: Annotated[str, StringConstraints(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]
    end: Annotated[str, StringConstraints(pattern=r"^(([01]\d|2[0-3]):[0-5]\d|24:00)$")]

    @model_validator(mode="after")
    def _starts_before_it_ends(self) -> Hours:
        if self.start >= self.end:
            raise ValueError("start must come before end")
        return self


class SettingsIn(Schema):
    screening_level: Annotated[Level, Field(strict=False)] | None = None
    premoderated: list[Literal["chat"]] | None = None
    allowed_domains: (
        list[Annotated[str, StringConstraints(to_lower=True, pattern=DOMAIN, max_length=253)]]
        | None
    ) = Field(default=None, max_length=50)
    chat_policy: Annotated[ChatPolicy, Field(strict=False)] | None = None
    chat_hours: Hours | None = None
    timezone: Annotated[str, StringConstraints(max_length=60)] | None = None


def _audit(
    draft: Draft, viewer: Viewer, action: str, target: str, reason: str = "", **data: Any
) -> None:
    draft.db.add(
        AuditEntry(
            space_id=draft.space.id,
            actor_id=viewer.user.id,
            action=action,
            target=target,
            reason=reason,
            data=data,
        )
    )


async def _content(rt: Runtime, kind: str, content_id: int) -> tuple[Moderated, int, int]:
    """The content's handler, space id and author id, or not_found."""
    handler = CONTENT[kind]
    async with rt.db() as db:
        found = await db.run_sync(handler.locate, content_id)
    if found is None:
        raise AppError(Code.not_found)
    return handler, *found


# ---------------------------------------------------------------- review queue


async def decide(
    rt: Runtime, viewer: Viewer, data: Decide, command_key: str | None
) -> dict[str, Any]:
    item = await target(rt, ReviewItem, data.item_id)
    text = None if data.text is None else sanitize.plain_text(data.text)
    if text == "":
        raise invalid("text", "empty")

    def persist(draft: Draft) -> Change:
        current = draft.db.get_one(ReviewItem, data.item_id)
        if current.state is not ReviewState.pending:
            raise AppError(Code.conflict)
        handler = CONTENT[current.content_kind]
        if data.decision == "approve":
            current.state = ReviewState.approved
            released = handler.approve(draft.db, current.content_id, text)
        else:
            current.state = ReviewState.rejected
            released = handler.reject(draft.db, current.content_id, data.note)
        current.decided_by, current.decided_at, current.note = viewer.user.id, utcnow(), data.note
        _audit(
            draft,
            viewer,
            f"review.{data.decision}",
            f"{current.content_kind}:{current.content_id}",
            data.note,
            edited=text is not None,
        )
        author = draft.db.get_one(User, current.author_id)
        view = review_item_view(current, author.display_name, "")
        return Change(view, [*released, EventSpec("review.decided", view, Audience.staff)])

    intent = Intent(item.space_id, Action.review_decide, None, command_key)
    return await write(rt, viewer, intent, persist)


async def queue(rt: Runtime, viewer: Viewer, space_id: int) -> list[dict[str, Any]]:
    async with rt.db() as db:
        await access(db, viewer.user, space_id, Action.review_view)
        rows = (
            await db.execute(
                select(ReviewItem, User.display_name)
                .join(User, User.id == ReviewItem.author_id)
                .where(ReviewItem.space_id == space_id, ReviewItem.state == ReviewState.pending)
                .order_by(ReviewItem.id)
            )
        ).all()
        return [
            review_item_view(
                item, name, await db.run_sync(CONTENT[item.content_kind].text, item.content_id)
            )
            for item, name in rows
        ]


# ---------------------------------------------------------------- reports


def report_view(report: Report, excerpt: str, author_id: int | None) -> dict[str, Any]:
    """A report with what was reported (its text and author) for the teacher."""
    return {
        "id": report.id,
        "space_id": report.space_id,
        "content_kind": report.content_kind,
        "content_id": report.content_id,
        "content_author_id": author_id,
        "excerpt": excerpt,
        "reporter_id": report.reporter_id,
        "reason": report.reason,
        "state": report.state.value,
        "created_at": report.created_at.isoformat() if report.created_at else None,
    }


def _report_view(db: Session, report: Report) -> dict[str, Any]:
    handler = CONTENT[report.content_kind]
    found = handler.locate(db, report.content_id)
    return report_view(report, handler.text(db, report.content_id), found[1] if found else None)


async def create_report(
    rt: Runtime, viewer: Viewer, data: ReportIn, command_key: str | None
) -> dict[str, Any]:
    _, space_id, _ = await _content(rt, data.content_kind, data.content_id)

    def persist(draft: Draft) -> Change:
        # Nobody reports (and so reads) what they could not see.
        if not CONTENT[data.content_kind].readable(
            draft.db, data.content_id, draft.seat, viewer.user.id
        ):
            raise AppError(Code.not_found)
        report = Report(
            space_id=space_id,
            content_kind=data.content_kind,
            content_id=data.content_id,
            reporter_id=viewer.user.id,
            reason=sanitize.plain_text(data.reason),
            created_at=utcnow(),
        )
        draft.db.add(report)
        draft.db.flush()
        view = _report_view(draft.db, report)
        return Change(view, [EventSpec("report.created", view, Audience.staff)])

    return await write(
        rt, viewer, Intent(space_id, Action.report_create, None, command_key), persist
    )


async def handle_report(
    rt: Runtime, viewer: Viewer, data: ReportHandle, command_key: str | None
) -> dict[str, Any]:
    """Escalate to the platform moderators, or mark resolved."""
    report = await target(rt, Report, data.report_id)

    def persist(draft: Draft) -> Change:
        current = draft.db.get_one(Report, data.report_id)
        if current.state is ReportState.resolved:
            raise AppError(Code.conflict)
        current.state = ReportState.escalated if data.action == "escalate" else ReportState.resolved
        current.handled_by, current.handled_at = viewer.user.id, utcnow()
        _audit(draft, viewer, f"report.{data.action}", f"report:{current.id}", data.note)
        view = _report_view(draft.db, current)
        return Change(view, [EventSpec("report.updated", view, Audience.staff)])

    return await write(
        rt, viewer, Intent(report.space_id, Action.report_handle, None, command_key), persist
    )


async def reports(rt: Runtime, viewer: Viewer, space_id: int | None) -> list[dict[str, Any]]:
    """A space's open and escalated reports; without a space, the platform's escalated ones."""
    async with rt.db() as db:
        query = select(Report).order_by(Report.id)
        if space_id is not None:
            await access(db, viewer.user, space_id, Action.report_view)
            query = query.where(Report.space_id == space_id, Report.state != ReportState.resolved)
        elif viewer.user.kind in (AccountKind.moderator, AccountKind.admin):
            query = query.where(Report.state == ReportState.escalated)
        else:
            raise AppError(Code.forbidden)
        found = (await db.scalars(query.limit(500))).all()
        return [await db.run_sync(_report_view, report) for report in found]


async def remove_content(
    rt: Runtime, viewer: Viewer, data: RemoveIn, command_key: str | None
) -> dict[str, Any]:
    """Take content down at once (kept for the audit); its open reports are resolved."""
    handler, space_id, author_id = await _content(rt, data.content_kind, data.content_id)

    def persist(draft: Draft) -> Change:
        gone = handler.remove(draft.db, data.content_id)
        open_reports = (
            draft.db.scalars(
                select(Report).where(
                    Report.content_kind == data.content_kind,
                    Report.content_id == data.content_id,
                    Report.state != ReportState.resolved,
                )
            )
        ).all()
        for report in open_reports:
            report.state, report.handled_by, report.handled_at = (
                ReportState.resolved,
                viewer.user.id,
                utcnow(),
            )
            view = _report_view(draft.db, report)
            gone.append(EventSpec("report.updated", view, Audience.staff))
        _audit(
            draft,
            viewer,
            "content.remove",
            f"{data.content_kind}:{data.content_id}",
            data.reason,
            author_id=author_id,
        )
        return Change({"removed": True, "resolved_reports": len(open_reports)}, gone)

    return await write(
        rt, viewer, Intent(space_id, Action.content_remove, None, command_key), persist
    )


# ---------------------------------------------------------------- mutes


async def mute(
    rt: Runtime, viewer: Viewer, data: MuteIn, command_key: str | None
) -> dict[str, Any]:
    """Mute a pupil or visitor in a space for some minutes (0 lifts it). Teachers can't be muted."""

    def persist(draft: Draft) -> Change:
        member = draft.db.scalar(
            select(Membership).where(
                Membership.space_id == draft.space.id, Membership.user_id == data.user_id
            )
        )
        target = draft.db.get(User, data.user_id)
        if member is None or target is None:
            raise AppError(Code.not_found)
        if seat_for(target.kind, member.role) in STAFF_SEATS:
            raise AppError(Code.forbidden)
        now = utcnow()
        active = (
            draft.db.scalars(
                select(Mute).where(
                    Mute.space_id == draft.space.id, Mute.user_id == data.user_id, Mute.until > now
                )
            )
        ).all()
        for existing in active:
            existing.until = now
        until = now + timedelta(minutes=data.minutes)
        if data.minutes:
            draft.db.add(
                Mute(
                    space_id=draft.space.id,
                    user_id=data.user_id,
                    until=until,
                    reason=data.reason,
                    muted_by=viewer.user.id,
                )
            )
        action = "member.mute" if data.minutes else "member.unmute"
        _audit(draft, viewer, action, f"user:{data.user_id}", data.reason, minutes=data.minutes)
        view = {
            "space_id": draft.space.id,
            "user_id": data.user_id,
            "until": until.isoformat() if data.minutes else None,
        }
        return Change(
            view,
            [
                EventSpec("member.muted", view, Audience.user, data.user_id),
                EventSpec("member.muted", view, Audience.staff),
            ],
        )

    return await write(
        rt, viewer, Intent(data.space_id, Action.member_mute, None, command_key), persist
    )


# ---------------------------------------------------------------- settings and audit


async def change_settings(
    rt: Runtime, viewer: Viewer, space_id: int, data: SettingsIn
) -> dict[str, Any]:
    if data.timezone is not None and data.timezone not in available_timezones():
        raise invalid("timezone", "unknown")
    changes = data.model_dump(exclude_none=True, mode="json")

    def persist(draft: Draft) -> Change:
        space = draft.db.get_one(Space, draft.space.id)  # draft.space is a read-only copy
        hours = changes.get("chat_hours", space.chat_hours)
        if changes.get("chat_policy") == ChatPolicy.hours and not hours:
            raise invalid("chat_hours", "missing")
        for name, value in changes.items():
            setattr(space, name, ChatPolicy(value) if name == "chat_policy" else value)
        _audit(draft, viewer, "moderation.settings", f"space:{space.id}", **changes)
        view = space_view(space, draft.seat)["moderation"]
        return Change(view, [EventSpec("space.moderation", view, Audience.staff)])

    return await write(rt, viewer, Intent(space_id, Action.moderation_settings), persist)


async def audit_log(
    rt: Runtime, viewer: Viewer, space_id: int, before: int | None
) -> list[dict[str, Any]]:
    async with rt.db() as db:
        await access(db, viewer.user, space_id, Action.audit_view)
        query = (
            select(AuditEntry, User.display_name)
            .outerjoin(User, User.id == AuditEntry.actor_id)
            .where(AuditEntry.space_id == space_id)
            .order_by(AuditEntry.id.desc())
            .limit(100)
        )
        if before is not None:
            query = query.where(AuditEntry.id < before)
        rows = (await db.execute(query)).all()
    return [
        {
            "id": e.id,
            "actor": {"id": e.actor_id, "display_name": name},
            "action": e.action,
            "target": e.target,
            "reason": e.reason,
            "data": e.data,
            "created_at": e.created_at.isoformat(),
        }
        for e, name in rows
    ]


# ---------------------------------------------------------------- routes


def _space_id(request: Request) -> int:
    return request.path_params["space_id"]  # type: ignore[no-any-return]


async def queue_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    return api.ok(await queue(api.runtime(request), viewer, _space_id(request)))


async def reports_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    return api.ok(await reports(api.runtime(request), viewer, request.path_params.get("space_id")))


async def settings_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    data = await api.body(request, SettingsIn)
    return api.ok(await change_settings(api.runtime(request), viewer, _space_id(request), data))


async def audit_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    raw = request.query_params.get("before")
    before = int(raw) if raw and raw.isdigit() else None
    return api.ok(await audit_log(api.runtime(request), viewer, _space_id(request), before))


commands = {
    "review.decide": Command(Decide, decide),
    "report.create": Command(ReportIn, create_report),
    "report.handle": Command(ReportHandle, handle_report),
    "content.remove": Command(RemoveIn, remove_content),
    "member.mute": Command(MuteIn, mute),
}

routes = [
    Route("/spaces/{space_id:int}/review", queue_endpoint, methods=["GET"]),
    api.command_route("/review/decisions", "review.decide", commands["review.decide"]),
    Route("/spaces/{space_id:int}/reports", reports_endpoint, methods=["GET"]),
    Route("/reports", reports_endpoint, methods=["GET"]),
    api.command_route("/reports", "report.create", commands["report.create"], 201),
    api.command_route("/reports/actions", "report.handle", commands["report.handle"]),
    api.command_route("/removals", "content.remove", commands["content.remove"]),
    api.command_route("/mutes", "member.mute", commands["member.mute"]),
    Route("/spaces/{space_id:int}/moderation", settings_endpoint, methods=["PATCH"]),
    Route("/spaces/{space_id:int}/audit", audit_endpoint, methods=["GET"]),
]
