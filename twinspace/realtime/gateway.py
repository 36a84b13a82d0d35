"""The WebSocket door at ``/ws``.

Authenticates with the session cookie during the handshake, refuses foreign
origins, and answers every frame with an ``ack`` or an ``error`` (with the
frame's ``id`` as ``ref``), keeping the connection open after a bad frame.
Feature commands and signals (typing) come from the tables ``create_app``
hands over, so this module knows no feature; ``subscribe``, ``unsubscribe``
and ``ping`` are its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select
from starlette.websockets import WebSocket, WebSocketDisconnect

from twinspace.access import Viewing, view_many
from twinspace.batching import Batch
from twinspace.errors import AppError, Code, busy, from_validation, invalid, rate_limited
from twinspace.moderation.policy import STAFF_SEATS, Action, Seat, allowed, seat_for
from twinspace.realtime.presence import Entry
from twinspace.realtime.protocol import (
    BATCH_CHARS,
    FOLLOW,
    PROTOCOL_VERSION,
    UNFOLLOW,
    CloseCode,
    Command,
    Envelope,
    SessionsEnded,
    Signal,
    SignalIn,
    batch,
    encode,
)
from twinspace.realtime.wire import direct_writer
from twinspace.runtime import Runtime
from twinspace.schemas import ESCAPED, MAX_ID, Id, unstorable_text
from twinspace.sessions import COOKIE_NAME, Viewer, resolve_many, still_valid, token_hash
from twinspace.storage import commands
from twinspace.storage.engine import overloaded
from twinspace.storage.events import Reader, class_key
from twinspace.storage.models import Audience, Membership, SpaceStatus, User

log = logging.getLogger(__name__)

# The largest frame we read: a forum post of 20,000 characters arrives as up to
# 60,000 characters of the editor's HTML, a few more JSON-escaped; the
# transport's own limit (1 MiB) stays well above. Bigger frames get
# payload_too_large and the socket stays open.
MAX_FRAME_CHARS = 256 * 1024
# Frame-rate bucket per socket: honest clients send a message or a typing
# signal every second or two; 30 at once and 15/s sustained is far above that.
BURST_FRAMES, FRAMES_PER_SECOND = 30, 15.0
# Frames a socket may have waiting for their answers: a full burst. Past it the
# server is behind (a busy database), and more waiting would only grow memory:
# the next frames are answered "busy" at once until it catches up.
WAITING_FRAMES = BURST_FRAMES
# How long a dropped socket's close frame may wait to get out.
CLOSE_WAIT = 5.0
# Presence changes within this many seconds go out as one list: fast enough to
# feel live, slow enough that a class arriving together costs a few frames.
PRESENCE_COALESCE = 0.25
# A space is told at most once in this many seconds: while a whole school
# reconnects, pupils arrive in a class over many seconds, and each list goes to
# every socket of the class (n lists of n names for n pupils, one a quarter
# second); a second apart still feels live to whoever watches the list.
PRESENCE_EVERY = 1.0
# Old command results are forgotten every this many maintenance rounds (an
# hour at the default 20 s): a day's results are a small table either way.
FORGET_EVERY_ROUNDS = 180

_socket_numbers = itertools.count(1)


# How deep a frame's objects and lists may nest. A client's frames nest two or
# three levels (a frame, a list of ids); thousands would exhaust the parser's
# stack (an internal error), and hundreds the walk looking for a lone surrogate.
MAX_FRAME_DEPTH = 32


def parse_frame(text: str) -> dict[str, Any]:
    """A frame's JSON object, or ``invalid`` saying why it is none."""
    try:
        frame = json.loads(text)
    except RecursionError:
        raise invalid("frame", "too_deep") from None
    except ValueError:
        raise invalid("frame", "json_invalid") from None
    if not isinstance(frame, dict):
        raise invalid("frame", "object_expected")
    # Fewer brackets than the limit cannot nest past it: most frames skip the walk.
    if text.count("[") + text.count("{") > MAX_FRAME_DEPTH and _depth(frame) > MAX_FRAME_DEPTH:
        raise invalid("frame", "too_deep")
    return frame


