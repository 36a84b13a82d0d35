"""Chat: a room for everyone in a space and a teachers-only room.

Send, edit and delete one's own messages; teachers delete anyone's. Every
write goes through the write path; history pages come over HTTP with the
space's ``seq`` at the time, so a client subscribes from there without a gap.
There are no private messages: pupils only ever talk inside their spaces.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, StringConstraints
from sqlalchemy import insert, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from twinspace import api
from twinspace.access import access
from twinspace.accounts import Schema
from twinspace.errors import AppError, Code, invalid
from twinspace.moderation.policy import Action, Seat, allowed
from twinspace.realtime.protocol import Command
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage import events
from twinspace.storage.models import (
    Audience,
    AuditEntry,
    ChatMessage,
    ChatRoom,
    ContentStatus,
    ReviewItem,
    ReviewState,
    SpaceStatus,
    User,
    utcnow,
)
from twinspace.writepath import (
    Change,
    ContentRef,
    Draft,
    EventSpec,
    Intent,
    review_item_view,
    target,
    write,
)

# Long enough for a paragraph about one's town, short enough to stay a chat line.
MAX_CHAT_CHARS = 2000
KIND = "chat.message"
# One history page: a screenful and a half on a tablet.
HISTORY_PAGE = 50

ChatText = Annotated[str, StringConstraints(min_length=1, max_length=MAX_CHAT_CHARS)]
Room = Annotated[ChatRoom, Field(strict=False)]  # arrives as a string in either door

SEND_ACTION = {ChatRoom.general: Action.chat_send, ChatRoom.staff: Action.chat_send_staff}
READ_ACTION = {ChatRoom.general: Action.chat_read, ChatRoom.staff: Action.chat_read_staff}
AUDIENCE = {ChatRoom.general: Audience.everyone, ChatRoom.staff: Audience.staff}


class ChatSend(Schema):
    space_id: int
    room: Room = ChatRoom.general
    text: ChatText


class ChatEdit(Schema):
    message_id: int
    text: ChatText


class ChatDelete(Schema):
    message_id: int


class ChatTextIn(Schema):
    text: ChatText


def message_view(message: ChatMessage, author_name: str) -> dict[str, Any]:
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


_INSERT = insert(ChatMessage.__table__).returning(ChatMessage.__table__.c.id)


def _excerpt(text: str) -> str:
    return text if len(text) <= 200 else text[:199] + "…"


async def send_message(
    rt: Runtime, viewer: Viewer, data: ChatSend, command_key: str | None
) -> dict[str, Any]:
    def persist(draft: Draft) -> Change:
        assert draft.text is not None
        row = {
            "space_id": draft.space.id,
            "room": data.room,
            "author_id": viewer.user.id,
            "text": draft.text,
            "status": ContentStatus.held if draft.held else ContentStatus.visible,
            "created_at": utcnow(),
        }
        # A Core insert: the server's hottest write, and the row is never read back.
        message_id = draft.db.connection().execute(_INSERT, row).scalar_one()
        message = ChatMessage(id=message_id, edited_at=None, **row)
        view = message_view(message, viewer.user.display_name)
        return Change(
            view,
            [EventSpec("chat.message", view, AUDIENCE[data.room])],
            ContentRef(KIND, message.id, _excerpt(draft.text)),
        )

    intent = Intent(data.space_id, SEND_ACTION[data.room], data.text, command_key, "chat")
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
        return Change(view, [EventSpec("chat.edited", view, _audience_of(message))])

    intent = Intent(found.space_id, SEND_ACTION[found.room], data.text, command_key, "chat")
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
        withdrawn = _withdraw_review(draft.db, message)
        if not own:
            draft.db.add(
                AuditEntry(
                    space_id=draft.space.id,
                    actor_id=viewer.user.id,
                    action="chat.delete",
                    target=f"{KIND}:{message.id}",
                    data={"author_id": message.author_id},
                )
            )
        view, gone = _gone(message, message.status)
        return Change(view, [*gone, *withdrawn])

    return await write(rt, viewer, Intent(found.space_id, action, None, command_key), persist)


def _withdraw_review(db: Session, message: ChatMessage) -> list[EventSpec]:
    """A held message its author deleted leaves the teachers' queue."""
    items = (
        db.scalars(
            select(ReviewItem).where(
                ReviewItem.content_kind == KIND,
                ReviewItem.content_id == message.id,
                ReviewItem.state == ReviewState.pending,
            )
        )
    ).all()
    specs = []
    for item in items:
        item.state = ReviewState.withdrawn
        view = review_item_view(item, "", "")
        specs.append(EventSpec("review.decided", view, Audience.staff))
    return specs


