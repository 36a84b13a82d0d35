"""The live sessions' HTTP door: the calendar, a room, and the HTTP twin of each command
(joining and leaving a room are the socket's own: over HTTP there is nothing to follow)."""

from __future__ import annotations

from typing import Any

from starlette.routing import BaseRoute

from twinspace import api
from twinspace.api import ApiRoute
from twinspace.live import reading
from twinspace.realtime.protocol import Command


async def calendar_endpoint(call: api.Call) -> dict[str, Any]:
    """The space's calendar: recent and coming sessions, and the classes to invite."""
    return await reading.calendar(call.rt, call.viewer, call.path["space_id"])


async def room_endpoint(call: api.Call) -> dict[str, Any]:
    """Everything a session's room shows, for those in it."""
    return await reading.room(call.rt, call.viewer, call.path["session_id"])


COMMAND_PATHS = {
    "live.schedule": "/live/sessions",
    "live.cancel": "/live/cancellations",
    "live.open": "/live/openings",
    "live.end": "/live/endings",
    "live.controls": "/live/controls",
    "live.mute": "/live/mutes",
    "live.say": "/live/messages",
    "live.react": "/live/reactions",
    "live.ask": "/live/questions",
    "live.note": "/live/notes",
    "live.clear": "/live/clearings",
    "live.answer": "/live/answers",
    "live.arrange": "/live/arrangements",
    "live.upvote": "/live/upvotes",
    "live.hand": "/live/hands",
    "live.floor": "/live/floor",
    "live.poll": "/live/polls",
    "live.poll_close": "/live/polls/closings",
    "live.vote": "/live/votes",
}
CREATED = {"live.schedule", "live.say", "live.react", "live.ask", "live.note", "live.poll"}
# What a command's answer names, for the operations that take it (the contract tests).
GIVES = {"live.schedule": {"session_id": "/id"}}


def routes(commands: dict[str, Command]) -> list[BaseRoute]:
    return [
        ApiRoute("/spaces/{space_id:id}/live", get=calendar_endpoint),
        ApiRoute("/live/{session_id:id}", get=room_endpoint),
        *(
            api.command_route(
                path,
                kind,
                commands[kind],
                201 if kind in CREATED else 200,
                GIVES.get(kind),
            )
            for kind, path in COMMAND_PATHS.items()
        ),
    ]
