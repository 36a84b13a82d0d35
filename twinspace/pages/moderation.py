"""How the review queue acts on text screening took out of a page, and who may
edit the live document."""

from __future__ import annotations

from pycrdt import XmlFragment
from sqlalchemy.orm import Session

from twinspace.moderation.policy import Seat
from twinspace.moderation.sanitize import TextForm
from twinspace.pages.documents import ROOT, read_document_in
from twinspace.pages.editing import position_of, stored_update
from twinspace.pages.edits import put_back
from twinspace.pages.schemas import CONTENT_TYPE, Event
from twinspace.storage.models import Audience, ContentStatus, PageHeldText
from twinspace.writepath import EventSpec

# What a teacher may write when correcting held text before putting it back.
MAX_HELD_CHARS = 2000


class HeldPageText:
    """``kinds.ReviewAdapter`` for page text: approving puts it back where it stood
    (an edit of the document by its author), refusing tells its author."""

    content_type = CONTENT_TYPE
    max_chars = MAX_HELD_CHARS
    text_form = TextForm.plain

    def locate(self, db: Session, content_id: int) -> tuple[int, int] | None:
        held = db.get(PageHeldText, content_id)
        return None if held is None else (held.space_id, held.author_id)

    def approve(self, db: Session, content_id: int, text: str | None) -> list[EventSpec]:
        held = db.get_one(PageHeldText, content_id)
        held.status = ContentStatus.visible
        doc, _ = read_document_in(db, held.page_id)
        before = doc.get_state()
        path, offset = position_of(held.position)
        with doc.transaction():
            put_back(
                doc.get(ROOT, type=XmlFragment), text or held.text, path, offset, held.author_id
            )
        return [stored_update(db, held.page_id, held.author_id, doc.get_update(before))]

    def reject(self, db: Session, content_id: int, note: str) -> list[EventSpec]:
        held = db.get_one(PageHeldText, content_id)
        held.status = ContentStatus.rejected
        view = {"id": held.id, "page_id": held.page_id, "text": held.text, "note": note}
        return [EventSpec(Event.refused, view, Audience.user, held.author_id)]

    def remove(self, db: Session, content_id: int) -> list[EventSpec]:
        db.get_one(PageHeldText, content_id).status = ContentStatus.removed
        return []  # it never was on the page

    def readable(self, db: Session, content_id: int, seat: Seat, user_id: int) -> bool:
        held = db.get(PageHeldText, content_id)
        return held is not None and held.author_id == user_id

    def text(self, db: Session, content_id: int) -> str:
        return db.get_one(PageHeldText, content_id).text
