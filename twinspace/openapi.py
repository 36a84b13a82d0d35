"""``/api/openapi.json``: the HTTP API described as OpenAPI 3.1, from its routes.

Nothing here is written beside the routes: the description walks the app's
``ApiRoute``s and reads what each operation declares (``api.Operation``): its
body and query schemas (the pydantic models the door validates with), its
path parameters (their convertors), its status, whether it needs a session,
and the ids its answer gives. A success answer is described by the endpoint's
return annotation (a JSON object, an array of objects); errors by the one
error shape, with the codes each status carries (``errors.HTTP_STATUS``).
"""

from __future__ import annotations

import copy
import functools
import typing
from collections.abc import Iterable, Iterator
from http import HTTPStatus
from importlib.metadata import version
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic.json_schema import models_json_schema
from starlette.routing import BaseRoute, Mount

from twinspace.api import CSRF_HEADER, IDEMPOTENCY_HEADER, ApiRoute, Call, Operation
from twinspace.errors import HTTP_STATUS, Code
from twinspace.sessions import COOKIE_NAME

OPENAPI_VERSION = "3.1.0"
# An upload: one file, in the part named "file".
UPLOAD = {
    "multipart/form-data": {
        "schema": {
            "type": "object",
            "required": ["file"],
            "properties": {"file": {"type": "string", "format": "binary"}},
        }
    }
}
SCHEMAS = "#/components/schemas/"
UNSAFE = {"post", "put", "patch", "delete"}
# Every operation may answer these, whatever it declares; 405 is the answer to
# a method a path does not declare, so no declared operation gives it.
ERROR_STATUSES = sorted({s for s in HTTP_STATUS.values() if s != 405})

SECURITY_SCHEMES = {
    "session": {
        "type": "apiKey",
        "in": "cookie",
        "name": COOKIE_NAME,
        "description": "The session cookie that `POST /api/session` sets.",
    },
    "csrf": {
        "type": "apiKey",
        "in": "header",
        "name": "X-CSRF-Token",
        "description": "The session's CSRF token (from `POST` or `GET /api/session`), "
        "on every write of a logged-in session.",
    },
}
assert SECURITY_SCHEMES["csrf"]["name"].lower() == CSRF_HEADER

# The details an error may carry beside its code and message (docs/api.md#errors).
ERROR_DETAILS: dict[str, Any] = {
    "fields": {
        "description": "invalid: each refused field and why",
        "type": "array",
        "items": {
            "type": "object",
            "required": ["field", "problem"],
            "properties": {"field": {"type": "string"}, "problem": {"type": "string"}},
            "additionalProperties": False,
        },
    },
    "reason": {"description": "a catalogue key that says why", "type": "string"},
    "retry_after": {"description": "rate_limited, busy: seconds to wait", "type": "integer"},
    "state": {"description": "conflict: the state that forbids the move", "type": "string"},
    "until": {"description": "muted: when the mute ends (ISO 8601, UTC)", "type": "string"},
}


def error_schema(codes: Iterable[Code]) -> dict[str, Any]:
    """The one error shape, ``{"error": {"code", "message", ...details}}``, with ``codes``."""
    return {
        "type": "object",
        "required": ["error"],
        "additionalProperties": False,
        "properties": {
            "error": {
                "type": "object",
                "required": ["code", "message"],
                "additionalProperties": False,
                "properties": {
                    "code": {"type": "string", "enum": [c.value for c in codes]},
                    "message": {"type": "string", "description": "for people, in their language"},
                    **ERROR_DETAILS,
                },
            }
        },
    }


def _codes(status: int) -> list[Code]:
    return [code for code, s in HTTP_STATUS.items() if s == status]


def _error_response(status: int) -> dict[str, Any]:
    codes = _codes(status)
    response: dict[str, Any] = {
        "description": ", ".join(c.value for c in codes),
        "content": {"application/json": {"schema": {"$ref": f"{SCHEMAS}Error{status}"}}},
    }
    if Code.rate_limited in codes:
        response["headers"] = {
            "Retry-After": {"required": True, "schema": {"type": "integer", "minimum": 0}}
        }
    return response


