"""The postcards' HTTP door: reads, the printable card, and each command's HTTP twin."""

from __future__ import annotations

import asyncio

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from twinspace import api
from twinspace.errors import AppError, Code, invalid
from twinspace.postcards import pairing, reading
from twinspace.postcards.printing import Words, postcard_pdf
from twinspace.realtime.protocol import Command


def _space_id(request: Request) -> int:
    return request.path_params["space_id"]  # type: ignore[no-any-return]


async def overview_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    return api.ok(await reading.overview(api.runtime(request), viewer, _space_id(request)))


async def mailbox_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    return api.ok(await reading.mailbox(api.runtime(request), viewer, _space_id(request)))


async def sent_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    return api.ok(await reading.sent(api.runtime(request), viewer, _space_id(request)))


async def gallery_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    before = api.query_int(request, "before", None)
    return api.ok(await reading.gallery(api.runtime(request), viewer, _space_id(request), before))


async def map_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    return api.ok(await reading.exchange_map(api.runtime(request), viewer, _space_id(request)))


async def pen_friends_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    class_id = api.query_int(request, "class_id", None)
    partner_id = api.query_int(request, "partner_class_id", None)
    if class_id is None or partner_id is None:
        raise invalid("class_id" if class_id is None else "partner_class_id", "missing")
    rt = api.runtime(request)
    return api.ok(await pairing.pairs(rt, viewer, _space_id(request), class_id, partner_id))


async def card_endpoint(request: Request) -> Response:
    viewer = await api.viewer(request)
    return api.ok(await reading.card(api.runtime(request), viewer, request.path_params["card_id"]))


async def pdf_endpoint(request: Request) -> Response:
    """The card as a printable A6 postcard, for whoever may read it."""
    viewer = await api.viewer(request)
    rt = api.runtime(request)
    card = await reading.card(rt, viewer, request.path_params["card_id"])
    picture = await rt.blobs.read(card["media"]["url"].rsplit("/", 1)[1])
    if picture is None:
        raise AppError(Code.not_found)
    stamp = rt.settings.web_dir / "img" / "stamps" / f"{card['stamp']}.svg"
    language = api.language(request)
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
        Route(space, overview_endpoint, methods=["GET"]),
        Route(f"{space}/mailbox", mailbox_endpoint, methods=["GET"]),
        Route(f"{space}/sent", sent_endpoint, methods=["GET"]),
        Route(f"{space}/gallery", gallery_endpoint, methods=["GET"]),
        Route(f"{space}/map", map_endpoint, methods=["GET"]),
        Route(f"{space}/pen-friends", pen_friends_endpoint, methods=["GET"]),
        Route("/postcards/{card_id:id}", card_endpoint, methods=["GET"]),
        Route("/postcards/{card_id:id}/card.pdf", pdf_endpoint, methods=["GET"]),
        *(
            api.command_route(path, kind, commands[kind], 201 if kind in CREATED else 200)
            for kind, path in COMMAND_PATHS.items()
        ),
    ]
