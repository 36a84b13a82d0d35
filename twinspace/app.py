"""``create_app(settings)``: routes, middleware and lifespan. Wiring only."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeoutError
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from starlette.websockets import WebSocket

from twinspace import (
    accounts,
    api,
    chat,
    forums,
    live,
    media,
    openapi,
    pages,
    postcards,
    review,
    spaces,
)
from twinspace.config import Settings
from twinspace.errors import AppError
from twinspace.kinds import Registry
from twinspace.moderation.settings import ModerationSettings
from twinspace.realtime.gateway import Gateway
from twinspace.realtime.protocol import PROTOCOL_VERSION
from twinspace.runtime import Runtime

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]

# Events of the features that are not content kinds, for the web client's constants.
FEATURE_EVENTS = {"review": review.Event, "space": spaces.Event}


class SecurityHeaders:
    """Adds the Content-Security-Policy and friends to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                own = list(message.get("headers", []))
                present = {name.lower() for name, _ in own}
                # A response that set its own (a served image's stricter CSP) keeps it.
                message["headers"] = own + [h for h in SECURITY_HEADERS if h[0] not in present]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class TwinSpace(Starlette):
    """Starlette, except that ``/ws`` sockets go straight to the gateway.

    A socket stays open for hours: passing it through the HTTP middleware and
    router would keep a suspended frame of each layer alive for it (about 4 KiB
    a socket) and add a wrapper to every frame it is sent. None of those layers
    does anything for a socket: the gateway checks the origin and the session
    itself and answers every error in the protocol.
    """

    def __init__(self, gateway: Gateway, **options: Any) -> None:
        super().__init__(**options)
        self.gateway = gateway

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket" and scope["path"] == "/ws":
            await self.gateway.endpoint(WebSocket(scope, receive, send))
            return
        await super().__call__(scope, receive, send)


def registry() -> Registry:
    """Every content kind of the server, with the review queue attached."""
    kinds = Registry(
        [chat.kind(), forums.kind(), pages.kind(), postcards.kind(), live.kind()],
        sections=[ModerationSettings],
    )
    kinds.attach_review(review.ReviewQueue())
    return kinds


def build_runtime(settings: Settings) -> Runtime:
    """What a server (or the command line) runs on."""
    return Runtime.build(settings, registry())


def protocol_module(kinds: Registry, commands: Iterable[str]) -> str:
    """``/js/protocol.js``: the names the web client shares with the server (event
    kinds, commands, signals and content types, the protocol version), made from
    the registry so they never drift apart."""
    events = kinds.event_kinds()
    for name, enum in FEATURE_EVENTS.items():
        events[name] = [e.value for e in enum]
    return (
        "// Made by the server from its features (twinspace/app.py): do not edit.\n"
        f"export const PROTOCOL_VERSION = {PROTOCOL_VERSION};\n"
        f"export const EVENTS = {_frozen(_grouped(n for v in events.values() for n in v))};\n"
        f"export const COMMANDS = {_frozen(_grouped(commands))};\n"
        f"export const SIGNALS = {_frozen({_constant(s): s for s in kinds.signals})};\n"
        f"export const CONTENT = {_frozen(_grouped(kinds.adapters))};\n"
    )


def _grouped(names: Iterable[str]) -> dict[str, dict[str, str]]:
    """{"chat.send", "chat.edit"} -> {"chat": {"SEND": "chat.send", "EDIT": "chat.edit"}}."""
    grouped: dict[str, dict[str, str]] = {}
    for name in sorted(names):
        group, _, member = name.partition(".")
        grouped.setdefault(group, {})[_constant(member)] = name
    return grouped


def _constant(name: str) -> str:
    """A name as a JavaScript constant: "forum.writing" -> "FORUM_WRITING"."""
    return name.upper().replace(".", "_")


def _frozen(value: object) -> str:
    return f"Object.freeze({json.dumps(value, indent=2)})"


def create_app(settings: Settings) -> Starlette:
    runtime = build_runtime(settings)
    kinds = runtime.registry
    commands = kinds.commands(review.commands)
    gateway = Gateway(runtime, commands, kinds.signals)
    protocol_js = protocol_module(kinds, commands)

    async def protocol_endpoint(request: Request) -> Response:
        return Response(protocol_js, media_type="text/javascript")

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await runtime.start()
        maintenance = asyncio.create_task(gateway.maintain_forever())
        try:
            yield
        finally:
            maintenance.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await maintenance
            await runtime.close()

    api_routes = [*accounts.routes, *spaces.routes, *review.routes, *media.routes, *kinds.routes()]
    app = TwinSpace(
        gateway,
        routes=[
            Mount("/api", routes=[*api_routes, openapi.route(api_routes, "/api")]),
            Route("/js/protocol.js", protocol_endpoint),
            Mount("/", StaticFiles(directory=settings.web_dir, html=True), name="web"),
        ],
        middleware=[Middleware(SecurityHeaders)],
        exception_handlers={
            AppError: api.handle_app_error,
            HTTPException: api.handle_http_error,
            # Before Exception's handler, which answers after Starlette has
            # logged the error as a crash and raises it again.
            DBAPIError: api.handle_database_error,
            SQLAlchemyTimeoutError: api.handle_database_error,
            Exception: api.handle_unexpected,
        },
        lifespan=lifespan,
    )
    app.state.runtime = runtime
    return app


# The collector's thresholds for a server (``tune_collector``): CPython's defaults
# for the young generations, and a full collection considered after 100 collections
# of the middle one instead of 10 (docs/decisions.md, *The collector*).
COLLECTOR_THRESHOLDS = (700, 10, 100)


def tune_collector() -> None:
    """Make the garbage collector's full collections rarer in a serving process.

    A full collection walks every object the collector tracks (a few hundred
    thousand once a class or two is connected) with the event loop stopped:
    100-160 ms of CPU on the benchmark's machine, a stall every socket feels. With
    CPython's defaults they come every few seconds while sockets connect, and one
    now and then in steady use; the young collections, each well under a
    millisecond, are left as they are. ``twinspace serve`` calls it, not
    ``create_app``: the tests keep CPython's defaults.
    """
    gc.set_threshold(*COLLECTOR_THRESHOLDS)


def app_from_environment() -> Starlette:
    """The app of one of several worker processes (``twinspace serve --workers N``)."""
    tune_collector()
    return create_app(Settings.from_env())
