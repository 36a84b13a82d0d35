"""Reading forums: the discussions, their threads with unread counts, a thread's
posts page by page, a post's edit history, and search.

Everyone sees what is published; authors also see their own held and refused
posts (with the teacher's note), as in chat. Unread counts are kept per member
and thread on the server, so every device of a member agrees.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from twinspace.access import access
from twinspace.errors import AppError, Code
from twinspace.forums.schemas import CONTENT_TYPE, SEARCH_RESULTS, THREADS_PAGE
from twinspace.forums.search import matching_posts
from twinspace.forums.views import (
    discussion_view,
    excerpt,
    post_view,
    quote_view,
    thread_view,
    words_of,
)
from twinspace.forums.writes import reaction_counts
from twinspace.moderation.policy import Action
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.storage import events
from twinspace.storage.models import (
    ContentStatus,
    ForumDiscussion,
    ForumPost,
    ForumReaction,
    ForumRead,
    ForumRevision,
    ForumThread,
    User,
)


def _shown(model: type[ForumPost] | type[ForumThread], user_id: int) -> Any:
    """Published and not deleted, or the reader's own, waiting or refused."""
    return and_(
        model.deleted_at.is_(None),
        or_(
            model.status == ContentStatus.visible,
            (model.author_id == user_id)
            & model.status.in_([ContentStatus.held, ContentStatus.rejected]),
        ),
    )


def _unread(user_id: int) -> Select[int, int]:
    """Per thread: published posts of others after the reader's last read one."""
    return (
        select(ForumPost.thread_id, func.count())
        .outerjoin(
            ForumRead,
            (ForumRead.thread_id == ForumPost.thread_id) & (ForumRead.user_id == user_id),
        )
        .where(
            ForumPost.status == ContentStatus.visible,
            ForumPost.deleted_at.is_(None),
            ForumPost.author_id != user_id,
            ForumPost.id > func.coalesce(ForumRead.last_read_post_id, 0),
        )
        .group_by(ForumPost.thread_id)
    )


async def forum(rt: Runtime, viewer: Viewer, space_id: int) -> dict[str, Any]:
    """A space's discussions, each with its threads and unread posts."""
    async with rt.db() as db:
        await access(db, viewer.user, space_id, Action.forum_read)
        seq = await events.last_seq(db, space_id)
        found = (
            await db.scalars(
                select(ForumDiscussion)
                .where(ForumDiscussion.space_id == space_id, ForumDiscussion.deleted_at.is_(None))
                .order_by(ForumDiscussion.id)
            )
        ).all()
        visible_threads = (
            await db.execute(
                select(ForumThread.id, ForumThread.discussion_id).where(
                    ForumThread.space_id == space_id,
                    ForumThread.status == ContentStatus.visible,
                    ForumThread.deleted_at.is_(None),
                )
            )
        ).all()
        unread_posts = dict(
            (await db.execute(_unread(viewer.user.id).where(ForumPost.space_id == space_id))).all()
        )
    threads: dict[int, int] = {}
    unread: dict[int, int] = {}
    for thread_id, discussion_id in visible_threads:
        threads[discussion_id] = threads.get(discussion_id, 0) + 1
        unread[discussion_id] = unread.get(discussion_id, 0) + unread_posts.get(thread_id, 0)
    return {
        "seq": seq,
        "discussions": [
            {
                **discussion_view(d),
                "threads": threads.get(d.id, 0),
                "unread": unread.get(d.id, 0),
            }
            for d in found
        ],
    }


async def threads(rt: Runtime, viewer: Viewer, discussion_id: int, offset: int) -> dict[str, Any]:
    """A discussion's threads, pinned first, then the latest active."""
    async with rt.db() as db:
        discussion = await db.get(ForumDiscussion, discussion_id)
        if discussion is None or discussion.deleted_at is not None:
            raise AppError(Code.not_found)
        await access(db, viewer.user, discussion.space_id, Action.forum_read)
        seq = await events.last_seq(db, discussion.space_id)
        rows = (
            await db.execute(
                select(ForumThread, User.display_name)
                .join(User, User.id == ForumThread.author_id)
                .where(
                    ForumThread.discussion_id == discussion_id,
                    _shown(ForumThread, viewer.user.id),
                )
                .order_by(ForumThread.pinned.desc(), ForumThread.last_post_at.desc())
                .offset(offset)
                .limit(THREADS_PAGE + 1)
            )
        ).all()
        ids = [thread.id for thread, _ in rows[:THREADS_PAGE]]
        replies = dict(
            (
                await db.execute(
                    select(ForumPost.thread_id, func.count())
                    .where(
                        ForumPost.thread_id.in_(ids),
                        ForumPost.opening.is_(False),
                        ForumPost.status == ContentStatus.visible,
                        ForumPost.deleted_at.is_(None),
                    )
                    .group_by(ForumPost.thread_id)
                )
            ).all()
        )
        unread = dict(
            (await db.execute(_unread(viewer.user.id).where(ForumPost.thread_id.in_(ids)))).all()
        )
    return {
        "seq": seq,
        "discussion": discussion_view(discussion),
        "threads": [
            {
                **thread_view(thread, name, replies.get(thread.id, 0)),
                "unread": unread.get(thread.id, 0),
            }
            for thread, name in rows[:THREADS_PAGE]
        ],
        "more": len(rows) > THREADS_PAGE,
    }


