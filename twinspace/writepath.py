"""The one hallway every write to a space walks through.

    clean -> screen -> (the writer's transaction: authorize -> rules -> judge
    -> persist + events + command result) -> publish -> (the hub delivers)

The shape of the input was validated at the door (HTTP route or WebSocket
gateway) with the command's schema. A feature gives ``write`` its intent and a
``persist`` function that changes its own rows and names its events; the
hallway adds the events with the space's next ``seq`` in the same transaction,
records the command's result (so a retried command is applied once), commits,
and publishes. Nothing is published that is not committed.

A content write names its kind (``Intent.kind``); the kind's text form, rules
and settings apply, and screening reads its text *before* the transaction, so
a long post never holds the write lock while it is read. The transaction then
judges what screening found against the space's level: allow, hold or reject.
Held content is stored like any other but its events reach only its author,
and the review queue (``Registry.review``) gets an item for the teachers;
approving it is another write through this same hallway.

The transaction is one synchronous function, run by the process's writer
(``storage.writer``), which commits the writes waiting at the same moment
together; what needs the network (the flood limit, who is online) is asked
before it. This module names no kind of content: kinds are plug-ins
(``twinspace.kinds``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, Text, bindparam, cast, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from twinspace import access
from twinspace.errors import AppError, Code, invalid, rate_limited
from twinspace.kinds import NeedsFacts
from twinspace.moderation import sanitize
from twinspace.moderation.policy import PUPIL_SEATS, Action, Seat
from twinspace.moderation.screening import Finding, Level, Screening, Verdict, judge
from twinspace.moderation.settings import ModerationSettings
from twinspace.realtime.protocol import Envelope
from twinspace.runtime import Runtime
from twinspace.sessions import Viewer
from twinspace.spacesettings import PremoderatedSettings, SpaceSettings
from twinspace.storage import commands, events
from twinspace.storage.models import AccountKind, Audience, Mute, Space, SpaceStatus, utcnow
from twinspace.storage.prepared import Prepared
from twinspace.storage.writer import Scope

if TYPE_CHECKING:
    from twinspace.kinds import ContentKind


@dataclass(frozen=True)
class Intent:
    space_id: int
    action: Action
    # The kind of content written (its name in the registry): its text form,
    # rules, pre-moderation and mutes apply. None for moderation and membership work.
    kind: str | None = None
    text: str | None = None  # the user's text, cleaned by the kind's text form and screened
    command_key: str | None = None  # storage.commands.key(): a retry returns the first result
    # Short plain texts written with it (a thread's title): cleaned and screened with it.
    titles: tuple[str, ...] = ()
    # Its transaction may run beside others of its batch (``Writer.run``'s
    # ``together``): it reads nothing such writes change (a chat line).
    together: bool = False


@dataclass(frozen=True, slots=True)
class SpaceRules:
    """What a write knows of its space, read with the writer's seat."""

    id: int
    status: SpaceStatus
    settings: SpaceSettings


@dataclass(frozen=True)
class Draft:
    """What ``persist`` gets: the open transaction and the screened input."""

    scope: Scope
    space: SpaceRules
    seat: Seat
    text: str | None
    held: bool
    # Why, when held: the kinds of what screening found ("phone", ...), or
    # "premoderation" when the space holds every pupil post of this kind.
    held_for: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()  # Intent.titles, cleaned

    @property
    def db(self) -> Session:
        """The transaction's ORM session (made when first asked for)."""
        return self.scope.session

    @property
    def connection(self) -> Connection:
        """The transaction's connection, for statements run without a session."""
        return self.scope.connection


@dataclass(frozen=True)
class RuleCheck:
    """What a kind's rule sees inside the transaction."""

    scope: Scope
    space: SpaceRules
    seat: Seat
    viewer: Viewer
    action: Action

    @property
    def db(self) -> Session:
        return self.scope.session


@dataclass(frozen=True)
class EventSpec:
    kind: str
    data: dict[str, Any]
    audience: Audience = Audience.everyone
    audience_user_id: int | None = None
    audience_group: tuple[str, ...] | None = None  # keys, for Audience.group ("class:12")


@dataclass(frozen=True)
class ContentRef:
    """A piece of content a write stored or took away, for the review queue."""

    content_type: str  # "chat.message"
    id: int
    excerpt: str = ""


@dataclass
class Change:
    result: dict[str, Any]
    events: list[EventSpec] = field(default_factory=list)
    content: ContentRef | None = None  # new content: queued for review when held
    # Content its author took away: it leaves the review queue if it waited there.
    withdrawn: ContentRef | None = None
    # A row not inserted yet: the first event inserts it and reports its id.
    row: PendingRow | None = None


@dataclass(frozen=True)
class PendingRow:
    """A new row whose id the write's first event carries (its data's "id"), left
    for that event's statement to insert where both go in one (``events.together``)."""

    statement: events.NewRow
    values: dict[str, Any]


Target = TypeVar("Target")

