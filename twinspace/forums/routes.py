"""The forums' HTTP door: reads, and the HTTP twin of every forum command."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator
from starlette.routing import BaseRoute

from twinspace import api
from twinspace.api import ApiRoute, Operation
from twinspace.forums import reading
from twinspace.forums.schemas import POSTS_PAGE, THREADS_PAGE
from twinspace.realtime.protocol import Command
from twinspace.schemas import MAX_ID, Query, QueryId, QueryNumber

# How many posts one page may ask for: a long thread on a projector.
MAX_POSTS_PAGE = 200
# Longer than any query a pupil types; longer ones are cut, not refused.
MAX_QUERY_CHARS = 200
# The last page whose first thread's offset is still a 64-bit number.
MAX_PAGE = MAX_ID // THREADS_PAGE


class ThreadsQuery(Query):
    page: Annotated[int, QueryNumber(1, MAX_PAGE)] = 1  # past the last page, none are left


class PostsQuery(Query):
    after: QueryId | None = None  # only posts after this one
    limit: Annotated[int, QueryNumber(1, MAX_POSTS_PAGE)] = POSTS_PAGE


class SearchQuery(Query):
    q: Annotated[str, AfterValidator(lambda q: q[:MAX_QUERY_CHARS])] = ""


async def forum_endpoint(call: api.Call) -> dict[str, Any]:
    """A space's discussions, each with its threads and unread posts."""
    return await reading.forum(call.rt, call.viewer, call.path["space_id"])


async def discussion_endpoint(call: api.Call) -> dict[str, Any]:
    """A page of a discussion's threads, pinned first."""
    offset = (call.query.page - 1) * THREADS_PAGE
    return await reading.threads(call.rt, call.viewer, call.path["discussion_id"], offset)


async def thread_endpoint(call: api.Call) -> dict[str, Any]:
    """A page of a thread's posts."""
    after, limit = call.query.after or 0, call.query.limit
    return await reading.thread(call.rt, call.viewer, call.path["thread_id"], after, limit)


async def post_history_endpoint(call: api.Call) -> dict[str, Any]:
    """A post's earlier versions, for teachers."""
    return await reading.history(call.rt, call.viewer, call.path["post_id"])


async def search_endpoint(call: api.Call) -> dict[str, Any]:
    """Search a space's forum."""
    return await reading.search(call.rt, call.viewer, call.path["space_id"], call.query.q)


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
# The ids the answers of the commands that make something hold.
GIVES = {
    "forum.discussion_create": {"discussion_id": "/id"},
    "forum.thread_create": {
        "thread_id": "/thread/id",
        "post_id": "/post/id",
        "content_id": "/post/id",
    },
    "forum.reply": {"post_id": "/id", "quote_of": "/id", "content_id": "/id"},
}


def routes(commands: dict[str, Command]) -> list[BaseRoute]:
    return [
        ApiRoute(
            "/spaces/{space_id:id}/forum",
            get=Operation(forum_endpoint, gives={"discussion_id": "/discussions/0/id"}),
        ),
        ApiRoute(
            "/spaces/{space_id:id}/forum/search", get=Operation(search_endpoint, query=SearchQuery)
        ),
        ApiRoute(
            "/forum/discussions/{discussion_id:id}",
            get=Operation(discussion_endpoint, query=ThreadsQuery),
        ),
        ApiRoute("/forum/threads/{thread_id:id}", get=Operation(thread_endpoint, query=PostsQuery)),
        ApiRoute("/forum/posts/{post_id:id}/history", get=post_history_endpoint),
        *(
            api.command_route(
                path, kind, commands[kind], 201 if kind in CREATED else 200, GIVES.get(kind)
            )
            for kind, path in COMMAND_PATHS.items()
        ),
    ]
