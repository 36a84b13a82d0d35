"""Shared pages: a tree of project pages per space, edited together live.

Teachers and pupil administrators make, rename, move and delete pages; a teacher
opens a page to pupils for editing and puts published pages in the space's
public showcase. Several members edit a page at once: its text is a CRDT
document (Yjs in the browser, pycrdt here) whose updates travel over the
space's socket and between processes over the broker, are stored as they come,
carry who wrote what, and are screened for pupils before anyone else sees them
(``editing``, ``edits``). Publishing makes a revision that readers see, as
sanitised HTML rendered on the server. The third content kind on the plug-in
API (``twinspace.kinds``).
"""

from __future__ import annotations

from twinspace.errors import AppError, Code
from twinspace.kinds import ContentKind
from twinspace.moderation.policy import Action, Seat, allowed
from twinspace.moderation.sanitize import TextForm
from twinspace.pages import editing, tree
from twinspace.pages.documents import page_key
from twinspace.pages.moderation import HeldPageText
from twinspace.pages.routes import routes
from twinspace.pages.schemas import (
    AWARENESS_EVERY_SECONDS,
    NAME,
    Awareness,
    CloseIn,
    Event,
    FlagIn,
    MoveIn,
    OpenIn,
    PageIn,
    PageRef,
    PageSettings,
    RenameIn,
    RevertIn,
    UpdateIn,
)
from twinspace.realtime.protocol import Command, Relay, Signal
from twinspace.sessions import Viewer
from twinspace.storage.models import Audience, SpaceStatus

COMMANDS = {
    "page.create": Command(PageIn, tree.create_page),
    "page.rename": Command(RenameIn, tree.rename_page),
    "page.move": Command(MoveIn, tree.move_page),
    "page.delete": Command(PageRef, tree.delete_page),
    "page.open_to_pupils": Command(FlagIn, tree.open_to_pupils),
    "page.showcase": Command(FlagIn, tree.showcase),
    "page.publish": Command(PageRef, editing.publish),
    "page.revert": Command(RevertIn, editing.revert),
    "page.open": Command(OpenIn, editing.open_page),
    "page.close": Command(CloseIn, editing.close_page),
    "page.update": Command(UpdateIn, editing.update_page),
}


def awareness(viewer: Viewer, seat: Seat, data: Awareness) -> Relay:
    """Cursors and names of a page's co-editors: to those who have it open."""
    if not allowed(seat, Action.page_edit, SpaceStatus.open):
        raise AppError(Code.forbidden)
    key = page_key(data.page_id)
    return Relay(
        Audience.group, {"page_id": data.page_id, "state": data.state}, data.page_id, (key,)
    )


def kind() -> ContentKind:
    return ContentKind(
        name=NAME,
        settings=PageSettings,
        events=Event,
        text_form=TextForm.plain,
        commands=COMMANDS,
        signals={"page.awareness": Signal(Awareness, awareness, AWARENESS_EVERY_SECONDS)},
        reviewed=(HeldPageText(),),
        routes=routes(COMMANDS),
    )
