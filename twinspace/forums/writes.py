"""Everything written in forums, each a write through the hallway.

Threads and replies are rich text (the editor's allowlisted HTML), screened
for pupils like chat lines; a held post waits for a teacher and, for a new
thread, its thread waits with it. Edits keep what the post said before
(visible to teachers); deletions are soft and audited.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from twinspace.errors import AppError, Code, invalid
from twinspace.forums.schemas import (
    CONTENT_TYPE,
    NAME,
    DiscussionDelete,
    DiscussionIn,
    EditIn,
    Event,
    LockIn,
    PinIn,
    PostDelete,
    ReactIn,
    ReadIn,
    ReplyIn,
    ThreadIn,
)
from twinspace.forums.views import discussion_view, excerpt, post_view, quote_view, thread_view
from twinspace.moderation.policy import STAFF_SEATS, Action
from twinspace.moderation.sanitize import text_of
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage.models import (
    Audience,
    AuditEntry,
    ContentStatus,
    ForumDiscussion,
    ForumPost,
    ForumReaction,
    ForumRead,
    ForumRevision,
    ForumThread,
    User,
    utcnow,
)
from twinspace.writepath import Change, ContentRef, Draft, EventSpec, Intent, target, write


def search_text(title: str | None, body: str) -> str:
    """What search reads of a post: its thread's title first, for an opening post."""
    words = text_of(body)
    return words if title is None else f"{title}\n{words}"


def live_thread(db: Session, thread_id: int) -> ForumThread:
    thread = db.get(ForumThread, thread_id)
    if thread is None or thread.deleted_at is not None:
        raise AppError(Code.not_found)
    return thread


def live_post(db: Session, post_id: int) -> ForumPost:
    post = db.get(ForumPost, post_id)
    if post is None or post.deleted_at is not None or post.status is ContentStatus.removed:
        raise AppError(Code.not_found)
    return post


def reaction_counts(db: Session, post_ids: list[int]) -> dict[int, dict[str, int]]:
    counts: dict[int, dict[str, int]] = {post_id: {} for post_id in post_ids}
    rows = db.execute(
        select(ForumReaction.post_id, ForumReaction.reaction, func.count())
        .where(ForumReaction.post_id.in_(post_ids))
        .group_by(ForumReaction.post_id, ForumReaction.reaction)
    )
    for post_id, reaction, count in rows:
        counts[post_id][reaction] = count
    return counts


def _name(db: Session, user_id: int) -> str:
    return db.get_one(User, user_id).display_name


def _audit(draft: Draft, viewer: Viewer, action: str, target: str, **data: Any) -> None:
    draft.db.add(
        AuditEntry(
            space_id=draft.space.id,
            actor_id=viewer.user.id,
            action=action,
            target=target,
            data=data,
        )
    )


# ---------------------------------------------------------------- discussions


async def create_discussion(
    rt: Runtime, viewer: Viewer, data: DiscussionIn, command_key: str | None
) -> dict[str, Any]:
    def persist(draft: Draft) -> Change:
        discussion = ForumDiscussion(
            space_id=draft.space.id,
            title=draft.titles[0],
            description=data.description.strip(),
            created_by=viewer.user.id,
            created_at=utcnow(),
        )
        draft.db.add(discussion)
        draft.db.flush()
        view = discussion_view(discussion)
        return Change(view, [EventSpec(Event.discussion, view)])

    intent = Intent(
        data.space_id, Action.forum_discussion_manage, command_key=command_key, titles=(data.title,)
    )
    return await write(rt, viewer, intent, persist)


