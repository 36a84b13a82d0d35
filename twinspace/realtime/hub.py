"""The hub: this process's sockets per space, fed in ``seq`` order without gaps.

Each open space has one ``SpaceStream``: a task that takes, in order, the
broker's envelopes, subscriber joins and catch-up requests. It keeps ``head``,
the newest ``seq`` it delivered; every event up to ``head`` is committed in the
database. An envelope above ``head + 1`` means the ones between are late (two
processes wrote the space and published in the other order) or lost (a broker
hiccup): the stream keeps it for up to ``GAP_WAIT`` seconds, delivering it as
soon as the ones before it arrive, and reads the gap from the database only
if they do not. A joining socket is replayed ``(last_seq, head]`` from the database in the
same task, then goes live: no gap, no duplicate.

Some events state the whole of one thing: each event of a poll carries its
totals, so a socket that shows the newest needs none of those before it. When
a room votes at once, sending every vote's totals to every socket would cost
votes x sockets frames, and the last totals would reach the last screen only
after all the rest. The stream therefore sends such events ("latest" kinds,
declared by the content kinds) at most once per ``LATEST_EVERY`` seconds: the
first at once, then only the newest of each thing when the interval is over,
the events it replaced never sent (a client sees a gap in ``seq`` there, as it
does where an event was not for it). Order
still holds: any other event, and any join, sends what waits first, so a
socket never sees an event after a newer one. It happens here, at delivery on
every process, not where the writes are made: whatever process a vote came
through, every process's stream sees every event in ``seq`` order, and the
last one of a poll, with the true totals, is the one its trailing send
carries. Nothing changes in what is stored, so a client resuming from a
``seq`` is replayed every event after it from the database and ends with the
true totals too.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from twinspace.realtime.broker import Broker
from twinspace.realtime.protocol import SEAT_CHANGED, Envelope, event_frame
from twinspace.storage import events
from twinspace.storage.events import Reader

log = logging.getLogger(__name__)

# How often a stream sends the newest event of each thing a "latest" kind names.
LATEST_EVERY = 0.25
# How long a stream waits for the events before an early one before reading them
# from the database. Two processes writing a space publish right after their
# commits, so an event published out of order is usually a few milliseconds late;
# a lost one (the broker failed) costs the events after it this much delay.
GAP_WAIT = 0.1


class Subscriber(Protocol):
    closed: bool

    def send(self, frame: str) -> None:
        """Queue a frame; never blocks (a full queue closes the subscriber)."""

    def deliver(self, frame: str) -> None:
        """An event as it happens: as ``send``, but written at once if nothing waits.

        A replay is sent, so that its frames, queued together, go out as one message."""

    def seat_changed(self, space_id: int, seq: int) -> None:
        """Its user's seat in the space changed at ``seq``: it no longer receives
        the space's events, and should judge its seat again and rejoin from ``seq``."""


@dataclass
class _Join:
    subscriber: Subscriber
    reader: Reader
    last_seq: int | None
    done: asyncio.Future[tuple[int, bool]]


class _CatchUp:
    pass


class _SendLatest:
    pass


class _FillGap:
    pass


# What a "latest" event replaces: the events of the same kind, about the same
# thing, for the same audience.
LatestKey = tuple[str, object, tuple[str, ...] | None]


