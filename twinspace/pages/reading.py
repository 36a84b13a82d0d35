"""Reading pages: the tree, a page as published, its revisions and the difference
between two, and the space's public showcase.

Readers see published pages (their latest revision); a page that was never
published is a draft, seen only by those who may edit it. The showcase is public:
anyone may read the pages a teacher put there, without logging in, and no name
of a pupil appears in it.
"""

from __future__ import annotations

import difflib
from typing import Any

from pycrdt import Doc, XmlFragment
from sqlalchemy import select

from twinspace.access import access
from twinspace.errors import AppError, Code
from twinspace.moderation.policy import Action, Seat
from twinspace.pages.documents import ROOT
from twinspace.pages.render import words
from twinspace.pages.tree import may_edit, page_view
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage.models import Page, PageRevision, Space, User


def _readable(seat: Seat, page: Page) -> bool:
    return page.published_revision is not None or may_edit(seat, page.open_to_pupils)


async def tree(rt: Runtime, viewer: Viewer, space_id: int) -> list[dict[str, Any]]:
    """The space's pages the viewer may see, in tree order (parent, then position)."""
    async with rt.db() as db:
        _, seat = await access(db, viewer.user, space_id, Action.page_read)
        pages = (
            await db.scalars(
                select(Page)
                .where(Page.space_id == space_id, Page.deleted_at.is_(None))
                .order_by(Page.parent_id, Page.position, Page.id)
            )
        ).all()
    return [
        {**page_view(page), "can_edit": may_edit(seat, page.open_to_pupils)}
        for page in pages
        if _readable(seat, page)
    ]


async def _page(rt: Runtime, viewer: Viewer, page_id: int) -> tuple[Page, Seat]:
    async with rt.db() as db:
        page = await db.get(Page, page_id)
        if page is None or page.deleted_at is not None:
            raise AppError(Code.not_found)
        _, seat = await access(db, viewer.user, page.space_id, Action.page_read)
    if not _readable(seat, page):
        raise AppError(Code.not_found)
    return page, seat


async def page(rt: Runtime, viewer: Viewer, page_id: int) -> dict[str, Any]:
    """A page as its latest revision shows it (no HTML for a draft never published)."""
    found, seat = await _page(rt, viewer, page_id)
    html = None
    if found.published_revision is not None:
        async with rt.db() as db:
            html = await db.scalar(
                select(PageRevision.html).where(
                    PageRevision.page_id == found.id,
                    PageRevision.number == found.published_revision,
                )
            )
    return {**page_view(found), "can_edit": may_edit(seat, found.open_to_pupils), "html": html}


async def revisions(rt: Runtime, viewer: Viewer, page_id: int) -> list[dict[str, Any]]:
    """Each publication of the page, newest first, with who wrote its text."""
    found, _ = await _page(rt, viewer, page_id)
    async with rt.db() as db:
        rows = (
            await db.scalars(
                select(PageRevision)
                .where(PageRevision.page_id == found.id)
                .order_by(PageRevision.number.desc())
            )
        ).all()
        people = {r.published_by for r in rows} | {a for r in rows for a in r.authors}
        names = dict(
            (await db.execute(select(User.id, User.display_name).where(User.id.in_(people)))).all()
        )
    return [
        {
            "number": r.number,
            "title": r.title,
            "authors": [{"id": a, "display_name": names.get(a, "")} for a in r.authors],
            "published_by": {"id": r.published_by, "display_name": names.get(r.published_by, "")},
            "created_at": r.created_at.isoformat(),
        }
        for r in rows
    ]


async def _revision(rt: Runtime, page_id: int, number: int) -> PageRevision:
    async with rt.db() as db:
        found = await db.scalar(
            select(PageRevision).where(
                PageRevision.page_id == page_id, PageRevision.number == number
            )
        )
    if found is None:
        raise AppError(Code.not_found)
    return found


async def revision(rt: Runtime, viewer: Viewer, page_id: int, number: int) -> dict[str, Any]:
    await _page(rt, viewer, page_id)
    found = await _revision(rt, page_id, number)
    return {"page_id": page_id, "number": number, "title": found.title, "html": found.html}


def _lines(state: bytes) -> list[str]:
    doc: Doc[XmlFragment] = Doc()
    doc.apply_update(state)
    return [line for line in words(doc.get(ROOT, type=XmlFragment)).splitlines() if line.strip()]


async def diff(rt: Runtime, viewer: Viewer, page_id: int, old: int, new: int) -> dict[str, Any]:
    """What changed between two revisions, block by block (a line per paragraph)."""
    await _page(rt, viewer, page_id)
    before, after = await _revision(rt, page_id, old), await _revision(rt, page_id, new)
    a, b = _lines(before.state), _lines(after.state)
    changes = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag in ("equal", "delete", "replace"):
            op = "same" if tag == "equal" else "removed"
            changes += [{"op": op, "text": line} for line in a[i1:i2]]
        if tag in ("insert", "replace"):
            changes += [{"op": "added", "text": line} for line in b[j1:j2]]
    return {"page_id": page_id, "from": old, "to": new, "changes": changes}


async def showcase(rt: Runtime, space_id: int) -> dict[str, Any]:
    """The pages a space shows the world: no login, no names, only what is published."""
    async with rt.db() as db:
        space = await db.get(Space, space_id)
        if space is None:  # an archived project keeps its showcase
            raise AppError(Code.not_found)
        rows = (
            await db.execute(
                select(Page, PageRevision.html)
                .join(
                    PageRevision,
                    (PageRevision.page_id == Page.id)
                    & (PageRevision.number == Page.published_revision),
                )
                .where(
                    Page.space_id == space_id, Page.showcase.is_(True), Page.deleted_at.is_(None)
                )
                .order_by(Page.parent_id, Page.position, Page.id)
            )
        ).all()
    if not rows:
        raise AppError(Code.not_found)  # a space without a showcase is not shown at all
    return {
        "space": {"id": space.id, "title": space.title, "languages": space.languages},
        "pages": [{"id": p.id, "title": p.title, "html": html} for p, html in rows],
    }
