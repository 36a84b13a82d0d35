"""The in-process broker: a publish reaches this process's subscribers at once."""

from __future__ import annotations

from twinspace.realtime.broker import OnBroadcast, OnMessage, OnReconnected
from twinspace.realtime.protocol import Envelope


class MemoryBroker:
    def __init__(self) -> None:
        self._subscribed: set[int] = set()
        self._on_message: OnMessage = lambda _message: None
        self._on_broadcast: OnBroadcast = lambda _message: None

    def attach(self, on_message: OnMessage, on_reconnected: OnReconnected) -> None:
        self._on_message = on_message

    async def start(self) -> None:
        pass

    async def close(self) -> None:
        self._subscribed.clear()

    async def subscribe(self, space_id: int) -> None:
        self._subscribed.add(space_id)

    async def unsubscribe(self, space_id: int) -> None:
        self._subscribed.discard(space_id)

    async def publish(self, envelope: Envelope) -> bool:
        if envelope.space_id in self._subscribed:
            self._on_message(envelope)
        return True

    def on_broadcast(self, handler: OnBroadcast) -> None:
        self._on_broadcast = handler

    async def broadcast(self, message: str) -> bool:
        self._on_broadcast(message)
        return True