@dataclass
class SpaceStream:
    space_id: int
    head: int
    db: async_sessionmaker[AsyncSession]
    replay_limit: int
    latest: Mapping[str, str]  # event kind -> the field of its data naming its thing
    live: dict[Subscriber, Reader] = field(default_factory=dict)
    joining: int = 0  # joins queued or replaying: the stream must outlive them
    queue: asyncio.Queue[Envelope | _Join | _CatchUp | _SendLatest | _FillGap] = field(
        default_factory=asyncio.Queue
    )
    task: asyncio.Task[None] | None = None
    # The newest unsent event of each thing, in seq order (each one held is the
    # newest event so far), when they were last sent, and the timer to send them.
    held: dict[LatestKey, Envelope] = field(default_factory=dict)
    sent_latest_at: float = -LATEST_EVERY
    send_timer: asyncio.TimerHandle | None = None
    # Events that came before the ones that precede them, by seq, and the timer
    # that reads what is still missing from the database.
    early: dict[int, Envelope] = field(default_factory=dict)
    gap_timer: asyncio.TimerHandle | None = None

    async def run(self) -> None:
        while True:
            op = await self.queue.get()
            try:
                if isinstance(op, Envelope):
                    await self._envelope(op)
                elif isinstance(op, _Join):
                    await self._join(op)
                elif isinstance(op, _SendLatest):
                    self._send_held()
                elif isinstance(op, _FillGap):
                    await self._fill_gap()
                else:
                    await self._deliver_stored(await self._read(self.head, None))
                    self._deliver_early()
            except Exception:
                # A database error must not kill the stream; the next envelope's
                # gap check or the next catch-up retries the read.
                log.exception("space %s stream step failed", self.space_id)
                if isinstance(op, _Join) and not op.done.done():
                    op.done.set_exception(RuntimeError("join failed"))

    async def _read(self, after: int, up_to: int | None) -> list[events.StoredEvent]:
        async with self.db() as db:
            return await events.after(db, self.space_id, after, up_to)

    async def _envelope(self, envelope: Envelope) -> None:
        if envelope.seq == 0:
            self._fan_out(envelope)
            return
        if envelope.seq <= self.head:
            return  # already delivered (replayed, or caught up)
        if envelope.seq > self.head + 1:
            self.early[envelope.seq] = envelope
        else:
            self._deliver(envelope)
            self.head = envelope.seq
        self._deliver_early()

    def _deliver_early(self) -> None:
        """Deliver the early events that now follow ``head``, forget those delivered
        from the database, and wait for what is still missing (or stop waiting)."""
        while (envelope := self.early.pop(self.head + 1, None)) is not None:
            self._deliver(envelope)
            self.head = envelope.seq
        for seq in [seq for seq in self.early if seq <= self.head]:
            del self.early[seq]
        if not self.early and self.gap_timer is not None:
            self.gap_timer.cancel()
            self.gap_timer = None
        elif self.early and self.gap_timer is None:
            self.gap_timer = asyncio.get_running_loop().call_later(
                GAP_WAIT, self.queue.put_nowait, _FillGap()
            )

    async def _fill_gap(self) -> None:
        """The events before the early ones did not come in time: read them."""
        self.gap_timer = None
        if self.early:
            await self._deliver_stored(await self._read(self.head, max(self.early) - 1))
            self._deliver_early()

    async def _deliver_stored(self, stored: list[events.StoredEvent]) -> None:
        for event in stored:
            if event.seq > self.head:
                self._deliver(Envelope.of_event(event))
                self.head = event.seq

    def _deliver(self, envelope: Envelope) -> None:
        """Send a stored event, or hold it if it is a "latest" one sent too recently."""
        field_name = self.latest.get(envelope.kind)
        if field_name is None:
            self._send_held()
            self._fan_out(envelope)
            return
        thing = json.loads(envelope.frame)["data"][field_name]
        key = (envelope.kind, thing, envelope.audience_group)
        self.held.pop(key, None)  # what it replaces is never sent
        self.held[key] = envelope
        wait = self.sent_latest_at + LATEST_EVERY - time.monotonic()
        if wait <= 0:
            self._send_held()
        elif self.send_timer is None:
            self.send_timer = asyncio.get_running_loop().call_later(
                wait, self.queue.put_nowait, _SendLatest()
            )

    def _send_held(self) -> None:
        """Send the held events, in seq order, before anything newer."""
        if self.send_timer is not None:
            self.send_timer.cancel()
            self.send_timer = None
        if not self.held:
            return
        for envelope in self.held.values():
            self._fan_out(envelope)
        self.held.clear()
        self.sent_latest_at = time.monotonic()

    async def _join(self, join: _Join) -> None:
        # The replay below reaches ``head``: what is held goes to the live sockets
        # first, never to the joining one twice.
        self._send_held()
        resync = False
        if join.last_seq is not None and join.last_seq < self.head:
            if self.head - join.last_seq > self.replay_limit:
                resync = True
            else:
                async with self.db() as db:
                    missed = await events.after(
                        db, self.space_id, join.last_seq, self.head, join.reader
                    )
                for event in missed:
                    join.subscriber.send(event_frame(event))
        if not join.subscriber.closed:
            self.live[join.subscriber] = join.reader
        join.done.set_result((self.head, resync))

    def _fan_out(self, envelope: Envelope) -> None:
        for subscriber, reader in list(self.live.items()):
            if reader.sees(envelope):
                subscriber.deliver(envelope.frame)
        if envelope.kind == SEAT_CHANGED:
            self._unseat(envelope)

    def _unseat(self, envelope: Envelope) -> None:
        """Stop at once delivering to the sockets of someone whose seat changed:
        nothing after the change reaches them until they rejoin as they sit now."""
        user_id = json.loads(envelope.frame)["data"]["user_id"]
        for subscriber, reader in list(self.live.items()):
            if reader.user_id == user_id:
                del self.live[subscriber]
                subscriber.seat_changed(self.space_id, envelope.seq)


