"""The shared documents of the pages open on this process, kept in step with the database.

A page's document is a CRDT (pycrdt on the server, Yjs in the browser). The
database holds it as a compacted state and the updates accepted since
(``PageDocument``, ``PageUpdate``); this process keeps a live copy of each page
someone has open here. Each copy follows its space's event stream through the
hub like a socket does (a listener that hears only the ``page:<id>`` group and
the space's settings): every accepted update of any process reaches it in
``seq`` order, gaps filled from the database, so every process's copy converges
and a socket that opens the page here gets all that is saved.
"""

from __future__ import annotations

import asyncio
import base64
import json
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from pycrdt import Doc, XmlFragment
from sqlalchemy import Select, literal, select, text, union_all
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from twinspace.errors import AppError, Code
from twinspace.moderation.settings import ModerationSettings
from twinspace.runtime import Runtime
from twinspace.spacesettings import SpaceSettings
from twinspace.storage.events import Reader
from twinspace.storage.models import Page, PageDocument, PageUpdate, Space

# The root of a page's document: y-prosemirror's name for the editor's content.
ROOT = "prosemirror"
# A page nobody edited or opened here for this long loses its copy; a reload or a
# second visit within it does not read the whole document again.
IDLE_SECONDS = 300.0
# How often idle copies are looked for (on the next use of any page).
SWEEP_SECONDS = 60.0
# How long a member's right to edit a page, once read, is taken as known before
# their next edit touches the copy; the write checks it again, every time.
GRANT_SECONDS = 10.0
# Event kinds a listener reads; every other event of the space is skipped by a
# glance at the frame's start, without decoding it.
UPDATE_EVENT = "page.update"
SETTINGS_EVENT = "space.settings"


def page_key(page_id: int) -> str:
    """A page as a group audience: the sockets that have it open, and its listener."""
    return f"page:{page_id}"


@dataclass
class LivePage:
    page_id: int
    space_id: int
    doc: Doc
    size: int  # bytes stored for it: its compacted state and the updates since
    last_used: float = field(default_factory=time.monotonic)

    @property
    def root(self) -> XmlFragment:
        return self.doc.get(ROOT, type=XmlFragment)


class SpaceListener:
    """The hub's subscriber for one space: applies the pages' updates to their copies.

    A ``hub.Subscriber`` that is never closed and never re-seated: it stands for
    this process, not for a user.
    """

    closed = False

    def __init__(self, documents: PageDocuments, space_id: int, settings: SpaceSettings) -> None:
        self.documents = documents
        self.space_id = space_id
        self.settings = settings  # kept fresh from the space's settings events
        self.keys: set[str] = set()
        self.reader = Reader(0, False, self.keys, sees_members=False)

    def send(self, frame: str) -> None:
        head = frame[:160]
        if f'"kind":"{UPDATE_EVENT}"' in head:
            data = json.loads(frame)["data"]
            live = self.documents.pages.get(data["page_id"])
            if live is not None:
                live.doc.apply_update(base64.b64decode(data["update"]))
                live.size += data["size"]
        elif f'"kind":"{SETTINGS_EVENT}"' in head:
            view = json.loads(frame)["data"]["settings"]
            self.settings = self.documents.rt.registry.settings.parse(view)

    deliver = send  # nothing to write: every event is applied as it comes

    def seat_changed(self, space_id: int, seq: int) -> None:
        """Never: the listener has no seat."""

    @property
    def moderation(self) -> ModerationSettings:
        return self.settings[ModerationSettings]


