"""One benchmark WebSocket: subscribe to a space, send chat lines or posts on a schedule,
or type into the space's shared page, count frames.

Every frame is looked at, so reading is the load generator's hot path
(``bench.frames`` reads them). Frames that waited together arrive as a JSON
array with one frame per line, and are split there. A frame it does not
recognise is counted as ``other_frames``, so a changed frame layout shows up
as zero deliveries, never as a wrong latency.
"""

from __future__ import annotations

import asyncio
import base64
import json
import random
import time
from typing import Any

import websockets
from websockets.asyncio.client import ClientConnection

from bench import frames
from bench.marker import marker
from bench.pages import Receipts, Typist
from bench.plan import SocketPlan
from bench.tally import Flow, Tally
from bench.traffic import PAGE, Composer

SUBSCRIBE_REF = "subscribe"
OPEN_REF = "open"
# A busy server may take a while to answer a handshake or a subscribe; a
# minute means "it is down", not "it is slow".
OPEN_TIMEOUT = 60.0
CLOSE_TIMEOUT = 5.0


class SubscribeRefused(Exception):
    pass


class PageRefused(Exception):
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
        self.user_id = 0  # as the server's hello says
        # A typist's page: its document and keys, the update on its way, and
        # when each author's updates reached this socket.
        self.typist = Typist(plan.number) if plan.types else None
        self.updates = 0
        self.update_ref = ""
        self.next_update: asyncio.Task[None] | None = None
        self.opening: asyncio.Future[dict[str, Any]] | None = None
        self.receipts = Receipts()

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
        hello = json.loads(await self.connection.recv())
        self.user_id = int(hello["user"]["id"])
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
            page = frames.page_update(text)
            if page is not None:
                self._page_update(now, page)
                return
            delivery = frames.delivery(text)
            if delivery is None:
                tally.other_frames += 1
                return
            tally.flows[delivery.flow].delivered(now, delivery.stamp.sent_ns)
            self._in_order(delivery.seq)
        elif text.startswith(frames.ACK_PREFIX):
            ref = frames.ack_ref(text)
            if ref == OPEN_REF and self.opening is not None:
                self.opening.set_result(json.loads(text)["result"])
                return
            waiting = self.pending.pop(ref, None)
            if waiting is not None and ref == self.update_ref:
                self._update_answered(now, accepted=True)
            elif waiting is not None:
                flow, sent_ns = waiting
                flow.acked(now, sent_ns)
        elif text.startswith(frames.ERROR_PREFIX):
            frame = json.loads(text)
            ref = frame.get("ref") or ""
            if ref == OPEN_REF and self.opening is not None:
                self.opening.set_exception(PageRefused(frame.get("code", "unknown")))
                return
            waiting = self.pending.pop(ref, None)
            if waiting is not None and ref == self.update_ref:
                self._update_answered(now, accepted=False)
            errors = waiting[0].errors if waiting is not None else tally.stray_errors
            errors[frame.get("code", "unknown")] += 1
        else:
            tally.other_frames += 1

    def _in_order(self, seq: int) -> bool:
        """Counts a duplicate or the gap before ``seq``; False for a duplicate."""
        if seq <= self.seq:
            self.tally.duplicates += 1
            return False
        self.tally.gaps += seq - self.seq - 1
        self.seq = seq
        return True

    def _page_update(self, now: int, page: frames.PageUpdate) -> None:
        """An update of the page, applied as a browser does; when it came is noted."""
        if not self._in_order(page.seq) or self.typist is None:
            return
        self.receipts.arrived(page.author, now)
        self.typist.apply(page.update)

    async def open_page(self) -> None:
        """A typist opens its space's page, as the editor does, and takes what it holds."""
        assert self.typist is not None
        self.opening = asyncio.get_running_loop().create_future()
        command = {
            "type": "page.open",
            "id": OPEN_REF,
            "space_id": self.plan.space_id,
            "page_id": self.plan.page_id,
            "state_vector": "",
        }
        await self.connection.send(json.dumps(command))
        answer = await asyncio.wait_for(self.opening, OPEN_TIMEOUT)
        self.typist.open(base64.b64decode(answer["update"]))

    async def send(self, start_ns: int, end_ns: int) -> None:
        """Send the plan's traffic from ``start_ns`` until ``end_ns`` (open loop).

        Each text's send time is fixed in advance, so a slow answer never slows
        the sending; a random phase keeps the senders of a space from sending
        in lockstep. A text is made before its time comes and stamped when it
        goes, so making a long post never counts as its latency.
        """
        traffic = self.plan.traffic
        assert traffic is not None
        if self.typist is not None:
            await self._type(start_ns, end_ns)
            return
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

    async def _type(self, start_ns: int, end_ns: int) -> None:
        """Type keys at the plan's rate (open loop, as ``send``), sending them as they go."""
        assert self.typist is not None and self.plan.traffic is not None
        flow = self.tally.flows[PAGE]
        interval_ns = int(1e9 / self.plan.traffic.rate)
        due = start_ns + int(random.Random(self.plan.number).random() * interval_ns)
        while due < end_ns and not self.connection.close_code:
            wait = (due - time.monotonic_ns()) / 1e9
            if wait > 0:
                await asyncio.sleep(wait)
            now = time.monotonic_ns()
            self.tally.send_late_max_ms = max(self.tally.send_late_max_ms, (now - due) / 1e6)
            self.typist.type_key(now)
            flow.sent[self.plan.space_id] += 1
            await self._send_update()
            due += interval_ns

    async def _send_update(self) -> None:
        """Send what was typed, unless an update is on its way (then it goes after)."""
        assert self.typist is not None
        update = self.typist.next_update()
        if update is None:
            return
        self.updates += 1
        ref = self.update_ref = f"u{self.updates}"
        self.pending[ref] = (self.tally.flows[PAGE], time.monotonic_ns())
        command = {"type": "page.update", "id": ref, "page_id": self.plan.page_id, "update": update}
        try:
            await self.connection.send(json.dumps(command))
        except websockets.ConnectionClosed:
            self.pending.pop(ref, None)

    def _update_answered(self, now: int, accepted: bool) -> None:
        """The update on its way was answered: its keys are saved (or not); the keys
        typed meanwhile go next."""
        assert self.typist is not None
        keys = self.typist.answered(accepted)
        if accepted:
            self.tally.page_updates += 1
            flow = self.tally.flows[PAGE]
            for typed_ns in keys:
                flow.acked(now, typed_ns)
        self.next_update = asyncio.get_running_loop().create_task(self._send_update())

    @property
    def open_now(self) -> bool:
        return self.reader is not None and not self.reader.done()

    async def close(self) -> None:
        if self.reader is not None:
            self.reader.cancel()  # the end of the run is not a close worth counting
        await self.connection.close()