async def delete_discussion(
    rt: Runtime, viewer: Viewer, data: DiscussionDelete, command_key: str | None
) -> dict[str, Any]:
    """A discussion and its threads leave the forum; nothing is erased (audited)."""
    found = await target(rt, ForumDiscussion, data.discussion_id)

    def persist(draft: Draft) -> Change:
        discussion = draft.db.get_one(ForumDiscussion, data.discussion_id)
        if discussion.deleted_at is not None:
            raise AppError(Code.not_found)
        discussion.deleted_at = utcnow()
        _audit(draft, viewer, "forum.discussion_delete", f"forum.discussion:{discussion.id}")
        view = discussion_view(discussion)
        return Change(view, [EventSpec(Event.discussion, view)])

    intent = Intent(found.space_id, Action.forum_discussion_manage, command_key=command_key)
    return await write(rt, viewer, intent, persist)


# ---------------------------------------------------------------- threads and posts


def _status(draft: Draft) -> ContentStatus:
    return ContentStatus.held if draft.held else ContentStatus.visible


async def create_thread(
    rt: Runtime, viewer: Viewer, data: ThreadIn, command_key: str | None
) -> dict[str, Any]:
    found = await target(rt, ForumDiscussion, data.discussion_id)

    def persist(draft: Draft) -> Change:
        discussion = draft.db.get_one(ForumDiscussion, data.discussion_id)
        if discussion.deleted_at is not None:
            raise AppError(Code.not_found)
        assert draft.text is not None
        now, title = utcnow(), draft.titles[0]
        thread = ForumThread(
            space_id=draft.space.id,
            discussion_id=discussion.id,
            title=title,
            author_id=viewer.user.id,
            status=_status(draft),
            pinned=False,
            locked=False,
            created_at=now,
            last_post_at=now,
        )
        draft.db.add(thread)
        draft.db.flush()
        post = ForumPost(
            space_id=draft.space.id,
            thread_id=thread.id,
            author_id=viewer.user.id,
            opening=True,
            body=draft.text,
            search_text=search_text(title, draft.text),
            status=_status(draft),
            created_at=now,
        )
        draft.db.add(post)
        draft.db.flush()
        name = viewer.user.display_name
        view = {"thread": thread_view(thread, name), "post": post_view(post, name)}
        return Change(
            view,
            [EventSpec(Event.thread, view)],
            ContentRef(CONTENT_TYPE, post.id, excerpt(post.search_text)),
        )

    intent = Intent(
        found.space_id,
        Action.forum_thread_create,
        NAME,
        data.body,
        command_key,
        titles=(data.title,),
    )
    return await write(rt, viewer, intent, persist)


async def reply(
    rt: Runtime, viewer: Viewer, data: ReplyIn, command_key: str | None
) -> dict[str, Any]:
    found = await target(rt, ForumThread, data.thread_id)

    def persist(draft: Draft) -> Change:
        thread = live_thread(draft.db, data.thread_id)
        if thread.status is not ContentStatus.visible:
            raise AppError(Code.not_found)  # a held thread waits for its teacher first
        if thread.locked and draft.seat not in STAFF_SEATS:
            raise AppError(Code.locked)
        quote = None
        if data.quote_of is not None:
            quoted = draft.db.get(ForumPost, data.quote_of)
            if (
                quoted is None
                or quoted.thread_id != thread.id
                or quoted.deleted_at is not None
                or quoted.status is not ContentStatus.visible
            ):
                raise invalid("quote_of", "not_found")
            quote = quote_view(quoted, _name(draft.db, quoted.author_id))
        assert draft.text is not None
        now = utcnow()
        post = ForumPost(
            space_id=draft.space.id,
            thread_id=thread.id,
            author_id=viewer.user.id,
            opening=False,
            body=draft.text,
            search_text=search_text(None, draft.text),
            quote_of=data.quote_of,
            status=_status(draft),
            created_at=now,
        )
        draft.db.add(post)
        if not draft.held:
            thread.last_post_at = now
        draft.db.flush()
        view = post_view(post, viewer.user.display_name, quote)
        return Change(
            view,
            [EventSpec(Event.post, view)],
            ContentRef(CONTENT_TYPE, post.id, excerpt(post.search_text)),
        )

    intent = Intent(found.space_id, Action.forum_reply, NAME, data.body, command_key)
    return await write(rt, viewer, intent, persist)


