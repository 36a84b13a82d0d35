"""Quick polls and quiz questions, and the votes that every class sees counted live.

A teacher opens a poll (one at a time: a new one closes the one before); a
quiz question is a poll with a right option, shown when it closes. Each member
of the room has one vote per poll (a unique row per poll and voter) and may
change it while the poll is open. Every vote is counted in the database after
it is stored, under the space's lock (``room.in_session``), and the totals go
to the room: whatever process a vote reached, the last event states the true
totals.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from twinspace.errors import AppError, Code, invalid
from twinspace.live.room import InSession, in_session
from twinspace.live.schemas import Event, PollIn, PollRef, VoteIn
from twinspace.live.views import poll_view
from twinspace.moderation.policy import Action
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage.models import LivePoll, LiveVote, PollState, utcnow
from twinspace.writepath import Change, EventSpec, target


def _close(room: InSession, poll: LivePoll) -> EventSpec:
    poll.state, poll.closed_at = PollState.closed, utcnow()
    return room.to_room(Event.poll, poll_view(room.db, poll))


async def open_poll(
    rt: Runtime, viewer: Viewer, data: PollIn, command_key: str | None
) -> dict[str, Any]:
    def change(room: InSession) -> Change:
        db = room.db
        still_open = db.scalars(
            select(LivePoll).where(
                LivePoll.session_id == room.session.id, LivePoll.state == PollState.open
            )
        ).all()
        closed = [_close(room, poll) for poll in still_open]
        question, *options = room.draft.titles
        poll = LivePoll(
            session_id=room.session.id,
            space_id=room.session.space_id,
            question=question,
            options=options,
            correct=data.correct,
            state=PollState.open,
            created_by=viewer.user.id,
            created_at=utcnow(),
        )
        db.add(poll)
        db.flush()
        # Its teachers see the right answer at once; the room, when it closes.
        return Change(
            poll_view(db, poll, reveal=True),
            [*closed, room.to_room(Event.poll, poll_view(db, poll))],
        )

    return await in_session(
        rt,
        viewer,
        data.session_id,
        Action.live_run,
        command_key,
        change,
        titles=(data.question, *data.options),
    )


async def close_poll(
    rt: Runtime, viewer: Viewer, data: PollRef, command_key: str | None
) -> dict[str, Any]:
    found = await target(rt, LivePoll, data.poll_id)

    def change(room: InSession) -> Change:
        poll = room.db.get_one(LivePoll, data.poll_id)
        if poll.state is not PollState.open:
            raise AppError(Code.conflict, details={"reason": "live.poll_closed"})
        event = _close(room, poll)
        return Change(event.data, [event])

    return await in_session(rt, viewer, found.session_id, Action.live_run, command_key, change)


async def vote(
    rt: Runtime, viewer: Viewer, data: VoteIn, command_key: str | None
) -> dict[str, Any]:
    """One member's vote (or a changed one), then the totals as the database counts them."""
    found = await target(rt, LivePoll, data.poll_id)

    def change(room: InSession) -> Change:
        db = room.db
        poll = db.get_one(LivePoll, data.poll_id)
        if poll.state is not PollState.open:
            raise AppError(Code.conflict, details={"reason": "live.poll_closed"})
        if data.option >= len(poll.options):
            raise invalid("option", "no_such_option")
        # The space's lock is held (in_session): no other vote of this voter can
        # be between this read and the insert, on any process.
        mine = db.scalar(
            select(LiveVote).where(LiveVote.poll_id == poll.id, LiveVote.voter_id == viewer.user.id)
        )
        if mine is None:
            db.add(LiveVote(poll_id=poll.id, voter_id=viewer.user.id, option=data.option,
                            class_id=room.writer_class, voted_at=utcnow()))  # fmt: skip
        else:
            mine.option, mine.voted_at = data.option, utcnow()
        db.flush()
        view = poll_view(db, poll)
        return Change({**view, "mine": data.option}, [room.to_room(Event.poll, view)])

    return await in_session(
        rt, viewer, found.session_id, Action.live_take_part, command_key, change
    )