class PageDocuments:
    """This process's live copies of open pages (one per page), loaded on demand."""

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self.pages: dict[int, LivePage] = {}
        self.listeners: dict[int, SpaceListener] = {}
        self._loading: dict[int, asyncio.Lock] = {}
        self._swept = time.monotonic()
        self._grants: dict[tuple[int, int], float] = {}  # (user, page) -> until

    async def get(self, page_id: int) -> LivePage:
        """The page's live copy, read from the database (and followed) if not yet here."""
        await self._sweep()
        live = self.pages.get(page_id)
        if live is None:
            lock = self._loading.setdefault(page_id, asyncio.Lock())
            async with lock:
                live = self.pages.get(page_id) or await self._load(page_id)
        live.last_used = time.monotonic()
        return live

    async def _load(self, page_id: int) -> LivePage:
        async with self.rt.db() as db:
            page = await db.get(Page, page_id)
            if page is None or page.deleted_at is not None:
                raise AppError(Code.not_found)
            listener = self.listeners.get(page.space_id)
            if listener is None:
                stored = await db.scalar(select(Space.settings).where(Space.id == page.space_id))
                settings = self.rt.registry.settings.parse(stored or {})
                listener = SpaceListener(self, page.space_id, settings)
                # Follow the space first, then read the document: an update that
                # commits after the read reaches the copy through the stream.
                self.listeners[page.space_id] = listener
                await self.rt.hub.join(page.space_id, listener, listener.reader, None)
            listener.keys.add(page_key(page_id))
            doc, size = await read_document(db, page_id)
        live = LivePage(page_id, page.space_id, doc, size)
        self.pages[page_id] = live
        return live

    def granted(self, user_id: int, page_id: int) -> bool:
        """Whether the member's right to edit the page was read a moment ago."""
        return self._grants.get((user_id, page_id), 0.0) > time.monotonic()

    def grant(self, user_id: int, page_id: int) -> None:
        self._grants[(user_id, page_id)] = time.monotonic() + GRANT_SECONDS

    def revoke(self, user_id: int, page_id: int) -> None:
        self._grants.pop((user_id, page_id), None)

    def listener(self, space_id: int) -> SpaceListener:
        return self.listeners[space_id]

    def forget(self, page_id: int) -> None:
        """Drop a copy that may be ahead of the database (a write that failed after
        its update was applied here); the next use reads it again."""
        live = self.pages.pop(page_id, None)
        if live is not None:
            listener = self.listeners.get(live.space_id)
            if listener is not None:
                listener.keys.discard(page_key(page_id))

    async def _sweep(self) -> None:
        """Drop the copies nobody used for a while (a copy is only a cache: the
        sockets that have a page open follow its updates themselves), and stop
        following spaces left without any."""
        now = time.monotonic()
        if now - self._swept < SWEEP_SECONDS:
            return
        self._swept = now
        for page_id, live in list(self.pages.items()):
            if now - live.last_used > IDLE_SECONDS:
                self.forget(page_id)
        self._grants = {key: until for key, until in self._grants.items() if until > now}
        for space_id, listener in list(self.listeners.items()):
            if not listener.keys:
                del self.listeners[space_id]
                await self.rt.hub.leave(space_id, listener)


def _stored(page_id: int) -> Select[bytes]:
    """A page's stored document: its compacted state first, then the updates since."""
    state = select(PageDocument.state, literal(0).label("o")).where(PageDocument.page_id == page_id)
    updates = select(PageUpdate.update, PageUpdate.id.label("o")).where(
        PageUpdate.page_id == page_id
    )
    return select(union_all(state, updates).subquery().c[0]).order_by(text("o"))


def _built(parts: Iterable[bytes]) -> tuple[Doc, int]:
    doc: Doc[XmlFragment] = Doc()
    size = 0
    for part in parts:
        doc.apply_update(part)
        size += len(part)
    return doc, size


async def read_document(db: AsyncSession, page_id: int) -> tuple[Doc, int]:
    """A page's document as stored, and its size in bytes."""
    return _built((await db.scalars(_stored(page_id))).all())


def read_document_in(db: Session, page_id: int) -> tuple[Doc, int]:
    """``read_document`` in a write's (synchronous) transaction."""
    return _built(db.scalars(_stored(page_id)).all())


def documents(rt: Runtime) -> PageDocuments:
    """This process's page documents (one registry per running server)."""
    found = rt.extensions.get("pages")
    if found is None:
        found = rt.extensions["pages"] = PageDocuments(rt)
    assert isinstance(found, PageDocuments)
    return found
