"""What pages take and send: command schemas, event kinds, settings, limits."""

from __future__ import annotations

import base64
import binascii
from enum import StrEnum
from typing import Annotated, ClassVar

from pydantic import AfterValidator, Field, StringConstraints
from pydantic_core import PydanticCustomError

from twinspace.realtime.protocol import SignalIn
from twinspace.schemas import STRIPPED, Id, Schema
from twinspace.spacesettings import KindSettings

NAME = "page"
CONTENT_TYPE = "page.text"  # text screening took out of a page, waiting for a teacher
# A page is a project's page, not a book: its stored document (all its history
# of edits, compacted) may grow to this, then edits are refused.
MAX_PAGE_BYTES = 2 * 1024 * 1024
# One update: a paste of a long text, well under the socket's frame limit once
# written in base64.
MAX_UPDATE_BYTES = 128 * 1024
# Updates stored since the last compaction before they are merged into one state.
COMPACT_EVERY = 400
# Cursors and names of co-editors: relayed at most this often per socket and page,
# often enough to follow a cursor, rarely enough for a class.
AWARENESS_EVERY_SECONDS = 0.05
# Pages' nesting: a project's sections and their pages, and a little more.
MAX_DEPTH = 4


def _base64(value: str) -> str:
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise PydanticCustomError("base64", "not base64") from None
    return value


Base64 = Annotated[
    str,
    StringConstraints(max_length=(MAX_UPDATE_BYTES * 4) // 3 + 4),
    AfterValidator(_base64),
]
# One editor's awareness state (y-protocols: its cursor, selection and name) takes
# a few hundred bytes; relayed to every co-editor up to twenty times a second, a
# larger one would only fill their connections.
MAX_AWARENESS_BYTES = 4 * 1024
AwarenessState = Annotated[
    str,
    StringConstraints(max_length=(MAX_AWARENESS_BYTES * 4) // 3 + 4),
    AfterValidator(_base64),
]
Title = Annotated[str, StringConstraints(min_length=1, max_length=200), STRIPPED]


class Event(StrEnum):
    tree = "page.tree"  # a page made, renamed, moved, opened to pupils, deleted
    update = "page.update"  # an edit of the document (to those who have it open)
    published = "page.published"  # a new revision for readers
    held = "page.held"  # text of the author's taken out, waiting for a teacher (author)
    refused = "page.refused"  # that text refused by a teacher, or by screening (author)


class PageSettings(KindSettings):
    name: ClassVar[str] = NAME


class PageIn(Schema):
    space_id: Id
    title: Title
    parent_id: Id | None = None


class RenameIn(Schema):
    page_id: Id
    title: Title


class MoveIn(Schema):
    page_id: Id
    parent_id: Id | None = None
    position: Annotated[int, Field(ge=0, le=10_000)] = 0


class PageRef(Schema):
    page_id: Id


class FlagIn(Schema):
    page_id: Id
    on: bool


class RevertIn(Schema):
    page_id: Id
    number: Annotated[int, Field(ge=1, le=1_000_000)]


class OpenIn(Schema):
    space_id: Id
    page_id: Id
    state_vector: Base64 = ""  # what the editor already has (empty: nothing)


class CloseIn(Schema):
    space_id: Id
    page_id: Id


class UpdateIn(Schema):
    page_id: Id
    update: Base64


class Awareness(SignalIn):
    page_id: Id
    state: AwarenessState  # y-protocols awareness update: cursors and names
