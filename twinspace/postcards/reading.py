"""Reading postcards: the exchange at a glance, a class's mailbox, the cards one
sent with their state, the space's gallery, one card, and the map.

Each answer carries the space's ``seq`` read first, so a client subscribes from
there and misses no card that changes meanwhile.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from twinspace.access import access
from twinspace.errors import AppError, Code
from twinspace.moderation.policy import Action
from twinspace.postcards import geography
from twinspace.postcards.pairing import pen_friends_of
from twinspace.postcards.schemas import GALLERY_PAGE, LIST_CARDS, STAMPS
from twinspace.postcards.views import PUBLIC, ClassInfo, card_views, classes_in_space
from twinspace.postcards.writes import readable_card
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage import events
from twinspace.storage.models import CardState, ContentStatus, Membership, Postcard


def _my_classes(db: Session, space_id: int, user_id: int, here: dict[int, ClassInfo]) -> list[int]:
    """The classes someone belongs to in a space: a pupil's own, a teacher's taught."""
    own = db.scalar(
        select(Membership.class_id).where(
            Membership.space_id == space_id, Membership.user_id == user_id
        )
    )
    if own is not None:
        return [own]
    return sorted(c.id for c in here.values() if c.teacher_id == user_id)


async def _read(rt: Runtime, viewer: Viewer, space_id: int, read: Any) -> dict[str, Any]:
    async with rt.db() as db:
        await access(db, viewer.user, space_id, Action.postcard_read)
        seq = await events.last_seq(db, space_id)
        return {"seq": seq, **await db.run_sync(read)}


async def overview(rt: Runtime, viewer: Viewer, space_id: int) -> dict[str, Any]:
    """The exchange's classes (with which are the viewer's), the viewer's pen
    friends and the stamps: what the composer offers."""

    def read(db: Session) -> dict[str, Any]:
        here = classes_in_space(db, space_id)
        return {
            "classes": [c.view() for c in sorted(here.values(), key=lambda c: c.id)],
            "my_classes": _my_classes(db, space_id, viewer.user.id, here),
            "pen_friends": pen_friends_of(db, space_id, viewer.user.id),
            "stamps": list(STAMPS),
        }

    return await _read(rt, viewer, space_id, read)


def _cards(db: Session, *where: Any) -> list[dict[str, Any]]:
    found = db.scalars(
        select(Postcard)
        .where(Postcard.status != ContentStatus.removed, *where)
        .order_by(Postcard.id.desc())
        .limit(LIST_CARDS)
    ).all()
    return card_views(db, list(found))


async def mailbox(rt: Runtime, viewer: Viewer, space_id: int) -> dict[str, Any]:
    """Cards that reached the viewer's class; for its teacher, also those waiting
    for them at the class's door."""

    def read(db: Session) -> dict[str, Any]:
        classes = classes_in_space(db, space_id)
        mine = _my_classes(db, space_id, viewer.user.id, classes)
        here = and_(Postcard.space_id == space_id, Postcard.to_class_id.in_(mine))
        teaching = [c for c in mine if classes[c].teacher_id == viewer.user.id]
        waiting = and_(
            Postcard.to_class_id.in_(teaching),
            Postcard.state == CardState.awaiting_receiver_teacher,
            Postcard.status == ContentStatus.visible,
        )
        return {"cards": _cards(db, here, or_(Postcard.state.in_(PUBLIC), waiting))}

    return await _read(rt, viewer, space_id, read)


async def sent(rt: Runtime, viewer: Viewer, space_id: int) -> dict[str, Any]:
    """The viewer's own cards in every state but thrown away; for a teacher, also
    their classes' cards once sent to them (those they approve or gave back)."""

    def read(db: Session) -> dict[str, Any]:
        here = classes_in_space(db, space_id)
        taught = [c.id for c in here.values() if c.teacher_id == viewer.user.id]
        own = Postcard.author_id == viewer.user.id
        # The class's cards from the moment they are sent to its teacher (drafts
        # are their authors' alone).
        pupils = and_(Postcard.from_class_id.in_(taught), Postcard.state != CardState.draft)
        return {
            "cards": _cards(
                db,
                Postcard.space_id == space_id,
                Postcard.state != CardState.discarded,
                or_(own, pupils),
            )
        }

    return await _read(rt, viewer, space_id, read)


async def gallery(rt: Runtime, viewer: Viewer, space_id: int, before: int | None) -> dict[str, Any]:
    """The space's delivered cards, newest first, a page at a time."""

    def read(db: Session) -> dict[str, Any]:
        query = (
            select(Postcard)
            .where(
                Postcard.space_id == space_id,
                Postcard.state.in_(PUBLIC),
                Postcard.status == ContentStatus.visible,
            )
            .order_by(Postcard.delivered_at.desc(), Postcard.id.desc())
            .limit(GALLERY_PAGE)
        )
        if before is not None:
            query = query.where(Postcard.id < before)
        return {"cards": card_views(db, list(db.scalars(query).all()))}

    return await _read(rt, viewer, space_id, read)


async def card(rt: Runtime, viewer: Viewer, card_id: int) -> dict[str, Any]:
    async with rt.db() as db:
        found = await db.get(Postcard, card_id)
        if found is None:
            raise AppError(Code.not_found)
        await access(db, viewer.user, found.space_id, Action.postcard_read)

        def read(db: Session) -> dict[str, Any]:
            return card_views(db, [readable_card(db, card_id, viewer.user.id)])[0]

        return await db.run_sync(read)


async def exchange_map(rt: Runtime, viewer: Viewer, space_id: int) -> dict[str, Any]:
    """The exchanging schools on the map of Europe, and how many cards went
    between each two of them."""

    def read(db: Session) -> dict[str, Any]:
        here = classes_in_space(db, space_id)
        schools: dict[int, dict[str, Any]] = {}
        for info in here.values():
            school = info.school
            place = geography.locate(school["country"], school["town"])
            if place is None:
                continue
            entry = schools.setdefault(
                school["id"],
                {**school, "x": place[0], "y": place[1], "approximate": place[2], "classes": []},
            )
            entry["classes"].append(info.name)
        school_of: dict[int, int] = {c.id: c.school["id"] for c in here.values()}
        counts: dict[tuple[int, int], int] = {}
        rows = db.execute(
            select(Postcard.from_class_id, Postcard.to_class_id).where(
                Postcard.space_id == space_id,
                Postcard.state.in_(PUBLIC),
                Postcard.status == ContentStatus.visible,
            )
        )
        for from_class, to_class in rows:
            one, other = school_of.get(from_class), school_of.get(to_class)
            if one is not None and other is not None and one != other:
                key = (min(one, other), max(one, other))
                counts[key] = counts.get(key, 0) + 1
        return {
            "view_box": " ".join(str(v) for v in geography.view_box()),
            "schools": sorted(schools.values(), key=lambda s: s["id"]),
            "routes": [{"schools": list(k), "cards": n} for k, n in sorted(counts.items())],
        }

    return await _read(rt, viewer, space_id, read)
