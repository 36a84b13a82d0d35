"""The floor under the TwinSpace figures: a plain ``websockets`` room-broadcast server.

No login, no database, no moderation, no presence: it speaks just enough of the
TwinSpace protocol for the load generator's own code path (``hello``,
``subscribe``, ``chat.send``, ``forum.reply``, acks, and the same ``event``
frame shapes), encodes each message once and hands it to ``broadcast()``. What
it costs per delivery and per connection is what the transport alone costs;
the server's figures divided by these are what everything else costs.

It has no forums: a reply goes to the room whose space id is its
``thread_id`` (the load generator gives each space a thread of the same id
here), as a ``forum.post`` event of the server's shape, so its fan-out moves
the same bytes. Nor has it pages: opening one gives an empty document, and an
update goes as it came to the room whose space id is its ``page_id``, as a
``page.update`` event (to every socket of the space; there, all type).

    python -m bench.baseline_server --port 8765
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import itertools
import json
import signal
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from websockets.asyncio.server import ServerConnection, broadcast, serve

# The server's transport limit (uvicorn's, set by ``twinspace serve``), so the
# same frames pass: a 20,000-character post is 30-60 KB.
MAX_FRAME_BYTES = 1024 * 1024


# What an event carries of a content written: (space id, content id, author, command) -> view.
View = Callable[[int, int, dict[str, Any], dict[str, Any]], dict[str, Any]]


def encode(data: dict[str, Any]) -> str:
    """As the server encodes: compact, UTF-8 as is, ``type`` first."""
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


@dataclass
class Room:
    sockets: set[ServerConnection] = field(default_factory=set)
    seq: int = 0


class Baseline:
    def __init__(self) -> None:
        self.rooms: dict[int, Room] = {}
        self.user_ids = itertools.count(1)
        self.content_ids = itertools.count(1)
        self.views: dict[str, View] = {
            "chat.message": chat_view,
            "forum.post": post_view,
            "page.update": page_view,
        }

    async def handle(self, socket: ServerConnection) -> None:
        user = {"id": next(self.user_ids), "display_name": "Pupil"}
        joined: list[Room] = []
        await socket.send(encode({"type": "hello", "protocol": 1, "user": user}))
        try:
            async for text in socket:
                frame = json.loads(text)
                ref = frame.get("id")
                answer = self.answer(socket, user, joined, frame)
                await socket.send(
                    encode({"type": "ack", "ref": ref, "result": answer})
                    if answer is not None
                    else encode({"type": "error", "code": "invalid", "ref": ref})
                )
        finally:
            for room in joined:
                room.sockets.discard(socket)

    def answer(
        self,
        socket: ServerConnection,
        user: dict[str, Any],
        joined: list[Room],
        frame: dict[str, Any],
    ) -> dict[str, Any] | None:
        kind = frame.get("type")
        if kind == "subscribe":
            space_id = frame.get("space_id")
            if not isinstance(space_id, int):
                return None
            room = self.rooms.setdefault(space_id, Room())
            room.sockets.add(socket)
            joined.append(room)
            return {"space_id": space_id, "seq": room.seq, "resync": False, "role": "pupil"}
        if kind == "chat.send":
            return self.publish(socket, frame.get("space_id"), "chat.message", user, frame)
        if kind == "forum.reply":
            return self.publish(socket, frame.get("thread_id"), "forum.post", user, frame)
        if kind == "page.open":
            return {
                "space_id": frame.get("space_id"),
                "page_id": frame.get("page_id"),
                "update": EMPTY_UPDATE,
                "state_vector": EMPTY_STATE,
            }
        if kind == "page.update":
            return self.publish(socket, frame.get("page_id"), "page.update", user, frame)
        return None

    def publish(
        self,
        socket: ServerConnection,
        space_id: object,
        kind: str,
        user: dict[str, Any],
        frame: dict[str, Any],
    ) -> dict[str, Any] | None:
        """Send the view of what ``frame`` wrote to the room of ``space_id``; ack with it."""
        if not isinstance(space_id, int):
            return None
        room = self.rooms.get(space_id)
        if room is None or socket not in room.sockets:
            return None
        room.seq += 1
        view = self.views[kind](space_id, next(self.content_ids), user, frame)
        event = {"type": "event", "space_id": space_id, "seq": room.seq, "kind": kind, "data": view}
        broadcast(room.sockets, encode(event))
        return view


# A Yjs document with nothing in it: its update, and its state vector (base64).
EMPTY_UPDATE, EMPTY_STATE = "AAA=", "AA=="


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat()


def chat_view(
    space_id: int, content_id: int, user: dict[str, Any], frame: dict[str, Any]
) -> dict[str, Any]:
    """A chat message as the server shows it."""
    return {
        "id": content_id,
        "space_id": space_id,
        "room": "general",
        "author": user,
        "text": str(frame.get("text", "")),
        "created_at": _now(),
        "edited_at": None,
    }


def post_view(
    space_id: int, content_id: int, user: dict[str, Any], frame: dict[str, Any]
) -> dict[str, Any]:
    """A forum reply as the server shows it (the body as sent: nothing to clean here)."""
    return {
        "id": content_id,
        "space_id": space_id,
        "thread_id": space_id,
        "opening": False,
        "author": user,
        "body": str(frame.get("body", "")),
        "quote": None,
        "status": "visible",
        "created_at": _now(),
        "edited_at": None,
        "reactions": {},
    }


def page_view(
    space_id: int, content_id: int, user: dict[str, Any], frame: dict[str, Any]
) -> dict[str, Any]:
    """A page's update as the server relays it (the update as sent: nothing stamped)."""
    update = str(frame.get("update", ""))
    return {"page_id": space_id, "update": update, "size": len(update), "user_id": user["id"]}


async def serve_forever(port: int, deflate: bool) -> None:
    baseline = Baseline()
    stop = asyncio.get_running_loop().create_future()
    for signum in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(signum, stop.set_result, None)
    # As the server runs uvicorn: permessage-deflate off (the server turned it
    # off so one encoding serves every socket; --deflate for measuring older
    # versions) and a ping every 20 s, so both pay the same transport costs.
    async with serve(
        baseline.handle,
        "127.0.0.1",
        port,
        compression="deflate" if deflate else None,
        max_size=MAX_FRAME_BYTES,
        ping_interval=20,
        ping_timeout=20,
    ):
        await stop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--deflate", action="store_true", help="accept permessage-deflate")
    args = parser.parse_args()
    try:
        import uvloop
    except ImportError:
        asyncio.run(serve_forever(args.port, args.deflate))
    else:
        # uvicorn runs the server on uvloop when it is installed; so does the floor.
        uvloop.run(serve_forever(args.port, args.deflate))


if __name__ == "__main__":
    main()
