"""The forums' HTTP door: reads, and the HTTP twin of every forum command."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from twinspace import api
from twinspace.forums import reading
from twinspace.forums.schemas import POSTS_PAGE, THREADS_PAGE
from twinspace.realtime.protocol import Command

# How many posts one page may ask for: a long thread on a projector.
MAX_POSTS_PAGE = 200
# Longer than any query a pupil types; longer ones are cut, not refused.
MAX_QUERY_CHARS = 200


async def forum_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    return api.ok(
        await reading.forum(api.runtime(request), viewer, request.path_params["space_id"])
    )


async def discussion_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    page = api.query_int(request, "page", 1) or 1
    discussion_id = request.path_params["discussion_id"]
    offset = (page - 1) * THREADS_PAGE
    return api.ok(await reading.threads(api.runtime(request), viewer, discussion_id, offset))


async def thread_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    after = api.query_int(request, "after", None) or 0
    limit = api.query_int(request, "limit", POSTS_PAGE, MAX_POSTS_PAGE) or POSTS_PAGE
    thread_id = request.path_params["thread_id"]
    return api.ok(await reading.thread(api.runtime(request), viewer, thread_id, after, limit))


async def history_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    return api.ok(
        await reading.history(api.runtime(request), viewer, request.path_params["post_id"])
    )


async def search_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    query = request.query_params.get("q", "")[:MAX_QUERY_CHARS]
    space_id = request.path_params["space_id"]
    return api.ok(await reading.search(api.runtime(request), viewer, space_id, query))


# The HTTP path of each command (POST), beside its WebSocket frame type.
COMMAND_PATHS = {
    "forum.discussion_create": "/forum/discussions",
    "forum.discussion_delete": "/forum/discussions/deletions",
    "forum.thread_create": "/forum/threads",
    "forum.reply": "/forum/posts",
    "forum.edit": "/forum/edits",
    "forum.delete": "/forum/deletions",
    "forum.react": "/forum/reactions",
    "forum.pin": "/forum/pins",
    "forum.lock": "/forum/locks",
    "forum.mark_read": "/forum/reads",
}
CREATED = {"forum.discussion_create", "forum.thread_create", "forum.reply"}


def routes(commands: dict[str, Command]) -> list[BaseRoute]:
    return [
        Route("/spaces/{space_id:id}/forum", forum_endpoint, methods=["GET"]),
        Route("/spaces/{space_id:id}/forum/search", search_endpoint, methods=["GET"]),
        Route("/forum/discussions/{discussion_id:id}", discussion_endpoint, methods=["GET"]),
        Route("/forum/threads/{thread_id:id}", thread_endpoint, methods=["GET"]),
        Route("/forum/posts/{post_id:id}/history", history_endpoint, methods=["GET"]),
        *(
            api.command_route(path, kind, commands[kind], 201 if kind in CREATED else 200)
            for kind, path in COMMAND_PATHS.items()
        ),
    ]
