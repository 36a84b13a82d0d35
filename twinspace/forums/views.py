"""How forum rows look to readers (HTTP pages and events alike)."""

from __future__ import annotations

from typing import Any

from twinspace.storage.models import ForumDiscussion, ForumPost, ForumThread

# How much of a post a quote or a search result shows.
EXCERPT_CHARS = 200


def excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1] + "…"


def person(user_id: int, name: str) -> dict[str, Any]:
    return {"id": user_id, "display_name": name}


def discussion_view(discussion: ForumDiscussion) -> dict[str, Any]:
    return {
        "id": discussion.id,
        "space_id": discussion.space_id,
        "title": discussion.title,
        "description": discussion.description,
        "created_at": discussion.created_at.isoformat(),
        "deleted": discussion.deleted_at is not None,
    }


def thread_view(thread: ForumThread, author: str, replies: int = 0) -> dict[str, Any]:
    return {
        "id": thread.id,
        "space_id": thread.space_id,
        "discussion_id": thread.discussion_id,
        "title": thread.title,
        "author": person(thread.author_id, author),
        "status": thread.status.value,
        "pinned": thread.pinned,
        "locked": thread.locked,
        "created_at": thread.created_at.isoformat(),
        "last_post_at": thread.last_post_at.isoformat(),
        "replies": replies,
        "deleted": thread.deleted_at is not None,
    }


def post_view(
    post: ForumPost,
    author: str,
    quote: dict[str, Any] | None = None,
    reactions: dict[str, int] | None = None,
) -> dict[str, Any]:
    return {
        "id": post.id,
        "space_id": post.space_id,
        "thread_id": post.thread_id,
        "opening": post.opening,
        "author": person(post.author_id, author),
        "body": post.body,
        "quote": quote,
        "status": post.status.value,
        "created_at": post.created_at.isoformat(),
        "edited_at": post.edited_at.isoformat() if post.edited_at else None,
        "reactions": reactions or {},
    }


def quote_view(post: ForumPost, author: str) -> dict[str, Any]:
    """What a reply shows of the post it quotes: who, and the start of it."""
    return {
        "id": post.id,
        "author": person(post.author_id, author),
        "excerpt": excerpt(words_of(post)),
    }


def words_of(post: ForumPost) -> str:
    """A post's words without its thread's title (the first post's search text has it)."""
    if post.opening:
        return post.search_text.split("\n", 1)[-1]
    return post.search_text