def _gone(message: ChatMessage, was: ContentStatus) -> tuple[dict[str, Any], list[EventSpec]]:
    """The deletion event, for those who saw the message: its room, or only its
    author when it was never published."""
    view = {"id": message.id, "space_id": message.space_id, "room": message.room.value}
    if was is ContentStatus.visible:
        return view, [EventSpec("chat.deleted", view, _audience_of(message))]
    return view, [EventSpec("chat.deleted", view, Audience.user, message.author_id)]


class ChatModeration:
    """How the review queue, reports and removals act on chat messages.

    Synchronous: decisions run inside the write path's transaction; readers
    call through ``AsyncSession.run_sync``."""

    kind = KIND

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
        return [EventSpec("chat.message", view, _audience_of(message))]

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
        return [EventSpec("chat.rejected", view, Audience.user, message.author_id)]

    def remove(self, db: Session, content_id: int) -> list[EventSpec]:
        """Take a message down for everyone; the row stays for the audit."""
        message = _live_message(db, content_id)
        was, message.status = message.status, ContentStatus.removed
        return [*_gone(message, was)[1], *_withdraw_review(db, message)]

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


moderation = ChatModeration()


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
        notes = await _rejection_notes(
            db, [m.id for m, _ in rows if m.status is ContentStatus.rejected]
        )
    messages = []
    for message, name in reversed(rows):
        view = message_view(message, name)
        if message.id in notes:
            view["note"] = notes[message.id]  # the teacher's word to the author
        messages.append(view)
    return {"seq": seq, "messages": messages}


async def _rejection_notes(db: AsyncSession, message_ids: list[int]) -> dict[int, str]:
    if not message_ids:
        return {}
    rows = await db.execute(
        select(ReviewItem.content_id, ReviewItem.note).where(
            ReviewItem.content_kind == KIND,
            ReviewItem.content_id.in_(message_ids),
            ReviewItem.state == ReviewState.rejected,
        )
    )
    return {content_id: note for content_id, note in rows}


# ---------------------------------------------------------------- routes


def _room(request: Request) -> ChatRoom:
    try:
        return ChatRoom(request.path_params["room"])
    except ValueError:
        raise AppError(Code.not_found) from None


def _int_param(request: Request, name: str, default: int | None, high: int) -> int | None:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    if not raw.isdigit() or not 0 < int(raw) <= high:
        raise invalid(name, "range")
    return int(raw)


async def room_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    rt = api.runtime(request)
    space_id = request.path_params["space_id"]
    if request.method == "POST":
        body = await api.body(request, ChatTextIn)
        data = ChatSend(space_id=space_id, room=_room(request), text=body.text)
        return api.ok(await api.run_command(request, "chat.send", send_message, viewer, data), 201)
    before = _int_param(request, "before", None, 2**62)
    limit = _int_param(request, "limit", HISTORY_PAGE, 200) or HISTORY_PAGE
    return api.ok(await history(rt, viewer, space_id, _room(request), before, limit))


async def message_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    message_id = request.path_params["message_id"]
    if request.method == "DELETE":
        deletion = ChatDelete(message_id=message_id)
        return api.ok(
            await api.run_command(request, "chat.delete", delete_message, viewer, deletion)
        )
    body = await api.body(request, ChatTextIn)
    edit = ChatEdit(message_id=message_id, text=body.text)
    return api.ok(await api.run_command(request, "chat.edit", edit_message, viewer, edit))


routes = [
    Route("/spaces/{space_id:int}/chat/{room:str}", room_endpoint, methods=["GET", "POST"]),
    Route("/chat/{message_id:int}", message_endpoint, methods=["PATCH", "DELETE"]),
]

commands = {
    "chat.send": Command(ChatSend, send_message),
    "chat.edit": Command(ChatEdit, edit_message),
    "chat.delete": Command(ChatDelete, delete_message),
}
