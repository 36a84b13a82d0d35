"""The per-space event log: append in the write's transaction, read back for resume."""

from __future__ import annotations

import json
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import Connection, Table, Text, bindparam, cast, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from twinspace.storage.models import Audience, Event, Space, utcnow
from twinspace.storage.prepared import Prepared


@dataclass(frozen=True)
class StoredEvent:
    space_id: int
    seq: int
    kind: str
    audience: Audience
    audience_user_id: int | None
    audience_group: tuple[str, ...] | None  # the keys of a group audience ("class:12")
    payload: str  # JSON text, encoded once when written


_EVENTS, _SPACES = Event.__table__, Space.__table__
# What an event's row is given, beside its seq.
_GIVEN = [
    "space_id",
    "kind",
    "audience",
    "audience_user_id",
    "audience_group",
    "payload",
    "created_at",
    "command",
]
# The space's next seq; the UPDATE takes the space row's write lock until commit.
_BUMP = (
    update(_SPACES)
    .where(_SPACES.c.id == bindparam("space_id"))
    .values(last_seq=_SPACES.c.last_seq + 1)
    .returning(_SPACES.c.last_seq)
)
# Run on the driver's cursor (``storage.prepared``): every event of every write
# runs them. SQLite: the seq, then the row.
_NEXT_SEQ = Prepared(_BUMP, locks=True)
_INSERT = Prepared(insert(_EVENTS), keys=[*_GIVEN, "seq"])
# PostgreSQL: both in one statement, one round trip (SQLite has no UPDATE in a WITH).
_NEXT = _BUMP.cte("next_seq")
_INSERT_WITH_NEXT_SEQ = Prepared(
    insert(_EVENTS)
    .from_select(
        [*_GIVEN, "seq"],
        select(*(bindparam(name, type_=_EVENTS.c[name].type) for name in _GIVEN), _NEXT.c.last_seq),
    )
    .returning(_EVENTS.c.seq),
    locks=True,
)


# The first event of a write that also inserts a row whose id its data carries
# ("id", its first key): PostgreSQL inserts both in one statement, the event's
# payload made around the new id (``NewRow``).
_HEAD = '{"id":'
_BLANK_ID = 0


class NewRow:
    """A row to insert with the event that reports it, in one round trip
    (PostgreSQL): ``Prepared`` for the row's INSERT, then the seq, then the event
    whose payload is the JSON of its data with the row's id spliced in."""

    def __init__(self, table: Table, keys: list[str]) -> None:
        row = (
            insert(table)
            .values({key: bindparam(f"row_{key}", type_=table.c[key].type) for key in keys})
            .returning(table.c.id)
            .cte("new_row")
        )
        event = [name for name in _GIVEN if name != "payload"]
        payload = bindparam("payload_head", type_=Text) + cast(row.c.id, Text)
        self.keys = keys
        self.statement = Prepared(
            insert(_EVENTS)
            .from_select(
                [*event, "payload", "seq"],
                select(
                    *(bindparam(name, type_=_EVENTS.c[name].type) for name in event),
                    payload + bindparam("payload_tail", type_=Text),
                    _NEXT.c.last_seq,
                ),
            )
            .returning(_EVENTS.c.seq, select(row.c.id).scalar_subquery()),
            locks=True,
        )


def together(connection: Connection) -> bool:
    """Whether an event's seq and row go in one statement here, and a new row
    with them (``append_with_row``): PostgreSQL."""
    return connection.dialect.name == "postgresql"


def _event_row(
    space_id: int,
    kind: str,
    audience: Audience,
    audience_user_id: int | None,
    audience_group: tuple[str, ...] | None,
    command: str | None,
) -> dict[str, Any]:
    """An event's columns but its payload and seq, as its statements take them."""
    return {
        "space_id": space_id,
        "kind": kind,
        "audience": audience,
        "audience_user_id": audience_user_id,
        "audience_group": None if audience_group is None else list(audience_group),
        "created_at": utcnow(),
        "command": command,
    }


def append_with_row(
    connection: Connection,
    new_row: NewRow,
    values: dict[str, Any],
    space_id: int,
    kind: str,
    data: dict[str, Any],
    audience: Audience = Audience.everyone,
    audience_user_id: int | None = None,
    audience_group: tuple[str, ...] | None = None,
    command: str | None = None,
) -> StoredEvent:
    """Insert the row (``values``) and the event reporting it in one statement
    (only where ``together``): the event, as ``append`` gives it, and the row's
    id set in ``data`` as its "id" (its first key)."""
    data["id"] = _BLANK_ID
    encoded = json.dumps(data, separators=(",", ":"), ensure_ascii=False, default=str)
    blank = f"{_HEAD}{_BLANK_ID},"
    if not encoded.startswith(blank):
        raise ValueError("the event's data must begin with its row's \"id\"")
    tail = encoded[len(blank) - 1 :]
    parameters = {f"row_{key}": values[key] for key in new_row.keys}
    parameters.update(
        _event_row(space_id, kind, audience, audience_user_id, audience_group, command),
        payload_head=_HEAD,
        payload_tail=tail,
    )
    row = new_row.statement.first(connection, parameters)
    assert row is not None
    seq, row_id = row
    data["id"] = row_id
    payload = f"{_HEAD}{row_id}{tail}"
    return StoredEvent(space_id, seq, kind, audience, audience_user_id, audience_group, payload)


