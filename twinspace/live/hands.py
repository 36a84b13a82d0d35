"""Raised hands and the speaking queue that teachers manage.

A hand is a write, not an ephemeral signal: the queue is the teachers' to
manage (who speaks next, whose turn is over), it must look the same on every
screen of every class and survive a reconnect or a second server process, and
it is small. Every change sends the whole queue (``live.hands``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select

from twinspace.errors import AppError, Code
from twinspace.live.room import InSession, in_session
from twinspace.live.schemas import Event, FloorIn, HandIn
from twinspace.live.views import hands_view
from twinspace.moderation.policy import Action
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage.models import HandState, LiveHand, utcnow
from twinspace.writepath import Change


def _queue(room: InSession) -> Change:
    queue = hands_view(room.db, room.session.id)
    return Change(queue, [room.to_room(Event.hands, queue)])


def _hand(room: InSession, user_id: int) -> LiveHand | None:
    return room.db.scalar(
        select(LiveHand).where(LiveHand.session_id == room.session.id, LiveHand.user_id == user_id)
    )


async def raise_hand(
    rt: Runtime, viewer: Viewer, data: HandIn, command_key: str | None
) -> dict[str, Any]:
    """Raise or lower one's own hand; teachers lower anyone's."""
    own = data.user_id in (None, viewer.user.id)
    if not own and data.up:
        raise AppError(Code.forbidden, details={"reason": "live.others_hand"})
    user_id = viewer.user.id if own else data.user_id
    assert user_id is not None

    def change(room: InSession) -> Change:
        hand = _hand(room, user_id)
        if data.up and hand is None:
            room.db.add(LiveHand(session_id=room.session.id, user_id=user_id,
                                 state=HandState.waiting, raised_at=utcnow()))  # fmt: skip
            room.db.flush()
        elif not data.up and hand is not None:
            room.db.execute(delete(LiveHand).where(LiveHand.id == hand.id))
        return _queue(room)

    action = Action.live_take_part if own else Action.live_run
    return await in_session(rt, viewer, data.session_id, action, command_key, change)


async def give_floor(
    rt: Runtime, viewer: Viewer, data: FloorIn, command_key: str | None
) -> dict[str, Any]:
    """It is someone's turn to speak (hand raised or not); whoever spoke is done."""

    def change(room: InSession) -> Change:
        db = room.db
        db.execute(
            delete(LiveHand).where(
                LiveHand.session_id == room.session.id, LiveHand.state == HandState.speaking
            )
        )
        if data.user_id is not None:
            room.participant(data.user_id)  # only someone who may be in the room
            hand = _hand(room, data.user_id)
            if hand is None:
                db.add(LiveHand(session_id=room.session.id, user_id=data.user_id,
                                state=HandState.speaking, raised_at=utcnow()))  # fmt: skip
            else:
                hand.state = HandState.speaking
        db.flush()
        return _queue(room)

    return await in_session(rt, viewer, data.session_id, Action.live_run, command_key, change)
