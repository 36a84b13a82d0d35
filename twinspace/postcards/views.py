"""How cards look to readers (HTTP pages and events alike), and who may read one.

Synchronous, on a ``Session``: the write path builds events with them inside its
transaction, and readers call them through ``AsyncSession.run_sync``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from twinspace.media import media_view
from twinspace.postcards.schemas import Event
from twinspace.storage.events import class_key
from twinspace.storage.models import (
    Audience,
    CardState,
    Media,
    Membership,
    Postcard,
    School,
    SchoolClass,
    User,
)
from twinspace.writepath import EventSpec

# Seen by everyone who reads the space's postcards: its gallery.
PUBLIC = frozenset({CardState.delivered, CardState.replied})
# How much of a message the review queue and reports quote.
EXCERPT_CHARS = 200


@dataclass(frozen=True)
class ClassInfo:
    id: int
    name: str
    teacher_id: int
    school: dict[str, Any]

    def view(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "school": self.school}


def school_view(school: School) -> dict[str, Any]:
    return {"id": school.id, "name": school.name, "country": school.country, "town": school.town}


def classes(db: Session, class_ids: Iterable[int]) -> dict[int, ClassInfo]:
    rows = db.execute(
        select(SchoolClass, School)
        .join(School, School.id == SchoolClass.school_id)
        .where(SchoolClass.id.in_(set(class_ids)))
    )
    return {c.id: ClassInfo(c.id, c.name, c.teacher_id, school_view(school)) for c, school in rows}


def classes_in_space(db: Session, space_id: int) -> dict[int, ClassInfo]:
    """The classes whose pupils came into the space: the partners of an exchange."""
    ids = db.scalars(
        select(Membership.class_id)
        .where(Membership.space_id == space_id, Membership.class_id.is_not(None))
        .distinct()
    ).all()
    return classes(db, [i for i in ids if i is not None])


def readers(card: Postcard, teachers: dict[int, int]) -> frozenset[int] | None:
    """Who may see a card now: these users, or (None) everyone who reads the
    space's postcards. ``teachers``: class id -> its teacher's id."""
    if card.state in PUBLIC:
        return None
    if card.state in (CardState.draft, CardState.discarded):
        return frozenset({card.author_id})
    sending = {card.author_id, teachers[card.from_class_id]}
    if card.state is CardState.awaiting_sender_teacher:
        return frozenset(sending)
    # Waiting for the receiving teacher, or given back: that teacher has seen it
    # only if it had left its class.
    if card.state is CardState.returned and card.sent_at is None:
        return frozenset(sending)
    return frozenset(sending | {teachers[card.to_class_id]})


def excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1] + "…"


def card_views(db: Session, cards: list[Postcard]) -> list[dict[str, Any]]:
    """Cards as readers see them, their people, classes and pictures read together."""
    if not cards:
        return []
    people = {c.author_id for c in cards} | {c.to_user_id for c in cards if c.to_user_id}
    names = dict(db.execute(select(User.id, User.display_name).where(User.id.in_(people))).all())
    found = classes(db, {c.from_class_id for c in cards} | {c.to_class_id for c in cards})
    pictures = {
        m.id: m for m in db.scalars(select(Media).where(Media.id.in_({c.media_id for c in cards})))
    }
    return [
        {
            "id": c.id,
            "space_id": c.space_id,
            "state": c.state.value,
            "status": c.status.value,
            "author": {"id": c.author_id, "display_name": names.get(c.author_id, "")},
            "from_class": found[c.from_class_id].view(),
            "to_class": found[c.to_class_id].view(),
            "to_user": None
            if c.to_user_id is None
            else {"id": c.to_user_id, "display_name": names[c.to_user_id]},
            "reply_to": c.reply_to,
            "media": media_view(pictures[c.media_id]),
            "message": c.message,
            "stamp": c.stamp,
            "return_reason": c.return_reason,
            "created_at": c.created_at.isoformat(),
            "sent_at": c.sent_at.isoformat() if c.sent_at else None,
            "delivered_at": c.delivered_at.isoformat() if c.delivered_at else None,
        }
        for c in cards
    ]


def card_view(db: Session, card: Postcard) -> dict[str, Any]:
    return card_views(db, [card])[0]


def events_for(db: Session, card: Postcard) -> list[EventSpec]:
    """The card's ``postcard.card`` event, for those who may see it now: the two
    classes and their teachers once it is delivered (a group audience), else
    each of the few people it concerns."""
    view = card_view(db, card)
    teachers = teachers_of(db, card)
    who = readers(card, teachers)
    if who is None:
        keys = (class_key(card.from_class_id), class_key(card.to_class_id))
        return [EventSpec(Event.card, view, Audience.group, audience_group=keys)]
    return [EventSpec(Event.card, view, Audience.user, user) for user in sorted(who)]


def teachers_of(db: Session, card: Postcard) -> dict[int, int]:
    """Class id -> teacher id, for the card's two classes."""
    return dict(
        db.execute(
            select(SchoolClass.id, SchoolClass.teacher_id).where(
                SchoolClass.id.in_([card.from_class_id, card.to_class_id])
            )
        ).all()
    )
