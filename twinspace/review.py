"""The teachers' and moderators' work: review queue, reports, removals, mutes, audit.

A feature like the others: every decision is a write through the write path,
so approving a held message is delivered like any message, and every action
leaves an audit entry in the same transaction. The audit log can be read here
and nowhere changed.

This is the one place where review items are made and change state: the write
path holds content through ``ReviewQueue.hold`` (the registry's review hooks),
and a kind's content is found, approved, refused or removed through its review
adapter (``kinds.ReviewAdapter``), so no kind of content is named here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints
from sqlalchemy import select
from sqlalchemy.orm import Session

from twinspace import api
from twinspace.access import access
from twinspace.api import ApiRoute, Operation
from twinspace.errors import AppError, Code, invalid
from twinspace.kinds import FindingView, Registry, ReviewAdapter
from twinspace.moderation import sanitize
from twinspace.moderation.policy import STAFF_SEATS, Action, seat_for
from twinspace.realtime.protocol import Command
from twinspace.runtime import Runtime
from twinspace.schemas import STRIPPED, Id, Query, QueryId, Schema
from twinspace.sessions import Viewer
from twinspace.storage.models import (
    AccountKind,
    Audience,
    AuditEntry,
    Membership,
    Mute,
    Report,
    ReportState,
    ReviewItem,
    ReviewState,
    User,
    utcnow,
)
from twinspace.writepath import Change, ContentRef, Draft, EventSpec, Intent, target, write

# A week: long enough for "until the next lesson" over a weekend or a trip;
# anything longer is a conversation with the pupil and their parents.
MAX_MUTE_MINUTES = 7 * 24 * 60
Note = Annotated[str, StringConstraints(max_length=500)]
ContentType = Annotated[str, StringConstraints(max_length=40)]
# The longest text of any kind a teacher may edit before approving; each kind
# holds its own, shorter limit (``ReviewAdapter.max_chars``).
MAX_EDIT_CHARS = 100_000


class Event(StrEnum):
    held = "review.held"  # a new item in the queue (staff)
    decided = "review.decided"  # approved, refused or withdrawn (staff)
    report_created = "report.created"
    report_updated = "report.updated"
    muted = "member.muted"  # a mute set or lifted (its pupil, and the staff)


class Decide(Schema):
    item_id: Id
    decision: Literal["approve", "reject"]
    note: Note = ""
    text: Annotated[str, StringConstraints(min_length=1, max_length=MAX_EDIT_CHARS)] | None = (
        None  # edit, then approve
    )


class ReportIn(Schema):
    content_kind: ContentType  # a content type, such as "chat.message"
    content_id: Id
    reason: Annotated[str, StringConstraints(min_length=1, max_length=500), STRIPPED]


class ReportHandle(Schema):
    report_id: Id
    action: Literal["escalate", "resolve"]
    note: Note = ""


class RemoveIn(Schema):
    content_kind: ContentType
    content_id: Id
    reason: Note = ""


class MuteIn(Schema):
    space_id: Id
    user_id: Id
    minutes: Annotated[int, Field(ge=0, le=MAX_MUTE_MINUTES)]  # 0 lifts the mute
    reason: Note = ""


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


async def _content(
    rt: Runtime, content_type: str, content_id: int
) -> tuple[ReviewAdapter, int, int]:
    """The content's adapter, space id and author id, or not_found."""
    adapter = rt.registry.adapter(content_type)
    async with rt.db() as db:
        found = await db.run_sync(adapter.locate, content_id)
    if found is None:
        raise AppError(Code.not_found)
    return adapter, *found


def is_concern(item: ReviewItem) -> bool:
    """Whether screening saw a risk to a child in it (grooming, secrecy...): such an
    item comes first in the queue, and its holding is written in the audit log."""
    return any(finding.get("safeguarding") for finding in item.findings)


def review_item_view(item: ReviewItem, author_name: str, excerpt: str) -> dict[str, Any]:
    return {
        "id": item.id,
        "space_id": item.space_id,
        "content_kind": item.content_kind,
        "content_id": item.content_id,
        "author": {"id": item.author_id, "display_name": author_name},
        "excerpt": excerpt,
        "findings": item.findings,
        "safeguarding": is_concern(item),
        "state": item.state.value,
        "created_at": item.created_at.isoformat() if item.created_at else None,
        "note": item.note,
    }


