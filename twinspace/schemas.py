"""The building blocks of every request schema: strict models, ids, text.

Each door (HTTP body, WebSocket frame) validates its input against a schema
built from these, so a rule about ids or text holds everywhere at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
)
from pydantic_core import PydanticCustomError, core_schema

from twinspace.moderation.sanitize import one_line

# Row ids are 64-bit signed integers in both databases: anything outside is no id.
MAX_ID = 2**63 - 1
Id = Annotated[int, Field(ge=1, le=MAX_ID)]


def _stripped(value: str) -> str:
    """``value`` without the spaces around it, of which something must be left."""
    stripped = value.strip()
    if not stripped:
        raise PydanticCustomError(
            "string_too_short", "String should have at least 1 character", {"min_length": 1}
        )
    return stripped


# Spaces around a text are taken off after its length is checked, as sent: the
# API's description gives a text's longest length as the client sends it
# ("\tname" of 81 characters is too long for 80, though 80 are kept).
STRIPPED = AfterValidator(_stripped)  # and something must be left
TRIMMED = AfterValidator(str.strip)  # and it may be empty


def _named(value: str) -> str:
    """A name or title on one line, without what would disguise it on others'
    screens (``sanitize.one_line``), of which something must be left."""
    return _stripped(one_line(value))


# Names and titles that others read (people, classes, schools, spaces): cleaned
# as chat is, on one line, after their length is checked as sent.
NAME = AfterValidator(_named)  # and something must be left
NAME_OR_EMPTY = AfterValidator(one_line)  # and it may be empty


# The JSON escapes of what no text may hold (below): raw JSON without one has none.
_ESCAPES = r"\\u(?:[dD][89a-fA-F]|0000)"
ESCAPED = re.compile(_ESCAPES)
ESCAPED_BYTES = re.compile(_ESCAPES.encode())


def unstorable_text(value: Any, whole: str = "body") -> tuple[str, str] | None:
    """Where in decoded JSON a text holds what no text may: ``(path, problem)``,
    such as ``("pupils.0.first_name", "nul_character")``, or None.

    A lone surrogate (half a UTF-16 pair, which JSON can escape) is no UTF-8
    and could never be sent back out; U+0000 cannot be stored in PostgreSQL's
    text. A key that holds either names the object it is in (``whole`` at the top).
    """
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:
        node, path = stack.pop()
        if isinstance(node, str):
            problem = _text_problem(node)
            if problem is not None:
                return path or whole, problem
        elif isinstance(node, dict):
            for key in node:
                problem = _text_problem(key)
                if problem is not None:
                    return path or whole, problem
            stack.extend((child, f"{path}.{key}" if path else key) for key, child in node.items())
        elif isinstance(node, list):
            stack.extend((child, f"{path}.{i}" if path else str(i)) for i, child in enumerate(node))
    return None


def _text_problem(text: str) -> str | None:
    if "\0" in text:
        return "nul_character"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "lone_surrogate"
    return None


class Schema(BaseModel):
    """Unknown fields and loose types are refused, each named in the error."""

    model_config = ConfigDict(extra="forbid", strict=True)


class Query(BaseModel):
    """A query string's parameters: text, so not strict; names it does not know
    are ignored, as links and bookmarks often carry some."""

    model_config = ConfigDict(extra="ignore")


@dataclass(frozen=True)
class QueryNumber:
    """A whole number in a query string, ``low`` to ``high``
    (``limit: Annotated[int, QueryNumber(1, 200)] = 50``). ASCII digits only: ``int()``
    also takes ``"١٢"``, ``" 7"`` and ``"1_0"``, and pydantic's own parsing a sign.
    Anything else is the problem ``range``; the bounds also stay in the schema,
    for the API's description."""

    low: int
    high: int

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        # The bounds before the check: after it, they would not reach the JSON schema.
        return handler(
            Annotated[int, Field(ge=self.low, le=self.high), BeforeValidator(self._check)]
        )

    def _check(self, raw: object) -> object:
        if not isinstance(raw, str):
            return raw
        low, high = self.low, self.high
        if not (raw.isascii() and raw.isdigit()) or len(raw) > 19 or not low <= int(raw) <= high:
            raise PydanticCustomError(
                "range", "a whole number from {low} to {high}", {"low": low, "high": high}
            )
        return int(raw)


# An id in a query string (``?before=311``).
QueryId = Annotated[int, QueryNumber(1, MAX_ID)]
