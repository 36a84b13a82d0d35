"""Chat: a room for everyone in a space and a teachers-only room.

Send, edit and delete one's own messages; teachers delete anyone's. Every
write goes through the write path; history pages come over HTTP with the
space's ``seq`` at the time, so a client subscribes from there without a gap.
There are no private messages: pupils only ever talk inside their spaces.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, ClassVar
from zoneinfo import ZoneInfo, available_timezones

from pydantic import (
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError
from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from twinspace import api
from twinspace.access import access
from twinspace.api import ApiRoute, Operation
from twinspace.errors import AppError, Code
from twinspace.kinds import ContentKind, NeedsFacts
from twinspace.moderation.policy import PUPIL_SEATS, Action, Seat, allowed
from twinspace.moderation.sanitize import TextForm
from twinspace.realtime.protocol import Command, Relay, Signal, SignalIn
from twinspace.runtime import Runtime
from twinspace.schemas import Id, Query, QueryId, QueryNumber, Schema
from twinspace.sessions import Viewer
from twinspace.spacesettings import PremoderatedSettings, SpaceSettings
from twinspace.storage import events
from twinspace.storage.models import (
    Audience,
    AuditEntry,
    ChatMessage,
    ChatRoom,
    ContentStatus,
    Membership,
    SpaceRole,
    SpaceStatus,
    User,
    utcnow,
)
from twinspace.storage.prepared import Prepared
from twinspace.writepath import (
    Change,
    ContentRef,
    Draft,
    EventSpec,
    Intent,
    PendingRow,
    RuleCheck,
    target,
    write,
)

NAME = "chat"
# Long enough for a paragraph about one's town, short enough to stay a chat line.
MAX_CHAT_CHARS = 2000
CONTENT_TYPE = "chat.message"
# One history page: a screenful and a half on a tablet.
HISTORY_PAGE = 50
# The most one page may ask for: a long lesson's chat on a projector.
MAX_HISTORY_PAGE = 200
# Typing signals are relayed at most this often per socket and room: often
# enough to look alive, rarely enough that a class typing costs little.
TYPING_EVERY_SECONDS = 2.0


class Event(StrEnum):
    message = "chat.message"  # a new message, or a held one approved
    edited = "chat.edited"
    deleted = "chat.deleted"
    rejected = "chat.rejected"  # a held message a teacher refused (its author only)


ChatText = Annotated[str, StringConstraints(min_length=1, max_length=MAX_CHAT_CHARS)]
Room = Annotated[ChatRoom, Field(strict=False)]  # arrives as a string in either door

SEND_ACTION = {ChatRoom.general: Action.chat_send, ChatRoom.staff: Action.chat_send_staff}
READ_ACTION = {ChatRoom.general: Action.chat_read, ChatRoom.staff: Action.chat_read_staff}
AUDIENCE = {ChatRoom.general: Audience.everyone, ChatRoom.staff: Audience.staff}
# Who is typing names a pupil: heard by the members of the space, as its member
# list is (not by visitors), or by the staff in their room.
TYPING_AUDIENCE = {ChatRoom.general: Audience.members, ChatRoom.staff: Audience.staff}


class ChatSend(Schema):
    space_id: Id
    room: Room = ChatRoom.general
    text: ChatText


class ChatEdit(Schema):
    message_id: Id
    text: ChatText


class ChatDelete(Schema):
    message_id: Id


class ChatTextIn(Schema):
    text: ChatText


class Typing(SignalIn):
    room: Room = ChatRoom.general


# ---------------------------------------------------------------- settings


class ChatPolicy(StrEnum):
    """When pupils may chat in a space."""

    always = "always"
    teacher_online = "teacher_online"  # only while a teacher of the space is online
    hours = "hours"  # only in the hours the teachers set, in the space's time zone


class Hours(Schema):
    days: list[Annotated[int, Field(ge=1, le=7)]] = Field(min_length=1, max_length=7)  # ISO
    start: Annotated[str, StringConstraints(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]
    end: Annotated[str, StringConstraints(pattern=r"^(([01]\d|2[0-3]):[0-5]\d|24:00)$")]

    @model_validator(mode="after")
    def _starts_before_it_ends(self) -> Hours:
        if self.start >= self.end:
            raise ValueError("start must come before end")
        return self


class ChatSettings(PremoderatedSettings):
    name: ClassVar[str] = "chat"

    policy: ChatPolicy = ChatPolicy.always
    hours: Hours | None = Field(default=None, validate_default=True)
    # The chat hours' time zone: a space's partner schools may sit in two.
    timezone: Annotated[str, StringConstraints(max_length=60)] = "Europe/Brussels"

    @field_validator("hours")
    @classmethod
    def _hours_for_the_hours_policy(cls, hours: Hours | None, info: ValidationInfo) -> Hours | None:
        if hours is None and info.data.get("policy") is ChatPolicy.hours:
            raise PydanticCustomError("missing", "the hours policy needs hours")
        return hours

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, timezone: str) -> str:
        if timezone not in available_timezones():
            raise PydanticCustomError("unknown", "no such time zone")
        return timezone


@dataclass(frozen=True, slots=True)
class SentMessage:
    """A message as just inserted: what its view needs, without an ORM instance
    (the server's hottest write never reads its row back)."""

    id: int
    space_id: int
    room: ChatRoom
    author_id: int
    text: str
    status: ContentStatus
    created_at: datetime
    edited_at: None = None


def message_view(message: ChatMessage | SentMessage, author_name: str) -> dict[str, Any]:
    return {
        "id": message.id,
        "space_id": message.space_id,
        "room": message.room.value,
        "author": {"id": message.author_id, "display_name": author_name},
        "text": message.text,
        "status": message.status.value,
        "created_at": message.created_at.isoformat(),
        "edited_at": message.edited_at.isoformat() if message.edited_at else None,
    }


_GIVEN = ["space_id", "room", "author_id", "text", "status", "created_at"]
_INSERT = Prepared(insert(ChatMessage.__table__).returning(ChatMessage.__table__.c.id), keys=_GIVEN)
_WITH_EVENT = events.NewRow(ChatMessage.__table__, _GIVEN)


def _excerpt(text: str) -> str:
    return text if len(text) <= 200 else text[:199] + "…"


async def send_message(
    rt: Runtime, viewer: Viewer, data: ChatSend, command_key: str | None
) -> dict[str, Any]:
    def persist(draft: Draft) -> Change:
        assert draft.text is not None
        row: dict[str, Any] = {
            "space_id": draft.space.id,
            "room": data.room,
            "author_id": viewer.user.id,
            "text": draft.text,
            "status": ContentStatus.held if draft.held else ContentStatus.visible,
            "created_at": utcnow(),
        }
        if not draft.held and events.together(draft.connection):
            # PostgreSQL: the message goes in with its event, one round trip for
            # both, and gets its id there (the view's "id" is set then).
            view = message_view(SentMessage(0, **row), viewer.user.display_name)
            reported = [EventSpec(Event.message, view, AUDIENCE[data.room])]
            return Change(view, reported, row=PendingRow(_WITH_EVENT, row))
        # The server's hottest write, on the driver's cursor.
        message = SentMessage(_INSERT.scalar(draft.connection, row), **row)
        view = message_view(message, viewer.user.display_name)
        return Change(
            view,
            [EventSpec(Event.message, view, AUDIENCE[data.room])],
            ContentRef(CONTENT_TYPE, message.id, _excerpt(draft.text)),
        )

    # A new line reads only its seat, which no other line changes: it may run
    # beside the other lines of its batch.
    intent = Intent(
        data.space_id, SEND_ACTION[data.room], NAME, data.text, command_key, together=True
    )
    return await write(rt, viewer, intent, persist)


def _live_message(db: Session, message_id: int) -> ChatMessage:
    message = db.get_one(ChatMessage, message_id)
    if message.deleted_at is not None or message.status is ContentStatus.removed:
        raise AppError(Code.not_found)
    return message


async def edit_message(
    rt: Runtime, viewer: Viewer, data: ChatEdit, command_key: str | None
) -> dict[str, Any]:
    """Authors edit their own messages, in a room they may still write in.

    An edit is screened like a new message; one that would be held for review
    is refused instead (the message others already saw cannot vanish into a
    queue): the pupil is told why and can write a new message.
    """
    found = await target(rt, ChatMessage, data.message_id)

    def persist(draft: Draft) -> Change:
        if draft.held:
            premoderated = draft.held_for == ("premoderation",)
            reason = "screening.edit_premoderated" if premoderated else "screening.edit_held"
            raise AppError(Code.content_rejected, details={"reason": reason})
        message = _live_message(draft.db, data.message_id)
        if message.author_id != viewer.user.id:  # checked after access: ids reveal nothing
            raise AppError(Code.forbidden)
        if message.status is not ContentStatus.visible:
            raise AppError(Code.conflict)  # a held or refused message waits for its teacher
        message.text = draft.text or ""
        message.edited_at = utcnow()
        view = message_view(message, viewer.user.display_name)
        return Change(view, [EventSpec(Event.edited, view, _audience_of(message))])

    intent = Intent(found.space_id, SEND_ACTION[found.room], NAME, data.text, command_key)
    return await write(rt, viewer, intent, persist)


def _audience_of(message: ChatMessage) -> Audience:
    return AUDIENCE[message.room]


async def delete_message(
    rt: Runtime, viewer: Viewer, data: ChatDelete, command_key: str | None
) -> dict[str, Any]:
    """Authors delete their own; teachers delete anyone's (audited). Kept, never shown."""
    found = await target(rt, ChatMessage, data.message_id)
    own = found.author_id == viewer.user.id
    action = SEND_ACTION[found.room] if own else Action.chat_delete_any

    def persist(draft: Draft) -> Change:
        message = _live_message(draft.db, data.message_id)
        message.deleted_at = utcnow()
        message.deleted_by = viewer.user.id
        if not own:
            draft.db.add(
                AuditEntry(
                    space_id=draft.space.id,
                    actor_id=viewer.user.id,
                    action="chat.delete",
                    target=f"{CONTENT_TYPE}:{message.id}",
                    data={"author_id": message.author_id},
                )
            )
        view, gone = _gone(message, message.status)
        return Change(view, gone, withdrawn=ContentRef(CONTENT_TYPE, message.id))

    intent = Intent(found.space_id, action, command_key=command_key)
    return await write(rt, viewer, intent, persist)


def _gone(message: ChatMessage, was: ContentStatus) -> tuple[dict[str, Any], list[EventSpec]]:
    """The deletion event, for those who saw the message: its room, or only its
    author when it was never published."""
    view = {"id": message.id, "space_id": message.space_id, "room": message.room.value}
    if was is ContentStatus.visible:
        return view, [EventSpec(Event.deleted, view, _audience_of(message))]
    return view, [EventSpec(Event.deleted, view, Audience.user, message.author_id)]


class ChatMessages:
    """How the review queue, reports and removals act on chat messages
    (``kinds.ReviewAdapter``)."""

    content_type = CONTENT_TYPE
    max_chars = MAX_CHAT_CHARS
    text_form = TextForm.plain

    def locate(self, db: Session, content_id: int) -> tuple[int, int] | None:
        """(space id, author id) of a message, deleted or not: the write decides
        whether it may still be acted on, after a retry got its first result."""
        message = db.get(ChatMessage, content_id)
        if message is None:
            return None
        return message.space_id, message.author_id

    def approve(self, db: Session, content_id: int, text: str | None) -> list[EventSpec]:
        """Release a held message to its room, as if just sent (edited first, if given)."""
        message = _live_message(db, content_id)
        if text is not None:
            message.text = text
        message.status = ContentStatus.visible
        author = db.get_one(User, message.author_id)
        view = message_view(message, author.display_name)
        return [EventSpec(Event.message, view, _audience_of(message))]

    def reject(self, db: Session, content_id: int, note: str) -> list[EventSpec]:
        """Refuse a held message: only its author hears, with the teacher's note."""
        message = _live_message(db, content_id)
        message.status = ContentStatus.rejected
        view = {
            "id": message.id,
            "space_id": message.space_id,
            "room": message.room.value,
            "note": note,
        }
        return [EventSpec(Event.rejected, view, Audience.user, message.author_id)]

    def remove(self, db: Session, content_id: int) -> list[EventSpec]:
        """Take a message down for everyone; the row stays for the audit."""
        message = _live_message(db, content_id)
        was, message.status = message.status, ContentStatus.removed
        return _gone(message, was)[1]

    def readable(self, db: Session, content_id: int, seat: Seat, user_id: int) -> bool:
        """Whether someone in ``seat`` may see the message (so may report it)."""
        message = db.get(ChatMessage, content_id)
        if message is None or message.deleted_at is not None:
            return False
        if message.status is not ContentStatus.visible and message.author_id != user_id:
            return False
        return allowed(seat, READ_ACTION[message.room], SpaceStatus.open)

    def text(self, db: Session, content_id: int) -> str:
        message = db.get_one(ChatMessage, content_id)
        return message.text


async def history(
    rt: Runtime, viewer: Viewer, space_id: int, room: ChatRoom, before: int | None, limit: int
) -> dict[str, Any]:
    """One page of a room's messages, oldest first, and the space's ``seq``.

    The ``seq`` is read before the messages: a message that lands in between is
    both in the page and replayed after subscribing, and clients drop the
    second copy by message id, so nothing falls in a gap.
    """
    async with rt.db() as db:
        await access(db, viewer.user, space_id, READ_ACTION[room])
        seq = await events.last_seq(db, space_id)
        query = (
            select(ChatMessage, User.display_name)
            .join(User, User.id == ChatMessage.author_id)
            .where(
                ChatMessage.space_id == space_id,
                ChatMessage.room == room,
                ChatMessage.deleted_at.is_(None),
                or_(
                    ChatMessage.status == ContentStatus.visible,
                    # Authors see their own held (waiting) and refused messages.
                    (ChatMessage.author_id == viewer.user.id)
                    & ChatMessage.status.in_([ContentStatus.held, ContentStatus.rejected]),
                ),
            )
            .order_by(ChatMessage.id.desc())
            .limit(limit)
        )
        if before is not None:
            query = query.where(ChatMessage.id < before)
        rows = (await db.execute(query)).all()
        refused = [m.id for m, _ in rows if m.status is ContentStatus.rejected]
        notes = (
            await db.run_sync(rt.registry.review.notes, CONTENT_TYPE, refused) if refused else {}
        )
    messages = []
    for message, name in reversed(rows):
        view = message_view(message, name)
        if message.id in notes:
            view["note"] = notes[message.id]  # the teacher's word to the author
        messages.append(view)
    return {"seq": seq, "messages": messages}


# ---------------------------------------------------------------- routes


api.choice_convertor("room", ChatRoom)


class HistoryQuery(Query):
    before: QueryId | None = None  # only messages older than this one
    limit: Annotated[int, QueryNumber(1, MAX_HISTORY_PAGE)] = HISTORY_PAGE


async def chat_history_endpoint(call: api.Call) -> dict[str, Any]:
    """A page of a room's messages, oldest first, and the space's seq to subscribe from."""
    space_id, room = call.path["space_id"], call.path["room"]
    return await history(call.rt, call.viewer, space_id, room, call.query.before, call.query.limit)


async def chat_send_endpoint(call: api.Call) -> dict[str, Any]:
    """Send a message to a room: the HTTP twin of ``chat.send``."""
    data = ChatSend(space_id=call.path["space_id"], room=call.path["room"], text=call.body.text)
    return await send_message(call.rt, call.viewer, data, call.command_key)


async def chat_edit_endpoint(call: api.Call) -> dict[str, Any]:
    """Edit one's own message: the HTTP twin of ``chat.edit``."""
    data = ChatEdit(message_id=call.path["message_id"], text=call.body.text)
    return await edit_message(call.rt, call.viewer, data, call.command_key)


async def chat_delete_endpoint(call: api.Call) -> dict[str, Any]:
    """Delete a message (one's own; a teacher, anyone's): the HTTP twin of ``chat.delete``."""
    data = ChatDelete(message_id=call.path["message_id"])
    return await delete_message(call.rt, call.viewer, data, call.command_key)


# ---------------------------------------------------------------- rules and signals


class TeacherOnline:
    """In a space with the "teacher online" policy, pupils chat only while one of
    its teachers is online.

    Presence lives outside the database, so who is online is asked before the
    write, in the spaces known to have the policy (``supervised``: a hint, kept
    per process). A write that finds the policy without being told who is
    online asks again (``NeedsFacts``), so pupils are never left unsupervised
    by a stale hint. If presence is unknown, nobody counts as online.
    """

    def __init__(self) -> None:
        self.supervised: set[int] = set()

    async def facts(self, rt: Runtime, space_id: int, needed: bool) -> list[int] | None:
        if not needed and space_id not in self.supervised:
            return None
        return [int(str(u["user_id"])) for u in await rt.presence.online(space_id)]

    def denies(self, seat: Seat, settings: SpaceSettings) -> frozenset[Action]:
        return frozenset()  # it depends on who is online at the moment

    def check(self, write: RuleCheck, online: list[int] | None) -> None:
        if write.seat not in PUPIL_SEATS:
            return
        if write.space.settings[ChatSettings].policy is not ChatPolicy.teacher_online:
            self.supervised.discard(write.space.id)
            return
        self.supervised.add(write.space.id)
        if online is None:
            raise NeedsFacts
        teachers_online = write.db.scalar(
            select(func.count()).where(
                Membership.space_id == write.space.id,
                Membership.user_id.in_(online),
                Membership.role.in_([SpaceRole.teacher_admin, SpaceRole.teacher]),
            )
        )
        if not teachers_online:
            raise AppError(Code.chat_closed, details={"reason": "chat_closed.teacher_online"})


class ChatHours:
    """In a space with the "hours" policy, pupils chat only in the set hours."""

    async def facts(self, rt: Runtime, space_id: int, needed: bool) -> None:
        return None

    def denies(self, seat: Seat, settings: SpaceSettings) -> frozenset[Action]:
        return frozenset()  # it depends on the time of day

    def check(self, write: RuleCheck, facts: None) -> None:
        settings = write.space.settings[ChatSettings]
        if write.seat not in PUPIL_SEATS or settings.policy is not ChatPolicy.hours:
            return
        if settings.hours is not None and not within_hours(settings.hours, settings.timezone):
            raise AppError(
                Code.chat_closed,
                details={"reason": "chat_closed.hours"},
                start=settings.hours.start,
                end=settings.hours.end,
                timezone=settings.timezone,
            )


def within_hours(hours: Hours, timezone: str, now: datetime | None = None) -> bool:
    local = (now or utcnow()).astimezone(ZoneInfo(timezone))
    if local.isoweekday() not in hours.days:
        return False
    return hours.start <= local.strftime("%H:%M") < hours.end


def typing(viewer: Viewer, seat: Seat, data: Typing) -> Relay:
    """Who is typing in a room: sent by those who write in it."""
    if not allowed(seat, SEND_ACTION[data.room], SpaceStatus.open):
        raise AppError(Code.forbidden)
    return Relay(TYPING_AUDIENCE[data.room], {"room": data.room.value}, about=data.room)


routes = [
    ApiRoute(
        "/spaces/{space_id:id}/chat/{room:room}",
        get=Operation(chat_history_endpoint, query=HistoryQuery),
        post=Operation(
            chat_send_endpoint,
            body=ChatTextIn,
            status=201,
            command="chat.send",
            gives={"message_id": "/id", "content_id": "/id"},
        ),
    ),
    ApiRoute(
        "/chat/{message_id:id}",
        patch=Operation(chat_edit_endpoint, body=ChatTextIn, command="chat.edit"),
        delete=Operation(chat_delete_endpoint, command="chat.delete"),
    ),
]


def kind() -> ContentKind:
    """Chat, as the registry knows it (its rules keep per-process hints: one per app)."""
    return ContentKind(
        name=NAME,
        settings=ChatSettings,
        events=Event,
        text_form=TextForm.plain,
        max_chars=MAX_CHAT_CHARS,
        commands={
            "chat.send": Command(ChatSend, send_message),
            "chat.edit": Command(ChatEdit, edit_message),
            "chat.delete": Command(ChatDelete, delete_message),
        },
        signals={"typing": Signal(Typing, typing, TYPING_EVERY_SECONDS)},
        rules=(TeacherOnline(), ChatHours()),
        reviewed=(ChatMessages(),),
        routes=routes,
    )
