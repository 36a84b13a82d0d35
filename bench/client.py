"""One benchmark WebSocket: subscribe to a space, send chat lines or posts on a schedule,
count frames.

Every frame is looked at, so reading is the load generator's hot path
(``bench.frames`` reads them). Frames that waited together arrive as a JSON
array with one frame per line, and are split there. A frame it does not
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

from bench import frames
from bench.marker import marker
from bench.plan import SocketPlan
from bench.tally import Flow, Tally
from bench.traffic import Composer

SUBSCRIBE_REF = "subscribe"
# A busy server may take a while to answer a handshake or a subscribe; a
# minute means "it is down", not "it is slow".
OPEN_TIMEOUT = 60.0
CLOSE_TIMEOUT = 5.0


class SubscribeRefused(Exception):
    pass


def ws_url(http_url: str) -> str:
    return http_url.replace("http", "ws", 1) + "/ws"


class BenchSocket:
    def __init__(self, plan: SocketPlan, connection: ClientConnection, tally: Tally) -> None:
        self.plan = plan
        self.connection = connection
        self.tally = tally
        self.pending: dict[str, tuple[Flow, int]] = {}  # command id -> its flow, send time (ns)
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
            for text in frames.split(str(await self.connection.recv())):
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
                for text in frames.split(str(message)):
                    self.on_frame(text)
        except websockets.ConnectionClosed:
            pass
        code = self.connection.close_code
        self.tally.closes[str(code if code is not None else "abort")] += 1

    def on_frame(self, text: str) -> None:
        now = time.monotonic_ns()
        tally = self.tally
        tally.last_frame_ns = now
        if text.startswith(frames.EVENT_PREFIX):
            delivery = frames.delivery(text)
            if delivery is None:
                tally.other_frames += 1
                return
            tally.flows[delivery.flow].delivered(now, delivery.stamp.sent_ns)
            if delivery.seq <= self.seq:
                tally.duplicates += 1
                return
            tally.gaps += delivery.seq - self.seq - 1
            self.seq = delivery.seq
        elif text.startswith(frames.ACK_PREFIX):
            waiting = self.pending.pop(frames.ack_ref(text), None)
            if waiting is not None:
                flow, sent_ns = waiting
                flow.acked(now, sent_ns)
        elif text.startswith(frames.ERROR_PREFIX):
            frame = json.loads(text)
            waiting = self.pending.pop(frame.get("ref") or "", None)
            errors = waiting[0].errors if waiting is not None else tally.stray_errors
            errors[frame.get("code", "unknown")] += 1
        else:
            tally.other_frames += 1

    async def send(self, start_ns: int, end_ns: int) -> None:
        """Send the plan's traffic from ``start_ns`` until ``end_ns`` (open loop).

        Each text's send time is fixed in advance, so a slow answer never slows
        the sending; a random phase keeps the senders of a space from sending
        in lockstep. A text is made before its time comes and stamped when it
        goes, so making a long post never counts as its latency.
        """
        traffic = self.plan.traffic
        assert traffic is not None
        composer = Composer(
            traffic.content, self.plan.number, self.plan.space_id, self.plan.thread_id
        )
        flow = self.tally.flows[traffic.content.flow]
        prefix = traffic.content.flow[0]  # a ref names its flow: "c12", "p3"
        interval_ns = int(1e9 / traffic.rate)
        due = start_ns + int(random.Random(self.plan.number).random() * interval_ns)
        number = 0
        while due < end_ns and not self.connection.close_code:
            unsent = composer.text()
            wait = (due - time.monotonic_ns()) / 1e9
            if wait > 0:
                await asyncio.sleep(wait)
            now = time.monotonic_ns()
            self.tally.send_late_max_ms = max(self.tally.send_late_max_ms, (now - due) / 1e6)
            ref = f"{prefix}{number}"
            frame = composer.frame(ref, unsent.stamped(marker(now, self.plan.number, number)))
            self.pending[ref] = (flow, now)
            try:
                await self.connection.send(frame)
            except websockets.ConnectionClosed:
                self.pending.pop(ref, None)
                return
            flow.sent[self.plan.space_id] += 1
            number += 1
            due += interval_ns

    @property
    def open_now(self) -> bool:
        return self.reader is not None and not self.reader.done()

    async def close(self) -> None:
        if self.reader is not None:
            self.reader.cancel()  # the end of the run is not a close worth counting
        await self.connection.close()
