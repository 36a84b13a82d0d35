"""What forums take and send: command schemas, event kinds, settings, limits."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, ClassVar, Literal

from pydantic import StringConstraints

from twinspace.realtime.protocol import SignalIn
from twinspace.schemas import STRIPPED, Id, Schema
from twinspace.spacesettings import PremoderatedSettings

NAME = "forum"
CONTENT_TYPE = "forum.post"
# A long piece of project work (a report on one's town, a story) fits; a book
# does not. Counted in the words a reader sees, without the editor's markup.
MAX_POST_CHARS = 20_000
# What arrives from the editor: the words and their markup, with room for
# lists and links around every line.
MAX_BODY_INPUT = 3 * MAX_POST_CHARS
# A few reactions, each readable by a six-year-old without words.
Reaction = Literal["👍", "❤️", "😄", "😮", "🎉"]
# A page of a thread: a few screens on a tablet.
POSTS_PAGE = 30
THREADS_PAGE = 50
SEARCH_RESULTS = 30
# Typing signals are relayed at most this often per socket and thread.
WRITING_EVERY_SECONDS = 3.0

Body = Annotated[str, StringConstraints(min_length=1, max_length=MAX_BODY_INPUT)]
Title = Annotated[str, StringConstraints(min_length=1, max_length=200), STRIPPED]


class Event(StrEnum):
    discussion = "forum.discussion"  # a discussion was made, renamed or deleted
    thread = "forum.thread"  # a new thread (or a held one approved)
    thread_changed = "forum.thread_changed"  # pinned, locked, deleted
    post = "forum.post"  # a new reply (or a held one approved)
    edited = "forum.edited"
    deleted = "forum.deleted"
    rejected = "forum.rejected"  # a held post a teacher refused (its author only)
    reactions = "forum.reactions"
    read = "forum.read"  # how far a member has read (their other devices)


class ForumSettings(PremoderatedSettings):
    name: ClassVar[str] = NAME

    # In TwinSpace teachers and pupil administrators start threads; a teacher
    # administrator may let every pupil do so.
    pupils_start_threads: bool = False


class DiscussionIn(Schema):
    space_id: Id
    title: Title
    description: Annotated[str, StringConstraints(max_length=2000)] = ""


class DiscussionDelete(Schema):
    discussion_id: Id


class ThreadIn(Schema):
    discussion_id: Id
    title: Title
    body: Body


class ReplyIn(Schema):
    thread_id: Id
    body: Body
    quote_of: Id | None = None  # a post of the same thread, quoted above the reply


class EditIn(Schema):
    post_id: Id
    body: Body


class PostDelete(Schema):
    post_id: Id


class ReactIn(Schema):
    post_id: Id
    reaction: Reaction
    on: bool = True  # False takes it back


class PinIn(Schema):
    thread_id: Id
    pinned: bool


class LockIn(Schema):
    thread_id: Id
    locked: bool


class ReadIn(Schema):
    thread_id: Id
    post_id: Id  # the newest post the member has seen


class Writing(SignalIn):
    thread_id: Id
