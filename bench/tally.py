"""What one load-generator process counted, in a form the parent can merge."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from bench.histogram import Histogram


@dataclass
class Tally:
    subscribed: Counter[int] = field(default_factory=Counter)  # sockets per space id
    connect_failures: Counter[str] = field(default_factory=Counter)
    compressed: int = 0  # sockets on which the server accepted permessage-deflate
    sent: Counter[int] = field(default_factory=Counter)  # chat.send frames per space id
    acks: int = 0
    errors: Counter[str] = field(default_factory=Counter)  # error frames by code
    received: int = 0  # chat.message events that carried one of our send times
    duplicates: int = 0  # an event whose seq this socket had already seen
    gaps: int = 0  # seqs a socket never saw between two it did
    other_frames: int = 0  # hello, presence, typing, anything unrecognised
    closes: Counter[str] = field(default_factory=Counter)  # close codes seen before the end
    latency: Histogram = field(default_factory=Histogram)  # send -> delivery
    ack_latency: Histogram = field(default_factory=Histogram)  # send -> ack
    send_late_max_ms: float = 0.0  # how far behind schedule the worst send went out
    first_delivery_ns: int | None = None
    last_delivery_ns: int | None = None
    last_frame_ns: int = 0  # any frame: tells when the connection storm has settled
    held: int = 0  # sockets still open when the measured window ended
    cpu_window_s: float = 0.0  # this process's CPU during the measured window
    cpu_total_s: float = 0.0

    def delivered(self, now_ns: int, sent_ns: int) -> None:
        self.received += 1
        self.latency.record((now_ns - sent_ns) / 1000)
        if self.first_delivery_ns is None:
            self.first_delivery_ns = now_ns
        self.last_delivery_ns = now_ns

    def merge(self, other: Tally) -> None:
        for name in ("subscribed", "connect_failures", "sent", "errors", "closes"):
            getattr(self, name).update(getattr(other, name))
        for name in (
            "compressed",
            "acks",
            "received",
            "duplicates",
            "gaps",
            "other_frames",
            "held",
            "cpu_window_s",
            "cpu_total_s",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.latency.merge(other.latency)
        self.ack_latency.merge(other.ack_latency)
        self.send_late_max_ms = max(self.send_late_max_ms, other.send_late_max_ms)
        self.first_delivery_ns = _min(self.first_delivery_ns, other.first_delivery_ns)
        self.last_delivery_ns = _max(self.last_delivery_ns, other.last_delivery_ns)

    def to_json(self) -> dict[str, Any]:
        data = {name: value for name, value in vars(self).items()}
        data["latency"] = self.latency.to_json()
        data["ack_latency"] = self.ack_latency.to_json()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Tally:
        tally = cls(**{k: v for k, v in data.items() if k not in _SPECIAL})
        for name in ("subscribed", "sent"):
            setattr(tally, name, Counter({int(k): v for k, v in data[name].items()}))
        for name in ("connect_failures", "errors", "closes"):
            setattr(tally, name, Counter(data[name]))
        tally.latency = Histogram.from_json(data["latency"])
        tally.ack_latency = Histogram.from_json(data["ack_latency"])
        return tally


_SPECIAL = {"latency", "ack_latency"}


def _min(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)
