"""A latency histogram with logarithmic buckets: 1 % precision, mergeable between processes.

Keeping every sample of a busy run (millions of deliveries) and shipping it
from each load-generator process to the parent would cost more than the
measurement; bucket counts are a few hundred numbers whatever the run's size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

# Each bucket is 1 % wider than the one before: a percentile read from the
# buckets is within 1 % of the true value, which is finer than run-to-run noise.
GROWTH = 1.01
_LOG_GROWTH = math.log(GROWTH)


@dataclass
class Histogram:
    """Durations in microseconds."""

    buckets: dict[int, int] = field(default_factory=dict)
    count: int = 0
    max_us: float = 0.0

    def record(self, micros: float) -> None:
        # Anything under 1 µs shares the first bucket: no clock here is that fine.
        bucket = int(math.log(micros) / _LOG_GROWTH) if micros > 1 else 0
        self.buckets[bucket] = self.buckets.get(bucket, 0) + 1
        self.count += 1
        if micros > self.max_us:
            self.max_us = micros

    def merge(self, other: Histogram) -> None:
        for bucket, count in other.buckets.items():
            self.buckets[bucket] = self.buckets.get(bucket, 0) + count
        self.count += other.count
        self.max_us = max(self.max_us, other.max_us)

    def percentile_ms(self, fraction: float) -> float | None:
        """The value below which ``fraction`` of the samples lie, in milliseconds."""
        if not self.count:
            return None
        rank = fraction * self.count
        seen = 0
        for bucket in sorted(self.buckets):
            seen += self.buckets[bucket]
            if seen >= rank:
                # The bucket's geometric middle, never above the largest sample.
                return min(GROWTH ** (bucket + 0.5), self.max_us) / 1000
        return self.max_us / 1000

    def summary(self) -> dict[str, float | None]:
        return {
            "p50_ms": _round(self.percentile_ms(0.50)),
            "p90_ms": _round(self.percentile_ms(0.90)),
            "p99_ms": _round(self.percentile_ms(0.99)),
            "max_ms": _round(self.max_us / 1000 if self.count else None),
        }

    def to_json(self) -> dict[str, Any]:
        return {"buckets": self.buckets, "count": self.count, "max_us": self.max_us}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Histogram:
        buckets = {int(b): int(c) for b, c in data["buckets"].items()}
        return cls(buckets, int(data["count"]), float(data["max_us"]))


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)
