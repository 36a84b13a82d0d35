"""One benchmark WebSocket: subscribe to a space, send chat lines on a schedule, count frames.

Every frame is looked at, so reading is the load generator's hot path: the
frames it counts are recognised by their first bytes (the server encodes
``type`` first) and only errors are decoded in full. Frames that waited
together arrive as a JSON array with one frame per line, and are split there. A frame it does not
recognise is counted as ``other_frames``, so a changed frame layout shows up
as zero deliveries, never as a wrong latency.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from typing import Any

import websockets
from websockets.asyncio.client import ClientConnection

from bench.plan import SocketPlan
from bench.tally import Tally

EVENT_PREFIX = '{"type":"event",'
ACK_PREFIX = '{"type":"ack","ref":"'
ERROR_PREFIX = '{"type":"error",'
SEQ_MARK = '"seq":'
# Chat lines read "bench <send time> <socket number> <line number>", the numbers
# spelt with the letters a-j for the digits 0-9: a line of digits is not what
# pupils type, and the server's phone-number screening finds it costly.
TEXT_MARK = '"text":"bench '
TO_LETTERS = str.maketrans("0123456789", "abcdefghij")
TO_DIGITS = str.maketrans("abcdefghij", "0123456789")
SUBSCRIBE_REF = "subscribe"
# A busy server may take a while to answer a handshake or a subscribe; a
# minute means "it is down", not "it is slow".
OPEN_TIMEOUT = 60.0
CLOSE_TIMEOUT = 5.0


class SubscribeRefused(Exception):
    pass


def frames(message: str) -> list[str]:
    """The frames of one message: itself, or the lines of an array of frames."""
    if not message.startswith("["):
        return [message]
    return [line.removesuffix(",") for line in message[1:-1].split("\n")]


def ws_url(http_url: str) -> str:
    return http_url.replace("http", "ws", 1) + "/ws"


class BenchSocket:
    def __init__(self, plan: SocketPlan, connection: ClientConnection, tally: Tally) -> None:
        self.plan = plan
        self.connection = connection
        self.tally = tally
        self.pending: dict[str, int] = {}  # command id -> send time (ns)
        self.seq = 0
        self.reader: asyncio.Task[None] | None = None

    @classmethod
    async def open(
        cls, plan: SocketPlan, cookie: str | None, compression: bool, tally: Tally
    ) -> BenchSocket:
        """Connect, read the hello, subscribe, then start reading in the background."""
        connection = await websockets.connect(
            ws_url(plan.url),
            additional_headers={"Cookie": f"ts_session={cookie}"} if cookie else None,
            # Browsers offer permessage-deflate, so by default we do too.
            compression="deflate" if compression else None,
            # Browsers never ping; the server's own pings keep the socket honest.
            ping_interval=None,
            open_timeout=OPEN_TIMEOUT,
            close_timeout=CLOSE_TIMEOUT,
        )
        socket = cls(plan, connection, tally)
        if connection.protocol.extensions:  # the server accepted permessage-deflate
            tally.compressed += 1
        try:
            await asyncio.wait_for(socket._subscribe(), OPEN_TIMEOUT)
        except BaseException:
            await connection.close()
            raise
        socket.reader = asyncio.create_task(socket._read())
        return socket

    async def _subscribe(self) -> None:
        await self.connection.recv()  # the hello
        await self.connection.send(
            json.dumps({"type": "subscribe", "id": SUBSCRIBE_REF, "space_id": self.plan.space_id})
        )
        while True:
            for text in frames(str(await self.connection.recv())):
                frame: dict[str, Any] = json.loads(text)
                if frame.get("ref") != SUBSCRIBE_REF:
                    continue  # presence of those who joined before us
                if frame["type"] != "ack":
                    raise SubscribeRefused(frame.get("code", "unknown"))
                self.seq = int(frame["result"]["seq"])
                return

    async def _read(self) -> None:
        """Count frames until the server closes; a cancel (the end of the run) counts nothing."""
        try:
            async for message in self.connection:
                for text in frames(str(message)):
                    self.on_frame(text)
        except websockets.ConnectionClosed:
            pass
        code = self.connection.close_code
        self.tally.closes[str(code if code is not None else "abort")] += 1

    def on_frame(self, text: str) -> None:
        now = time.monotonic_ns()
        tally = self.tally
        tally.last_frame_ns = now
        if text.startswith(EVENT_PREFIX):
            mark = text.find(TEXT_MARK)
            if mark < 0:
                tally.other_frames += 1
                return
            start = mark + len(TEXT_MARK)
            tally.delivered(now, int(text[start : text.index(" ", start)].translate(TO_DIGITS)))
            at = text.index(SEQ_MARK) + len(SEQ_MARK)
            seq = int(text[at : text.index(",", at)])
            if seq <= self.seq:
                tally.duplicates += 1
                return
            tally.gaps += seq - self.seq - 1
            self.seq = seq
        elif text.startswith(ACK_PREFIX):
            start = len(ACK_PREFIX)
            sent_ns = self.pending.pop(text[start : text.index('"', start)], None)
            if sent_ns is not None:
                tally.acks += 1
                tally.ack_latency.record((now - sent_ns) / 1000)
        elif text.startswith(ERROR_PREFIX):
            frame = json.loads(text)
            self.pending.pop(frame.get("ref") or "", None)
            tally.errors[frame.get("code", "unknown")] += 1
        else:
            tally.other_frames += 1

    async def send_chat(self, rate: float, start_ns: int, end_ns: int) -> None:
        """Send at ``rate`` lines a second from ``start_ns`` until ``end_ns`` (open loop).

        Each line's send time is fixed in advance, so a slow answer never slows
        the sending; a random phase keeps the senders of a space from sending
        in lockstep.
        """
        interval_ns = int(1e9 / rate)
        due = start_ns + int(random.Random(self.plan.number).random() * interval_ns)
        number = 0
        while due < end_ns and not self.connection.close_code:
            wait = (due - time.monotonic_ns()) / 1e9
            if wait > 0:
                await asyncio.sleep(wait)
            now = time.monotonic_ns()
            self.tally.send_late_max_ms = max(self.tally.send_late_max_ms, (now - due) / 1e6)
            ref = f"m{number}"
            self.pending[ref] = now
            frame = {
                "type": "chat.send",
                "id": ref,
                "space_id": self.plan.space_id,
                "room": "general",
                "text": f"bench {now} {self.plan.number} {number}".translate(TO_LETTERS),
            }
            try:
                await self.connection.send(json.dumps(frame))
            except websockets.ConnectionClosed:
                self.pending.pop(ref, None)
                return
            self.tally.sent[self.plan.space_id] += 1
            number += 1
            due += interval_ns

    @property
    def open_now(self) -> bool:
        return self.reader is not None and not self.reader.done()

    async def close(self) -> None:
        if self.reader is not None:
            self.reader.cancel()  # the end of the run is not a close worth counting
        await self.connection.close()
