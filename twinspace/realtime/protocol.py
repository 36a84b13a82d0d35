"""The WebSocket protocol's frames, close codes, and the broker's envelope.

Every frame is a JSON object with a ``type``. Events are encoded once, when
written, and the same text goes to every socket allowed to see them.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from twinspace.moderation.policy import Seat
from twinspace.schemas import Id, Schema
from twinspace.storage.events import StoredEvent
from twinspace.storage.models import Audience

if TYPE_CHECKING:
    from twinspace.runtime import Runtime
    from twinspace.sessions import Viewer

# 2: frames that waited together come as one array.
PROTOCOL_VERSION = 2


class CloseCode(IntEnum):
    """The codes this server closes with (the server software adds 1012 on restart
    and 1009 for a frame above its transport limit)."""

    unauthenticated = 4001  # no (longer a) valid session: log in, then reconnect
    membership_changed = 4003  # a role changed or a membership ended: reconnect
    too_slow = 4008  # the socket fell too far behind: reconnect and resume


def encode(data: dict[str, Any]) -> str:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False, default=str)


# Frames waiting for one socket go out together, up to about this many
# characters in one WebSocket message (clients accept 1 MiB by default).
BATCH_CHARS = 256 * 1024


def batch(frames: list[str]) -> str:
    """Several frames as one WebSocket message: a JSON array, one frame per line.

    Encoded JSON never holds a raw line break, so a client may split the lines
    instead of parsing the array.
    """
    return "[" + ",\n".join(frames) + "]"


def event_frame(event: StoredEvent) -> str:
    """``{"type":"event",...,"data":<payload>}`` without decoding the stored payload."""
    return (
        f'{{"type":"event","space_id":{event.space_id},"seq":{event.seq},'
        f'"kind":"{event.kind}","data":{event.payload}}}'
    )


@dataclass(frozen=True)
class Envelope:
    """What travels on a space's broker channel: routing facts and a ready frame.

    Ephemeral signals (typing, presence) have ``seq`` 0 and are never stored.
    ``kind`` is the event's kind (or the signal's type): the hub reacts to a
    change of someone's seat in the space (``SEAT_CHANGED``) without reading
    the frame.
    """

    space_id: int
    seq: int
    kind: str
    audience: Audience
    audience_user_id: int | None
    frame: str
    audience_group: tuple[str, ...] | None = None

    @classmethod
    def of_event(cls, event: StoredEvent) -> Envelope:
        return cls(
            event.space_id,
            event.seq,
            event.kind,
            event.audience,
            event.audience_user_id,
            event_frame(event),
            event.audience_group,
        )

    def encode(self) -> str:
        group = ",".join(self.audience_group) if self.audience_group else "-"
        header = (
            f"{self.space_id} {self.seq} {self.kind} {self.audience.value} "
            f"{self.audience_user_id or 0} {group}"
        )
        return f"{header}\n{self.frame}"

    @classmethod
    def decode(cls, text: str) -> Envelope:
        header, frame = text.split("\n", 1)
        space_id, seq, kind, audience, user_id, group = header.split(" ")
        return cls(
            int(space_id),
            int(seq),
            kind,
            Audience(audience),
            int(user_id) or None,
            frame,
            None if group == "-" else tuple(group.split(",")),
        )


# A command's result may ask the socket to follow a group of the space's events
# (``{"space_id": 7, "follow": "page:12"}``: the updates of a page open in its
# editor) or to stop (``unfollow``); over HTTP these keys mean nothing.
FOLLOW, UNFOLLOW = "follow", "unfollow"

# The event a space writes when someone's role in it changes or their membership
# begins or ends (data: {"user_id", "role"}, role None when it ended). Every
# process's hub tells that user's sockets at once, which then leave or re-seat.
SEAT_CHANGED = "member.seat"


@dataclass(frozen=True)
class SessionsEnded:
    """Told to every process: the sockets of these sessions must close now (4001).

    Either one session (a logout: its token's keyed hash) or every session of a
    user (a suspension, a password reset)."""

    token_hash: str | None = None
    user_id: int | None = None

    def encode(self) -> str:
        return encode({"ended": {"token_hash": self.token_hash, "user_id": self.user_id}})

    @classmethod
    def decode(cls, text: str) -> SessionsEnded | None:
        """The message, or None for a broadcast of another kind."""
        ended = json.loads(text).get("ended")
        return None if ended is None else cls(ended["token_hash"], ended["user_id"])


CommandRun = Callable[["Runtime", "Viewer", Any, str | None], Awaitable[dict[str, Any]]]


@dataclass(frozen=True)
class Command:
    """A client command a feature offers: its payload schema and its service function.

    The service function gets (runtime, viewer, payload, command key) and returns
    the ack's result; the HTTP routes call the same function.
    """

    schema: type[BaseModel]
    run: CommandRun


class SignalIn(Schema):
    """Every signal is about one space the socket is subscribed to."""

    space_id: Id


@dataclass(frozen=True)
class Relay:
    """What a signal becomes: who hears it, what it says, and what it is about.

    ``about`` tells one signal from another of the same type (a chat room, a
    thread) for the per-socket throttle."""

    audience: Audience
    data: dict[str, Any]
    about: object = None
    keys: tuple[str, ...] | None = None  # for a group audience (``page:12``)


@dataclass(frozen=True)
class Signal:
    """An ephemeral frame a feature offers (typing, is writing): relayed, never stored.

    ``relay`` decides from the sender's seat whether it may be sent (raising
    ``forbidden`` if not) and what others hear; the gateway sends it at most
    once per ``every`` seconds per socket and ``Relay.about``.
    """

    schema: type[SignalIn]
    relay: Callable[[Viewer, Seat, Any], Relay]
    every: float
