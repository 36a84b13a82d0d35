"""What one load-generator process counted, in a form the parent can merge.

Each flow (chat lines, forum posts) is counted apart, so the latency of chat
lines is never mixed with that of the posts written beside them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from bench.histogram import Histogram
from bench.traffic import CHAT, PAGE, POST

_COUNTERS = {"sent", "errors"}
_HISTOGRAMS = {"latency", "ack_latency"}


@dataclass
class Flow:
    """What one kind of text sent came to."""

    sent: Counter[int] = field(default_factory=Counter)  # texts sent per space id
    acks: int = 0
    errors: Counter[str] = field(default_factory=Counter)  # error answers by code
    received: int = 0  # events that carried one of our markers
    latency: Histogram = field(default_factory=Histogram)  # send -> delivery
    ack_latency: Histogram = field(default_factory=Histogram)  # send -> ack
    first_delivery_ns: int | None = None
    last_delivery_ns: int | None = None

    def delivered(self, now_ns: int, sent_ns: int) -> None:
        """One text reached one socket (for a page: one key, see bench.pages)."""
        self.received += 1
        self.latency.record((now_ns - sent_ns) / 1000)
        if self.first_delivery_ns is None:
            self.first_delivery_ns = now_ns
        self.last_delivery_ns = now_ns

    def acked(self, now_ns: int, sent_ns: int) -> None:
        self.acks += 1
        self.ack_latency.record((now_ns - sent_ns) / 1000)

    def merge(self, other: Flow) -> None:
        self.sent.update(other.sent)
        self.errors.update(other.errors)
        self.acks += other.acks
        self.received += other.received
        self.latency.merge(other.latency)
        self.ack_latency.merge(other.ack_latency)
        self.first_delivery_ns = _min(self.first_delivery_ns, other.first_delivery_ns)
        self.last_delivery_ns = _max(self.last_delivery_ns, other.last_delivery_ns)

    @property
    def active(self) -> bool:
        return bool(self.sent or self.received)

    def to_json(self) -> dict[str, Any]:
        data = dict(vars(self))
        for name in _HISTOGRAMS:
            data[name] = getattr(self, name).to_json()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Flow:
        plain = {k: v for k, v in data.items() if k not in _COUNTERS | _HISTOGRAMS}
        flow = cls(**plain)
        flow.sent = Counter({int(k): v for k, v in data["sent"].items()})
        flow.errors = Counter(data["errors"])
        flow.latency = Histogram.from_json(data["latency"])
        flow.ack_latency = Histogram.from_json(data["ack_latency"])
        return flow


@dataclass
class Tally:
    subscribed: Counter[int] = field(default_factory=Counter)  # sockets per space id
    connect_failures: Counter[str] = field(default_factory=Counter)
    compressed: int = 0  # sockets on which the server accepted permessage-deflate
    flows: dict[str, Flow] = field(
        default_factory=lambda: {CHAT: Flow(), POST: Flow(), PAGE: Flow()}
    )
    page_updates: int = 0  # page.update commands the server accepted (each of one key or more)
    # Error answers that name no command we are waiting for (a frame too large has no ref).
    stray_errors: Counter[str] = field(default_factory=Counter)
    duplicates: int = 0  # an event whose seq this socket had already seen
    gaps: int = 0  # seqs a socket never saw between two it did
    other_frames: int = 0  # hello, presence, typing, anything unrecognised
    closes: Counter[str] = field(default_factory=Counter)  # close codes seen before the end
    send_late_max_ms: float = 0.0  # how far behind schedule the worst send went out
    last_frame_ns: int = 0  # any frame: tells when the connection storm has settled
    held: int = 0  # sockets still open when the measured window ended
    cpu_window_s: float = 0.0  # this process's CPU during the measured window
    cpu_total_s: float = 0.0

    def merge(self, other: Tally) -> None:
        for name in ("subscribed", "connect_failures", "stray_errors", "closes"):
            getattr(self, name).update(getattr(other, name))
        for name in (
            "compressed",
            "page_updates",
            "duplicates",
            "gaps",
            "other_frames",
            "held",
            "cpu_window_s",
            "cpu_total_s",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name, flow in other.flows.items():
            self.flows.setdefault(name, Flow()).merge(flow)
        self.send_late_max_ms = max(self.send_late_max_ms, other.send_late_max_ms)

    def to_json(self) -> dict[str, Any]:
        data = dict(vars(self))
        data["flows"] = {name: flow.to_json() for name, flow in self.flows.items()}
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Tally:
        tally = cls(**{k: v for k, v in data.items() if k not in _SPECIAL})
        tally.subscribed = Counter({int(k): v for k, v in data["subscribed"].items()})
        for name in ("connect_failures", "stray_errors", "closes"):
            setattr(tally, name, Counter(data[name]))
        tally.flows = {name: Flow.from_json(flow) for name, flow in data["flows"].items()}
        return tally


_SPECIAL = {"subscribed", "connect_failures", "stray_errors", "closes", "flows"}


def _min(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)
