"""Pen friends: the teachers of two partner classes pair their pupils.

By hand (the pairs given) or automatically: every pupil of the larger class
gets one pen friend in the smaller, and the pupils of the smaller class share
the larger class out evenly (with 20 and 25 pupils, five of the twenty get two
pen friends). Pairing again replaces the two classes' pairs. Both teachers see
the pairs; each pupil sees their own.
"""

from __future__ import annotations

import random
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from twinspace.access import access
from twinspace.errors import AppError, Code, invalid
from twinspace.moderation.policy import Action
from twinspace.postcards.schemas import Event, PairsIn
from twinspace.postcards.views import ClassInfo, classes_in_space
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage.events import class_key
from twinspace.storage.models import (
    Audience,
    AuditEntry,
    Membership,
    PenFriend,
    SpaceRole,
    User,
    utcnow,
)
from twinspace.writepath import Change, Draft, EventSpec, Intent, write

PUPIL_ROLES = (SpaceRole.pupil, SpaceRole.pupil_admin)


def balanced(ours: list[int], theirs: list[int]) -> list[tuple[int, int]]:
    """Every pupil of both classes paired, in a random order, the larger class's
    pupils each with one of the smaller's, shared out evenly. (ours, theirs) pairs."""
    if not ours or not theirs:
        return []
    first, second = list(ours), list(theirs)
    random.shuffle(first)
    random.shuffle(second)
    if len(first) >= len(second):
        return [(pupil, second[i % len(second)]) for i, pupil in enumerate(first)]
    return [(first[i % len(first)], pupil) for i, pupil in enumerate(second)]


def pupils_of(db: Session, space_id: int, class_id: int) -> dict[int, str]:
    """The pupils a class brought into the space: id -> name."""
    rows = db.execute(
        select(User.id, User.display_name)
        .join(Membership, Membership.user_id == User.id)
        .where(
            Membership.space_id == space_id,
            Membership.class_id == class_id,
            Membership.role.in_(PUPIL_ROLES),
        )
        .order_by(User.display_name)
    )
    return dict(rows.all())


def _two_classes(
    db: Session, space_id: int, class_id: int, partner_id: int, user_id: int
) -> tuple[ClassInfo, ClassInfo]:
    here = classes_in_space(db, space_id)
    if class_id not in here or partner_id not in here:
        raise AppError(Code.not_found)
    if class_id == partner_id:
        raise invalid("partner_class_id", "same_class")
    ours, theirs = here[class_id], here[partner_id]
    if user_id not in (ours.teacher_id, theirs.teacher_id):
        raise AppError(Code.forbidden)  # a teacher pairs their own class only
    return ours, theirs


def _between(space_id: int, a: int, b: int) -> Any:
    return (PenFriend.space_id == space_id) & or_(
        (PenFriend.class_id == a) & (PenFriend.friend_class_id == b),
        (PenFriend.class_id == b) & (PenFriend.friend_class_id == a),
    )


def pairs_view(db: Session, space_id: int, ours: ClassInfo, theirs: ClassInfo) -> dict[str, Any]:
    """The two classes' pairs, and their pupils (to pair by hand)."""
    mine, others = pupils_of(db, space_id, ours.id), pupils_of(db, space_id, theirs.id)
    names = {**mine, **others}
    rows = db.scalars(select(PenFriend).where(_between(space_id, ours.id, theirs.id))).all()
    pairs = []
    for row in rows:
        pupil, friend = (row.pupil_id, row.friend_id)
        if row.class_id != ours.id:
            pupil, friend = friend, pupil
        pairs.append(
            {
                "pupil": {"id": pupil, "display_name": names.get(pupil, "")},
                "friend": {"id": friend, "display_name": names.get(friend, "")},
            }
        )
    pairs.sort(key=lambda p: (p["pupil"]["display_name"], p["friend"]["display_name"]))
    return {
        "class": ours.view(),
        "partner_class": theirs.view(),
        "pairs": pairs,
        "pupils": [{"id": i, "display_name": n} for i, n in mine.items()],
        "partner_pupils": [{"id": i, "display_name": n} for i, n in others.items()],
    }


async def pair(
    rt: Runtime, viewer: Viewer, data: PairsIn, command_key: str | None
) -> dict[str, Any]:
    def persist(draft: Draft) -> Change:
        ours, theirs = _two_classes(
            draft.db, draft.space.id, data.class_id, data.partner_class_id, viewer.user.id
        )
        mine = pupils_of(draft.db, draft.space.id, ours.id)
        others = pupils_of(draft.db, draft.space.id, theirs.id)
        if data.pairs is None:
            pairs = balanced(list(mine), list(others))
        else:
            pairs = [(p.pupil_id, p.friend_id) for p in data.pairs]
            for index, (pupil, friend) in enumerate(pairs):
                if pupil not in mine or friend not in others:
                    raise invalid(f"pairs.{index}", "not_in_the_classes")
        draft.db.execute(delete(PenFriend).where(_between(draft.space.id, ours.id, theirs.id)))
        for pupil, friend in dict.fromkeys(pairs):
            draft.db.add(
                PenFriend(
                    space_id=draft.space.id,
                    class_id=ours.id,
                    pupil_id=pupil,
                    friend_class_id=theirs.id,
                    friend_id=friend,
                    paired_by=viewer.user.id,
                    created_at=utcnow(),
                )
            )
        draft.db.add(
            AuditEntry(
                space_id=draft.space.id,
                actor_id=viewer.user.id,
                action="postcard.pen_friends",
                target=f"classes:{ours.id},{theirs.id}",
                data={"pairs": len(pairs), "automatic": data.pairs is None},
            )
        )
        draft.db.flush()
        view = pairs_view(draft.db, draft.space.id, ours, theirs)
        keys = (class_key(ours.id), class_key(theirs.id))
        return Change(
            view, [EventSpec(Event.pen_friends, view, Audience.group, audience_group=keys)]
        )

    intent = Intent(data.space_id, Action.postcard_pair, command_key=command_key)
    return await write(rt, viewer, intent, persist)


async def pairs(
    rt: Runtime, viewer: Viewer, space_id: int, class_id: int, partner_id: int
) -> dict[str, Any]:
    """Two classes' pen friends, for the teacher of either."""
    async with rt.db() as db:
        await access(db, viewer.user, space_id, Action.postcard_pair)

        def read(db: Session) -> dict[str, Any]:
            ours, theirs = _two_classes(db, space_id, class_id, partner_id, viewer.user.id)
            return pairs_view(db, space_id, ours, theirs)

        return await db.run_sync(read)


def pen_friends_of(db: Session, space_id: int, user_id: int) -> list[dict[str, Any]]:
    """A pupil's pen friends in a space, with the class each is in."""
    rows = db.scalars(
        select(PenFriend).where(
            PenFriend.space_id == space_id,
            or_(PenFriend.pupil_id == user_id, PenFriend.friend_id == user_id),
        )
    ).all()
    friends = {
        (r.friend_id, r.friend_class_id) if r.pupil_id == user_id else (r.pupil_id, r.class_id)
        for r in rows
    }
    names = dict(
        db.execute(
            select(User.id, User.display_name).where(User.id.in_({f for f, _ in friends}))
        ).all()
    )
    return sorted(
        ({"id": f, "display_name": names.get(f, ""), "class_id": c} for f, c in friends),
        key=lambda friend: str(friend["display_name"]),
    )