def append(
    connection: Connection,
    space_id: int,
    kind: str,
    data: dict[str, Any],
    audience: Audience = Audience.everyone,
    audience_user_id: int | None = None,
    audience_group: tuple[str, ...] | None = None,
    command: str | None = None,
) -> StoredEvent:
    """Give the event the space's next ``seq`` and add it to the open transaction;
    ``command``: the mark of the command it answers (``commands.answered_by``).

    The UPDATE takes the space row's write lock until commit, so a space's
    events commit in ``seq`` order on PostgreSQL as on SQLite.
    """
    payload = json.dumps(data, separators=(",", ":"), ensure_ascii=False, default=str)
    row = _event_row(space_id, kind, audience, audience_user_id, audience_group, command)
    row["payload"] = payload
    if together(connection):
        seq = _INSERT_WITH_NEXT_SEQ.scalar(connection, row)
    else:
        seq = _NEXT_SEQ.scalar(connection, row)
        _INSERT.run(connection, {**row, "seq": seq})
    return StoredEvent(space_id, seq, kind, audience, audience_user_id, audience_group, payload)


_LOCK_SPACE = (
    select(Space.__table__.c.id).where(Space.__table__.c.id == bindparam("space")).with_for_update()
)


def lock_space(db: Session, space_id: int) -> None:
    """Take the space row's write lock now, before reading what an event will report.

    ``append`` takes it anyway, but only when the event is added: a write that
    first counts rows (the votes of a poll) and reports the count could, on
    PostgreSQL, count while another write of the same rows waits to commit, and
    both would report a total missing the other. Taken first, the lock orders
    such writes, and each counts what the ones before it committed, so the last
    event says the true total. SQLite's writer holds the whole database anyway
    (FOR UPDATE is left out there).
    """
    db.connection().execute(_LOCK_SPACE, {"space": space_id})


async def last_seq(db: AsyncSession, space_id: int) -> int:
    return await db.scalar(select(Space.last_seq).where(Space.id == space_id)) or 0


async def after(
    db: AsyncSession,
    space_id: int,
    after_seq: int,
    up_to: int | None = None,
    reader: Reader | None = None,
) -> list[StoredEvent]:
    """Events with ``after_seq < seq <= up_to`` in order; only those ``reader``
    may see, when given."""
    query = select(Event).where(Event.space_id == space_id, Event.seq > after_seq)
    if up_to is not None:
        query = query.where(Event.seq <= up_to)
    if reader is not None:
        visible = [
            Event.audience == Audience.everyone,
            (Event.audience == Audience.user) & (Event.audience_user_id == reader.user_id),
        ]
        if reader.is_staff:
            visible.append(Event.audience == Audience.staff)
        if reader.sees_members:
            visible.append(Event.audience == Audience.members)
        if reader.keys:  # which of the group events are theirs is checked below
            visible.append(Event.audience == Audience.group)
        query = query.where(or_(*visible))
    rows = (await db.scalars(query.order_by(Event.seq))).all()
    found = [
        StoredEvent(
            e.space_id,
            e.seq,
            e.kind,
            e.audience,
            e.audience_user_id,
            None if e.audience_group is None else tuple(e.audience_group),
            e.payload,
        )
        for e in rows
    ]
    return found if reader is None else [e for e in found if reader.sees(e)]


@dataclass(frozen=True)
class Reader:
    """Who reads a space's events: which of them they may see."""

    user_id: int
    is_staff: bool
    # The groups they belong to ("class:12": a class they are in or teach), and
    # what they follow for now ("page:7": a page open in their editor). The set
    # is the socket's own and grows and shrinks while it is subscribed.
    keys: AbstractSet[str] = frozenset()
    sees_members: bool = True  # may know who is in the space (visitors may not)

    def sees(self, event: Addressed) -> bool:
        if event.audience is Audience.everyone:
            return True
        if event.audience is Audience.members:
            return self.sees_members
        if event.audience is Audience.staff:
            return self.is_staff
        if event.audience is Audience.group:
            return not self.keys.isdisjoint(event.audience_group or ())
        return event.audience_user_id == self.user_id


class Addressed(Protocol):
    """An event or envelope: whom it is for."""

    @property
    def audience(self) -> Audience: ...

    @property
    def audience_user_id(self) -> int | None: ...

    @property
    def audience_group(self) -> tuple[str, ...] | None: ...


def class_key(class_id: int) -> str:
    """A class as a group audience: its pupils in the space and its teacher."""
    return f"class:{class_id}"
