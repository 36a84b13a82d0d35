"""The live sessions' HTTP door: the calendar, a room, and the HTTP twin of each command
(joining and leaving a room are the socket's own: over HTTP there is nothing to follow)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from twinspace import api
from twinspace.live import reading
from twinspace.realtime.protocol import Command


async def calendar_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    space_id = request.path_params["space_id"]
    return api.ok(await reading.calendar(api.runtime(request), viewer, space_id))


async def room_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    session_id = request.path_params["session_id"]
    return api.ok(await reading.room(api.runtime(request), viewer, session_id))


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


def routes(commands: dict[str, Command]) -> list[BaseRoute]:
    return [
        Route("/spaces/{space_id:id}/live", calendar_endpoint, methods=["GET"]),
        Route("/live/{session_id:id}", room_endpoint, methods=["GET"]),
        *(
            api.command_route(path, kind, commands[kind], 201 if kind in CREATED else 200)
            for kind, path in COMMAND_PATHS.items()
        ),
    ]