# Texts at least this long (a post of several paragraphs, not a chat line) are
# screened in a worker thread: a few milliseconds of reading then leaves the
# event loop free to deliver other people's lines in between.
SCREEN_APART_CHARS = 4000

# Runs inside the write's transaction: synchronous, and it must not wait on the
# network (ask before calling ``write``).
Persist = Callable[[Draft], Change]


# The space's status and settings, the writer's role in it (``access.seat_query``)
# and the end of their mute there, if muted: the hottest query of the server,
# read as plain columns on the driver's cursor (``storage.prepared``). The
# settings come as their stored text, which finds their parsed form in a cache.
_SEAT_AND_MUTE = Prepared(
    access.seat_query(Space.id, Space.status, cast(Space.settings, Text)).add_columns(
        select(func.max(Mute.until))
        .where(
            Mute.space_id == Space.id,
            Mute.user_id == bindparam("user"),
            Mute.until > bindparam("now"),
        )
        .scalar_subquery()
    )
)


async def write(rt: Runtime, viewer: Viewer, intent: Intent, persist: Persist) -> dict[str, Any]:
    """Run one write; a retried command gets its first result, whatever happened since.

    Retries are rare, so they are found optimistically, at no cost to a first try:
    the command's result row is unique per (user, key), so a retry fails at that
    insert (or earlier, when its target already changed), rolls back everything it
    did, and answers with the stored result. Features look their target up before
    calling here (``target``) only to learn its space, and must not refuse a
    retry there.
    """
    kind = None if intent.kind is None else rt.registry.kind(intent.kind)
    titles = tuple(sanitize.plain_text(title) for title in intent.titles)
    text, found = await _clean_and_screen(rt, intent, kind, viewer, titles)
    try:
        await _rate_limit(rt, viewer, intent)
        facts = (
            [await rule.facts(rt, intent.space_id, False) for rule in kind.rules] if kind else []
        )

        def transaction(scope: Scope) -> tuple[Change, list[events.StoredEvent]]:
            cleaned = (text, titles)
            return _transaction(rt, scope, viewer, intent, kind, cleaned, found, facts, persist)

        try:
            change, stored = await rt.writer.run(intent.space_id, transaction, intent.together)
        except NeedsFacts:  # a rule came into force since it was last asked
            assert kind is not None
            facts = [await rule.facts(rt, intent.space_id, True) for rule in kind.rules]
            change, stored = await rt.writer.run(intent.space_id, transaction, intent.together)
    except (IntegrityError, AppError):
        prior = await _prior(rt, viewer, intent)
        if prior is None:
            raise
        return prior
    for event in stored:
        await publish(rt, Envelope.of_event(event))
    return change.result


async def _clean_and_screen(
    rt: Runtime,
    intent: Intent,
    kind: ContentKind | None,
    viewer: Viewer,
    titles: tuple[str, ...],
) -> tuple[str | None, Screening | None]:
    """The text as it will be stored, and, for a pupil's content, what screening
    found in it and its titles at the strictest level (the space's own level is
    applied in the transaction). Done before the transaction: a 20,000-character
    post is read without holding anyone else's write."""
    if intent.text is None:
        return None, None
    form = kind.text_form if kind else sanitize.TextForm.plain
    text = sanitize.clean(form, intent.text, sanitize.media_prefix(intent.space_id))
    readable, besides = sanitize.reading(form, text)
    if not readable.strip():
        raise invalid("text", "empty")
    if kind is not None and len(readable) > kind.max_chars:
        raise invalid("text", "string_too_long")
    if any(not title for title in titles):
        raise invalid("title", "empty")
    if kind is None or viewer.user.kind is not AccountKind.pupil:
        return text, None
    words = "\n".join((*titles, readable, besides) if besides else (*titles, readable))
    if len(words) < SCREEN_APART_CHARS:
        return text, rt.screener.screen(words, Level.strict, rt.settings.link_allowlist)
    found = await asyncio.to_thread(
        rt.screener.screen, words, Level.strict, rt.settings.link_allowlist
    )
    return text, found


