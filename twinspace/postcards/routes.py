"""The postcards' HTTP door: reads, the printable card, and each command's HTTP twin."""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.responses import Response
from starlette.routing import BaseRoute

from twinspace import api
from twinspace.api import ApiRoute, Operation
from twinspace.errors import AppError, Code
from twinspace.postcards import pairing, reading
from twinspace.postcards.printing import Words, postcard_pdf
from twinspace.realtime.protocol import Command
from twinspace.schemas import Query, QueryId


class GalleryQuery(Query):
    before: QueryId | None = None  # only cards delivered before this one


class PairsQuery(Query):
    class_id: QueryId
    partner_class_id: QueryId


async def overview_endpoint(call: api.Call) -> dict[str, Any]:
    """What a member sees first: counts, the classes, what waits for them."""
    return await reading.overview(call.rt, call.viewer, call.path["space_id"])


async def mailbox_endpoint(call: api.Call) -> dict[str, Any]:
    """The cards that reached the viewer's class."""
    return await reading.mailbox(call.rt, call.viewer, call.path["space_id"])


async def sent_endpoint(call: api.Call) -> dict[str, Any]:
    """The cards the viewer's class sent, with their state."""
    return await reading.sent(call.rt, call.viewer, call.path["space_id"])


async def gallery_endpoint(call: api.Call) -> dict[str, Any]:
    """The space's delivered cards, newest first."""
    return await reading.gallery(call.rt, call.viewer, call.path["space_id"], call.query.before)


async def map_endpoint(call: api.Call) -> dict[str, Any]:
    """The exchanging schools, placed on the map of Europe."""
    return await reading.exchange_map(call.rt, call.viewer, call.path["space_id"])


async def pen_friends_endpoint(call: api.Call) -> dict[str, Any]:
    """The pen-friend pairs of two partner classes, for their teachers."""
    query = call.query
    return await pairing.pairs(
        call.rt, call.viewer, call.path["space_id"], query.class_id, query.partner_class_id
    )


async def card_endpoint(call: api.Call) -> dict[str, Any]:
    """One card, for whoever may read it."""
    return await reading.card(call.rt, call.viewer, call.path["card_id"])


async def pdf_endpoint(call: api.Call) -> Response:
    """The card as a printable A6 postcard, for whoever may read it."""
    rt = call.rt
    card = await reading.card(rt, call.viewer, call.path["card_id"])
    picture = await rt.blobs.read(card["media"]["url"].rsplit("/", 1)[1])
    if picture is None:
        raise AppError(Code.not_found)
    stamp = rt.settings.web_dir / "img" / "stamps" / f"{card['stamp']}.svg"
    language = api.language(call.request)
    words = Words(
        to=rt.catalogues.translate(language, "postcard.print_to"),
        from_=rt.catalogues.translate(language, "postcard.print_from"),
    )
    pdf = await asyncio.to_thread(postcard_pdf, card, picture, stamp, words)
    filename = f"postcard-{card['id']}.pdf"
    return Response(
        pdf,
        media_type="application/pdf",
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "private, no-store",
        },
    )


# The HTTP path of each command (POST), beside its WebSocket frame type.
COMMAND_PATHS = {
    "postcard.create": "/postcards",
    "postcard.edit": "/postcards/edits",
    "postcard.send": "/postcards/sendings",
    "postcard.discard": "/postcards/discards",
    "postcard.approve": "/postcards/approvals",
    "postcard.return": "/postcards/returns",
    "postcard.pair": "/postcards/pen-friends",
}
CREATED = {"postcard.create"}


def routes(commands: dict[str, Command]) -> list[BaseRoute]:
    space = "/spaces/{space_id:id}/postcards"
    return [
        ApiRoute(space, get=overview_endpoint),
        ApiRoute(f"{space}/mailbox", get=mailbox_endpoint),
        ApiRoute(f"{space}/sent", get=sent_endpoint),
        ApiRoute(f"{space}/gallery", get=Operation(gallery_endpoint, query=GalleryQuery)),
        ApiRoute(f"{space}/map", get=map_endpoint),
        ApiRoute(f"{space}/pen-friends", get=Operation(pen_friends_endpoint, query=PairsQuery)),
        ApiRoute("/postcards/{card_id:id}", get=card_endpoint),
        ApiRoute(
            "/postcards/{card_id:id}/card.pdf",
            get=Operation(pdf_endpoint, answers="application/pdf"),
        ),
        *(
            api.command_route(path, kind, commands[kind], 201 if kind in CREATED else 200)
            for kind, path in COMMAND_PATHS.items()
        ),
    ]
