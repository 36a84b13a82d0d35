"""Chat: a room for everyone in a space and a teachers-only room.

Send, edit and delete one's own messages; teachers delete anyone's. Every
write goes through the write path; history pages come over HTTP with the
space's ``seq`` at the time, so a client subscribes from there without a gap.
There are no private messages: pupils only ever talk inside their spaces.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field, StringConstraints
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from twinspace import api
from twinspace.access import access
from twinspace.accounts import Schema
from twinspace.errors import AppError, Code, invalid
from twinspace.moderation.policy import Action, Seat
from twinspace.realtime.protocol import Command
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage import events
from twinspace.storage.models import (
    Audience,
    AuditEntry,
    ChatMessage,
    ChatRoom,
    Space,
    User,
    utcnow,
)
from twinspace.writepath import Change, EventSpec, Intent, write

# Long enough for a paragraph about one's town, short enough to stay a chat line.
MAX_CHAT_CHARS = 2000
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
        "created_at": message.created_at.isoformat(),
        "edited_at": message.edited_at.isoformat() if message.edited_at else None,
    }


async def send_message(
    rt: Runtime, viewer: Viewer, data: ChatSend, command_key: str | None
) -> dict[str, Any]:
    async def persist(db: AsyncSession, space: Space, _seat: Seat, text: str | None) -> Change:
        assert text is not None
        message = ChatMessage(
            space_id=space.id,
            room=data.room,
            author_id=viewer.user.id,
            text=text,
            created_at=utcnow(),
        )
        db.add(message)
        await db.flush()
        view = message_view(message, viewer.user.display_name)
        return Change(view, [EventSpec("chat.message", view, AUDIENCE[data.room])])

    intent = Intent(data.space_id, SEND_ACTION[data.room], data.text, command_key)
    return await write(rt, viewer, intent, persist)


async def _locate(rt: Runtime, message_id: int) -> ChatMessage:
    async with rt.db() as db:
        message = await db.get(ChatMessage, message_id)
    if message is None or message.deleted_at is not None:
        raise AppError(Code.not_found)
    return message


async def edit_message(
    rt: Runtime, viewer: Viewer, data: ChatEdit, command_key: str | None
) -> dict[str, Any]:
    """Authors edit their own messages, in a room they may still write in."""
    found = await _locate(rt, data.message_id)

    async def persist(db: AsyncSession, _space: Space, _seat: Seat, text: str | None) -> Change:
        message = await db.get_one(ChatMessage, data.message_id)
        if message.deleted_at is not None:
            raise AppError(Code.not_found)
        if message.author_id != viewer.user.id:  # checked after access: ids reveal nothing
            raise AppError(Code.forbidden)
        message.text = text or ""
        message.edited_at = utcnow()
        view = message_view(message, viewer.user.display_name)
        return Change(view, [EventSpec("chat.edited", view, AUDIENCE[message.room])])

    intent = Intent(found.space_id, SEND_ACTION[found.room], data.text, command_key)
    return await write(rt, viewer, intent, persist)


async def delete_message(
    rt: Runtime, viewer: Viewer, data: ChatDelete, command_key: str | None
) -> dict[str, Any]:
    """Authors delete their own; teachers delete anyone's (audited). Kept, never shown."""
    found = await _locate(rt, data.message_id)
    own = found.author_id == viewer.user.id
    action = SEND_ACTION[found.room] if own else Action.chat_delete_any

    async def persist(db: AsyncSession, space: Space, _seat: Seat, _text: str | None) -> Change:
        message = await db.get_one(ChatMessage, data.message_id)
        if message.deleted_at is not None:
            raise AppError(Code.not_found)
        message.deleted_at = utcnow()
        message.deleted_by = viewer.user.id
        if not own:
            db.add(
                AuditEntry(
                    space_id=space.id,
                    actor_id=viewer.user.id,
                    action="chat.delete",
                    target=f"chat_message:{message.id}",
                    data={"author_id": message.author_id},
                )
            )
        view = {"id": message.id, "space_id": space.id, "room": message.room.value}
        return Change(view, [EventSpec("chat.deleted", view, AUDIENCE[message.room])])

    return await write(rt, viewer, Intent(found.space_id, action, None, command_key), persist)


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
            )
            .order_by(ChatMessage.id.desc())
            .limit(limit)
        )
        if before is not None:
            query = query.where(ChatMessage.id < before)
        rows = (await db.execute(query)).all()
    return {"seq": seq, "messages": [message_view(m, name) for m, name in reversed(rows)]}


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
        key = api.command_key(request, "chat.send")
        return api.ok(await send_message(rt, viewer, data, key), 201)
    before = _int_param(request, "before", None, 2**62)
    limit = _int_param(request, "limit", HISTORY_PAGE, 200) or HISTORY_PAGE
    return api.ok(await history(rt, viewer, space_id, _room(request), before, limit))


async def message_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    rt = api.runtime(request)
    message_id = request.path_params["message_id"]
    if request.method == "DELETE":
        key = api.command_key(request, "chat.delete")
        return api.ok(await delete_message(rt, viewer, ChatDelete(message_id=message_id), key))
    body = await api.body(request, ChatTextIn)
    key = api.command_key(request, "chat.edit")
    return api.ok(
        await edit_message(rt, viewer, ChatEdit(message_id=message_id, text=body.text), key)
    )


routes = [
    Route("/spaces/{space_id:int}/chat/{room:str}", room_endpoint, methods=["GET", "POST"]),
    Route("/chat/{message_id:int}", message_endpoint, methods=["PATCH", "DELETE"]),
]

commands = {
    "chat.send": Command(ChatSend, send_message),
    "chat.edit": Command(ChatEdit, edit_message),
    "chat.delete": Command(ChatDelete, delete_message),
}