class ReviewQueue:
    """The write path's review hooks (``kinds.ReviewHooks``)."""

    def hold(
        self,
        db: Session,
        space_id: int,
        author: Viewer,
        change: Change,
        findings: list[FindingView],
    ) -> list[EventSpec]:
        """Queue held content for the space's teachers."""
        if change.content is None:
            raise RuntimeError("held content must name itself (Change.content)")
        item = ReviewItem(
            space_id=space_id,
            content_kind=change.content.content_type,
            content_id=change.content.id,
            author_id=author.user.id,
            findings=findings,
        )
        db.add(item)
        db.flush()
        if is_concern(item):
            db.add(
                AuditEntry(
                    space_id=space_id,
                    actor_id=None,  # screening, not a person, raised it
                    action="safeguarding.concern",
                    target=f"{item.content_kind}:{item.content_id}",
                    data={
                        "author_id": author.user.id,
                        "kinds": [f["kind"] for f in findings if f.get("safeguarding")],
                    },
                )
            )
        view = review_item_view(item, author.user.display_name, change.content.excerpt)
        return [EventSpec(Event.held, view, Audience.staff)]

    def withdraw(self, db: Session, content: ContentRef) -> list[EventSpec]:
        """Content that left (deleted by its author, removed) leaves the queue."""
        items = db.scalars(
            select(ReviewItem).where(
                ReviewItem.content_kind == content.content_type,
                ReviewItem.content_id == content.id,
                ReviewItem.state == ReviewState.pending,
            )
        ).all()
        specs = []
        for item in items:
            item.state = ReviewState.withdrawn
            specs.append(EventSpec(Event.decided, review_item_view(item, "", ""), Audience.staff))
        return specs

    def notes(self, db: Session, content_type: str, ids: Iterable[int]) -> dict[int, str]:
        """The teacher's word to the author of each refused piece of content."""
        rows = db.execute(
            select(ReviewItem.content_id, ReviewItem.note).where(
                ReviewItem.content_kind == content_type,
                ReviewItem.content_id.in_(list(ids)),
                ReviewItem.state == ReviewState.rejected,
            )
        )
        return {content_id: note for content_id, note in rows}


# ---------------------------------------------------------------- review queue


async def decide(
    rt: Runtime, viewer: Viewer, data: Decide, command_key: str | None
) -> dict[str, Any]:
    item = await target(rt, ReviewItem, data.item_id)
    adapter = rt.registry.adapter(item.content_kind)
    text = None
    if data.text is not None:
        if len(data.text) > adapter.max_chars:
            raise invalid("text", "string_too_long")
        text = sanitize.clean(adapter.text_form, data.text, sanitize.media_prefix(item.space_id))
        if not sanitize.readable(adapter.text_form, text).strip():
            raise invalid("text", "empty")

    def persist(draft: Draft) -> Change:
        current = draft.db.get_one(ReviewItem, data.item_id)
        if current.state is not ReviewState.pending:
            raise AppError(Code.conflict)
        if data.decision == "approve":
            current.state = ReviewState.approved
            released = adapter.approve(draft.db, current.content_id, text)
        else:
            current.state = ReviewState.rejected
            released = adapter.reject(draft.db, current.content_id, data.note)
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
        return Change(view, [*released, EventSpec(Event.decided, view, Audience.staff)])

    intent = Intent(item.space_id, Action.review_decide, command_key=command_key)
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
        views = [
            review_item_view(
                item,
                name,
                await db.run_sync(rt.registry.adapter(item.content_kind).text, item.content_id),
            )
            for item, name in rows
        ]
    # Safeguarding concerns first (a child may be at risk), then the oldest first.
    return sorted(views, key=lambda view: not view["safeguarding"])


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


def _report_view(db: Session, registry: Registry, report: Report) -> dict[str, Any]:
    adapter = registry.adapter(report.content_kind)
    found = adapter.locate(db, report.content_id)
    return report_view(report, adapter.text(db, report.content_id), found[1] if found else None)


