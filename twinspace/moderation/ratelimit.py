"""Fixed-window counters for throttling (login attempts now, content later).

A window is cheap to keep and to explain to a teacher ("10 tries per 15
minutes"); its burst at a window edge is acceptable for the uses here.
"""

from __future__ import annotations

import time

from twinspace.config import Limit


class MemoryRateLimiter:
    """In-process counters; fine for one server process."""

    def __init__(self) -> None:
        self._windows: dict[str, tuple[int, int]] = {}

    def _window(self, limit: Limit) -> int:
        return int(time.time()) // limit.seconds

    async def exceeded(self, key: str, limit: Limit) -> int | None:
        """Seconds to wait if ``key`` has used up ``limit``, else None."""
        window = self._window(limit)
        start, count = self._windows.get(key, (window, 0))
        if start != window or count < limit.count:
            return None
        return (window + 1) * limit.seconds - int(time.time())

    async def hit(self, key: str, limit: Limit) -> None:
        window = self._window(limit)
        start, count = self._windows.get(key, (window, 0))
        self._windows[key] = (window, count + 1 if start == window else 1)
        if len(self._windows) > 100_000:
            self._forget_old(window)

    async def reset(self, key: str) -> None:
        self._windows.pop(key, None)

    def _forget_old(self, window: int) -> None:
        self._windows = {k: v for k, v in self._windows.items() if v[0] >= window}
