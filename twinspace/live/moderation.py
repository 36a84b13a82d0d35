"""How the review queue, reports and removals act on a room's written items.

One adapter class serves the three content types of the live kind (a chat
line, a question, a sticky note): they share one table and one life. An
approved item reaches the room as if just written; a refused one is told to
its author only; a removed one leaves the room.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from twinspace.errors import AppError, Code
from twinspace.live.room import invited, may_enter, member_class, to_room
from twinspace.live.schemas import CONTENT_TYPES, MAX_CHARS, Event
from twinspace.live.views import item_view, upvotes
from twinspace.moderation.policy import Action, Seat, allowed
from twinspace.moderation.sanitize import TextForm
from twinspace.storage.models import (
    Audience,
    ContentStatus,
    LiveItem,
    LiveItemType,
    SpaceStatus,
    User,
)
from twinspace.writepath import EventSpec


class HeldLiveItems:
    """``kinds.ReviewAdapter`` for one type of a room's items."""

    text_form = TextForm.plain

    def __init__(self, item_type: LiveItemType) -> None:
        self.item_type = item_type
        self.content_type = CONTENT_TYPES[item_type]
        self.max_chars = MAX_CHARS[item_type]

    def _item(self, db: Session, content_id: int) -> LiveItem:
        item = db.get(LiveItem, content_id)
        if (
            item is None
            or item.type is not self.item_type
            or item.cleared_at is not None
            or item.status is ContentStatus.removed
        ):
            raise AppError(Code.not_found)
        return item

    def _to_room(self, db: Session, item: LiveItem) -> EventSpec:
        name = db.get_one(User, item.author_id).display_name
        count = upvotes(db, item.id) if item.type is LiveItemType.question else 0
        view = item_view(item, name, count)
        return to_room(Event.item, view, item.session_id, invited(db, item.session_id))

    def locate(self, db: Session, content_id: int) -> tuple[int, int] | None:
        item = db.get(LiveItem, content_id)
        if item is None or item.type is not self.item_type:
            return None
        return item.space_id, item.author_id

    def approve(self, db: Session, content_id: int, text: str | None) -> list[EventSpec]:
        item = self._item(db, content_id)
        if text is not None:
            item.text = text
        item.status = ContentStatus.visible
        return [self._to_room(db, item)]

    def reject(self, db: Session, content_id: int, note: str) -> list[EventSpec]:
        item = self._item(db, content_id)
        item.status = ContentStatus.rejected
        name = db.get_one(User, item.author_id).display_name
        view = {**item_view(item, name), "note": note}
        return [EventSpec(Event.item, view, Audience.user, item.author_id)]

    def remove(self, db: Session, content_id: int) -> list[EventSpec]:
        """Take an item down for everyone: the room drops it (its author's copy too)."""
        item = self._item(db, content_id)
        was, item.status = item.status, ContentStatus.removed
        if was is ContentStatus.visible:
            return [self._to_room(db, item)]
        view = item_view(item, db.get_one(User, item.author_id).display_name)
        return [EventSpec(Event.item, view, Audience.user, item.author_id)]

    def readable(self, db: Session, content_id: int, seat: Seat, user_id: int) -> bool:
        """Whether someone in ``seat`` sees the item in its room (so may report it)."""
        item = db.get(LiveItem, content_id)
        if item is None or item.type is not self.item_type or item.cleared_at is not None:
            return False
        if item.status is not ContentStatus.visible and item.author_id != user_id:
            return False
        if not allowed(seat, Action.live_view, SpaceStatus.open):
            return False
        return may_enter(
            seat, member_class(db, item.space_id, user_id), invited(db, item.session_id)
        )

    def text(self, db: Session, content_id: int) -> str:
        return db.get_one(LiveItem, content_id).text


def adapters() -> tuple[HeldLiveItems, ...]:
    return tuple(HeldLiveItems(item_type) for item_type in CONTENT_TYPES)
