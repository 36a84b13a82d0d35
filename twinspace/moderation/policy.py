"""Who may do what in a space: the one table every feature asks.

A *seat* is how an actor sits in a space: one of the five eTwinning space roles
for a member, a platform moderator or administrator looking in from outside,
or an outsider. ``allowed(seat, action, status)`` answers from the table below
and the space's status (an archived space is read-only for everyone). The test
suite enumerates every seat x action x status cell; adding an action means
adding a row here and a row in that test.
"""

from __future__ import annotations

from enum import StrEnum

from twinspace.storage.models import AccountKind, SpaceRole, SpaceStatus


class Seat(StrEnum):
    teacher_admin = "teacher_admin"
    teacher = "teacher"
    pupil_admin = "pupil_admin"
    pupil = "pupil"
    visitor = "visitor"
    platform_moderator = "platform_moderator"
    platform_admin = "platform_admin"
    outsider = "outsider"


class Action(StrEnum):
    space_view = "space.view"
    space_edit = "space.edit"
    space_archive = "space.archive"
    space_reopen = "space.reopen"
    space_join = "space.join"
    space_settings = "space.settings"
    members_view = "members.view"
    member_change_role = "member.change_role"
    member_remove = "member.remove"
    invitation_view = "invitation.view"
    invitation_renew = "invitation.renew"
    class_add = "class.add"
    chat_read = "chat.read"
    chat_send = "chat.send"
    chat_read_staff = "chat.read_staff"
    chat_send_staff = "chat.send_staff"
    chat_delete_any = "chat.delete_any"
    forum_read = "forum.read"
    forum_discussion_manage = "forum.discussion_manage"
    forum_thread_create = "forum.thread_create"
    forum_reply = "forum.reply"
    forum_react = "forum.react"
    forum_moderate = "forum.moderate"
    page_read = "page.read"
    page_edit = "page.edit"
    page_manage = "page.manage"
    page_open = "page.open_to_pupils"
    page_showcase = "page.showcase"
    media_upload = "media.upload"
    postcard_read = "postcard.read"
    postcard_write = "postcard.write"
    postcard_decide = "postcard.decide"
    postcard_pair = "postcard.pair"
    live_view = "live.view"
    live_schedule = "live.schedule"
    live_run = "live.run"
    live_take_part = "live.take_part"
    review_view = "review.view"
    review_decide = "review.decide"
    report_create = "report.create"
    report_view = "report.view"
    report_handle = "report.handle"
    content_remove = "content.remove"
    member_mute = "member.mute"
    audit_view = "audit.view"


S = Seat
_STAFF = frozenset({S.teacher_admin, S.teacher})
_MEMBERS = frozenset({S.teacher_admin, S.teacher, S.pupil_admin, S.pupil})
# Platform staff look into any space for oversight but never write in it.
_OVERSIGHT = frozenset({S.platform_moderator, S.platform_admin})

