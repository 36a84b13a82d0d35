"""How the review queue acts on forum posts, and who may start a thread."""

from __future__ import annotations

from sqlalchemy.orm import Session

from twinspace.errors import AppError, Code
from twinspace.forums.schemas import CONTENT_TYPE, MAX_POST_CHARS, Event, ForumSettings
from twinspace.forums.views import post_view, quote_view, thread_view
from twinspace.forums.writes import gone, live_post, search_text
from twinspace.moderation.policy import Action, Seat, allowed
from twinspace.moderation.sanitize import TextForm
from twinspace.runtime import Runtime
from twinspace.spacesettings import SpaceSettings
from twinspace.storage.models import (
    Audience,
    ContentStatus,
    ForumPost,
    ForumThread,
    SpaceStatus,
    User,
    utcnow,
)
from twinspace.writepath import EventSpec, RuleCheck


class ForumPosts:
    """``kinds.ReviewAdapter`` for forum posts. A held first post holds its
    thread: approving it publishes both, refusing or removing it takes both."""

    content_type = CONTENT_TYPE
    max_chars = MAX_POST_CHARS
    text_form = TextForm.rich

    def locate(self, db: Session, content_id: int) -> tuple[int, int] | None:
        post = db.get(ForumPost, content_id)
        return None if post is None else (post.space_id, post.author_id)

    def approve(self, db: Session, content_id: int, text: str | None) -> list[EventSpec]:
        post = live_post(db, content_id)
        thread = db.get_one(ForumThread, post.thread_id)
        if text is not None:
            post.body = text
            post.search_text = search_text(thread.title if post.opening else None, text)
        post.status = ContentStatus.visible
        thread.last_post_at = utcnow()
        author = db.get_one(User, post.author_id).display_name
        if post.opening:
            thread.status = ContentStatus.visible
            view = {"thread": thread_view(thread, author), "post": post_view(post, author)}
            return [EventSpec(Event.thread, view)]
        quote = None
        if post.quote_of is not None:
            quoted = db.get(ForumPost, post.quote_of)
            if quoted is not None and quoted.status is ContentStatus.visible:
                quote = quote_view(quoted, db.get_one(User, quoted.author_id).display_name)
        return [EventSpec(Event.post, post_view(post, author, quote))]

    def reject(self, db: Session, content_id: int, note: str) -> list[EventSpec]:
        post = live_post(db, content_id)
        post.status = ContentStatus.rejected
        if post.opening:
            db.get_one(ForumThread, post.thread_id).status = ContentStatus.rejected
        view = {"id": post.id, "space_id": post.space_id, "thread_id": post.thread_id, "note": note}
        return [EventSpec(Event.rejected, view, Audience.user, post.author_id)]

    def remove(self, db: Session, content_id: int) -> list[EventSpec]:
        post = live_post(db, content_id)
        was, post.status = post.status, ContentStatus.removed
        if post.opening:
            db.get_one(ForumThread, post.thread_id).status = ContentStatus.removed
        return gone(db, post, was)

    def readable(self, db: Session, content_id: int, seat: Seat, user_id: int) -> bool:
        post = db.get(ForumPost, content_id)
        if post is None or post.deleted_at is not None:
            return False
        if post.status is not ContentStatus.visible and post.author_id != user_id:
            return False
        return allowed(seat, Action.forum_read, SpaceStatus.open)

    def text(self, db: Session, content_id: int) -> str:
        return db.get_one(ForumPost, content_id).search_text


class WhoStartsThreads:
    """Teachers and pupil administrators start threads; pupils only where the
    space's forum settings let them (TwinSpace's default is not)."""

    async def facts(self, rt: Runtime, space_id: int, needed: bool) -> None:
        return None

    def denies(self, seat: Seat, settings: SpaceSettings) -> frozenset[Action]:
        if seat is Seat.pupil and not settings[ForumSettings].pupils_start_threads:
            return frozenset({Action.forum_thread_create})
        return frozenset()

    def check(self, write: RuleCheck, facts: None) -> None:
        if write.action in self.denies(write.seat, write.space.settings):
            raise AppError(Code.forbidden, details={"reason": "forum.pupils_may_not_start"})