async def edit_post(
    rt: Runtime, viewer: Viewer, data: EditIn, command_key: str | None
) -> dict[str, Any]:
    """Authors edit their own posts; what the post said before is kept for teachers.

    Screened like a new post; one that would be held is refused instead (the
    version others read cannot vanish into a queue)."""
    found = await target(rt, ForumPost, data.post_id)

    def persist(draft: Draft) -> Change:
        if draft.held:
            premoderated = draft.held_for == ("premoderation",)
            reason = "screening.edit_premoderated" if premoderated else "screening.edit_held"
            raise AppError(Code.content_rejected, details={"reason": reason})
        post = live_post(draft.db, data.post_id)
        if post.author_id != viewer.user.id:  # checked after access: ids reveal nothing
            raise AppError(Code.forbidden)
        if post.status is not ContentStatus.visible:
            raise AppError(Code.conflict)  # a held or refused post waits for its teacher
        thread = live_thread(draft.db, post.thread_id)
        if thread.locked and draft.seat not in STAFF_SEATS:
            raise AppError(Code.locked)
        assert draft.text is not None
        draft.db.add(
            ForumRevision(
                post_id=post.id,
                body=post.body,
                written_at=post.edited_at or post.created_at,
                replaced_by=viewer.user.id,
            )
        )
        post.body = draft.text
        post.search_text = search_text(thread.title if post.opening else None, draft.text)
        post.edited_at = utcnow()
        view = {
            "id": post.id,
            "space_id": post.space_id,
            "thread_id": post.thread_id,
            "body": post.body,
            "edited_at": post.edited_at.isoformat(),
        }
        return Change(view, [EventSpec(Event.edited, view)])

    intent = Intent(found.space_id, Action.forum_reply, NAME, data.body, command_key)
    return await write(rt, viewer, intent, persist)


async def delete_post(
    rt: Runtime, viewer: Viewer, data: PostDelete, command_key: str | None
) -> dict[str, Any]:
    """Authors delete their own posts, teachers anyone's; deleting a thread's
    first post deletes the thread. Kept, never shown; always audited."""
    found = await target(rt, ForumPost, data.post_id)
    own = found.author_id == viewer.user.id
    action = Action.forum_reply if own else Action.forum_moderate

    def persist(draft: Draft) -> Change:
        post = live_post(draft.db, data.post_id)
        now = utcnow()
        post.deleted_at, post.deleted_by = now, viewer.user.id
        _audit(draft, viewer, "forum.delete", f"{CONTENT_TYPE}:{post.id}", author_id=post.author_id)
        view = {"id": post.id, "space_id": post.space_id, "thread_id": post.thread_id}
        specs = gone(draft.db, post, post.status)
        return Change(view, specs, withdrawn=ContentRef(CONTENT_TYPE, post.id))

    intent = Intent(found.space_id, action, command_key=command_key)
    return await write(rt, viewer, intent, persist)


def gone(db: Session, post: ForumPost, was: ContentStatus) -> list[EventSpec]:
    """The events of a post taken away: for those who saw it (everyone, or only
    its author when it was never published); an opening post takes its thread."""
    audience: tuple[Audience, int | None] = (Audience.everyone, None)
    if was is not ContentStatus.visible:
        audience = (Audience.user, post.author_id)
    view = {"id": post.id, "space_id": post.space_id, "thread_id": post.thread_id}
    specs = [EventSpec(Event.deleted, view, *audience)]
    if post.opening:
        thread = db.get_one(ForumThread, post.thread_id)
        thread.deleted_at = thread.deleted_at or utcnow()
        changed = thread_view(thread, _name(db, thread.author_id))
        specs.append(EventSpec(Event.thread_changed, changed, *audience))
    return specs


