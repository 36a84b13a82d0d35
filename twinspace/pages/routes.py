"""The pages' HTTP door: reads, the public showcase, and the HTTP twin of each command."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from twinspace import api
from twinspace.errors import invalid
from twinspace.pages import reading
from twinspace.realtime.protocol import Command


async def tree_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    return api.ok(await reading.tree(api.runtime(request), viewer, request.path_params["space_id"]))


async def page_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    return api.ok(await reading.page(api.runtime(request), viewer, request.path_params["page_id"]))


async def revisions_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    page_id = request.path_params["page_id"]
    return api.ok(await reading.revisions(api.runtime(request), viewer, page_id))


async def revision_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    page_id, number = request.path_params["page_id"], request.path_params["number"]
    return api.ok(await reading.revision(api.runtime(request), viewer, page_id, number))


async def diff_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    old = api.query_int(request, "from", None)
    new = api.query_int(request, "to", None)
    if old is None or new is None:
        raise invalid("from" if old is None else "to", "missing")
    page_id = request.path_params["page_id"]
    return api.ok(await reading.diff(api.runtime(request), viewer, page_id, old, new))


async def showcase_endpoint(request: Request) -> Response:
    """Public: no session needed (the showcase is for the world)."""
    return api.ok(await reading.showcase(api.runtime(request), request.path_params["space_id"]))


COMMAND_PATHS = {
    "page.create": "/pages",
    "page.rename": "/pages/renames",
    "page.move": "/pages/moves",
    "page.delete": "/pages/deletions",
    "page.open_to_pupils": "/pages/openings",
    "page.showcase": "/pages/showcase",
    "page.publish": "/pages/publications",
    "page.revert": "/pages/reverts",
    "page.update": "/pages/updates",
}
CREATED = {"page.create", "page.publish"}


def routes(commands: dict[str, Command]) -> list[BaseRoute]:
    return [
        Route("/spaces/{space_id:id}/pages", tree_endpoint, methods=["GET"]),
        Route("/pages/{page_id:id}", page_endpoint, methods=["GET"]),
        Route("/pages/{page_id:id}/revisions", revisions_endpoint, methods=["GET"]),
        Route("/pages/{page_id:id}/revisions/{number:id}", revision_endpoint, methods=["GET"]),
        Route("/pages/{page_id:id}/diff", diff_endpoint, methods=["GET"]),
        Route("/showcase/{space_id:id}", showcase_endpoint, methods=["GET"]),
        *(
            api.command_route(path, kind, commands[kind], 201 if kind in CREATED else 200)
            for kind, path in COMMAND_PATHS.items()
        ),
    ]
