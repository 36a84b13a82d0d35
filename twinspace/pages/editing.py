"""Editing a page together: open it, send edits, publish it, go back to a revision.

An editor opens a page over its socket (``page.open``, with its document's state
vector): the answer holds what it lacks, and from then on the socket follows the
page's updates (the ``page:<id>`` group). An edit (``page.update``) is applied
to this process's copy, stamped and screened (``edits``), then stored with its
event in one write: its ack means it is saved. Nothing is relayed that was not
stored; a write that fails drops the copy, which is read again from the database.

Publishing renders the stored document to sanitised HTML as a new revision;
going back to a revision makes the document say what it said then, and
publishes that as a new revision.
"""

from __future__ import annotations

import base64
from typing import Any

from pycrdt import Doc, XmlElement, XmlFragment, XmlText
from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from twinspace.access import access
from twinspace.errors import AppError, Code, invalid
from twinspace.moderation.policy import Action
from twinspace.moderation.sanitize import media_prefix
from twinspace.moderation.screening import Level as ScreeningLevel
from twinspace.moderation.screening import Screening, judge
from twinspace.pages.documents import ROOT, LivePage, documents, page_key, read_document_in
from twinspace.pages.edits import Applied, MalformedUpdate, apply_edit
from twinspace.pages.render import authors, render
from twinspace.pages.schemas import (
    COMPACT_EVERY,
    CONTENT_TYPE,
    MAX_PAGE_BYTES,
    NAME,
    CloseIn,
    Event,
    OpenIn,
    PageRef,
    RevertIn,
    UpdateIn,
)
from twinspace.pages.tree import live_page, may_edit
from twinspace.realtime.protocol import FOLLOW, UNFOLLOW
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage.models import (
    AccountKind,
    Audience,
    Page,
    PageDocument,
    PageHeldText,
    PageRevision,
    PageUpdate,
    utcnow,
)
from twinspace.writepath import (
    Change,
    ContentRef,
    Draft,
    EventSpec,
    Intent,
    finding_view,
    target,
    write,
)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


async def _editable(rt: Runtime, viewer: Viewer, page_id: int, space_id: int | None = None) -> Page:
    """The page, if the viewer may edit it now (read before its document is touched)."""
    async with rt.db() as db:
        page = await db.get(Page, page_id)
        if page is None or page.deleted_at is not None:
            raise AppError(Code.not_found)
        if space_id is not None and page.space_id != space_id:
            raise AppError(Code.not_found)
        _, seat = await access(db, viewer.user, page.space_id, Action.page_read)
        if not may_edit(seat, page.open_to_pupils):
            raise AppError(Code.forbidden)
        return page


async def open_page(
    rt: Runtime, viewer: Viewer, data: OpenIn, command_key: str | None
) -> dict[str, Any]:
    """What the editor lacks of the page's document, and its state; the socket then
    follows the page's updates (``follow``)."""
    await _editable(rt, viewer, data.page_id, data.space_id)
    live = await documents(rt).get(data.page_id)
    try:
        missing = live.doc.get_update(
            base64.b64decode(data.state_vector) if data.state_vector else None
        )
    except Exception:  # pycrdt raises several kinds for an unreadable state vector
        raise invalid("state_vector", "unreadable") from None
    return {
        "space_id": data.space_id,
        "page_id": data.page_id,
        "update": _b64(missing),
        "state_vector": _b64(live.doc.get_state()),
        FOLLOW: page_key(data.page_id),
    }


async def close_page(
    rt: Runtime, viewer: Viewer, data: CloseIn, command_key: str | None
) -> dict[str, Any]:
    return {"space_id": data.space_id, "page_id": data.page_id, UNFOLLOW: page_key(data.page_id)}