async def react(
    rt: Runtime, viewer: Viewer, data: ReactIn, command_key: str | None
) -> dict[str, Any]:
    """Add (or take back) one of the few reactions on a post."""
    found = await target(rt, ForumPost, data.post_id)

    def persist(draft: Draft) -> Change:
        post = live_post(draft.db, data.post_id)
        if post.status is not ContentStatus.visible:
            raise AppError(Code.not_found)
        mine = draft.db.scalar(
            select(ForumReaction).where(
                ForumReaction.post_id == post.id,
                ForumReaction.user_id == viewer.user.id,
                ForumReaction.reaction == data.reaction,
            )
        )
        if data.on and mine is None:
            draft.db.add(
                ForumReaction(post_id=post.id, user_id=viewer.user.id, reaction=data.reaction)
            )
        elif not data.on and mine is not None:
            draft.db.delete(mine)
        draft.db.flush()
        view = {
            "post_id": post.id,
            "space_id": post.space_id,
            "thread_id": post.thread_id,
            "reactions": reaction_counts(draft.db, [post.id])[post.id],
            "user_id": viewer.user.id,
            "reaction": data.reaction,
            "on": data.on,
        }
        return Change(view, [EventSpec(Event.reactions, view)])

    intent = Intent(found.space_id, Action.forum_react, NAME, command_key=command_key)
    return await write(rt, viewer, intent, persist)


async def _change_thread(
    rt: Runtime, viewer: Viewer, thread_id: int, command_key: str | None, **change: bool
) -> dict[str, Any]:
    """Pin or lock a thread (teachers), audited."""
    found = await target(rt, ForumThread, thread_id)

    def persist(draft: Draft) -> Change:
        thread = live_thread(draft.db, thread_id)
        for name, value in change.items():
            setattr(thread, name, value)
            _audit(draft, viewer, f"forum.{name}", f"forum.thread:{thread.id}", value=value)
        view = thread_view(thread, _name(draft.db, thread.author_id))
        shown = thread.status is ContentStatus.visible
        audience = Audience.everyone if shown else Audience.staff  # a held one: its teachers
        return Change(view, [EventSpec(Event.thread_changed, view, audience)])

    intent = Intent(found.space_id, Action.forum_moderate, command_key=command_key)
    return await write(rt, viewer, intent, persist)


async def pin(rt: Runtime, viewer: Viewer, data: PinIn, command_key: str | None) -> dict[str, Any]:
    return await _change_thread(rt, viewer, data.thread_id, command_key, pinned=data.pinned)


async def lock(
    rt: Runtime, viewer: Viewer, data: LockIn, command_key: str | None
) -> dict[str, Any]:
    return await _change_thread(rt, viewer, data.thread_id, command_key, locked=data.locked)


async def mark_read(
    rt: Runtime, viewer: Viewer, data: ReadIn, command_key: str | None
) -> dict[str, Any]:
    """How far a member has read a thread: never backwards; their other devices hear it."""
    found = await target(rt, ForumThread, data.thread_id)

    def persist(draft: Draft) -> Change:
        thread = live_thread(draft.db, data.thread_id)
        read = draft.db.scalar(
            select(ForumRead).where(
                ForumRead.user_id == viewer.user.id, ForumRead.thread_id == thread.id
            )
        )
        if read is None:
            read = ForumRead(user_id=viewer.user.id, thread_id=thread.id, last_read_post_id=0)
            draft.db.add(read)
        read.last_read_post_id = max(read.last_read_post_id, data.post_id)
        view = {
            "space_id": thread.space_id,
            "thread_id": thread.id,
            "last_read_post_id": read.last_read_post_id,
        }
        return Change(view, [EventSpec(Event.read, view, Audience.user, viewer.user.id)])

    intent = Intent(found.space_id, Action.forum_read, command_key=command_key)
    return await write(rt, viewer, intent, persist)
