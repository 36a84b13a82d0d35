"""Questions asked together, answered by one query.

After a restart every classroom reconnects at once: hundreds of sockets a
second each ask who their cookie belongs to and what their seat is in a space.
One query per socket costs a session, a hand-over to the database's thread and
a round trip each; asked together, a few dozen sockets cost one of each. A
``Batch`` collects the keys asked while the loop is busy and while its previous
query runs, and answers them all with the next query. Nothing is kept once
answered: every answer is as fresh as a query of its own would be.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

# Keys one query takes at most: SQLite's and asyncpg's bound parameters stay far
# below their limits, and a query never grows past what a socket would wait for.
MOST_KEYS = 500


class Batch(Generic[K, V]):
    """``await batch.get(key)``: the value ``load`` finds for ``key``, loaded with
    every other key asked meanwhile. ``load`` answers each key it was given (a
    key it leaves out gets ``missing``); if it raises, every key of that query
    gets the exception."""

    def __init__(self, load: Callable[[set[K]], Awaitable[dict[K, V]]], missing: V) -> None:
        self._load = load
        self._missing = missing
        # Each caller waits on a future of its own: one that leaves cancels no other.
        self._waiting: dict[K, list[asyncio.Future[V]]] = {}
        self._running: asyncio.Task[None] | None = None

    async def get(self, key: K) -> V:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[V] = loop.create_future()
        self._waiting.setdefault(key, []).append(future)
        if self._running is None:
            self._running = loop.create_task(self._run())
        return await future

    async def _run(self) -> None:
        try:
            # Let the callers already woken this turn of the loop ask first.
            await asyncio.sleep(0)
            while self._waiting:
                keys = list(self._waiting)[:MOST_KEYS]
                asked = {key: self._waiting.pop(key) for key in keys}
                try:
                    found = await self._load(set(asked))
                except Exception as error:
                    for futures in asked.values():
                        for future in futures:
                            if not future.done():
                                future.set_exception(error)
                    continue
                for key, futures in asked.items():
                    value = found.get(key, self._missing)
                    for future in futures:
                        if not future.done():
                            future.set_result(value)
        finally:
            self._running = None