async def thread(
    rt: Runtime, viewer: Viewer, thread_id: int, after: int, limit: int
) -> dict[str, Any]:
    """A page of a thread's posts, oldest first, after post ``after``, and the
    space's ``seq`` (read first: a post landing between is in the page and
    replayed, and clients drop the second copy by id)."""
    async with rt.db() as db:
        found = await db.get(ForumThread, thread_id)
        if found is None:
            raise AppError(Code.not_found)
        await access(db, viewer.user, found.space_id, Action.forum_read)
        shown = await db.scalar(
            select(func.count()).where(
                ForumThread.id == thread_id, _shown(ForumThread, viewer.user.id)
            )
        )
        if not shown:
            raise AppError(Code.not_found)
        seq = await events.last_seq(db, found.space_id)
        rows = (
            await db.execute(
                select(ForumPost, User.display_name)
                .join(User, User.id == ForumPost.author_id)
                .where(
                    ForumPost.thread_id == thread_id,
                    ForumPost.id > after,
                    _shown(ForumPost, viewer.user.id),
                )
                .order_by(ForumPost.id)
                .limit(limit + 1)
            )
        ).all()
        page = rows[:limit]
        posts = await db.run_sync(_post_views, rt, viewer, [post for post, _ in page])
        author = await db.scalar(select(User.display_name).where(User.id == found.author_id))
    return {
        "seq": seq,
        "thread": thread_view(found, author or ""),
        "posts": posts,
        "more": len(rows) > limit,
    }


def _post_views(db: Session, rt: Runtime, viewer: Viewer, posts: list[ForumPost]) -> list[Any]:
    """Posts as a reader sees them: quotes, reactions (and which are theirs), notes."""
    ids = [post.id for post in posts]
    names = dict(
        db.execute(
            select(User.id, User.display_name).where(
                User.id.in_({p.author_id for p in posts} | _quoted_authors(db, posts))
            )
        ).all()
    )
    quoted = {
        q.id: q
        for q in db.scalars(
            select(ForumPost).where(
                ForumPost.id.in_([p.quote_of for p in posts if p.quote_of is not None]),
                ForumPost.status == ContentStatus.visible,
                ForumPost.deleted_at.is_(None),
            )
        )
    }
    counts = reaction_counts(db, ids)
    mine: dict[int, list[str]] = {}
    for post_id, reaction in db.execute(
        select(ForumReaction.post_id, ForumReaction.reaction).where(
            ForumReaction.post_id.in_(ids), ForumReaction.user_id == viewer.user.id
        )
    ):
        mine.setdefault(post_id, []).append(reaction)
    refused = [p.id for p in posts if p.status is ContentStatus.rejected]
    notes = rt.registry.review.notes(db, CONTENT_TYPE, refused) if refused else {}
    views = []
    for post in posts:
        quote = None
        if post.quote_of in quoted:
            source = quoted[post.quote_of]
            quote = quote_view(source, names.get(source.author_id, ""))
        view = post_view(post, names.get(post.author_id, ""), quote, counts[post.id])
        view["mine"] = sorted(mine.get(post.id, []))
        if post.id in notes:
            view["note"] = notes[post.id]  # the teacher's word to the author
        views.append(view)
    return views


def _quoted_authors(db: Session, posts: list[ForumPost]) -> set[int]:
    quoted = [p.quote_of for p in posts if p.quote_of is not None]
    if not quoted:
        return set()
    return set(db.scalars(select(ForumPost.author_id).where(ForumPost.id.in_(quoted))))


async def history(rt: Runtime, viewer: Viewer, post_id: int) -> dict[str, Any]:
    """What a post said before each edit, for the space's teachers."""
    async with rt.db() as db:
        post = await db.get(ForumPost, post_id)
        if post is None:
            raise AppError(Code.not_found)
        await access(db, viewer.user, post.space_id, Action.forum_moderate)
        revisions = (
            await db.execute(
                select(ForumRevision, User.display_name)
                .join(User, User.id == ForumRevision.replaced_by)
                .where(ForumRevision.post_id == post_id)
                .order_by(ForumRevision.id)
            )
        ).all()
    return {
        "post_id": post.id,
        "current": {
            "body": post.body,
            "written_at": (post.edited_at or post.created_at).isoformat(),
        },
        "earlier": [
            {
                "body": revision.body,
                "written_at": revision.written_at.isoformat(),
                "replaced_by": {"id": revision.replaced_by, "display_name": name},
            }
            for revision, name in revisions
        ],
    }


async def search(rt: Runtime, viewer: Viewer, space_id: int, query: str) -> dict[str, Any]:
    """Published posts of a space's forums matching every word of ``query``.

    Nobody finds a held, refused, removed or deleted post, a post of a deleted
    thread or discussion, or anything of another space.
    """
    async with rt.db() as db:
        await access(db, viewer.user, space_id, Action.forum_read)
        ids = await matching_posts(db, space_id, query, SEARCH_RESULTS)
        rows = (
            await db.execute(
                select(ForumPost, ForumThread.title, User.display_name)
                .join(ForumThread, ForumThread.id == ForumPost.thread_id)
                .join(User, User.id == ForumPost.author_id)
                .where(ForumPost.id.in_(ids))
            )
        ).all()
    found = {post.id: (post, title, name) for post, title, name in rows}
    return {
        "query": query,
        "results": [
            {
                "post_id": post.id,
                "thread_id": post.thread_id,
                "thread_title": title,
                "author": {"id": post.author_id, "display_name": name},
                "excerpt": excerpt(words_of(post)),
                "created_at": post.created_at.isoformat(),
            }
            for post, title, name in (found[i] for i in ids if i in found)
        ],
    }
