"""The HTTP door: each path declares its operations, and the door checks them.

An ``ApiRoute`` holds a path's ``Operation``s, one per method. Each declares
what it takes (a body schema, a query schema, path parameters through their
convertors) and what it answers; the door finds the viewer, checks the CSRF
token, validates the body and the query, and renders. The endpoint itself is a
line or two: call one service function with the checked ``Call``. The same
declarations describe the API at ``/api/openapi.json`` (``openapi.py``).
Errors leave through ``error_response`` only, always as
``{"error": {"code", "message", ...details}}`` in the reader's language.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, ValidationError
from starlette.convertors import Convertor, register_url_convertor
from starlette.exceptions import HTTPException
from starlette.requests import HTTPConnection, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from twinspace.errors import AppError, Code, busy, from_validation, invalid
from twinspace.realtime.protocol import Command
from twinspace.runtime import Runtime
from twinspace.schemas import ESCAPED_BYTES, unstorable_text
from twinspace.sessions import COOKIE_NAME, Viewer, resolve
from twinspace.storage import commands
from twinspace.storage.engine import overloaded

log = logging.getLogger(__name__)


class IdConvertor(Convertor[int]):
    """``{space_id:id}``: a row id in a path, 1 to 18 ASCII digits, no leading zero.

    Starlette's ``int`` takes any run of digits, and one past 64 bits then fails in
    the database (a 500). Eighteen digits stay below 2^63 and far above any id the
    server will ever give, so a longer one is simply a path that does not exist;
    so is 0, which no schema takes as an id.
    """

    regex = "[1-9][0-9]{0,17}"
    # What the API's description says of such a parameter.
    schema: ClassVar[dict[str, Any]] = {"type": "integer", "minimum": 1, "maximum": 10**18 - 1}

    def convert(self, value: str) -> int:
        return int(value)

    def to_string(self, value: int) -> str:
        return str(value)


register_url_convertor("id", IdConvertor())

E = TypeVar("E", bound=StrEnum)


class ChoiceConvertor(Convertor[E]):
    """A path segment that is one of an enumeration's values (``{room:room}``):
    any other is a path that does not exist."""

    def __init__(self, choices: type[E]) -> None:
        self.choices = choices
        # Starlette declares ``regex`` per class; each enumeration's convertor has its own.
        self.regex = "|".join(re.escape(c.value) for c in choices)  # type: ignore[misc]
        self.schema = {"type": "string", "enum": [c.value for c in choices]}

    def convert(self, value: str) -> E:
        return self.choices(value)

    def to_string(self, value: E) -> str:
        return value.value


def choice_convertor(name: str, choices: type[StrEnum]) -> None:
    """Let paths say ``{x:name}`` for one of ``choices``' values."""
    register_url_convertor(name, ChoiceConvertor(choices))


UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
CSRF_HEADER = "x-csrf-token"
IDEMPOTENCY_HEADER = "idempotency-key"

M = TypeVar("M", bound=BaseModel)
# Big enough for any JSON request a page or post makes; a postcard image
# upload gets its own, larger limit on its own route.
MAX_BODY_BYTES = 256 * 1024


def runtime(conn: HTTPConnection) -> Runtime:
    return conn.app.state.runtime


def language(conn: HTTPConnection) -> str:
    viewer: Viewer | None = getattr(conn.state, "viewer", None)
    preferred = viewer.user.language if viewer else None
    return runtime(conn).catalogues.negotiate(conn.headers.get("accept-language"), preferred)


async def limited_stream(
    request: Request, limit: int, too_large: AppError | None = None
) -> AsyncGenerator[bytes, None]:
    """The request's body as it arrives, refused (``too_large``, else
    ``payload_too_large``) as soon as it says or shows it is over ``limit`` bytes."""
    error = too_large or AppError(Code.payload_too_large)
    if int(request.headers.get("content-length") or 0) > limit:
        raise error
    seen = 0
    async for chunk in request.stream():
        seen += len(chunk)
        if seen > limit:
            raise error
        yield chunk


async def read_limited(request: Request, limit: int = MAX_BODY_BYTES) -> bytes:
    return b"".join([chunk async for chunk in limited_stream(request, limit)])


async def body(request: Request, schema: type[M]) -> M:
    """The request's JSON body as ``schema``; JSON mode lets enums arrive as strings.

    Text that no database stores or no encoder writes back out (``schemas.
    unstorable_text``) can only come escaped; a body with such an escape is
    looked through first, so the error names the field."""
    raw = await read_limited(request)
    if ESCAPED_BYTES.search(raw):
        with contextlib.suppress(ValueError, RecursionError):  # the schema says why not
            broken = unstorable_text(json.loads(raw))
            if broken is not None:
                raise invalid(*broken)
    try:
        return schema.model_validate_json(raw or b"{}")
    except ValidationError as error:
        raise from_validation(error) from None


def query(request: Request, schema: type[M]) -> M:
    """The query string as ``schema``; a name given twice counts with its last value."""
    params = dict(request.query_params)
    broken = unstorable_text(params)
    if broken is not None:
        raise invalid(*broken)
    try:
        return schema.model_validate(params)
    except ValidationError as error:
        raise from_validation(error) from None


# ---------------------------------------------------------------- declared routes


