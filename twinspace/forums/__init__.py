"""Forums: discussions made by teachers, threads in them, rich-text replies.

As in TwinSpace: teachers make a space's discussions; teachers and pupil
administrators start threads (pupils too where the space allows it); every
member but visitors replies. Posts are rich text from a small editor, up to
20,000 characters, screened for pupils like chat, held for a teacher where the
space pre-moderates forums. Quote-reply, a few reactions, edits with their
history kept for teachers, soft deletion (audited), pinned and locked threads,
unread counts kept per member, and search. The second content kind on the
plug-in API (``twinspace.kinds``), after chat.
"""

from __future__ import annotations

from twinspace.errors import AppError, Code
from twinspace.forums import writes
from twinspace.forums.moderation import ForumPosts, WhoStartsThreads
from twinspace.forums.routes import routes
from twinspace.forums.schemas import (
    MAX_POST_CHARS,
    NAME,
    WRITING_EVERY_SECONDS,
    DiscussionDelete,
    DiscussionIn,
    EditIn,
    Event,
    ForumSettings,
    LockIn,
    PinIn,
    PostDelete,
    ReactIn,
    ReadIn,
    ReplyIn,
    ThreadIn,
    Writing,
)
from twinspace.kinds import ContentKind
from twinspace.moderation.policy import Action, Seat, allowed
from twinspace.moderation.sanitize import TextForm
from twinspace.realtime.protocol import Command, Relay, Signal
from twinspace.sessions import Viewer
from twinspace.storage.models import Audience, SpaceStatus

COMMANDS = {
    "forum.discussion_create": Command(DiscussionIn, writes.create_discussion),
    "forum.discussion_delete": Command(DiscussionDelete, writes.delete_discussion),
    "forum.thread_create": Command(ThreadIn, writes.create_thread),
    "forum.reply": Command(ReplyIn, writes.reply),
    "forum.edit": Command(EditIn, writes.edit_post),
    "forum.delete": Command(PostDelete, writes.delete_post),
    "forum.react": Command(ReactIn, writes.react),
    "forum.pin": Command(PinIn, writes.pin),
    "forum.lock": Command(LockIn, writes.lock),
    "forum.mark_read": Command(ReadIn, writes.mark_read),
}


def writing(viewer: Viewer, seat: Seat, data: Writing) -> Relay:
    """ "Is writing a reply": heard by the space, sent by those who may reply.

    Throttled per space, not per thread: the thread is any number the sender
    names, and one per frame would reach every socket of the space each time."""
    if not allowed(seat, Action.forum_reply, SpaceStatus.open):
        raise AppError(Code.forbidden)
    return Relay(Audience.everyone, {"thread_id": data.thread_id})


def kind() -> ContentKind:
    return ContentKind(
        name=NAME,
        settings=ForumSettings,
        events=Event,
        text_form=TextForm.rich,
        max_chars=MAX_POST_CHARS,
        commands=COMMANDS,
        signals={"forum.writing": Signal(Writing, writing, WRITING_EVERY_SECONDS)},
        rules=(WhoStartsThreads(),),
        reviewed=(ForumPosts(),),
        routes=routes(COMMANDS),
    )
