"""``create_app(settings)``: routes, middleware and lifespan. Wiring only."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from starlette.websockets import WebSocket

from twinspace import accounts, api, chat, review, spaces
from twinspace.config import Settings
from twinspace.errors import AppError
from twinspace.realtime.gateway import Gateway
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

# Every feature's WebSocket commands: frame type -> (schema, service function).
COMMANDS = {**chat.commands, **review.commands}


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
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
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


def create_app(settings: Settings) -> Starlette:
    runtime = Runtime.build(settings)
    gateway = Gateway(runtime, COMMANDS)

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

    app = TwinSpace(
        gateway,
        routes=[
            Mount("/api", routes=[*accounts.routes, *spaces.routes, *chat.routes, *review.routes]),
            Mount("/", StaticFiles(directory=settings.web_dir, html=True), name="web"),
        ],
        middleware=[Middleware(SecurityHeaders)],
        exception_handlers={
            AppError: api.handle_app_error,
            HTTPException: api.handle_http_error,
            Exception: api.handle_unexpected,
        },
        lifespan=lifespan,
    )
    app.state.runtime = runtime
    return app