async def update_page(
    rt: Runtime, viewer: Viewer, data: UpdateIn, command_key: str | None
) -> dict[str, Any]:
    """Store one edit of a page's document and relay it to its other editors.

    Whether the member may edit is read before the edit touches this process's
    copy, once per ``GRANT_SECONDS`` (an editor sends several edits a second);
    the write checks it again in its transaction, so a right taken away is never
    used to store anything."""
    pages = documents(rt)
    if not pages.granted(viewer.user.id, data.page_id):
        await _editable(rt, viewer, data.page_id)
        pages.grant(viewer.user.id, data.page_id)
    raw = base64.b64decode(data.update)
    live = await pages.get(data.page_id)
    if live.size + len(raw) > MAX_PAGE_BYTES:
        raise AppError(Code.payload_too_large, details={"reason": "page.too_big"})
    screen = _screen(rt, live) if viewer.user.kind is AccountKind.pupil else None
    try:
        applied = apply_edit(live.doc, live.root, raw, viewer.user.id, screen)
    except MalformedUpdate as refused:
        pages.forget(live.page_id)  # whatever part of it was read is not stored
        raise invalid("update", refused.problem) from None

    def persist(draft: Draft) -> Change:
        return _store(rt, draft, viewer, live.page_id, live.space_id, applied)

    intent = Intent(live.space_id, Action.page_edit, NAME, command_key=command_key)
    try:
        return await write(rt, viewer, intent, persist)
    except BaseException:
        pages.forget(live.page_id)  # its copy is ahead of the database
        pages.revoke(viewer.user.id, live.page_id)
        raise


def _screen(rt: Runtime, live: LivePage) -> Any:
    """Screening of a pupil's text at the space's level, as in every other kind."""
    moderation = documents(rt).listener(live.space_id).moderation
    allowed = (*rt.settings.link_allowlist, *moderation.allowed_domains)

    def screen(text: str) -> Screening:
        found = rt.screener.screen(text, ScreeningLevel.strict, rt.settings.link_allowlist)
        return judge(found, moderation.screening_level, allowed)

    return screen


def _store(
    rt: Runtime, draft: Draft, viewer: Viewer, page_id: int, space_id: int, applied: Applied
) -> Change:
    """The edit (and any text screening took out) in the open transaction."""
    opened = draft.connection.execute(_EDITABLE, {"page": page_id}).first()
    if opened is None:
        raise AppError(Code.not_found)
    if not may_edit(draft.seat, opened.open_to_pupils):
        raise AppError(Code.forbidden)
    specs = [stored_update(draft.db, page_id, viewer.user.id, applied.update)]
    held_views = []
    for held in applied.held:
        row = PageHeldText(
            page_id=page_id,
            space_id=space_id,
            author_id=viewer.user.id,
            text=held.text,
            position=_position(held.path, held.offset),
        )
        draft.db.add(row)
        draft.db.flush()
        view = {"id": row.id, "page_id": page_id, "text": held.text,
                "reason": held.screening.reason_key}  # fmt: skip
        held_views.append(view)
        specs.append(EventSpec(Event.held, view, Audience.user, viewer.user.id))
        findings = [finding_view(f) for f in held.screening.findings]
        change = Change(view, content=ContentRef(CONTENT_TYPE, row.id, held.text))
        specs += rt.registry.review.hold(draft.db, space_id, viewer, change, findings)
    return Change({"page_id": page_id, "saved": True, "held": held_views}, specs)


# An editor sends several updates a second: the statements are built once (Core,
# as a chat line's), so storing a key costs a few statements, not ORM loading.
_INSERT_UPDATE = insert(PageUpdate.__table__)
_COUNT = (
    update(PageDocument.__table__)
    .where(PageDocument.__table__.c.page_id == bindparam("page"))
    .values(
        updates_since=PageDocument.__table__.c.updates_since + 1,
        bytes_since=PageDocument.__table__.c.bytes_since + bindparam("size"),
    )
    .returning(PageDocument.__table__.c.updates_since)
)
_EDITABLE = select(Page.open_to_pupils).where(
    Page.id == bindparam("page"), Page.deleted_at.is_(None)
)


def stored_update(db: Session, page_id: int, author_id: int, update: bytes) -> EventSpec:
    """Store an update of a page's document; its event reaches those who have it open."""
    connection = db.connection()
    connection.execute(
        _INSERT_UPDATE,
        {"page_id": page_id, "author_id": author_id, "update": update, "created_at": utcnow()},
    )
    since = connection.execute(_COUNT, {"page": page_id, "size": len(update)}).scalar_one()
    if since >= COMPACT_EVERY:
        _compact(db, page_id)
    data = {"page_id": page_id, "update": _b64(update), "size": len(update), "user_id": author_id}
    return EventSpec(Event.update, data, Audience.group, audience_group=(page_key(page_id),))