# ---------------------------------------------------------------- walking the routes


def _operations(routes: Iterable[BaseRoute], prefix: str) -> Iterator[tuple[str, ApiRoute]]:
    for route in routes:
        if isinstance(route, Mount):
            yield from _operations(route.routes, prefix + route.path)
        elif isinstance(route, ApiRoute):
            yield prefix + route.path_format, route
        else:  # a route the description could only leave out
            raise TypeError(f"{route!r}: an API route declares its operations (api.ApiRoute)")


def _path_parameters(route: ApiRoute) -> list[dict[str, Any]]:
    parameters = []
    for name, convertor in route.param_convertors.items():
        schema = getattr(convertor, "schema", {"type": "string"})
        parameters.append({"name": name, "in": "path", "required": True, "schema": schema})
    return parameters


def _query_parameters(query: type[BaseModel]) -> list[dict[str, Any]]:
    schema = copy.deepcopy(_query_schema(query))
    if "$defs" in schema:
        raise TypeError(f"{query.__name__}: a query parameter is a number or a text")
    required = set(schema.get("required", ()))
    return [
        {"name": name, "in": "query", "required": name in required, "schema": field}
        for name, field in schema["properties"].items()
    ]


def _body_required(body: type[BaseModel]) -> bool:
    """The door reads an empty body as ``{}``: a body is needed only where ``{}`` is refused."""
    try:
        body.model_validate_json(b"{}")
    except ValidationError:
        return True
    return False


def _answer_schema(operation: Operation) -> dict[str, Any]:
    """What a success answers, from the endpoint's return annotation (or a file)."""
    if operation.answers != "application/json":
        return {"type": "string", "format": "binary"}
    answer = typing.get_type_hints(operation.endpoint).get("return")
    if answer is None:
        raise TypeError(f"{operation.name}: say what the endpoint returns")
    return copy.deepcopy(_serialised_schema(answer))


# pydantic takes most of the description's time to write the JSON schemas of the
# classes and annotations below; each is written once per process (most endpoints
# return one of a handful of annotations, and the tests build an app per test)
# and copied into each description.


@functools.cache
def _serialised_schema(answer: Any) -> dict[str, Any]:
    return TypeAdapter(answer).json_schema(mode="serialization")


@functools.cache
def _query_schema(query: type[BaseModel]) -> dict[str, Any]:
    return query.model_json_schema()


@functools.cache
def _body_schemas(models: tuple[type[BaseModel], ...]) -> tuple[Any, dict[str, Any]]:
    return models_json_schema([(m, "validation") for m in models], ref_template=SCHEMAS + "{model}")