def _depth(value: Any) -> int:
    """How deep objects and lists nest in a decoded frame, walked without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list):
            deepest = max(deepest, depth)
            children = node.values() if isinstance(node, dict) else node
            stack.extend((child, depth + 1) for child in children)
    return deepest


class _Frame(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Subscribe(_Frame):
    space_id: Id
    last_seq: Annotated[int, Field(ge=0, le=MAX_ID)] | None = None


class Unsubscribe(_Frame):
    space_id: Id


class Ping(_Frame):
    pass


class TokenBucket:
    def __init__(self, burst: int, per_second: float) -> None:
        self.capacity = burst
        self.tokens = float(burst)
        self.rate = per_second
        self.stamp = time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


class Connection:
    """One socket: a bounded outbox drained by a writer task, and its subscriptions.

    A socket may stay open for a whole school day, mostly idle, so what it holds
    is kept small: the outbox is a bare deque (an ``asyncio.Queue`` is five times
    its size), and the writer waits on a future made only while the deque is empty.
    """

    def __init__(
        self,
        websocket: WebSocket,
        rt: Runtime,
        viewer: Viewer,
        token: str,
        commands: Mapping[str, Command],
        signals: Mapping[str, Signal],
        announcer: PresenceAnnouncer,
        seats: Batch[tuple[User, int], Viewing],
    ) -> None:
        self.websocket = websocket
        self.rt = rt
        self.viewer = viewer
        self.token = token  # the session cookie, re-checked while the socket lives
        self.token_hash = token_hash(rt, token)  # how a logout names this session
        self.commands = commands
        self.signals = signals
        self.announcer = announcer
        self.seats = seats
        self.key = f"{rt.node_id}-{next(_socket_numbers)}"
        self.closed = False
        self._dropping: asyncio.Task[None] | None = None
        self.outbox: deque[str] = deque()
        self._outbox_limit = rt.settings.outbox_frames
        self._wakeup: asyncio.Future[None] | None = None
        # Events delivered while the writer is idle skip it (``deliver``).
        self.direct = direct_writer(websocket._send)
        self.subscriptions: dict[int, Seat] = {}
        self.readers: dict[int, Reader] = {}  # what it may hear of each, and follows
        self.bucket = TokenBucket(BURST_FRAMES, FRAMES_PER_SECOND)
        # When each signal was last relayed: (type, space, what about) -> time.
        self.last_signal: dict[tuple[str, int, object], float] = {}
        self.language = viewer.user.language
        self.writer = asyncio.create_task(self._write(), name=f"ws-writer-{self.key}")
        # Frames read but not yet answered, and the task answering them, which
        # lives only while there are some.
        self.inbox: list[str | None] = []  # a list: smaller than a deque
        self.answering: asyncio.Task[None] | None = None
        # Spaces whose changed seat is being judged again, and the task doing it:
        # rare, so made only when needed.
        self.reseating: dict[int, asyncio.Task[None]] | None = None

    # ------------------------------------------------------------ sending

    def deliver(self, frame: str) -> None:
        """An event from the hub's fan-out. An idle writer (nothing waiting, nothing
        being sent) would only be woken to send this one frame: it is written now
        instead, in order all the same (realtime/wire.py)."""
        wakeup = self._wakeup
        if (
            wakeup is not None
            and not wakeup.done()
            and not self.closed
            and self.direct is not None
            and self.direct.write(frame)
        ):
            return
        self.send(frame)

    def send(self, frame: str) -> None:
        if self.closed:
            return
        if len(self.outbox) >= self._outbox_limit:
            log.info("socket %s fell behind; closing it", self.key)
            self.closed = True
            self._dropping = asyncio.get_running_loop().create_task(self._drop())
            return
        self.outbox.append(frame)
        if self._wakeup is not None and not self._wakeup.done():
            self._wakeup.set_result(None)

    async def _write(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            while True:
                while not self.outbox:
                    self._wakeup = loop.create_future()
                    await self._wakeup
                    self._wakeup = None
                await self.websocket.send_text(self._take_waiting())
        except Exception as error:
            # The peer left, or (a bug) a frame could not be sent: either way the
            # socket must not stay open and silent. 1011 tells a live peer to
            # reconnect and resume.
            self.closed = True
            if isinstance(error, UnicodeError):  # not a peer leaving: a frame we made
                log.exception("socket %s could not be written", self.key)
            with contextlib.suppress(Exception):
                await self.websocket.close(code=1011)

    def _take_waiting(self) -> str:
        """The next message: the first waiting frame, with those behind it batched in.

        A socket is written as soon as a frame arrives, so frames only wait while the
        server is busy; then one message (one system call, one WebSocket header)
        carries them all, and the busier the server, the less each frame costs.
        """
        frame = self.outbox.popleft()
        if not self.outbox:
            return frame
        frames, size = [frame], len(frame)
        while self.outbox and size + len(self.outbox[0]) <= BATCH_CHARS:
            frames.append(self.outbox.popleft())
            size += len(frames[-1])
        return batch(frames) if len(frames) > 1 else frame

    async def _drop(self) -> None:
        """Leave every space at once, then try to say why (4008).

        The close frame queues behind everything the peer did not read, so it
        may never get out; the peer's TCP connection then ends with the server's
        ping timeout. Either way the socket no longer costs the room anything.
        """
        await self.end(CloseCode.too_slow)

    def send_error(self, error: AppError, ref: str | None) -> None:
        message = self.rt.catalogues.error_message(self.language, error)
        self.send(
            encode(
                {
                    "type": "error",
                    "code": error.code.value,
                    "message": message,
                    "ref": ref,
                    **error.details,
                }
            )
        )

    # ------------------------------------------------------------ receiving

    def receive(self, text: str | None) -> None:
        """Take a frame as it arrives; it is answered after the frames before it.

        Reading never stops, so the transport keeps reading the socket (its
        keepalive pongs among the rest) however slow the answers are. A frame
        that finds ``WAITING_FRAMES`` before it is not kept: it is answered at
        once with ``busy``, and the client sends it again later (with the same
        id, so nothing is applied twice).
        """
        if len(self.inbox) >= WAITING_FRAMES:
            self.send_error(busy(), _ref_of(text))
            return
        self.inbox.append(text)
        if self.answering is None:
            self.answering = asyncio.create_task(self._answer(), name=f"ws-answer-{self.key}")

    async def _answer(self) -> None:
        # The frame being answered stays in the inbox until its answer is sent:
        # it counts among those waiting, so a burst is cut at the same place
        # whether or not its first frame was taken up before the rest arrived.
        while self.inbox:
            await self.handle(self.inbox[0])
            self.inbox.pop(0)
        self.answering = None

    async def handle(self, text: str | None) -> None:
        """Answer one frame. Errors carry the frame's ``id`` as ``ref`` once it
        could be read; a frame too big or not JSON gets ``ref: null``.

        Every frame, good or bad, spends a token of the socket's frame-rate
        bucket when its turn comes, not when it arrives: a server that stalled
        and then reads a burst of an honest client's frames must not blame the
        client for the burst.
        """
        ref = None
        try:
            limited = not self.bucket.take()
            if text is None:
                raise invalid("frame", "binary")
            if len(text) > MAX_FRAME_CHARS:
                raise AppError(Code.payload_too_large)
            frame = parse_frame(text)
            # Text no UTF-8 encoder takes (it would stop the socket's writer) or
            # no database stores can only come escaped: most frames skip the walk.
            broken = unstorable_text(frame, "frame") if ESCAPED.search(text) else None
            ref = frame.pop("id", None)
            if not isinstance(ref, str) or not 0 < len(ref) <= 64 or unstorable_text(ref):
                ref = None
                raise invalid("id", "required_string_up_to_64")
            if broken is not None:
                raise invalid(*broken)
            if limited:
                raise rate_limited(1)
            kind = frame.pop("type", None)
            result = await self._dispatch(kind, frame, ref)
            self.send(encode({"type": "ack", "ref": ref, "result": result}))
        except AppError as error:
            self.send_error(error, ref)
        except Exception as error:
            if overloaded(error):  # as over HTTP: "not now", not "wrong"
                self.send_error(busy(), ref)
                return
            log.exception("frame failed on socket %s", self.key)
            self.send_error(AppError(Code.internal), ref)

    async def _dispatch(self, kind: object, payload: dict[str, Any], ref: str) -> Any:
        if isinstance(kind, str) and kind in BUILTINS:
            schema, handler = BUILTINS[kind]
            return await handler(self, _validate(schema, payload))
        if isinstance(kind, str) and kind in self.commands:
            command = self.commands[kind]
            data = _validate(command.schema, payload)
            result = await command.run(self.rt, self.viewer, data, commands.key(kind, ref))
            self._follow(result)
            return result
        if isinstance(kind, str) and kind in self.signals:
            return await self.signal(kind, self.signals[kind], payload)
        raise invalid("type", "unknown_type")

    def _follow(self, result: Any) -> None:
        """Start or stop following a group of a subscribed space's events, when a
        command's result asks for it (a page opened or closed in the editor)."""
        if not isinstance(result, dict) or not (FOLLOW in result or UNFOLLOW in result):
            return
        reader = self.readers.get(result.get("space_id", 0))
        if reader is None:
            raise invalid("space_id", "not_subscribed")
        assert isinstance(reader.keys, set)  # the socket's own, made by _reader
        if FOLLOW in result:
            reader.keys.add(result[FOLLOW])
        else:
            reader.keys.discard(result[UNFOLLOW])

    # ------------------------------------------------------------ built-in commands

    async def _viewing(self, space_id: int) -> tuple[Seat, frozenset[int]]:
        """Our user's seat in a space and their classes there, asked together with
        the other sockets asking now; or the error that refuses the space."""
        viewing = await self.seats.get((self.viewer.user, space_id))
        if isinstance(viewing, AppError):
            raise viewing
        return viewing

    async def subscribe(self, data: Subscribe) -> dict[str, Any]:
        seat, classes = await self._viewing(data.space_id)
        if data.space_id in self.subscriptions:
            await self.rt.hub.leave(data.space_id, self)
        reader = _reader(self.viewer, seat, classes)
        head, resync = await self.rt.hub.join(data.space_id, self, reader, data.last_seq)
        self._sit(data.space_id, seat, reader)
        if self.closed:  # closed while joining: close_down left only the spaces it saw
            await self._leave(data.space_id)
        else:
            await self.announcer.enter(data.space_id, self.viewer.user, self.key)
            if reader.sees_members:
                await self.announcer.tell(data.space_id, self)
        return {"space_id": data.space_id, "seq": head, "resync": resync, "role": seat.value}

    async def unsubscribe(self, data: Unsubscribe) -> dict[str, Any]:
        if data.space_id in self.subscriptions:
            await self._leave(data.space_id)
        return {"space_id": data.space_id}

    async def signal(self, kind: str, signal: Signal, payload: dict[str, Any]) -> dict[str, Any]:
        """Relay an ephemeral signal (typing) to the space, at most once per ``signal.every``."""
        data = _validate(signal.schema, payload)
        assert isinstance(data, SignalIn)
        seat = self.subscriptions.get(data.space_id)
        if seat is None:
            raise invalid("space_id", "not_subscribed")
        relay = signal.relay(self.viewer, seat, data)
        now = time.monotonic()
        key = (kind, data.space_id, relay.about)
        if now - self.last_signal.get(key, 0.0) >= signal.every:
            self.last_signal[key] = now
            user = self.viewer.user
            frame = encode(
                {
                    "type": kind,
                    "space_id": data.space_id,
                    "user_id": user.id,
                    "display_name": user.display_name,
                    **relay.data,
                }
            )
            envelope = Envelope(data.space_id, 0, kind, relay.audience, None, frame, relay.keys)
            await _publish_signal(self.rt, envelope)
        return {}

    async def ping(self, _data: Ping) -> dict[str, Any]:
        return {"pong": True}

    # ------------------------------------------------------------ seat changes

    def seat_changed(self, space_id: int, seq: int) -> None:
        """The hub stopped delivering this space to us: our user's seat changed at
        ``seq``. Judge it again and rejoin from there, or leave."""
        if self.closed or space_id not in self.subscriptions:
            return
        if self.reseating is None:
            self.reseating = {}
        reseating = self.reseating
        task = asyncio.get_running_loop().create_task(self._reseat(space_id, seq))
        reseating[space_id] = task
        task.add_done_callback(lambda _: reseating.pop(space_id, None))

    async def _reseat(self, space_id: int, seq: int) -> None:
        try:
            seat, classes = await self._viewing(space_id)
        except AppError:
            await self._leave(space_id)
            self.send(encode({"type": "unsubscribed", "space_id": space_id, "reason": "removed"}))
            return
        if space_id not in self.subscriptions:  # it left the space meanwhile
            return
        # What the socket followed (an open page) is opened again by the client,
        # which reloads what depends on the seat.
        reader = _reader(self.viewer, seat, classes)
        self._sit(space_id, seat, reader)
        self.send(encode({"type": "seat", "space_id": space_id, "role": seat.value}))
        await self.rt.hub.join(space_id, self, reader, seq)

    # ------------------------------------------------------------ presence

    def presence_entries(self) -> list[Entry]:
        """This socket's entry in each space it follows (refreshed by the gateway)."""
        user = self.viewer.user
        return [(space_id, user.id, user.display_name, self.key) for space_id in self.subscriptions]

    def _sit(self, space_id: int, seat: Seat, reader: Reader) -> None:
        """Follow a space as ``seat``; the announcer counts the socket in it once."""
        if space_id not in self.subscriptions:
            self.announcer.entered(space_id, self.viewer.user.id)
        self.subscriptions[space_id] = seat
        self.readers[space_id] = reader

    async def _leave(self, space_id: int) -> None:
        was_in = self.subscriptions.pop(space_id, None) is not None
        self.readers.pop(space_id, None)
        await self.rt.hub.leave(space_id, self)
        await self.rt.presence.leave(
            space_id, self.viewer.user.id, self.viewer.user.display_name, self.key
        )
        if was_in:
            self.announcer.left(space_id, self.viewer.user.id)

    async def end(self, code: CloseCode) -> None:
        """Close this socket from the server's side, with a code that says why."""
        await self.close_down()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.websocket.close(code=code), CLOSE_WAIT)

    async def close_down(self) -> None:
        self.closed = True
        self.writer.cancel()
        for space_id in list(self.subscriptions):
            try:
                await self._leave(space_id)
            except Exception:
                log.exception("leaving space %s failed", space_id)