def _position(path: tuple[int, ...], offset: int) -> bytes:
    """Where held text stood: its text's path in the document, then its offset."""
    return ",".join(map(str, (*path, offset))).encode("ascii")


def position_of(stored: bytes) -> tuple[tuple[int, ...], int]:
    *path, offset = (int(part) for part in stored.decode("ascii").split(","))
    return tuple(path), offset


def _compact(db: Session, page_id: int) -> None:
    """Merge a page's stored updates into its one state (past ``COMPACT_EVERY`` of them)."""
    doc, _ = read_document_in(db, page_id)
    document = db.get_one(PageDocument, page_id)
    document.state = doc.get_update()
    document.updates_since = document.bytes_since = 0
    db.execute(delete(PageUpdate).where(PageUpdate.page_id == page_id))


# ---------------------------------------------------------------- revisions


def publish_in(
    db: Session, rt: Runtime, page: Page, user_id: int
) -> tuple[PageRevision, EventSpec]:
    """A new revision of the page as stored now (the one truth every process shares)."""
    doc, _ = read_document_in(db, page.id)
    root = doc.get(ROOT, type=XmlFragment)
    number = (
        db.scalar(select(func.max(PageRevision.number)).where(PageRevision.page_id == page.id)) or 0
    ) + 1
    revision = PageRevision(
        page_id=page.id,
        number=number,
        title=page.title,
        html=render(root, media_prefix(page.space_id)),
        authors=[author for author, _ in authors(root).most_common()],
        state=doc.get_update(),
        published_by=user_id,
        created_at=utcnow(),
    )
    db.add(revision)
    page.published_revision = number
    view = {"page_id": page.id, "space_id": page.space_id, "number": number, "title": page.title}
    return revision, EventSpec(Event.published, view)


async def publish(
    rt: Runtime, viewer: Viewer, data: PageRef, command_key: str | None
) -> dict[str, Any]:
    found = await target(rt, Page, data.page_id)

    def persist(draft: Draft) -> Change:
        page = live_page(draft.db, data.page_id)
        revision, event = publish_in(draft.db, rt, page, viewer.user.id)
        return Change({**event.data, "html": revision.html}, [event])

    intent = Intent(found.space_id, Action.page_manage, command_key=command_key)
    return await write(rt, viewer, intent, persist)


async def revert(
    rt: Runtime, viewer: Viewer, data: RevertIn, command_key: str | None
) -> dict[str, Any]:
    """Make the document say what a revision said, and publish that as a new revision."""
    page = await _editable(rt, viewer, data.page_id)
    async with rt.db() as db:
        revision = await db.scalar(
            select(PageRevision).where(
                PageRevision.page_id == page.id, PageRevision.number == data.number
            )
        )
    if revision is None:
        raise AppError(Code.not_found)
    live = await documents(rt).get(page.id)
    before = live.doc.get_state()
    old: Doc[XmlFragment] = Doc()
    old.apply_update(revision.state)
    with live.doc.transaction():
        children = live.root.children
        for index in reversed(range(len(children))):
            del children[index]
        for child in old.get(ROOT, type=XmlFragment).children:
            _copy_into(live.root.children, child)
    applied = Applied(live.doc.get_update(before))

    def persist(draft: Draft) -> Change:
        change = _store(rt, draft, viewer, page.id, page.space_id, applied)
        current = live_page(draft.db, page.id)
        revision, event = publish_in(draft.db, rt, current, viewer.user.id)
        return Change(
            {**event.data, "html": revision.html, "reverted_to": data.number},
            [*change.events, event],
        )

    intent = Intent(page.space_id, Action.page_manage, NAME, command_key=command_key)
    try:
        return await write(rt, viewer, intent, persist)
    except BaseException:
        documents(rt).forget(page.id)
        raise


def _copy_into(children: Any, node: Any) -> None:
    """Append a copy of a node of another document (its text with its marks)."""
    if isinstance(node, XmlText):
        text = children.append(XmlText())
        index = 0
        for chunk, attributes in node.diff():
            if isinstance(chunk, str):
                text.insert(index, chunk, attributes or None)
                index += len(chunk)
    elif isinstance(node, XmlElement):
        # pycrdt types the attributes' __iter__ as returning an Iterable, not an Iterator.
        element = children.append(XmlElement(node.tag, dict(node.attributes)))  # type: ignore[call-overload]
        for child in node.children:
            _copy_into(element.children, child)
