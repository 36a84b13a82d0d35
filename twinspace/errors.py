"""The one family of errors, each with a stable code.

A service function raises ``AppError(Code.X, **params)``; the HTTP layer and the
WebSocket gateway render it once, as ``{"error": {"code", "message"}}`` or an
error frame, with the message taken from the reader's language catalogue
(``error.<code>``). Codes are part of the public API: never rename one.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import ValidationError


class Code(StrEnum):
    invalid = "invalid"
    unauthenticated = "unauthenticated"
    bad_credentials = "bad_credentials"
    account_suspended = "account_suspended"
    forbidden = "forbidden"
    csrf_failed = "csrf_failed"
    not_found = "not_found"
    conflict = "conflict"
    locked = "locked"  # a locked thread takes no more replies
    space_archived = "space_archived"
    rate_limited = "rate_limited"
    busy = "busy"  # the server is behind: send it again in a moment
    muted = "muted"
    chat_closed = "chat_closed"
    content_rejected = "content_rejected"
    # A live session's teacher controls (twinspace.live): pens down, reactions
    # only, and a pupil's next chat line before slow mode allows it.
    paused = "paused"
    reactions_only = "reactions_only"
    slow_mode = "slow_mode"
    payload_too_large = "payload_too_large"
    media_unsupported = "media_unsupported"  # not a JPEG, PNG or WebP (by its content)
    media_too_large = "media_too_large"  # more bytes than an upload may have
    media_too_many_pixels = "media_too_many_pixels"  # a decompression bomb, or near one
    wrong_state = "wrong_state"  # a postcard cannot go there from where it is
    method_not_allowed = "method_not_allowed"
    internal = "internal"


HTTP_STATUS: dict[Code, int] = {
    Code.invalid: 422,
    Code.unauthenticated: 401,
    Code.bad_credentials: 401,
    Code.account_suspended: 403,
    Code.forbidden: 403,
    Code.csrf_failed: 403,
    Code.not_found: 404,
    Code.conflict: 409,
    Code.locked: 409,
    Code.space_archived: 409,
    Code.rate_limited: 429,
    Code.busy: 503,
    Code.muted: 403,
    Code.chat_closed: 403,
    Code.content_rejected: 422,
    Code.paused: 409,
    Code.reactions_only: 409,
    Code.slow_mode: 429,
    Code.payload_too_large: 413,
    Code.media_unsupported: 415,
    Code.media_too_large: 413,
    Code.media_too_many_pixels: 413,
    Code.wrong_state: 409,
    Code.method_not_allowed: 405,
    Code.internal: 500,
}


class AppError(Exception):
    """An error a user can be told about: a code, message parameters, details.

    ``details`` carries machine-readable extras (the failing fields of an
    ``invalid`` request, ``retry_after`` seconds of a ``rate_limited`` one).
    A ``reason`` detail is a catalogue key: its text, in the reader's language,
    fills the message's ``{reason}``.
    """

    def __init__(self, code: Code, details: dict[str, Any] | None = None, **params: Any) -> None:
        super().__init__(code.value)
        self.code = code
        self.params = params
        self.details = details or {}

    @property
    def http_status(self) -> int:
        return HTTP_STATUS[self.code]


def invalid(field: str, problem: str) -> AppError:
    """An ``invalid`` error about one field, e.g. ``invalid("room", "unknown")``."""
    return AppError(
        Code.invalid, details={"fields": [{"field": field, "problem": problem}]}, fields=field
    )


def rate_limited(wait: int) -> AppError:
    """Too many of one thing in a while: try again in ``wait`` seconds."""
    return AppError(Code.rate_limited, details={"retry_after": wait}, count=wait)


def busy() -> AppError:
    """The server is behind (its database or a socket's queue): send it again in a second."""
    return AppError(Code.busy, details={"retry_after": 1})


def from_validation(error: ValidationError) -> AppError:
    """An ``invalid`` error naming every field a schema refused, and why."""
    fields = [
        {"field": ".".join(str(p) for p in item["loc"]) or "body", "problem": item["type"]}
        for item in error.errors()
    ]
    names = ", ".join(dict.fromkeys(f["field"] for f in fields))
    return AppError(Code.invalid, details={"fields": fields}, fields=names)