# The gateway's own frames: type -> (schema, handler), shared by every socket.
BUILTINS: dict[str, tuple[type[BaseModel], Callable[[Connection, Any], Awaitable[Any]]]] = {
    "subscribe": (Subscribe, Connection.subscribe),
    "unsubscribe": (Unsubscribe, Connection.unsubscribe),
    "ping": (Ping, Connection.ping),
}


def _ref_of(text: str | None) -> str | None:
    """A frame's ``id``, if it can be read at all (for an answer given unread)."""
    try:
        ref = json.loads(text or "").get("id")
    except (ValueError, AttributeError):
        return None
    if not isinstance(ref, str) or not 0 < len(ref) <= 64 or unstorable_text(ref):
        return None
    return ref


def _reader(viewer: Viewer, seat: Seat, classes: frozenset[int]) -> Reader:
    """What a socket may hear of a space, from its user's seat there."""
    sees_members = allowed(seat, Action.members_view, SpaceStatus.open)
    keys = {class_key(c) for c in classes}
    return Reader(viewer.user.id, seat in STAFF_SEATS, keys, sees_members)


def _validate(schema: type[BaseModel], payload: dict[str, Any]) -> BaseModel:
    try:
        return schema.model_validate(payload)
    except ValidationError as error:
        raise from_validation(error) from None


