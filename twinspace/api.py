"""The HTTP door: parse a JSON body against a schema, find the viewer, render.

Every endpoint is three lines on top of these helpers: read the input, call one
service function, render its result. Errors leave through ``error_response``
only, always as ``{"error": {"code", "message", ...details}}`` in the reader's
language.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from starlette.convertors import Convertor, register_url_convertor
from starlette.exceptions import HTTPException
from starlette.requests import HTTPConnection, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from twinspace.errors import AppError, Code, from_validation, invalid
from twinspace.realtime.protocol import Command, CommandRun
from twinspace.runtime import Runtime
from twinspace.schemas import MAX_ID
from twinspace.sessions import COOKIE_NAME, Viewer, resolve
from twinspace.storage import commands


class IdConvertor(Convertor[int]):
    """``{space_id:id}``: a row id in a path, 1 to 18 ASCII digits.

    Starlette's ``int`` takes any run of digits, and one past 64 bits then fails in
    the database (a 500). Eighteen digits stay below 2^63 and far above any id the
    server will ever give, so a longer one is simply a path that does not exist.
    """

    regex = "[0-9]{1,18}"

    def convert(self, value: str) -> int:
        return int(value)

    def to_string(self, value: int) -> str:
        return str(value)


register_url_convertor("id", IdConvertor())

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
CSRF_HEADER = "x-csrf-token"

M = TypeVar("M", bound=BaseModel)
# Big enough for any JSON request a page or post makes; a postcard image
# upload gets its own, larger limit on its own route.
MAX_BODY_BYTES = 256 * 1024


def runtime(conn: HTTPConnection) -> Runtime:
    return conn.app.state.runtime  # type: ignore[no-any-return]


def language(conn: HTTPConnection) -> str:
    viewer: Viewer | None = getattr(conn.state, "viewer", None)
    preferred = viewer.user.language if viewer else None
    return runtime(conn).catalogues.negotiate(conn.headers.get("accept-language"), preferred)


async def read_limited(request: Request, limit: int = MAX_BODY_BYTES) -> bytes:
    if int(request.headers.get("content-length") or 0) > limit:
        raise AppError(Code.payload_too_large)
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > limit:
            raise AppError(Code.payload_too_large)
    return bytes(raw)


async def body(request: Request, schema: type[M]) -> M:
    """The request's JSON body as ``schema``; JSON mode lets enums arrive as strings."""
    raw = await read_limited(request)
    try:
        return schema.model_validate_json(raw or b"{}")
    except ValidationError as error:
        raise from_validation(error) from None


async def run_command(
    request: Request, kind: str, run: CommandRun, viewer: Viewer, data: BaseModel
) -> dict[str, Any]:
    """Run a feature's command over HTTP. With an ``Idempotency-Key`` header, a
    retry gets the first result, exactly as a retried WebSocket command does."""
    client_id = request.headers.get("idempotency-key")
    key = commands.key(kind, client_id) if client_id else None
    return await run(runtime(request), viewer, data, key)


def command_route(path: str, kind: str, command: Command, status: int = 200) -> Route:
    """``POST path`` runs a feature's command: the HTTP twin of the WebSocket frame."""

    async def endpoint(request: Request) -> Response:
        who = await viewer(request)
        data = await body(request, command.schema)
        return ok(await run_command(request, kind, command.run, who, data), status)

    return Route(path, endpoint, methods=["POST"])


def query_int(request: Request, name: str, default: int | None, high: int = MAX_ID) -> int | None:
    """A whole number from the query string, 1 to ``high``, in ASCII digits only
    (``str.isdigit`` also accepts a superscript two, which ``int()`` refuses), so
    a bad one is ``invalid``, never a 500."""
    raw = request.query_params.get(name)
    if raw is None:
        return default
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 19 or not 0 < int(raw) <= high:
        raise invalid(name, "range")
    return int(raw)


def check_origin(request: HTTPConnection) -> None:
    """Refuse a browser request sent from another site (CSRF, WebSocket hijacking)."""
    origin = request.headers.get("origin")
    if origin and not runtime(request).settings.origin_allowed(
        origin, request.url.scheme, request.headers.get("host", "")
    ):
        raise AppError(Code.csrf_failed)


async def optional_viewer(request: Request) -> Viewer | None:
    """The logged-in user, or None for a visitor (no session, or an ended one)."""
    found = await resolve(runtime(request), request.cookies.get(COOKIE_NAME))
    if found is not None:
        request.state.viewer = found
    return found


async def viewer(request: Request) -> Viewer:
    """The logged-in user; for writes, also the CSRF token must match."""
    found = await optional_viewer(request)
    if found is None:
        raise AppError(Code.unauthenticated)
    if request.method in UNSAFE_METHODS:
        check_origin(request)
        if request.headers.get(CSRF_HEADER) != found.csrf_token:
            raise AppError(Code.csrf_failed)
    return found


def ok(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status)


def error_response(conn: HTTPConnection, error: AppError) -> JSONResponse:
    message = runtime(conn).catalogues.error_message(language(conn), error)
    headers = {}
    if "retry_after" in error.details:
        headers["Retry-After"] = str(error.details["retry_after"])
    return JSONResponse(
        {"error": {"code": error.code.value, "message": message, **error.details}},
        status_code=error.http_status,
        headers=headers,
    )


async def handle_app_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, AppError)
    return error_response(request, exc)


HTTP_STATUS_CODES = {404: Code.not_found, 405: Code.method_not_allowed, 413: Code.payload_too_large}


async def handle_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return error_response(request, AppError(HTTP_STATUS_CODES.get(exc.status_code, Code.invalid)))


async def handle_unexpected(request: Request, exc: Exception) -> Response:
    return error_response(request, AppError(Code.internal))