class Description:
    """The API's description, built once from its routes."""

    def __init__(self, routes: Iterable[BaseRoute], prefix: str = "") -> None:
        self.found = list(_operations(routes, prefix))
        bodies = {op.body for _, route in self.found for op in route.operations.values()}
        models = sorted((b for b in bodies if b is not None), key=lambda m: m.__name__)
        refs, defs = copy.deepcopy(_body_schemas(tuple(models)))
        self.body_refs = {model: refs[(model, "validation")] for model in models}
        self.schemas: dict[str, Any] = {
            **defs.get("$defs", {}),
            **{f"Error{s}": error_schema(_codes(s)) for s in ERROR_STATUSES},
        }
        # Each operation's own parameters and body fields, to link them to the ids
        # other operations give.
        self.takes: dict[str, set[str]] = {}

    def build(self) -> dict[str, Any]:
        paths: dict[str, dict[str, Any]] = {}
        by_name: dict[str, dict[str, Any]] = {}
        for path, route in self.found:
            for method, operation in route.operations.items():
                if operation.name in by_name:
                    raise ValueError(f"two operations named {operation.name!r}")
                described = self._operation(route, method.lower(), operation)
                paths.setdefault(path, {})[method.lower()] = described
                by_name[operation.name] = described
        self._link(by_name)
        return {
            "openapi": OPENAPI_VERSION,
            "info": {
                "title": "TwinSpace HTTP API",
                "version": version("twinspace"),
                "description": "The JSON API of a TwinSpace server (docs/api.md); the live "
                "side is the WebSocket protocol at /ws (docs/protocol.md).",
            },
            "paths": paths,
            "components": {
                "schemas": self.schemas,
                "responses": {f"Error{s}": _error_response(s) for s in ERROR_STATUSES},
                "securitySchemes": SECURITY_SCHEMES,
            },
        }

    def _operation(self, route: ApiRoute, method: str, operation: Operation) -> dict[str, Any]:
        parameters = _path_parameters(route)
        if operation.query is not None:
            parameters += _query_parameters(operation.query)
        if operation.command is not None:
            parameters.append(
                {
                    "name": IDEMPOTENCY_HEADER.title(),
                    "in": "header",
                    "required": False,
                    "description": "a retry with the same key gets the first result",
                    "schema": {"type": "string"},
                }
            )
        self.takes[operation.name] = {p["name"] for p in parameters if p["in"] == "path"}
        described: dict[str, Any] = {"operationId": operation.name}
        summary = (operation.endpoint.__doc__ or "").strip().splitlines()
        if summary:
            described["summary"] = summary[0]
        if parameters:
            described["parameters"] = parameters
        if operation.body is not None:
            described["requestBody"] = {
                "required": _body_required(operation.body),
                "content": {"application/json": {"schema": self.body_refs[operation.body]}},
            }
        if operation.upload:
            described["requestBody"] = {"required": True, "content": UPLOAD}
        described["security"] = _security(method, operation)
        described["responses"] = {
            str(operation.status): {
                "description": HTTPStatus(operation.status).phrase,
                "content": {operation.answers: {"schema": _answer_schema(operation)}},
            },
            **{str(s): {"$ref": f"#/components/responses/Error{s}"} for s in ERROR_STATUSES},
        }
        return described

    def _body_fields(self, operation: dict[str, Any]) -> set[str]:
        body = operation.get("requestBody")
        if body is None:
            return set()
        json_body = body["content"].get("application/json")
        if json_body is None:  # an upload: a file, no ids
            return set()
        ref = json_body["schema"].get("$ref", "")
        schema = self.schemas.get(ref.removeprefix(SCHEMAS), {})
        return set(schema.get("properties", {}))

    def _link(self, by_name: dict[str, dict[str, Any]]) -> None:
        """Link each operation whose answer gives ids to the operations taking them
        (as path parameters or body fields): the stateful tests follow these. The
        ids the source itself was called with go along (the members of one space
        lead to that space's member operations)."""
        for source, operation in self._givers():
            own = {n: f"$request.path.{n}" for n in self.takes[source]}
            given = {n: f"$response.body#{p}" for n, p in operation.gives.items()}
            links: dict[str, Any] = {}
            for target, taken in by_name.items():
                fields = self._body_fields(taken)
                if not (set(given) & (self.takes[target] | fields)):
                    continue
                link: dict[str, Any] = {"operationId": target}
                known = {**own, **given}
                parameters = {f"path.{n}": e for n, e in known.items() if n in self.takes[target]}
                body = {n: e for n, e in known.items() if n in fields}
                if parameters:
                    link["parameters"] = parameters
                if body:
                    link["requestBody"] = body
                links[target] = link
            if links:
                by_name[source]["responses"][str(operation.status)]["links"] = links

    def _givers(self) -> Iterator[tuple[str, Operation]]:
        for _, route in self.found:
            for operation in route.operations.values():
                if operation.gives:
                    yield operation.name, operation


def _security(method: str, operation: Operation) -> list[dict[str, list[str]]]:
    if operation.public:
        return []
    if method in UNSAFE:
        return [{"session": [], "csrf": []}]
    return [{"session": []}]


def route(routes: Iterable[BaseRoute], prefix: str) -> ApiRoute:
    """``GET /openapi.json``: the description of ``routes`` (mounted at ``prefix``)
    and of itself, built once."""
    described: dict[str, Any] = {}

    async def openapi_endpoint(call: Call) -> dict[str, Any]:
        """This description of the HTTP API (OpenAPI 3.1)."""
        return described

    own = ApiRoute("/openapi.json", get=Operation(openapi_endpoint, public=True))
    described.update(Description([*routes, own], prefix).build())
    return own