def _transaction(
    rt: Runtime,
    scope: Scope,
    viewer: Viewer,
    intent: Intent,
    kind: ContentKind | None,
    cleaned: tuple[str | None, tuple[str, ...]],
    found: Screening | None,
    facts: list[Any],
    persist: Persist,
) -> tuple[Change, list[events.StoredEvent]]:
    connection = scope.connection
    row = _SEAT_AND_MUTE.first(
        connection, {"user": viewer.user.id, "space": intent.space_id, "now": utcnow()}
    )
    if row is None:
        raise AppError(Code.not_found)
    space_id, status, stored_settings, role, muted_until = row
    space = SpaceRules(space_id, status, rt.registry.settings.parse_text(stored_settings))
    seat = access.judge(space.status, role, viewer.user, intent.action)
    findings = None
    if kind is not None:
        _refuse_if_muted(muted_until)
        check = RuleCheck(scope, space, seat, viewer, intent.action)
        for rule, rule_facts in zip(kind.rules, facts, strict=True):
            rule.check(check, rule_facts)
        if seat in PUPIL_SEATS and intent.text is not None:
            findings = _judged(space, kind, found)
    held = findings is not None
    held_for = tuple(f["kind"] for f in findings or [])
    text, titles = cleaned
    change = persist(Draft(scope, space, seat, text, held, held_for, titles))
    specs = change.events
    if held:
        for_author = [
            replace(
                spec, audience=Audience.user, audience_user_id=viewer.user.id, audience_group=None
            )
            for spec in specs
        ]
        review = rt.registry.review
        specs = for_author + review.hold(scope.session, space.id, viewer, change, findings or [])
    if change.withdrawn is not None:
        specs = specs + rt.registry.review.withdraw(scope.session, change.withdrawn)
    # The command's result, kept so that a retry is answered with it: by its
    # first event when it is that event's data (a chat line), else by a row.
    key, mark = intent.command_key, None
    if key is not None and specs and specs[0].data is change.result:
        mark = commands.answered_by(viewer.user.id, key)
    elif key is not None:
        commands.record(connection, viewer.user.id, key, change.result)
    stored: list[events.StoredEvent] = []
    for number, spec in enumerate(specs):
        where = (space.id, spec.kind, spec.data, spec.audience)
        whom = (spec.audience_user_id, spec.audience_group, mark if number == 0 else None)
        if number == 0 and change.row is not None:  # the new row and its event at once
            new = change.row
            stored.append(
                events.append_with_row(connection, new.statement, new.values, *where, *whom)
            )
        else:
            stored.append(events.append(connection, *where, *whom))
    return change, stored


def _judged(
    space: SpaceRules, kind: ContentKind, found: Screening | None
) -> list[dict[str, str]] | None:
    """Refuse (raise), or None to allow, or the findings to hold for review: what
    screening found, at the space's level, and the kind's pre-moderation."""
    findings: list[dict[str, str]] = []
    if found is not None:
        moderation = space.settings[ModerationSettings]
        result = judge(found, moderation.screening_level, moderation.allowed_domains)
        if result.verdict is Verdict.reject:
            raise AppError(Code.content_rejected, details={"reason": result.reason_key})
        if result.verdict is Verdict.hold:
            findings = [finding_view(f) for f in result.findings]
    settings = space.settings[kind.settings]
    if not findings and isinstance(settings, PremoderatedSettings) and settings.premoderated:
        findings = [{"kind": "premoderation", "excerpt": ""}]
    return findings or None


def finding_view(finding: Finding) -> dict[str, Any]:
    """A finding as a review item keeps it; a safeguarding concern says so."""
    view: dict[str, Any] = {"kind": finding.kind.value, "excerpt": finding.excerpt}
    if finding.safeguarding:
        view["safeguarding"] = True
    return view


def _refuse_if_muted(until: datetime | None) -> None:
    if until is not None:
        raise AppError(
            Code.muted,
            details={"until": until.isoformat()},
            until=until.strftime("%H:%M %d.%m.%Y UTC"),
        )


async def target(rt: Runtime, model: type[Target], row_id: int) -> Target:
    """The row a write is about, read before it only to learn its space.

    Deleted or not: whether it may still be changed is decided inside the write,
    after a retry has been answered from its first result. ``not_found`` if there
    is no such row.
    """
    async with rt.db() as db:
        found = await db.get(model, row_id)
    if found is None:
        raise AppError(Code.not_found)
    return found


async def _prior(rt: Runtime, viewer: Viewer, intent: Intent) -> dict[str, Any] | None:
    if intent.command_key is None:
        return None
    async with rt.db() as db:
        return await commands.prior(db, viewer.user.id, intent.command_key)


async def _rate_limit(rt: Runtime, viewer: Viewer, intent: Intent) -> None:
    limit = rt.settings.content_limits.get(intent.action.value)
    if limit is None:
        return
    wait = await rt.limiter.take(_limit_key(viewer, intent), limit)
    if wait is not None:
        raise rate_limited(wait)


async def refuse_if_limited(rt: Runtime, viewer: Viewer, intent: Intent) -> None:
    """``rate_limited`` if the writer has used up the limit of the intent's action,
    counting nothing: for a write whose costly work (decoding a picture, storing
    its file) comes before ``write``, which counts it."""
    limit = rt.settings.content_limits.get(intent.action.value)
    if limit is None:
        return
    wait = await rt.limiter.exceeded(_limit_key(viewer, intent), limit)
    if wait is not None:
        raise rate_limited(wait)


def _limit_key(viewer: Viewer, intent: Intent) -> str:
    return f"write:{intent.action.value}:{viewer.user.id}"


async def publish(rt: Runtime, envelope: Envelope) -> None:
    """Hand a committed event (or an ephemeral signal) to the broker.

    If the broker cannot take it, this process's own sockets still get it from
    the database; other processes catch up when their broker reconnects.
    """
    if not await rt.broker.publish(envelope) and envelope.seq:
        rt.hub.catch_up(envelope.space_id)
