"""What is written in a room: chat lines, reactions, questions, sticky notes; and what
teachers do with them (clear, mark answered, arrange on the board); up-votes.

A pupil's line, question or note is screened as a chat line is (the write
path's ``Intent.text``), held for a teacher when screening or the space's
pre-moderation says so (then only its author sees it until a teacher decides),
and refused when the room's controls say so (``InSession.may_write``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, func, select

from twinspace.errors import AppError, Code
from twinspace.live.room import InSession, in_session
from twinspace.live.schemas import (
    BOARD_HEIGHT,
    CONTENT_TYPES,
    NOTE_STEP_X,
    NOTE_STEP_Y,
    NOTES_PER_ROW,
    AnswerIn,
    ArrangeIn,
    AskIn,
    Event,
    ItemRef,
    NoteIn,
    ReactIn,
    SayIn,
    UpvoteIn,
)
from twinspace.live.views import item_view, upvotes
from twinspace.moderation.policy import Action
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage.models import (
    AuditEntry,
    ContentStatus,
    LiveItem,
    LiveItemType,
    LiveUpvote,
    User,
    utcnow,
)
from twinspace.writepath import Change, ContentRef, target

# Where the first note goes, from the board's top left corner.
BOARD_MARGIN = 20


def excerpt(text: str) -> str:
    return text if len(text) <= 200 else text[:199] + "…"


def _placed(room: InSession) -> tuple[int, int]:
    """A new note's place: the next free cell of the board's rows, in order."""
    count = (
        room.db.scalar(
            select(func.count()).where(
                LiveItem.session_id == room.session.id, LiveItem.type == LiveItemType.note
            )
        )
        or 0
    )
    rows = (BOARD_HEIGHT - BOARD_MARGIN) // NOTE_STEP_Y
    column, row = count % NOTES_PER_ROW, (count // NOTES_PER_ROW) % rows
    return BOARD_MARGIN + column * NOTE_STEP_X, BOARD_MARGIN + row * NOTE_STEP_Y


async def _post(
    rt: Runtime,
    viewer: Viewer,
    session_id: int,
    item_type: LiveItemType,
    text: str,
    command_key: str | None,
    colour: str | None = None,
) -> dict[str, Any]:
    """A new item in the room from its author (``text``: a reaction's emoji, or words)."""
    words = item_type is not LiveItemType.reaction

    def change(room: InSession) -> Change:
        room.may_write(item_type)
        draft = room.draft
        stored = draft.text if words else text  # words as cleaned; an emoji as it came
        assert stored is not None
        item = LiveItem(
            session_id=room.session.id,
            space_id=room.session.space_id,
            type=item_type,
            author_id=viewer.user.id,
            text=stored,
            status=ContentStatus.held if draft.held else ContentStatus.visible,
            created_at=utcnow(),
        )
        if item_type is LiveItemType.note:
            item.x, item.y = _placed(room)
            item.colour = colour
        room.db.add(item)
        room.db.flush()
        view = item_view(item, viewer.user.display_name)
        content_type = CONTENT_TYPES.get(item_type)
        content = ContentRef(content_type, item.id, excerpt(item.text)) if content_type else None
        return Change(view, [room.to_room(Event.item, view)], content)

    return await in_session(
        rt,
        viewer,
        session_id,
        Action.live_take_part,
        command_key,
        change,
        text=text if words else None,
        content=True,
    )


async def say(rt: Runtime, viewer: Viewer, data: SayIn, command_key: str | None) -> dict[str, Any]:
    return await _post(rt, viewer, data.session_id, LiveItemType.message, data.text, command_key)


async def react(
    rt: Runtime, viewer: Viewer, data: ReactIn, command_key: str | None
) -> dict[str, Any]:
    return await _post(
        rt, viewer, data.session_id, LiveItemType.reaction, data.reaction, command_key
    )


async def ask(rt: Runtime, viewer: Viewer, data: AskIn, command_key: str | None) -> dict[str, Any]:
    return await _post(rt, viewer, data.session_id, LiveItemType.question, data.text, command_key)


async def add_note(
    rt: Runtime, viewer: Viewer, data: NoteIn, command_key: str | None
) -> dict[str, Any]:
    return await _post(
        rt, viewer, data.session_id, LiveItemType.note, data.text, command_key, data.colour
    )


# ---------------------------------------------------------------- on items


def _shown(room: InSession, item_id: int, item_type: LiveItemType | None = None) -> LiveItem:
    """An item of the room that the room shows (visible, not cleared)."""
    item = room.db.get(LiveItem, item_id)
    if (
        item is None
        or item.session_id != room.session.id
        or item.cleared_at is not None
        or item.status is not ContentStatus.visible
        or (item_type is not None and item.type is not item_type)
    ):
        raise AppError(Code.not_found)
    return item


async def _on_item(
    rt: Runtime,
    viewer: Viewer,
    item_id: int,
    action: Action,
    command_key: str | None,
    change: Callable[[InSession], Change],
) -> dict[str, Any]:
    """Change an item of a room; its session is looked up first."""
    found = await target(rt, LiveItem, item_id)
    return await in_session(rt, viewer, found.session_id, action, command_key, change)


def _changed(room: InSession, item: LiveItem) -> Change:
    """The item's new view, to the room."""
    name = room.db.get_one(User, item.author_id).display_name
    count = upvotes(room.db, item.id) if item.type is LiveItemType.question else 0
    view = item_view(item, name, count)
    return Change(view, [room.to_room(Event.item, view)])


async def clear(
    rt: Runtime, viewer: Viewer, data: ItemRef, command_key: str | None
) -> dict[str, Any]:
    """A teacher takes an item off the room (kept for the audit, never shown)."""

    def change(room: InSession) -> Change:
        item = room.db.get_one(LiveItem, data.item_id)
        if item.cleared_at is not None:
            raise AppError(Code.not_found)
        was_visible = item.status is ContentStatus.visible
        item.cleared_at, item.cleared_by = utcnow(), viewer.user.id
        room.db.add(
            AuditEntry(
                space_id=room.session.space_id,
                actor_id=viewer.user.id,
                action="live.clear",
                target=f"live.{item.type.value}:{item.id}",
                data={"author_id": item.author_id, "session_id": room.session.id},
            )
        )
        changed = _changed(room, item)
        if not was_visible:  # held: only its author saw it, and the review queue has it
            changed.events = []
        content_type = CONTENT_TYPES.get(item.type)
        if content_type is not None:
            changed.withdrawn = ContentRef(content_type, item.id)
        return changed

    return await _on_item(rt, viewer, data.item_id, Action.live_run, command_key, change)


async def answer(
    rt: Runtime, viewer: Viewer, data: AnswerIn, command_key: str | None
) -> dict[str, Any]:
    def change(room: InSession) -> Change:
        item = _shown(room, data.question_id, LiveItemType.question)
        item.answered_at = utcnow() if data.answered else None
        return _changed(room, item)

    return await _on_item(rt, viewer, data.question_id, Action.live_run, command_key, change)


async def arrange(
    rt: Runtime, viewer: Viewer, data: ArrangeIn, command_key: str | None
) -> dict[str, Any]:
    """A teacher moves a note on the board."""

    def change(room: InSession) -> Change:
        item = _shown(room, data.note_id, LiveItemType.note)
        item.x, item.y = data.x, data.y
        return _changed(room, item)

    return await _on_item(rt, viewer, data.note_id, Action.live_run, command_key, change)


async def upvote(
    rt: Runtime, viewer: Viewer, data: UpvoteIn, command_key: str | None
) -> dict[str, Any]:
    """A classmate up-votes a question (once), or takes the up-vote back. The count
    is read from the database after the change (the space's lock orders them)."""

    def change(room: InSession) -> Change:
        item = _shown(room, data.question_id, LiveItemType.question)
        if item.author_id == viewer.user.id:
            raise AppError(Code.forbidden, details={"reason": "live.own_question"})
        mine = LiveUpvote.question_id == item.id, LiveUpvote.voter_id == viewer.user.id
        present = room.db.scalar(select(func.count()).where(*mine))
        if data.on and not present:
            room.db.add(LiveUpvote(question_id=item.id, voter_id=viewer.user.id))
            room.db.flush()
        elif not data.on and present:
            room.db.execute(delete(LiveUpvote).where(*mine))
        view = {
            "session_id": room.session.id,
            "question_id": item.id,
            "upvotes": upvotes(room.db, item.id),
            "mine": data.on,
        }
        shared = {k: v for k, v in view.items() if k != "mine"}
        return Change(view, [room.to_room(Event.upvotes, shared)])

    return await _on_item(rt, viewer, data.question_id, Action.live_take_part, command_key, change)
