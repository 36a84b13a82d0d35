"""Everything done to a card, each a write through the hallway, each step audited.

A card is written as a draft (its author's alone, not screened: nobody else
sees it), then sent: a pupil's message is screened then, like a chat line,
and one holding a phone number is held in the review queue. Teachers approve
or give back; the space's settings decide whether the receiving teacher is
asked too. Every change of state goes through ``states.next_state``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from twinspace.errors import AppError, Code, invalid
from twinspace.moderation.policy import Action
from twinspace.moderation.sanitize import plain_text
from twinspace.postcards.schemas import (
    CONTENT_TYPE,
    NAME,
    CardEdit,
    CardIn,
    CardRef,
    CardReturn,
    PostcardSettings,
)
from twinspace.postcards.states import CardAction, Party, next_state
from twinspace.postcards.views import (
    card_view,
    classes_in_space,
    events_for,
    excerpt,
    readers,
    teachers_of,
)
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage.models import (
    AuditEntry,
    CardState,
    ContentStatus,
    Media,
    MediaUpload,
    Membership,
    PenFriend,
    Postcard,
    utcnow,
)
from twinspace.writepath import Change, ContentRef, Draft, EventSpec, Intent, target, write


def parties(db: Session, card: Postcard, user_id: int) -> frozenset[Party]:
    teachers = teachers_of(db, card)
    found = set()
    if card.author_id == user_id:
        found.add(Party.author)
    if teachers[card.from_class_id] == user_id:
        found.add(Party.sending_teacher)
    if teachers[card.to_class_id] == user_id:
        found.add(Party.receiving_teacher)
    return frozenset(found)


def readable_card(db: Session, card_id: int, user_id: int) -> Postcard:
    """The card, if ``user_id`` may see it now (the gallery's cards: whoever reads
    the space's postcards); ``not_found`` otherwise, so ids reveal nothing."""
    card = db.get(Postcard, card_id)
    if card is None or card.status is ContentStatus.removed:
        raise AppError(Code.not_found)
    who = readers(card, teachers_of(db, card))
    if who is not None and user_id not in who:
        raise AppError(Code.not_found)
    return card


def move(
    db: Session,
    actor_id: int | None,
    card: Postcard,
    action: CardAction,
    who: frozenset[Party],
    reason: str = "",
) -> None:
    """One step of the card's life, as the state table allows it, audited."""
    was = card.state
    card.state = next_state(was, action, who)
    db.add(
        AuditEntry(
            space_id=card.space_id,
            actor_id=actor_id,
            action=f"postcard.{action.value}",
            target=f"{CONTENT_TYPE}:{card.id}",
            reason=reason,
            data={"from": was.value, "to": card.state.value},
        )
    )


def _approved(
    draft: Draft, viewer: Viewer, card: Postcard, who: frozenset[Party]
) -> list[Postcard]:
    """Approve as the card's teacher; the cards whose state this changed (an
    answer's arrival marks the card it answers ``replied``)."""
    if card.status is ContentStatus.held:
        # Its text waits in the review queue: a teacher decides there first.
        raise AppError(Code.wrong_state, details={"reason": "postcard.held"})
    now = utcnow()
    if card.state is CardState.awaiting_sender_teacher:
        card.sent_at = now
    move(draft.db, viewer.user.id, card, CardAction.approve, who)
    settings = draft.space.settings[PostcardSettings]
    if (
        card.state is CardState.awaiting_receiver_teacher
        and not settings.receiving_teacher_approves
    ):
        move(draft.db, viewer.user.id, card, CardAction.deliver, frozenset({Party.post}))
    if card.state is not CardState.delivered:
        return [card]
    card.delivered_at = now
    answered = draft.db.get(Postcard, card.reply_to) if card.reply_to else None
    if answered is None or answered.state is not CardState.delivered:
        return [card]
    move(draft.db, viewer.user.id, answered, CardAction.answer, frozenset({Party.post}))
    return [card, answered]


def _changed(draft: Draft, cards: list[Postcard]) -> Change:
    draft.db.flush()
    specs: list[EventSpec] = [spec for card in cards for spec in events_for(draft.db, card)]
    return Change(card_view(draft.db, cards[0]), specs)


# ---------------------------------------------------------------- writing


def _message(text: str) -> str:
    cleaned = plain_text(text)
    if not cleaned:
        raise invalid("message", "empty")
    return cleaned


def _picture(db: Session, space_id: int, media_id: int, author_id: int) -> None:
    """A picture of the card's space that its author uploaded: pictures have
    numbers, and another's (a classmate's photo on a card their teacher has not
    seen yet) must not come to one's own card to be looked at."""
    media = db.get(Media, media_id)
    if media is None or media.space_id != space_id:
        raise invalid("media_id", "not_found")
    if db.get(MediaUpload, (media_id, author_id)) is None:
        raise invalid("media_id", "not_found")


def _from_class(draft: Draft, viewer: Viewer, data: CardIn) -> int:
    """The class a card comes from: a pupil's own; one a teacher teaches here."""
    membership = draft.db.scalar(
        select(Membership).where(
            Membership.space_id == draft.space.id, Membership.user_id == viewer.user.id
        )
    )
    if membership is not None and membership.class_id is not None:
        return membership.class_id
    taught = [
        c.id for c in classes_in_space(draft.db, draft.space.id).values()
        if c.teacher_id == viewer.user.id
    ]  # fmt: skip
    if data.from_class_id is not None:
        if data.from_class_id not in taught:
            raise invalid("from_class_id", "not_found")
        return data.from_class_id
    if len(taught) != 1:
        raise invalid("from_class_id", "missing" if len(taught) > 1 else "no_class")
    return taught[0]


def _answer_goes_to(
    draft: Draft, viewer: Viewer, reply_to: int, from_class: int
) -> tuple[int, int | None]:
    """(class, pupil or None) an answer goes to: the card's class, and its author
    when a pupil of it wrote it. Only the class it reached answers, once."""
    answered = readable_card(draft.db, reply_to, viewer.user.id)
    if answered.space_id != draft.space.id or answered.state is not CardState.delivered:
        raise invalid("reply_to", "not_answerable")
    if from_class != answered.to_class_id:
        raise invalid("reply_to", "not_to_your_class")
    teacher = teachers_of(draft.db, answered)[answered.to_class_id]
    if answered.to_user_id not in (None, viewer.user.id) and viewer.user.id != teacher:
        raise invalid("reply_to", "not_to_you")  # a pen friend's card: theirs to answer
    other = draft.db.scalar(
        select(Postcard.id).where(
            Postcard.reply_to == answered.id, Postcard.state != CardState.discarded
        )
    )
    if other is not None:
        raise AppError(Code.conflict)  # one answer per card
    author_class = draft.db.scalar(
        select(Membership.class_id).where(
            Membership.space_id == draft.space.id, Membership.user_id == answered.author_id
        )
    )
    pen_friend = answered.author_id if author_class == answered.from_class_id else None
    return answered.from_class_id, pen_friend


def _addressed(
    draft: Draft, viewer: Viewer, data: CardIn, from_class: int
) -> tuple[int, int | None]:
    """(class, pupil or None) a new card goes to: a partner class, one of its
    pupils who is the author's pen friend, or whoever wrote the card it answers."""
    if data.reply_to is not None:
        return _answer_goes_to(draft, viewer, data.reply_to, from_class)
    here = classes_in_space(draft.db, draft.space.id)
    if data.to_class_id is None:
        raise invalid("to_class_id", "missing")
    if data.to_class_id not in here or data.to_class_id == from_class:
        raise invalid("to_class_id", "not_a_partner")
    if data.to_user_id is not None:
        paired = draft.db.scalar(
            select(PenFriend.id).where(
                PenFriend.space_id == draft.space.id,
                ((PenFriend.pupil_id == viewer.user.id) & (PenFriend.friend_id == data.to_user_id))
                | (
                    (PenFriend.friend_id == viewer.user.id)
                    & (PenFriend.pupil_id == data.to_user_id)
                ),
            )
        )
        if paired is None:
            raise invalid("to_user_id", "not_a_pen_friend")
    return data.to_class_id, data.to_user_id


async def create(
    rt: Runtime, viewer: Viewer, data: CardIn, command_key: str | None
) -> dict[str, Any]:
    """A new card, as a draft of its author's."""
    message = _message(data.message)

    def persist(draft: Draft) -> Change:
        _picture(draft.db, draft.space.id, data.media_id, viewer.user.id)
        from_class = _from_class(draft, viewer, data)
        to_class, to_user = _addressed(draft, viewer, data, from_class)
        card = Postcard(
            space_id=draft.space.id,
            author_id=viewer.user.id,
            from_class_id=from_class,
            to_class_id=to_class,
            to_user_id=to_user,
            reply_to=data.reply_to,
            media_id=data.media_id,
            message=message,
            stamp=data.stamp,
            state=CardState.draft,
            status=ContentStatus.visible,
            return_reason="",
            created_at=utcnow(),
        )
        draft.db.add(card)
        return _changed(draft, [card])

    intent = Intent(data.space_id, Action.postcard_write, NAME, command_key=command_key)
    return await write(rt, viewer, intent, persist)


async def edit(
    rt: Runtime, viewer: Viewer, data: CardEdit, command_key: str | None
) -> dict[str, Any]:
    """Change a draft, or write again a card given back (it becomes a draft)."""
    found = await target(rt, Postcard, data.card_id)
    message = None if data.message is None else _message(data.message)

    def persist(draft: Draft) -> Change:
        card = readable_card(draft.db, data.card_id, viewer.user.id)
        move(
            draft.db, viewer.user.id, card, CardAction.edit, parties(draft.db, card, viewer.user.id)
        )
        if data.media_id is not None:
            _picture(draft.db, draft.space.id, data.media_id, viewer.user.id)
            card.media_id = data.media_id
        card.message = message or card.message
        card.stamp = data.stamp or card.stamp
        card.status, card.return_reason, card.sent_at = ContentStatus.visible, "", None
        return _changed(draft, [card])

    intent = Intent(found.space_id, Action.postcard_write, NAME, command_key=command_key)
    return await write(rt, viewer, intent, persist)


async def send(
    rt: Runtime, viewer: Viewer, data: CardRef, command_key: str | None
) -> dict[str, Any]:
    """Send a draft: to the sending class's teacher, or, for that teacher's own
    card, on its way at once. A pupil's message is screened now."""
    found = await target(rt, Postcard, data.card_id)

    def persist(draft: Draft) -> Change:
        card = readable_card(draft.db, data.card_id, viewer.user.id)
        if draft.text != card.message:  # edited since it was read to be screened
            raise AppError(Code.conflict)
        who = parties(draft.db, card, viewer.user.id)
        move(draft.db, viewer.user.id, card, CardAction.send, who)
        card.status = ContentStatus.held if draft.held else ContentStatus.visible
        changed = [card]
        if Party.sending_teacher in who:
            changed = _approved(draft, viewer, card, who)
        change = _changed(draft, changed)
        change.content = ContentRef(CONTENT_TYPE, card.id, excerpt(card.message))
        return change

    intent = Intent(found.space_id, Action.postcard_write, NAME, found.message, command_key)
    return await write(rt, viewer, intent, persist)


async def discard(
    rt: Runtime, viewer: Viewer, data: CardRef, command_key: str | None
) -> dict[str, Any]:
    found = await target(rt, Postcard, data.card_id)

    def persist(draft: Draft) -> Change:
        card = readable_card(draft.db, data.card_id, viewer.user.id)
        move(
            draft.db,
            viewer.user.id,
            card,
            CardAction.discard,
            parties(draft.db, card, viewer.user.id),
        )
        return _changed(draft, [card])

    intent = Intent(found.space_id, Action.postcard_write, NAME, command_key=command_key)
    return await write(rt, viewer, intent, persist)


# ---------------------------------------------------------------- teachers


async def approve(
    rt: Runtime, viewer: Viewer, data: CardRef, command_key: str | None
) -> dict[str, Any]:
    """Let a card go on: out of its class (sending teacher), or into the
    receiving class's mailbox (receiving teacher, where the space asks)."""
    found = await target(rt, Postcard, data.card_id)

    def persist(draft: Draft) -> Change:
        card = readable_card(draft.db, data.card_id, viewer.user.id)
        who = parties(draft.db, card, viewer.user.id)
        return _changed(draft, _approved(draft, viewer, card, who))

    intent = Intent(found.space_id, Action.postcard_decide, command_key=command_key)
    return await write(rt, viewer, intent, persist)


async def give_back(
    rt: Runtime, viewer: Viewer, data: CardReturn, command_key: str | None
) -> dict[str, Any]:
    """Give a card back to its author, saying why: either of its teachers, while
    it waits for them."""
    found = await target(rt, Postcard, data.card_id)
    reason = plain_text(data.reason)

    def persist(draft: Draft) -> Change:
        card = readable_card(draft.db, data.card_id, viewer.user.id)
        who = parties(draft.db, card, viewer.user.id)
        move(draft.db, viewer.user.id, card, CardAction.give_back, who, reason)
        card.return_reason = reason
        return _changed(draft, [card])

    intent = Intent(found.space_id, Action.postcard_decide, command_key=command_key)
    return await write(rt, viewer, intent, persist)
