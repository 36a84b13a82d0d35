"""A space's tree of pages: make, rename, move, delete, open to pupils, showcase.

Teachers and pupil administrators manage the tree; a teacher opens a page to
pupils for editing and puts a published page in the space's public showcase.
Every change is a write through the hallway with a ``page.tree`` event.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pycrdt import Doc
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from twinspace.errors import AppError, Code, invalid
from twinspace.moderation.policy import Action, Seat, allowed
from twinspace.pages.schemas import MAX_DEPTH, Event, FlagIn, MoveIn, PageIn, PageRef, RenameIn
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage.models import AuditEntry, Page, PageDocument, SpaceStatus, utcnow
from twinspace.writepath import Change, Draft, EventSpec, Intent, target, write


def page_view(page: Page) -> dict[str, Any]:
    return {
        "id": page.id,
        "space_id": page.space_id,
        "parent_id": page.parent_id,
        "position": page.position,
        "title": page.title,
        "open_to_pupils": page.open_to_pupils,
        "showcase": page.showcase,
        "published_revision": page.published_revision,
        "created_at": page.created_at.isoformat(),
        "deleted": page.deleted_at is not None,
    }


def may_edit(seat: Seat, open_to_pupils: bool) -> bool:
    """Teachers and pupil administrators edit every page; pupils those opened to them."""
    if not allowed(seat, Action.page_edit, SpaceStatus.open):
        return False
    return seat is not Seat.pupil or open_to_pupils


def live_page(db: Session, page_id: int, space_id: int | None = None) -> Page:
    page = db.get(Page, page_id)
    if page is None or page.deleted_at is not None:
        raise AppError(Code.not_found)
    if space_id is not None and page.space_id != space_id:
        raise AppError(Code.not_found)
    return page


def _depth(db: Session, parent_id: int | None) -> int:
    depth = 0
    while parent_id is not None:
        depth += 1
        parent_id = db.scalar(select(Page.parent_id).where(Page.id == parent_id))
    return depth


def _tree_event(page: Page) -> EventSpec:
    return EventSpec(Event.tree, page_view(page))


def add_page(
    db: Session,
    space_id: int,
    title: str,
    created_by: int,
    parent_id: int | None = None,
    doc: Doc | None = None,
) -> tuple[Page, EventSpec]:
    """A new page after its siblings, with its shared document (``doc``, built on the
    server, or empty), in the open transaction, and its tree event (for pages made
    by a feature too: a live session's record)."""
    siblings = Page.parent_id.is_(None) if parent_id is None else Page.parent_id == parent_id
    last = db.scalar(select(func.max(Page.position)).where(Page.space_id == space_id, siblings))
    page = Page(
        space_id=space_id,
        parent_id=parent_id,
        position=(last or 0) + 1,
        title=title,
        open_to_pupils=False,
        showcase=False,
        created_by=created_by,
        created_at=utcnow(),
    )
    db.add(page)
    db.flush()
    # Every later edit then only counts itself into this row.
    state = (doc or Doc()).get_update()
    db.add(PageDocument(page_id=page.id, state=state, bytes_since=0, updates_since=0))
    return page, _tree_event(page)


async def create_page(
    rt: Runtime, viewer: Viewer, data: PageIn, command_key: str | None
) -> dict[str, Any]:
    def persist(draft: Draft) -> Change:
        if data.parent_id is not None:
            live_page(draft.db, data.parent_id, draft.space.id)
            if _depth(draft.db, data.parent_id) >= MAX_DEPTH:
                raise invalid("parent_id", "too_deep")
        page, event = add_page(
            draft.db, draft.space.id, draft.titles[0], viewer.user.id, data.parent_id
        )
        return Change(page_view(page), [event])

    intent = Intent(
        data.space_id, Action.page_manage, command_key=command_key, titles=(data.title,)
    )
    return await write(rt, viewer, intent, persist)


async def _change(
    rt: Runtime,
    viewer: Viewer,
    page_id: int,
    action: Action,
    command_key: str | None,
    change: Callable[[Draft, Page], None],
    titles: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Change one page of the tree (``change(draft, page)``), audited."""
    found = await target(rt, Page, page_id)

    def persist(draft: Draft) -> Change:
        page = live_page(draft.db, page_id)
        change(draft, page)
        draft.db.add(
            AuditEntry(
                space_id=draft.space.id,
                actor_id=viewer.user.id,
                action=action.value,
                target=f"page:{page.id}",
                data={"title": page.title},
            )
        )
        draft.db.flush()
        return Change(page_view(page), [_tree_event(page)])

    intent = Intent(found.space_id, action, command_key=command_key, titles=titles)
    return await write(rt, viewer, intent, persist)


async def rename_page(
    rt: Runtime, viewer: Viewer, data: RenameIn, command_key: str | None
) -> dict[str, Any]:
    def change(draft: Draft, page: Page) -> None:
        page.title = draft.titles[0]

    return await _change(
        rt, viewer, data.page_id, Action.page_manage, command_key, change, (data.title,)
    )


async def move_page(
    rt: Runtime, viewer: Viewer, data: MoveIn, command_key: str | None
) -> dict[str, Any]:
    def change(draft: Draft, page: Page) -> None:
        parent_id = data.parent_id
        if parent_id is not None:
            live_page(draft.db, parent_id, page.space_id)
            ancestor: int | None = parent_id
            while ancestor is not None:  # a page never goes below itself
                if ancestor == page.id:
                    raise invalid("parent_id", "inside_itself")
                ancestor = draft.db.scalar(select(Page.parent_id).where(Page.id == ancestor))
            if _depth(draft.db, parent_id) >= MAX_DEPTH:
                raise invalid("parent_id", "too_deep")
        page.parent_id, page.position = parent_id, data.position

    return await _change(rt, viewer, data.page_id, Action.page_manage, command_key, change)


async def delete_page(
    rt: Runtime, viewer: Viewer, data: PageRef, command_key: str | None
) -> dict[str, Any]:
    """A page leaves the tree (kept, never shown); its subpages move up to its parent."""

    def change(draft: Draft, page: Page) -> None:
        page.deleted_at = utcnow()
        page.showcase = False
        for child in draft.db.scalars(select(Page).where(Page.parent_id == page.id)):
            child.parent_id = page.parent_id

    return await _change(rt, viewer, data.page_id, Action.page_manage, command_key, change)


async def open_to_pupils(
    rt: Runtime, viewer: Viewer, data: FlagIn, command_key: str | None
) -> dict[str, Any]:
    def change(draft: Draft, page: Page) -> None:
        page.open_to_pupils = data.on

    return await _change(rt, viewer, data.page_id, Action.page_open, command_key, change)


async def showcase(
    rt: Runtime, viewer: Viewer, data: FlagIn, command_key: str | None
) -> dict[str, Any]:
    """Put a published page in the space's public showcase (or take it out)."""

    def change(draft: Draft, page: Page) -> None:
        if data.on and page.published_revision is None:
            raise AppError(Code.conflict, details={"reason": "page.not_published"})
        page.showcase = data.on

    return await _change(rt, viewer, data.page_id, Action.page_showcase, command_key, change)