class Hub:
    def __init__(
        self,
        broker: Broker,
        db: async_sessionmaker[AsyncSession],
        replay_limit: int,
        latest: Mapping[str, str],
    ) -> None:
        self.broker = broker
        self.db = db
        self.replay_limit = replay_limit
        self.latest = latest
        self.streams: dict[int, SpaceStream] = {}
        self._lifecycle = asyncio.Lock()
        broker.attach(self.on_message, self.on_reconnected)

    async def join(
        self, space_id: int, subscriber: Subscriber, reader: Reader, last_seq: int | None
    ) -> tuple[int, bool]:
        """Replay what ``subscriber`` missed since ``last_seq`` and make it live.

        Returns (head seq, resync): with resync the gap was too long to replay
        and the client should reload the space's state over HTTP.
        """
        async with self._lifecycle:
            stream = self.streams.get(space_id)
            if stream is None:
                stream = await self._open(space_id)
            stream.joining += 1
        done: asyncio.Future[tuple[int, bool]] = asyncio.get_running_loop().create_future()
        stream.queue.put_nowait(_Join(subscriber, reader, last_seq, done))
        try:
            return await done
        finally:
            stream.joining -= 1

    async def _open(self, space_id: int) -> SpaceStream:
        # Subscribe first, then read the head: whatever commits after the read
        # is published after the subscription and reaches us.
        await self.broker.subscribe(space_id)
        async with self.db() as db:
            head = await events.last_seq(db, space_id)
        stream = SpaceStream(space_id, head, self.db, self.replay_limit, self.latest)
        stream.task = asyncio.create_task(stream.run(), name=f"space-{space_id}")
        self.streams[space_id] = stream
        return stream

    async def leave(self, space_id: int, subscriber: Subscriber) -> None:
        async with self._lifecycle:
            stream = self.streams.get(space_id)
            if stream is None:
                return
            stream.live.pop(subscriber, None)
            if not stream.live and not stream.joining and stream.queue.empty():
                del self.streams[space_id]
                await self._stop(stream)
                await self.broker.unsubscribe(space_id)

    async def _stop(self, stream: SpaceStream) -> None:
        for timer in (stream.send_timer, stream.gap_timer):
            if timer is not None:
                timer.cancel()
        if stream.task is not None:
            stream.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await stream.task

    def on_message(self, envelope: Envelope) -> None:
        stream = self.streams.get(envelope.space_id)
        if stream is not None:
            stream.queue.put_nowait(envelope)

    def catch_up(self, space_id: int) -> None:
        """Deliver from the database whatever this stream has not seen yet."""
        stream = self.streams.get(space_id)
        if stream is not None:
            stream.queue.put_nowait(_CatchUp())

    async def on_reconnected(self) -> None:
        for space_id in list(self.streams):
            self.catch_up(space_id)

    async def close(self) -> None:
        async with self._lifecycle:
            for stream in self.streams.values():
                await self._stop(stream)
            self.streams.clear()
