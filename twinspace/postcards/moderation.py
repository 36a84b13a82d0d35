"""How the review queue, reports and removals act on postcards.

A pupil's card whose message screening held waits in the review queue as well
as for its teacher. Approving it there clears the hold (its sending teacher
still lets it go); refusing it gives the card back to its author with the
teacher's note. A moderator's removal takes it from every mailbox and gallery.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from twinspace.errors import AppError, Code
from twinspace.moderation.policy import Action, Seat, allowed
from twinspace.moderation.sanitize import TextForm
from twinspace.postcards.schemas import CONTENT_TYPE, MAX_MESSAGE_CHARS, Event
from twinspace.postcards.states import CardAction, Party
from twinspace.postcards.views import events_for, readers, teachers_of
from twinspace.postcards.writes import move
from twinspace.storage.models import ContentStatus, Postcard, SpaceStatus
from twinspace.writepath import EventSpec


def _held(db: Session, card_id: int) -> Postcard:
    card = db.get(Postcard, card_id)
    if card is None or card.status is not ContentStatus.held:
        raise AppError(Code.not_found)
    return card


class PostcardCards:
    """``kinds.ReviewAdapter`` for postcards."""

    content_type = CONTENT_TYPE
    max_chars = MAX_MESSAGE_CHARS
    text_form = TextForm.plain

    def locate(self, db: Session, content_id: int) -> tuple[int, int] | None:
        card = db.get(Postcard, content_id)
        return None if card is None else (card.space_id, card.author_id)

    def approve(self, db: Session, content_id: int, text: str | None) -> list[EventSpec]:
        card = _held(db, content_id)
        if text is not None:
            card.message = text
        card.status = ContentStatus.visible
        return events_for(db, card)

    def reject(self, db: Session, content_id: int, note: str) -> list[EventSpec]:
        card = _held(db, content_id)
        move(db, None, card, CardAction.give_back, frozenset({Party.reviewer}), note)
        card.status, card.return_reason = ContentStatus.rejected, note
        return events_for(db, card)

    def remove(self, db: Session, content_id: int) -> list[EventSpec]:
        card = db.get(Postcard, content_id)
        if card is None or card.status is ContentStatus.removed:
            raise AppError(Code.not_found)
        specs = [
            EventSpec(Event.removed, {"id": card.id, "space_id": card.space_id}, s.audience,
                      s.audience_user_id, s.audience_group)
            for s in events_for(db, card)
        ]  # fmt: skip
        card.status = ContentStatus.removed
        return specs

    def readable(self, db: Session, content_id: int, seat: Seat, user_id: int) -> bool:
        card = db.get(Postcard, content_id)
        if card is None or card.status is ContentStatus.removed:
            return False
        who = readers(card, teachers_of(db, card))
        if who is not None:
            return user_id in who
        return allowed(seat, Action.postcard_read, SpaceStatus.open)

    def text(self, db: Session, content_id: int) -> str:
        return db.get_one(Postcard, content_id).message
