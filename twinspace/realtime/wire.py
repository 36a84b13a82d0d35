"""A text frame written straight to a socket's transport, its bytes made once per event.

Sent through ASGI, every socket pays for the same event again: a task wake-up,
Starlette's and uvicorn's ``send``, encoding the text to UTF-8 and framing it.
A server's frames are not masked, so one event's frame is the same bytes for
every socket: the hub's fan-out makes them once, and each socket whose writer
is idle has them written to its transport at once.

This reaches past ASGI into the protocol uvicorn runs for a socket (its
websockets sans-I/O implementation, which ``twinspace serve`` asks for), and
only while that socket is plainly open and writable: otherwise, under any
other server, or for a frame that must wait, the frame takes the ASGI road.
"""

from __future__ import annotations

from functools import lru_cache

from starlette.types import Send
from websockets.frames import Frame, Opcode
from websockets.protocol import State

try:
    from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol
except ImportError:  # another ASGI server: every frame goes through ASGI
    WebSocketsSansIOProtocol = None  # type: ignore[assignment,misc]

# What the direct writer reads of uvicorn's protocol, which is not its public API:
# a version without one of these gets no direct writer.
_PROTOCOL_ATTRIBUTES = ("conn", "transport", "writable", "close_sent", "disconnected")


@lru_cache(maxsize=2)
def text_frame(text: str) -> bytes:
    """``text`` as one unmasked WebSocket text frame, as the websockets library frames it.

    The fan-out hands every socket the same string, so the cache makes its bytes
    once per event (a string's hash is computed once and kept by the string)."""
    return Frame(Opcode.TEXT, text.encode()).serialize(mask=False)


class DirectWriter:
    """Writes ready frames to the transport of one socket uvicorn serves."""

    def __init__(self, protocol: WebSocketsSansIOProtocol) -> None:
        self._protocol = protocol

    def write(self, text: str) -> bool:
        """Write ``text`` as a frame now, if the socket is open and its transport
        is not holding back (a full buffer); False, having written nothing, if not."""
        protocol = self._protocol
        if (
            protocol.close_sent
            or protocol.disconnected
            or protocol.conn.state is not State.OPEN
            or not protocol.writable.is_set()
            or protocol.transport.is_closing()
        ):
            return False
        protocol.transport.write(text_frame(text))
        return True


def direct_writer(send: Send) -> DirectWriter | None:
    """A direct writer for the socket whose ASGI ``send`` this is, when uvicorn's
    websockets sans-I/O protocol serves it; None under any other server."""
    protocol = getattr(send, "__self__", None)
    if WebSocketsSansIOProtocol is None or not isinstance(protocol, WebSocketsSansIOProtocol):
        return None
    if not all(hasattr(protocol, name) for name in _PROTOCOL_ATTRIBUTES):
        return None
    return DirectWriter(protocol)
