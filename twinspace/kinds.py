"""Content kinds: what each kind of user content tells the hallway, the doors and the review.

A kind of content (chat lines, forum posts, pages, postcards, live-session
items) is declared once, in its own module, as a ``ContentKind``: its commands
and ephemeral signals, its event kinds, how its text is cleaned and screened,
its own pre-write rules, how the review queue acts on it, and its per-space
settings. ``create_app`` assembles the kinds into a ``Registry``, the one
place that knows them all; the write path, the review queue and the gateway
ask the registry and import no feature.

Adding a kind is writing such a module and listing it in ``app.py``
(docs/architecture.md, "Adding a content kind").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from sqlalchemy.orm import Session
from starlette.routing import BaseRoute

from twinspace.errors import AppError, Code
from twinspace.moderation.policy import Action, Seat
from twinspace.moderation.sanitize import TextForm
from twinspace.realtime.protocol import Command, Signal
from twinspace.spacesettings import KindSettings, Section, Sections, SpaceSettings

if TYPE_CHECKING:
    from twinspace.runtime import Runtime
    from twinspace.sessions import Viewer
    from twinspace.writepath import Change, ContentRef, EventSpec, RuleCheck


# ---------------------------------------------------------------- rules


class NeedsFacts(Exception):
    """A rule found, inside the transaction, that it needs facts it was not given
    (who is online, say): the write asks them (``Rule.facts`` with ``needed``)
    and runs again."""


class Rule(Protocol):
    """A kind's own condition on writes (chat: only while a teacher is online).

    ``facts`` runs before the transaction and may use the network (presence,
    Redis); ``check`` runs inside it, synchronously, and raises an ``AppError``
    to refuse, or ``NeedsFacts``. ``denies`` names the actions the rule always
    refuses to a seat under a space's settings, whatever the moment, so the
    space's ``can`` list leaves them out and pages do not offer them.
    """

    async def facts(self, rt: Runtime, space_id: int, needed: bool) -> Any: ...

    def check(self, write: RuleCheck, facts: Any) -> None: ...

    def denies(self, seat: Seat, settings: SpaceSettings) -> frozenset[Action]: ...


# ---------------------------------------------------------------- review


class ReviewAdapter(Protocol):
    """How the review queue, reports and removals act on one type of content.

    Synchronous: decisions run inside the write path's transaction; readers
    call through ``AsyncSession.run_sync``. ``max_chars`` bounds a teacher's
    "edit, then approve"; ``text_form`` is how such an edit is cleaned.
    """

    content_type: str
    max_chars: int
    text_form: TextForm

    def locate(self, db: Session, content_id: int) -> tuple[int, int] | None:
        """(space id, author id) of the content, deleted or not, or None."""

    def approve(self, db: Session, content_id: int, text: str | None) -> list[EventSpec]: ...

    def reject(self, db: Session, content_id: int, note: str) -> list[EventSpec]: ...

    def remove(self, db: Session, content_id: int) -> list[EventSpec]: ...

    def readable(self, db: Session, content_id: int, seat: Seat, user_id: int) -> bool: ...

    def text(self, db: Session, content_id: int) -> str: ...


class ReviewHooks(Protocol):
    """What the write path asks of the review queue (``review.py`` answers): the
    one place where review items are made and change state."""

    def hold(
        self,
        db: Session,
        space_id: int,
        author: Viewer,
        change: Change,
        findings: list[FindingView],
    ) -> list[EventSpec]: ...

    def withdraw(self, db: Session, content: ContentRef) -> list[EventSpec]: ...

    def notes(self, db: Session, content_type: str, ids: Iterable[int]) -> dict[int, str]: ...


# What screening held, as a review item keeps it:
# {"kind": "phone", "excerpt": "347 ...", "safeguarding": true (only when so)}.
FindingView = dict[str, Any]


# ---------------------------------------------------------------- the kind


@dataclass(frozen=True)
class ContentKind:
    """One kind of user content, as the rest of the server needs to know it.

    ``name`` is its settings section and the prefix of its commands, events and
    content types ("chat": ``chat.send``, ``chat.message``).
    """

    name: str
    settings: type[KindSettings]
    events: type[StrEnum]
    text_form: TextForm = TextForm.plain
    max_chars: int = 2000  # of the text's words (rich text: without its markup)
    commands: Mapping[str, Command] = field(default_factory=dict)
    signals: Mapping[str, Signal] = field(default_factory=dict)
    # Event kinds whose every event states the whole of one thing (a poll and its
    # totals), named by this field of the event's data: a socket needs only the
    # newest event of each thing, so the hub may send it in place of those before.
    latest: Mapping[str, str] = field(default_factory=dict)
    rules: Sequence[Rule] = ()
    reviewed: Sequence[ReviewAdapter] = ()
    routes: Sequence[BaseRoute] = ()


class Registry:
    """Every content kind of this server, and the review queue's hooks.

    Built once by ``create_app``; the write path, the gateway and the review
    queue find a kind, a command, a signal or a content type here.
    """

    def __init__(self, kinds: Iterable[ContentKind], sections: Iterable[type[Section]]) -> None:
        self.kinds: dict[str, ContentKind] = {}
        for kind in kinds:
            if kind.name in self.kinds:
                raise ValueError(f"two content kinds named {kind.name!r}")
            self.kinds[kind.name] = kind
        self.settings = Sections([*sections, *(k.settings for k in self.kinds.values())])
        self.adapters: dict[str, ReviewAdapter] = {
            a.content_type: a for k in self.kinds.values() for a in k.reviewed
        }
        self.signals: dict[str, Signal] = _merged(k.signals for k in self.kinds.values())
        self.latest: dict[str, str] = _merged(k.latest for k in self.kinds.values())
        self._review: ReviewHooks | None = None

    @property
    def review(self) -> ReviewHooks:
        if self._review is None:
            raise RuntimeError("the review queue was not attached (create_app does it)")
        return self._review

    def attach_review(self, hooks: ReviewHooks) -> None:
        self._review = hooks

    def kind(self, name: str) -> ContentKind:
        return self.kinds[name]

    def adapter(self, content_type: str) -> ReviewAdapter:
        """The review adapter of a content type; ``not_found`` for an unknown one."""
        found = self.adapters.get(content_type)
        if found is None:
            raise AppError(Code.not_found)
        return found

    def commands(self, *more: Mapping[str, Command]) -> dict[str, Command]:
        """Every kind's commands and ``more`` (other features'): frame type -> command."""
        return _merged([*(k.commands for k in self.kinds.values()), *more])

    def routes(self) -> list[BaseRoute]:
        return [route for k in self.kinds.values() for route in k.routes]

    def denied(self, seat: Seat, settings: SpaceSettings) -> frozenset[Action]:
        """What the kinds' rules always refuse this seat under these settings."""
        return frozenset().union(
            *(rule.denies(seat, settings) for k in self.kinds.values() for rule in k.rules)
        )

    def event_kinds(self) -> dict[str, list[str]]:
        """Each kind's event names, for the web client's constants."""
        return {k.name: [e.value for e in k.events] for k in self.kinds.values()}


V = TypeVar("V")


def _merged(tables: Iterable[Mapping[str, V]]) -> dict[str, V]:
    merged: dict[str, V] = {}
    for table in tables:
        for name, value in table.items():
            if name in merged:
                raise ValueError(f"{name!r} is declared twice")
            merged[name] = value
    return merged