RULES: dict[Action, frozenset[Seat]] = {
    # Visitors are read-only guests: they see the space, not who its pupils are.
    Action.space_view: _MEMBERS | {S.visitor} | _OVERSIGHT,
    Action.members_view: _MEMBERS | _OVERSIGHT,
    Action.space_edit: frozenset({S.teacher_admin}),
    Action.space_archive: frozenset({S.teacher_admin, S.platform_admin}),
    Action.space_reopen: frozenset({S.teacher_admin, S.platform_admin}),
    # A teacher joins with the space's invitation code: the code is the proof.
    Action.space_join: frozenset({S.outsider}),
    Action.space_settings: frozenset({S.teacher_admin}),
    Action.member_change_role: frozenset({S.teacher_admin}),
    Action.member_remove: frozenset({S.teacher_admin}),
    Action.invitation_view: _STAFF,
    Action.invitation_renew: frozenset({S.teacher_admin}),
    Action.class_add: _STAFF,
    Action.chat_read: _MEMBERS | {S.visitor} | _OVERSIGHT,
    Action.chat_send: _MEMBERS,
    Action.chat_read_staff: _STAFF | _OVERSIGHT,
    Action.chat_send_staff: _STAFF,
    Action.chat_delete_any: _STAFF,
    Action.forum_read: _MEMBERS | {S.visitor} | _OVERSIGHT,
    Action.forum_discussion_manage: _STAFF,
    # Pupils start threads only where the space's forum settings let them (forums).
    Action.forum_thread_create: _MEMBERS,
    Action.forum_reply: _MEMBERS,
    Action.forum_react: _MEMBERS,
    # Pin, lock, delete anyone's post, read a post's edit history.
    Action.forum_moderate: _STAFF,
    # Published pages: everyone who sees the space.
    Action.page_read: _MEMBERS | {S.visitor} | _OVERSIGHT,
    # The live document: teachers and pupil administrators; pupils only on a page
    # a teacher opened to them (pages).
    Action.page_edit: _MEMBERS,
    # Create, rename, move, delete, publish, revert.
    Action.page_manage: frozenset({S.teacher_admin, S.teacher, S.pupil_admin}),
    Action.page_open: _STAFF,
    Action.page_showcase: _STAFF,
    # Images for cards, posts and pages; served to everyone who sees the space.
    Action.media_upload: _MEMBERS,
    # The gallery, the map and the mailboxes (each card also has its own readers:
    # postcards.states).
    Action.postcard_read: _MEMBERS | {S.visitor} | _OVERSIGHT,
    # Write, send, discard one's own cards and answer those that reached one's class.
    Action.postcard_write: _MEMBERS,
    # Approve or return a card as the teacher of its sending or receiving class.
    Action.postcard_decide: _STAFF,
    # Pair the pupils of one's class with those of a partner class.
    Action.postcard_pair: _STAFF,
    # Live sessions: the calendar and the room name pupils, so not for visitors.
    Action.live_view: _MEMBERS | _OVERSIGHT,
    # Schedule, cancel, open and end a session.
    Action.live_schedule: _STAFF,
    # Run an open session: its controls, mutes, polls, the speaking queue, the board.
    Action.live_run: _STAFF,
    # Write, react, ask, up-vote, vote, raise a hand: pupils only in the classes
    # a session invited (twinspace.live), teachers in every session.
    Action.live_take_part: _MEMBERS,
    Action.review_view: _STAFF | _OVERSIGHT,
    Action.review_decide: _STAFF,
    # Anyone who can see the space can report what they see in it.
    Action.report_create: _MEMBERS | {S.visitor},
    Action.report_view: _STAFF | _OVERSIGHT,
    # Platform moderators work the escalated reports of every space.
    Action.report_handle: _STAFF | _OVERSIGHT,
    Action.content_remove: _STAFF | _OVERSIGHT,
    Action.member_mute: _STAFF,
    Action.audit_view: frozenset({S.teacher_admin}) | _OVERSIGHT,
}

# What an outsider may do in a space they cannot see (yet): ``judge`` lets these
# past its "not found" for the invisible.
OPEN_TO_OUTSIDERS = frozenset({Action.space_join})

# Seats whose content is screened before anyone else sees it.
PUPIL_SEATS = frozenset({S.pupil_admin, S.pupil})

# Seats that receive events meant for the space's staff (the teachers' room,
# review queues): its teachers, and platform staff looking in.
STAFF_SEATS = _STAFF | _OVERSIGHT

# What still works in an archived space: reading, reopening it, and keeping it
# safe (a report, taking content down): safety does not wait for a reopen.
ALLOWED_WHEN_ARCHIVED = frozenset(
    {
        Action.space_view,
        Action.members_view,
        Action.space_reopen,
        Action.chat_read,
        Action.chat_read_staff,
        Action.forum_read,
        Action.page_read,
        Action.postcard_read,
        Action.live_view,
        Action.review_view,
        Action.report_create,
        Action.report_view,
        Action.report_handle,
        Action.content_remove,
        Action.audit_view,
    }
)


def seat_for(kind: AccountKind, role: SpaceRole | None) -> Seat:
    if role is not None:
        return Seat(role.value)
    if kind is AccountKind.moderator:
        return Seat.platform_moderator
    if kind is AccountKind.admin:
        return Seat.platform_admin
    return Seat.outsider


def allowed(seat: Seat, action: Action, status: SpaceStatus) -> bool:
    if status is SpaceStatus.archived and action not in ALLOWED_WHEN_ARCHIVED:
        return False
    if status is SpaceStatus.open and action is Action.space_reopen:
        return False
    return seat in RULES[action]