async def _publish_signal(rt: Runtime, envelope: Envelope) -> None:
    await rt.broker.publish(envelope)


class PresenceAnnouncer:
    """Tells a space who is online when that changes, and a socket that subscribes
    who is there.

    Only a user's first socket in a space on this process, and their last one
    leaving it, change who is online: a pupil's second tab changes nothing the
    others see, and the list it needs goes to that socket alone. Changes within
    PRESENCE_COALESCE seconds go out as one list, and a space is told at most
    once in PRESENCE_EVERY seconds: a class logging in together would otherwise
    cost every socket a full list per arrival (n(n+1)/2 frames for n sockets).
    """

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt
        self._pending: dict[int, asyncio.Task[None]] = {}
        self._told: dict[int, float] = {}  # when each space was last told
        # (space, user) -> this process's sockets of the user in the space.
        self._sockets: dict[tuple[int, int], int] = {}
        # Sockets subscribing together enter presence in one round trip, and
        # those that ask who is online in a space share one read of it.
        self._entering: Batch[Entry, None] = Batch(self._enter_many, None)
        self._lists: Batch[int, list[dict[str, object]]] = Batch(self._online_many, [])

    async def enter(self, space_id: int, user: User, socket_key: str) -> None:
        """Mark a socket present in a space."""
        await self._entering.get((space_id, user.id, user.display_name, socket_key))

    async def _enter_many(self, entries: set[Entry]) -> dict[Entry, None]:
        await self.rt.presence.enter_many(entries)
        return {}

    async def _online_many(self, spaces: set[int]) -> dict[int, list[dict[str, object]]]:
        return {space_id: await self.rt.presence.online(space_id) for space_id in spaces}

    def entered(self, space_id: int, user_id: int) -> None:
        key = (space_id, user_id)
        self._sockets[key] = self._sockets.get(key, 0) + 1
        if self._sockets[key] == 1:
            self._announce(space_id)

    def left(self, space_id: int, user_id: int) -> None:
        key = (space_id, user_id)
        remaining = self._sockets.pop(key, 1) - 1
        if remaining:
            self._sockets[key] = remaining
        else:
            self._announce(space_id)

    async def tell(self, space_id: int, connection: Connection) -> None:
        """Send a socket that subscribed (and may see the members) who is online,
        unless the space's next list, on its way, will reach it anyway."""
        if space_id in self._pending:
            return
        connection.send(self._frame(space_id, await self._lists.get(space_id)))

    def _announce(self, space_id: int) -> None:
        if space_id not in self._pending:
            self._pending[space_id] = asyncio.create_task(self._announce_soon(space_id))

    async def _announce_soon(self, space_id: int) -> None:
        now = time.monotonic()
        told = self._told.get(space_id, now - PRESENCE_EVERY)
        await asyncio.sleep(max(PRESENCE_COALESCE, told + PRESENCE_EVERY - now))
        # Off the list before reading it: a change from here on announces again.
        self._pending.pop(space_id, None)
        told = self._told[space_id] = time.monotonic()
        # Once PRESENCE_EVERY has passed the time no longer holds a list back:
        # forget it, so a process keeps nothing for the spaces it once served.
        asyncio.get_running_loop().call_later(PRESENCE_EVERY, self._forget, space_id, told)
        online = await self.rt.presence.online(space_id)
        # Who is online names pupils: as the member list, not for visitors.
        envelope = Envelope(
            space_id, 0, "presence", Audience.members, None, self._frame(space_id, online)
        )
        await _publish_signal(self.rt, envelope)

    def _forget(self, space_id: int, told: float) -> None:
        if self._told.get(space_id) == told:
            del self._told[space_id]

    @staticmethod
    def _frame(space_id: int, online: list[dict[str, object]]) -> str:
        return encode({"type": "presence", "space_id": space_id, "online": online})


