"""A session's record: what was said, asked, voted and pinned, kept as a page of the space.

When a session ends, its visible chat, questions, poll results and board
become a page of the space's tree, published at once: members find it where
they find the project's pages, teachers may tidy it like any page, and the
session links to it. The page's document is built here with pycrdt in the
shape the editor uses (``twinspace.pages.render``); every pupil's words carry
their ``author`` mark, so the page credits its writers as pages do. The
headings are in the language of the teacher who ended the session.

It is built inside the transaction that ends the session, so nothing written
in the room is missed between the two; a lesson's worth of items renders in a
few milliseconds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from pycrdt import Doc, XmlElement, XmlFragment, XmlText
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from twinspace.live.timezones import school_timezone
from twinspace.live.views import totals
from twinspace.pages.documents import ROOT
from twinspace.pages.editing import publish_in
from twinspace.pages.render import AUTHOR
from twinspace.pages.tree import add_page
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage.models import (
    ContentStatus,
    LiveItem,
    LiveItemType,
    LivePoll,
    LiveSession,
    LiveUpvote,
    School,
    User,
)
from twinspace.writepath import EventSpec

BOLD: dict[str, Any] = {"strong": {}}
Say = Callable[..., str]  # a catalogue message in the record's language


class _Writer:
    """Appends blocks to a document in the editor's shape."""

    def __init__(self, root: XmlFragment) -> None:
        self.root = root

    def heading(self, text: str, level: int = 2) -> None:
        element = self.root.children.append(XmlElement("heading", {"level": str(level)}))
        element.children.append(XmlText()).insert(0, text)

    def paragraph(self, *parts: tuple[str, dict[str, Any] | None], into: Any = None) -> None:
        children = (into if into is not None else self.root).children
        text = children.append(XmlElement("paragraph")).children.append(XmlText())
        at = 0
        for words, marks in parts:
            text.insert(at, words, marks)
            at += len(words)

    def bullets(self, lines: Sequence[tuple[tuple[str, dict[str, Any] | None], ...]]) -> None:
        listing = self.root.children.append(XmlElement("bullet_list"))
        for parts in lines:
            self.paragraph(*parts, into=listing.children.append(XmlElement("list_item")))


def _written_by(author_id: int) -> dict[str, Any]:
    return {AUTHOR: {"id": author_id}}


def write_record(
    rt: Runtime,
    db: Session,
    session: LiveSession,
    classes: list[dict[str, Any]],
    ended_by: Viewer,
) -> list[EventSpec]:
    """Make the session's record page, publish it, and link it from the session."""
    language = ended_by.user.language

    def say(key: str, **params: object) -> str:
        return rt.catalogues.translate(language, key, **params)

    doc: Doc[XmlFragment] = Doc()
    out = _Writer(doc.get(ROOT, type=XmlFragment))
    names = ", ".join(
        f"{c['name']} ({c['school']['name']}, {c['school']['town']})" for c in classes
    )
    out.paragraph((say("live.record_classes", classes=names), None))
    items = _items(db, session.id)
    _chat(out, say, items)
    _questions(db, out, say, items)
    _polls(db, out, say, session.id)
    notes = [(item, name) for item, name in items if item.type is LiveItemType.note]
    if notes:
        out.heading(say("live.record_board"))
        out.bullets([((item.text, _written_by(item.author_id)), (f" · {name}", None))
                     for item, name in notes])  # fmt: skip

    title = say("live.record_title", title=session.title, date=_date(db, session, ended_by))
    page, tree_event = add_page(db, session.space_id, title, ended_by.user.id, doc=doc)
    _, published = publish_in(db, rt, page, ended_by.user.id)
    session.record_page_id = page.id
    return [tree_event, published]


def _items(db: Session, session_id: int) -> list[tuple[LiveItem, str]]:
    """What the room showed at the end: visible, not cleared, oldest first."""
    rows = db.execute(
        select(LiveItem, User.display_name)
        .join(User, User.id == LiveItem.author_id)
        .where(
            LiveItem.session_id == session_id,
            LiveItem.status == ContentStatus.visible,
            LiveItem.cleared_at.is_(None),
        )
        .order_by(LiveItem.id)
    )
    return [(item, name) for item, name in rows]


def _chat(out: _Writer, say: Say, items: list[tuple[LiveItem, str]]) -> None:
    lines = [(item, name) for item, name in items if item.type is LiveItemType.message]
    reactions = Counter(item.text for item, _ in items if item.type is LiveItemType.reaction)
    if not lines and not reactions:
        return
    out.heading(say("live.record_chat"))
    for item, name in lines:
        out.paragraph((f"{name}: ", BOLD), (item.text, _written_by(item.author_id)))
    if reactions:
        counted = " · ".join(f"{emoji} {count}" for emoji, count in reactions.most_common())
        out.paragraph((say("live.record_reactions", reactions=counted), None))


def _questions(db: Session, out: _Writer, say: Say, items: list[tuple[LiveItem, str]]) -> None:
    questions = [(item, name) for item, name in items if item.type is LiveItemType.question]
    if not questions:
        return
    counts = dict(
        db.execute(
            select(LiveUpvote.question_id, func.count())
            .where(LiveUpvote.question_id.in_([item.id for item, _ in questions]))
            .group_by(LiveUpvote.question_id)
        ).all()
    )
    questions.sort(key=lambda pair: (-counts.get(pair[0].id, 0), pair[0].id))
    out.heading(say("live.record_questions"))
    lines = []
    for item, name in questions:
        facts = say("live.record_upvotes", count=counts.get(item.id, 0))
        if item.answered_at is not None:
            facts += " · " + say("live.record_answered")
        lines.append(((item.text, _written_by(item.author_id)), (f" · {name} · {facts}", None)))
    out.bullets(lines)


def _polls(db: Session, out: _Writer, say: Say, session_id: int) -> None:
    polls = db.scalars(
        select(LivePoll).where(LivePoll.session_id == session_id).order_by(LivePoll.id)
    ).all()
    if not polls:
        return
    out.heading(say("live.record_polls"))
    for poll in polls:
        out.heading(poll.question, 3)
        counts = totals(db, poll)["counts"]
        voters = sum(counts) or 1  # no votes: every option at 0 %
        lines = []
        for index, (option, count) in enumerate(zip(poll.options, counts, strict=True)):
            line = f"{option}: " + say(
                "live.record_votes", count=count, percent=round(100 * count / voters)
            )
            if poll.correct == index:
                line += " · " + say("live.record_correct")
            lines.append(((line, None),))
        out.bullets(lines)


def _date(db: Session, session: LiveSession, ended_by: Viewer) -> str:
    """The session's day where the teacher who ended it teaches."""
    school = db.get(School, ended_by.user.school_id) if ended_by.user.school_id else None
    zone = school_timezone(school.country, school.town) if school else "UTC"
    return session.starts_at.astimezone(ZoneInfo(zone)).date().isoformat()
