"""The teachers' controls of a room: its mode, slow mode, and muting a participant.

The server enforces them (``InSession.may_write``): a client that ignores
them gets ``paused``, ``reactions_only``, ``slow_mode`` (with ``retry_after``)
or ``muted``. A mute lasts for the rest of the session: the pupil reads,
votes and raises a hand, and writes nothing; only the pupil and the staff are
told, never the room.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select

from twinspace.errors import AppError, Code
from twinspace.live.room import InSession, in_session
from twinspace.live.schemas import ControlsIn, Event, MuteIn
from twinspace.live.views import controls_view
from twinspace.moderation.policy import PUPIL_SEATS, Action
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage.models import Audience, AuditEntry, LiveMute, utcnow
from twinspace.writepath import Change, EventSpec


async def set_controls(
    rt: Runtime, viewer: Viewer, data: ControlsIn, command_key: str | None
) -> dict[str, Any]:
    def change(room: InSession) -> Change:
        room.session.mode = data.mode
        room.session.slow_mode_seconds = data.slow_mode_seconds
        view = controls_view(room.session)
        return Change(view, [room.to_room(Event.controls, view)])

    return await in_session(rt, viewer, data.session_id, Action.live_run, command_key, change)


async def mute(
    rt: Runtime, viewer: Viewer, data: MuteIn, command_key: str | None
) -> dict[str, Any]:
    """Mute a pupil of the room for the rest of the session (or let them write again)."""

    def change(room: InSession) -> Change:
        db = room.db
        user, seat = room.participant(data.user_id)
        if seat not in PUPIL_SEATS:
            raise AppError(Code.forbidden, details={"reason": "live.mute_pupils_only"})
        muted = db.scalar(
            select(LiveMute).where(
                LiveMute.session_id == room.session.id, LiveMute.user_id == user.id
            )
        )
        if data.muted and muted is None:
            db.add(LiveMute(session_id=room.session.id, user_id=user.id, muted_by=viewer.user.id,
                            created_at=utcnow()))  # fmt: skip
        elif not data.muted and muted is not None:
            db.execute(delete(LiveMute).where(LiveMute.id == muted.id))
        db.add(
            AuditEntry(
                space_id=room.session.space_id,
                actor_id=viewer.user.id,
                action="live.mute" if data.muted else "live.unmute",
                target=f"user:{user.id}",
                data={"session_id": room.session.id},
            )
        )
        view = {"session_id": room.session.id, "user_id": user.id, "muted": data.muted}
        return Change(
            view,
            [
                EventSpec(Event.muted, view, Audience.user, user.id),
                EventSpec(Event.muted, view, Audience.staff),
            ],
        )

    return await in_session(rt, viewer, data.session_id, Action.live_run, command_key, change)
