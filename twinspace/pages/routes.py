"""The pages' HTTP door: reads, the public showcase, and the HTTP twin of each command."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field
from starlette.routing import BaseRoute

from twinspace import api
from twinspace.api import ApiRoute, Operation
from twinspace.pages import reading
from twinspace.realtime.protocol import Command
from twinspace.schemas import Query, QueryNumber

# Revision numbers a page may reach: far more publications than a project makes.
MAX_REVISION = 1_000_000


RevisionNumber = Annotated[int, QueryNumber(1, MAX_REVISION)]


class DiffQuery(Query):
    old: Annotated[RevisionNumber, Field(alias="from")]
    new: Annotated[RevisionNumber, Field(alias="to")]


async def tree_endpoint(call: api.Call) -> list[dict[str, Any]]:
    """The space's pages the viewer may see, in tree order."""
    return await reading.tree(call.rt, call.viewer, call.path["space_id"])


async def page_endpoint(call: api.Call) -> dict[str, Any]:
    """A page as its latest revision shows it."""
    return await reading.page(call.rt, call.viewer, call.path["page_id"])


async def revisions_endpoint(call: api.Call) -> list[dict[str, Any]]:
    """Each publication of a page, newest first, with its authors."""
    return await reading.revisions(call.rt, call.viewer, call.path["page_id"])


async def revision_endpoint(call: api.Call) -> dict[str, Any]:
    """One revision's HTML."""
    page_id, number = call.path["page_id"], call.path["number"]
    return await reading.revision(call.rt, call.viewer, page_id, number)


async def diff_endpoint(call: api.Call) -> dict[str, Any]:
    """What changed between two revisions, a line per paragraph."""
    page_id = call.path["page_id"]
    return await reading.diff(call.rt, call.viewer, page_id, call.query.old, call.query.new)


async def showcase_endpoint(call: api.Call) -> dict[str, Any]:
    """The pages a space shows the world: public, no session needed."""
    return await reading.showcase(call.rt, call.path["space_id"])


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
# The ids the answers of the commands that make something hold.
GIVES = {"page.create": {"page_id": "/id", "parent_id": "/id"}}


def routes(commands: dict[str, Command]) -> list[BaseRoute]:
    return [
        ApiRoute(
            "/spaces/{space_id:id}/pages",
            get=Operation(tree_endpoint, gives={"page_id": "/0/id"}),
        ),
        ApiRoute("/pages/{page_id:id}", get=page_endpoint),
        ApiRoute("/pages/{page_id:id}/revisions", get=revisions_endpoint),
        ApiRoute("/pages/{page_id:id}/revisions/{number:id}", get=revision_endpoint),
        ApiRoute("/pages/{page_id:id}/diff", get=Operation(diff_endpoint, query=DiffQuery)),
        ApiRoute("/showcase/{space_id:id}", get=Operation(showcase_endpoint, public=True)),
        *(
            api.command_route(
                path, kind, commands[kind], 201 if kind in CREATED else 200, GIVES.get(kind)
            )
            for kind, path in COMMAND_PATHS.items()
        ),
    ]