async def create_report(
    rt: Runtime, viewer: Viewer, data: ReportIn, command_key: str | None
) -> dict[str, Any]:
    adapter, space_id, _ = await _content(rt, data.content_kind, data.content_id)

    def persist(draft: Draft) -> Change:
        # Nobody reports (and so reads) what they could not see.
        if not adapter.readable(draft.db, data.content_id, draft.seat, viewer.user.id):
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
        view = _report_view(draft.db, rt.registry, report)
        return Change(view, [EventSpec(Event.report_created, view, Audience.staff)])

    intent = Intent(space_id, Action.report_create, command_key=command_key)
    return await write(rt, viewer, intent, persist)


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
        view = _report_view(draft.db, rt.registry, current)
        return Change(view, [EventSpec(Event.report_updated, view, Audience.staff)])

    intent = Intent(report.space_id, Action.report_handle, command_key=command_key)
    return await write(rt, viewer, intent, persist)


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
        return [await db.run_sync(_report_view, rt.registry, report) for report in found]


async def remove_content(
    rt: Runtime, viewer: Viewer, data: RemoveIn, command_key: str | None
) -> dict[str, Any]:
    """Take content down at once (kept for the audit); its open reports are resolved."""
    adapter, space_id, author_id = await _content(rt, data.content_kind, data.content_id)

    def persist(draft: Draft) -> Change:
        gone = adapter.remove(draft.db, data.content_id)
        gone += rt.registry.review.withdraw(
            draft.db, ContentRef(data.content_kind, data.content_id)
        )
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
            view = _report_view(draft.db, rt.registry, report)
            gone.append(EventSpec(Event.report_updated, view, Audience.staff))
        _audit(
            draft,
            viewer,
            "content.remove",
            f"{data.content_kind}:{data.content_id}",
            data.reason,
            author_id=author_id,
        )
        return Change({"removed": True, "resolved_reports": len(open_reports)}, gone)

    intent = Intent(space_id, Action.content_remove, command_key=command_key)
    return await write(rt, viewer, intent, persist)


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
                EventSpec(Event.muted, view, Audience.user, data.user_id),
                EventSpec(Event.muted, view, Audience.staff),
            ],
        )

    intent = Intent(data.space_id, Action.member_mute, command_key=command_key)
    return await write(rt, viewer, intent, persist)


# ---------------------------------------------------------------- audit


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


class AuditQuery(Query):
    before: QueryId | None = None  # only entries older than this one


async def queue_endpoint(call: api.Call) -> list[dict[str, Any]]:
    """The space's review queue: what waits for a teacher."""
    return await queue(call.rt, call.viewer, call.path["space_id"])


async def space_reports_endpoint(call: api.Call) -> list[dict[str, Any]]:
    """A space's open and escalated reports."""
    return await reports(call.rt, call.viewer, call.path["space_id"])


async def reports_endpoint(call: api.Call) -> list[dict[str, Any]]:
    """The platform's escalated reports, for its moderators and administrators."""
    return await reports(call.rt, call.viewer, None)


async def audit_endpoint(call: api.Call) -> list[dict[str, Any]]:
    """A space's audit log, newest first."""
    return await audit_log(call.rt, call.viewer, call.path["space_id"], call.query.before)


commands = {
    "review.decide": Command(Decide, decide),
    "report.create": Command(ReportIn, create_report),
    "report.handle": Command(ReportHandle, handle_report),
    "content.remove": Command(RemoveIn, remove_content),
    "member.mute": Command(MuteIn, mute),
}

routes = [
    ApiRoute(
        "/spaces/{space_id:id}/review", get=Operation(queue_endpoint, gives={"item_id": "/0/id"})
    ),
    api.command_route("/review/decisions", "review.decide", commands["review.decide"]),
    ApiRoute(
        "/spaces/{space_id:id}/reports",
        get=Operation(space_reports_endpoint, gives={"report_id": "/0/id"}),
    ),
    ApiRoute(
        "/reports",
        get=reports_endpoint,
        post=api.command_operation(
            "report.create", commands["report.create"], 201, {"report_id": "/id"}
        ),
    ),
    api.command_route("/reports/actions", "report.handle", commands["report.handle"]),
    api.command_route("/removals", "content.remove", commands["content.remove"]),
    api.command_route("/mutes", "member.mute", commands["member.mute"]),
    ApiRoute("/spaces/{space_id:id}/audit", get=Operation(audit_endpoint, query=AuditQuery)),
]
