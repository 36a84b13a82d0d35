"""A small test client for the WebSocket protocol: commands, acks, collected frames."""

from __future__ import annotations

import asyncio
import itertools
import json
import uuid
from collections.abc import Callable
from typing import Any

import websockets
from websockets.asyncio.client import ClientConnection

Frame = dict[str, Any]


class WsClient:
    def __init__(self, connection: ClientConnection) -> None:
        self.connection = connection
        self.frames: list[Frame] = []
        # Command ids are the user's own across sockets: unique per client.
        self._prefix = uuid.uuid4().hex[:8]
        self._ids = itertools.count(1)
        self._new = asyncio.Condition()
        self.closed_with: int | None = None
        self._reader = asyncio.create_task(self._read())

    @classmethod
    async def connect(
        cls, base_url: str, session_token: str | None, origin: str | None = None, **options: Any
    ) -> WsClient:
        url = base_url.replace("http", "ws", 1) + "/ws"
        headers = {"Cookie": f"ts_session={session_token}"} if session_token else {}
        if origin is not None:
            headers["Origin"] = origin
        connection = await websockets.connect(url, additional_headers=headers, **options)
        return cls(connection)

    async def _read(self) -> None:
        try:
            async for message in self.connection:
                data = json.loads(message)
                async with self._new:
                    # Frames that waited together arrive as one array.
                    self.frames.extend(data if isinstance(data, list) else [data])
                    self._new.notify_all()
        except websockets.ConnectionClosed:
            pass
        finally:
            self.closed_with = (
                self.connection.close_code if self.connection.close_code is not None else -1
            )
            async with self._new:
                self._new.notify_all()

    async def wait(
        self, predicate: Callable[[Frame], bool], timeout: float = 10, after: int = 0
    ) -> Frame:
        """The first frame (from index ``after`` on) that ``predicate`` accepts."""

        async def found() -> Frame:
            async with self._new:
                while True:
                    for frame in self.frames[after:]:
                        if predicate(frame):
                            return frame
                    if self.closed_with is not None:
                        raise AssertionError(f"socket closed ({self.closed_with}) while waiting")
                    await self._new.wait()

        return await asyncio.wait_for(found(), timeout)

    async def send_raw(self, data: str | bytes) -> None:
        await self.connection.send(data)

    async def command(
        self, type_: str, timeout: float = 10, id_: str | None = None, **fields: Any
    ) -> Frame:
        """Send a command; return its ack or error frame."""
        ref = id_ or f"{self._prefix}-{next(self._ids)}"
        seen = len(self.frames)
        await self.connection.send(json.dumps({"type": type_, "id": ref, **fields}))
        return await self.wait(
            lambda f: f.get("ref") == ref and f["type"] in ("ack", "error"), timeout, seen
        )

    async def ok(self, type_: str, **fields: Any) -> Any:
        frame = await self.command(type_, **fields)
        assert frame["type"] == "ack", frame
        return frame["result"]

    def events(self, kind: str | None = None) -> list[Frame]:
        return [f for f in self.frames if f["type"] == "event" and kind in (None, f["kind"])]

    def chat_texts(self) -> list[str]:
        return [f["data"]["text"] for f in self.events("chat.message")]

    def last_seq(self, space_id: int) -> int:
        return max((f["seq"] for f in self.events() if f["space_id"] == space_id), default=0)

    async def wait_events(self, kind: str, count: int, timeout: float = 10) -> list[Frame]:
        await self.wait(lambda _f: len(self.events(kind)) >= count, timeout)
        return self.events(kind)

    async def close(self) -> None:
        await self.connection.close()
        self._reader.cancel()
