"""What clients are told of sessions, items, polls and the speaking queue."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from twinspace.live.timezones import school_timezone
from twinspace.storage.models import (
    HandState,
    LiveHand,
    LiveItem,
    LiveItemType,
    LivePoll,
    LiveSession,
    LiveSessionClass,
    LiveUpvote,
    LiveVote,
    Membership,
    PollState,
    School,
    SchoolClass,
    User,
)


def school_view(school: School) -> dict[str, Any]:
    """A partner school, with the time zone its calendar shows (``timezones``)."""
    return {
        "id": school.id,
        "name": school.name,
        "country": school.country,
        "town": school.town,
        "timezone": school_timezone(school.country, school.town),
    }


def class_view(school_class: SchoolClass, school: School) -> dict[str, Any]:
    return {"id": school_class.id, "name": school_class.name, "school": school_view(school)}


def space_classes(db: Session, space_id: int) -> list[dict[str, Any]]:
    """The classes of a space (those a session may invite), with their schools."""
    in_space = select(Membership.class_id).where(
        Membership.space_id == space_id, Membership.class_id.is_not(None)
    )
    rows = db.execute(
        select(SchoolClass, School)
        .join(School, School.id == SchoolClass.school_id)
        .where(SchoolClass.id.in_(in_space))
        .order_by(School.name, SchoolClass.name)
    )
    return [class_view(school_class, school) for school_class, school in rows]


def invited_classes(db: Session, session_ids: Iterable[int]) -> dict[int, list[dict[str, Any]]]:
    """Each session's invited classes, with their schools."""
    ids = list(session_ids)
    found: dict[int, list[dict[str, Any]]] = {session_id: [] for session_id in ids}
    rows = db.execute(
        select(LiveSessionClass.session_id, SchoolClass, School)
        .join(SchoolClass, SchoolClass.id == LiveSessionClass.class_id)
        .join(School, School.id == SchoolClass.school_id)
        .where(LiveSessionClass.session_id.in_(ids))
        .order_by(School.name, SchoolClass.name)
    )
    for session_id, school_class, school in rows:
        found[session_id].append(class_view(school_class, school))
    return found


def session_view(session: LiveSession, classes: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": session.id,
        "space_id": session.space_id,
        "title": session.title,
        "starts_at": session.starts_at.isoformat(),
        "ends_at": session.ends_at.isoformat(),
        "state": session.state.value,
        "mode": session.mode.value,
        "slow_mode_seconds": session.slow_mode_seconds,
        "opened_at": session.opened_at.isoformat() if session.opened_at else None,
        "ended_at": session.ended_at.isoformat() if session.ended_at else None,
        "record_page_id": session.record_page_id,
        "classes": classes,
    }


def controls_view(session: LiveSession) -> dict[str, Any]:
    return {
        "session_id": session.id,
        "mode": session.mode.value,
        "slow_mode_seconds": session.slow_mode_seconds,
    }


def item_view(item: LiveItem, author_name: str, upvotes: int = 0) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": item.id,
        "session_id": item.session_id,
        "type": item.type.value,
        "author": {"id": item.author_id, "display_name": author_name},
        "text": item.text,
        "status": item.status.value,
        "created_at": item.created_at.isoformat(),
        "cleared": item.cleared_at is not None,
    }
    if item.type is LiveItemType.question:
        view["upvotes"] = upvotes
        view["answered"] = item.answered_at is not None
    elif item.type is LiveItemType.note:
        view.update(x=item.x, y=item.y, colour=item.colour)
    return view


def upvotes(db: Session, question_id: int) -> int:
    return db.scalar(select(func.count()).where(LiveUpvote.question_id == question_id)) or 0


def hands_view(db: Session, session_id: int) -> dict[str, Any]:
    """The speaking queue: the speaker first, then raised hands, oldest first."""
    rows = db.execute(
        select(LiveHand, User.display_name)
        .join(User, User.id == LiveHand.user_id)
        .where(LiveHand.session_id == session_id)
        .order_by(
            case((LiveHand.state == HandState.speaking, 0), else_=1),
            LiveHand.raised_at,
            LiveHand.id,
        )
    )
    hands = [
        {
            "user_id": hand.user_id,
            "display_name": name,
            "state": hand.state.value,
            "raised_at": hand.raised_at.isoformat(),
        }
        for hand, name in rows
    ]
    return {"session_id": session_id, "hands": hands}


def totals(db: Session, poll: LivePoll) -> dict[str, Any]:
    """A poll's votes counted in the database: per option, and per option of each class."""
    counts = [0] * len(poll.options)
    by_class: dict[str, list[int]] = {}
    rows = db.execute(
        select(LiveVote.option, LiveVote.class_id, func.count())
        .where(LiveVote.poll_id == poll.id)
        .group_by(LiveVote.option, LiveVote.class_id)
    )
    for option, class_id, count in rows:
        counts[option] += count
        if class_id is not None:
            by_class.setdefault(str(class_id), [0] * len(poll.options))[option] += count
    return {"counts": counts, "by_class": by_class, "voters": sum(counts)}


def poll_view(db: Session, poll: LivePoll, reveal: bool = False) -> dict[str, Any]:
    """A poll and its totals. A quiz question's answer shows once it closed (or to
    its teachers, ``reveal``): pupils see it on the chart, not in the frames before."""
    shown = reveal or poll.state is PollState.closed
    return {
        "id": poll.id,
        "session_id": poll.session_id,
        "question": poll.question,
        "options": poll.options,
        "quiz": poll.correct is not None,
        "correct": poll.correct if shown else None,
        "state": poll.state.value,
        "created_at": poll.created_at.isoformat(),
        **totals(db, poll),
    }