class Call:
    """One request as its endpoint sees it: the inputs its operation declared,
    already checked, and what the endpoint may add to the answer (a cookie)."""

    def __init__(
        self,
        request: Request,
        operation: Operation,
        viewer: Viewer | None,
        body: BaseModel | None,
        query: BaseModel | None,
    ) -> None:
        self.request = request
        self.operation = operation
        self._viewer = viewer
        self.body: Any = body
        self.query: Any = query
        self.path: Mapping[str, Any] = request.path_params
        self.finishing: list[Callable[[Response], None]] = []

    @property
    def rt(self) -> Runtime:
        return runtime(self.request)

    @property
    def viewer(self) -> Viewer:
        if self._viewer is None:
            raise RuntimeError(f"{self.operation.name} is public: it has no viewer")
        return self._viewer

    @property
    def command_key(self) -> str | None:
        """With an ``Idempotency-Key`` header, a retried command gets its first
        result, exactly as a retried WebSocket command does."""
        client_id = self.request.headers.get(IDEMPOTENCY_HEADER)
        if self.operation.command is None or not client_id:
            return None
        return commands.key(self.operation.command, client_id)


Endpoint = Callable[[Call], Awaitable[Any]]


@dataclass(frozen=True)
class Operation:
    """One method of an API path, declared once: the door checks what it takes
    and ``/api/openapi.json`` describes it from the same declaration.

    ``body`` and ``query`` are the schemas the request is validated against;
    path parameters are declared by their convertors (``{space_id:id}``).
    The endpoint's return annotation says what a success answers (a JSON
    object, an array), and ``status`` with which status. A ``public``
    operation needs no session (a write still has its ``Origin`` checked);
    any other needs one, and the CSRF token too when it writes. ``command``
    names the command an ``Idempotency-Key`` is kept for; ``gives`` names the
    ids its answer holds (``{"space_id": "/id"}``), which the description
    links to the operations that take them.
    """

    endpoint: Endpoint
    body: type[BaseModel] | None = None
    query: type[BaseModel] | None = None
    status: int = 200
    public: bool = False
    command: str | None = None
    gives: Mapping[str, str] = field(default_factory=dict)
    # Not JSON: an endpoint that answers a file (a picture, a PDF) returns its
    # Response, and says here of which media type.
    answers: str = "application/json"
    # The body is one file, as multipart/form-data, which the endpoint reads.
    upload: bool = False

    @property
    def name(self) -> str:
        return self.endpoint.__name__.removesuffix("_endpoint")

    async def answer(self, request: Request) -> Response:
        """Check the request against this declaration, run the endpoint, render."""
        who = None
        if not self.public:
            who = await viewer(request)
        elif request.method in UNSAFE_METHODS:
            check_origin(request)
        data = await body(request, self.body) if self.body is not None else None
        found = query(request, self.query) if self.query is not None else None
        call = Call(request, self, who, data, found)
        result = await self.endpoint(call)
        response = result if isinstance(result, Response) else ok(result, self.status)
        for finish in call.finishing:
            finish(response)
        return response


class ApiRoute(Route):
    """A path of the API and its operations, one per method:
    ``ApiRoute("/spaces", get=list_endpoint, post=Operation(create_endpoint, body=SpaceIn))``.
    A bare endpoint is an operation that takes no body or query and answers 200."""

    def __init__(self, path: str, **operations: Operation | Endpoint) -> None:
        self.operations = {
            method.upper(): op if isinstance(op, Operation) else Operation(op)
            for method, op in operations.items()
        }
        super().__init__(path, self._answer, methods=list(self.operations))

    async def _answer(self, request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        return await self.operations[method].answer(request)


def command_operation(
    kind: str, declared: Command, status: int = 200, gives: Mapping[str, str] | None = None
) -> Operation:
    """Running a feature's command over HTTP: the twin of its WebSocket frame."""

    async def endpoint(call: Call) -> dict[str, Any]:
        return await declared.run(call.rt, call.viewer, call.body, call.command_key)

    endpoint.__name__ = kind.replace(".", "_")
    endpoint.__doc__ = f"The command `{kind}`, as its WebSocket frame runs it."
    return Operation(endpoint, declared.schema, status=status, command=kind, gives=gives or {})


def command_route(
    path: str,
    kind: str,
    declared: Command,
    status: int = 200,
    gives: Mapping[str, str] | None = None,
) -> ApiRoute:
    """``POST path`` runs a feature's command."""
    return ApiRoute(path, post=command_operation(kind, declared, status, gives))


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


def error_response(
    conn: HTTPConnection, error: AppError, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    message = runtime(conn).catalogues.error_message(language(conn), error)
    headers = dict(headers or {})
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
    code = HTTP_STATUS_CODES.get(exc.status_code, Code.invalid)
    # A 405 keeps the router's Allow header: the methods the path does take.
    return error_response(request, AppError(code), exc.headers)


async def handle_unexpected(request: Request, exc: Exception) -> Response:
    return error_response(request, AppError(Code.internal))


async def handle_database_error(request: Request, exc: Exception) -> Response:
    """A database that could not be had in time (every class logging in at once)
    is ``busy``: the client tries again in a moment. Any other failure is ours."""
    if overloaded(exc):
        return error_response(request, busy())
    log.error("database error answering %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(request, AppError(Code.internal))