class Gateway:
    """This process's sockets; keeps their presence entries fresh."""

    def __init__(
        self, rt: Runtime, commands: Mapping[str, Command], signals: Mapping[str, Signal]
    ) -> None:
        self.rt = rt
        self.commands = commands
        self.signals = signals
        self.connections: set[Connection] = set()
        self.announcer = PresenceAnnouncer(rt)
        # Handshakes and subscribes arriving together share their queries.
        self.viewers: Batch[str, Viewer | None] = Batch(
            lambda tokens: resolve_many(rt, tokens), None
        )
        self.seats: Batch[tuple[User, int], Viewing] = Batch(
            self._view_many, AppError(Code.not_found)
        )
        self.endings: set[asyncio.Task[None]] = set()
        rt.broker.on_broadcast(self.on_broadcast)

    def on_broadcast(self, message: str) -> None:
        """Another process (or this one) ended sessions: close their sockets now."""
        ended = SessionsEnded.decode(message)
        if ended is None:
            return
        for connection in list(self.connections):
            if connection.token_hash == ended.token_hash or (
                connection.viewer.user.id == ended.user_id
            ):
                task = asyncio.get_running_loop().create_task(
                    connection.end(CloseCode.unauthenticated)
                )
                self.endings.add(task)
                task.add_done_callback(self.endings.discard)

    async def endpoint(self, websocket: WebSocket) -> None:
        origin = websocket.headers.get("origin")
        if origin and not self.rt.settings.origin_allowed(
            origin, websocket.url.scheme.replace("ws", "http", 1), websocket.headers.get("host", "")
        ):
            await websocket.close(code=1008)  # before accept: the handshake gets HTTP 403
            return
        token = websocket.cookies.get(COOKIE_NAME, "")
        viewer = await self.viewers.get(token) if token else None
        await websocket.accept()
        if viewer is None:
            await websocket.close(code=CloseCode.unauthenticated)
            return
        connection = Connection(
            websocket,
            self.rt,
            viewer,
            token,
            self.commands,
            self.signals,
            self.announcer,
            self.seats,
        )
        self.connections.add(connection)
        connection.send(
            encode(
                {
                    "type": "hello",
                    "protocol": PROTOCOL_VERSION,
                    "user": {"id": viewer.user.id, "display_name": viewer.user.display_name},
                }
            )
        )
        try:
            while True:
                message = await websocket.receive()
                if message["type"] == "websocket.disconnect":
                    break
                connection.receive(message.get("text"))
        except WebSocketDisconnect:
            pass
        finally:
            self.connections.discard(connection)
            await connection.close_down()

    async def _view_many(self, asks: set[tuple[User, int]]) -> dict[tuple[User, int], Viewing]:
        async with self.rt.db() as db:
            return await view_many(db, asks)

    async def maintain_forever(self) -> None:
        """Every ``maintenance_seconds``: keep presence fresh, close sockets whose
        session ended (logout, suspension, password reset) or whose membership
        changed, and now and then forget old command results."""
        rounds = 0
        while True:
            await asyncio.sleep(self.rt.settings.maintenance_seconds)
            try:
                await self.maintain(forget_commands=rounds % FORGET_EVERY_ROUNDS == 0)
            except Exception:
                log.exception("socket maintenance failed")
            rounds += 1

    async def maintain(self, forget_commands: bool = False) -> None:
        connections = [c for c in self.connections if not c.closed]
        await self.rt.presence.enter_many(
            entry for connection in connections for entry in connection.presence_entries()
        )
        # What each socket is subscribed as now: a subscription made while the
        # queries below run is not judged by them (it was checked when made).
        checked = {c: dict(c.subscriptions) for c in connections}
        live = await still_valid(self.rt, {c.token for c in connections})
        seats = await self._seats(checked)
        endings = []
        for connection, subscribed in checked.items():
            user_id = connection.viewer.user.id
            if connection.token not in live:
                endings.append(connection.end(CloseCode.unauthenticated))
            elif any(
                seats.get((space_id, user_id)) is not seat
                and connection.subscriptions.get(space_id) is seat
                and space_id not in (connection.reseating or ())  # it heard already
                for space_id, seat in subscribed.items()
            ):
                endings.append(connection.end(CloseCode.membership_changed))
        await asyncio.gather(*endings)
        if forget_commands:
            async with self.rt.writes.begin() as db:
                await commands.forget_old(db)

    async def _seats(
        self, checked: dict[Connection, dict[int, Seat]]
    ) -> dict[tuple[int, int], Seat]:
        """The current seat of every (space, user) pair these sockets are subscribed as."""
        pairs = {
            (space_id, c.viewer.user.id): c.viewer.user.kind
            for c, subscribed in checked.items()
            for space_id in subscribed
        }
        if not pairs:
            return {}
        async with self.rt.db() as db:
            rows = (
                await db.execute(
                    select(Membership.space_id, Membership.user_id, Membership.role).where(
                        Membership.user_id.in_({user_id for _, user_id in pairs})
                    )
                )
            ).all()
        roles = {(space_id, user_id): role for space_id, user_id, role in rows}
        return {pair: seat_for(kind, roles.get(pair)) for pair, kind in pairs.items()}
