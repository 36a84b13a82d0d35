"""Bad frames each get a typed error; the connection and the other users are unharmed."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import socket

import pytest

from twinspace.realtime.gateway import BURST_FRAMES

BAD_FRAMES = [
    ("not json", "invalid", "frame", "json_invalid"),
    ("[1, 2]", "invalid", "frame", "object_expected"),
    (
        json.dumps({"type": "chat.send", "space_id": 1, "text": "no id"}),
        "invalid",
        "id",
        "required_string_up_to_64",
    ),
    (json.dumps({"type": "fly", "id": "x1"}), "invalid", "type", "unknown_type"),
    (
        json.dumps({"type": "chat.send", "id": "x2", "space_id": "one", "text": "hi"}),
        "invalid",
        "space_id",
        "int_type",
    ),
    (
        json.dumps({"type": "chat.send", "id": "x3", "space_id": 1, "text": "hi", "colour": 1}),
        "invalid",
        "colour",
        "extra_forbidden",
    ),
    (
        json.dumps({"type": "chat.send", "id": "x4", "space_id": 1, "text": "x" * 2001}),
        "invalid",
        "text",
        "string_too_long",
    ),
    (
        json.dumps({"type": "chat.send", "id": "x5", "space_id": 1, "text": "   "}),
        "invalid",
        "text",
        "empty",
    ),
    (
        json.dumps({"type": "chat.send", "id": "x6", "space_id": 1, "room": "attic", "text": "a"}),
        "invalid",
        "room",
        "enum",
    ),
    (
        json.dumps({"type": "subscribe", "id": "x7", "space_id": 1, "last_seq": -3}),
        "invalid",
        "last_seq",
        "greater_than_equal",
    ),
    # Ids past 64 bits (or below 1) are refused at the door, never sent to the database.
    (
        json.dumps({"type": "subscribe", "id": "x8", "space_id": 2**63}),
        "invalid",
        "space_id",
        "less_than_equal",
    ),
    (
        json.dumps({"type": "chat.delete", "id": "x9", "message_id": -(2**70)}),
        "invalid",
        "message_id",
        "greater_than_equal",
    ),
    (
        json.dumps(
            {
                "type": "report.create",
                "id": "x10",
                "content_kind": "chat.message",
                "content_id": 2**64,
                "reason": "x",
            }
        ),
        "invalid",
        "content_id",
        "less_than_equal",
    ),
    # Half a UTF-16 pair can be written in JSON but never sent back out as UTF-8.
    (
        '{"type":"chat.send","id":"x11","space_id":1,"text":"hi \\ud800"}',
        "invalid",
        "text",
        "lone_surrogate",
    ),
    (
        '{"type":"typing","id":"x12","space_id":1,"room":"\\udfff"}',
        "invalid",
        "room",
        "lone_surrogate",
    ),
    ('{"type":"ping","id":"\\ud800"}', "invalid", "id", "required_string_up_to_64"),
    ('{"type":"ping","id":"x13","\\udc00":1}', "invalid", "frame", "lone_surrogate"),
    # PostgreSQL stores no U+0000 in text.
    (
        '{"type":"chat.send","id":"x16","space_id":1,"text":"hi \\u0000"}',
        "invalid",
        "text",
        "nul_character",
    ),
    # Nesting deeper than any frame a client makes: past the parser's stack, or
    # within it, where walking it for a lone surrogate would not be.
    (
        '{"type":"ping","id":"x14","a":' + "[" * 100_000 + "]" * 100_000 + "}",
        "invalid",
        "frame",
        "too_deep",
    ),
    (
        '{"type":"ping","id":"x15","a":' + "[" * 900 + '"\\ud800"' + "]" * 900 + "}",
        "invalid",
        "frame",
        "too_deep",
    ),
]


async def assert_unharmed(r, s, socket_):
    """The socket still answers, and the space still works for everybody."""
    assert (await socket_.ok("ping"))["pong"] is True
    sid = s["space"]["id"]
    other = await r.socket(s["pupils"][1])
    await other.ok("subscribe", space_id=sid)
    await socket_.ok("chat.send", space_id=sid, text="still here")
    await other.wait(lambda f: f["type"] == "event" and f["data"]["text"] == "still here")


@pytest.mark.parametrize(
    ("raw", "code", "field", "problem"),
    BAD_FRAMES,
    ids=[f"{c}-{f}-{p}" for _, c, f, p in BAD_FRAMES],
)
async def test_bad_frame_gets_its_error_and_the_connection_stays(room, raw, code, field, problem):
    r, s = room
    client = await r.socket(s["pupils"][0])
    await client.ok("subscribe", space_id=s["space"]["id"])
    await client.send_raw(raw)
    error = await client.wait(lambda f: f["type"] == "error")
    assert error["code"] == code
    assert {"field": field, "problem": problem} in error["fields"], error
    assert error["message"]
    await assert_unharmed(r, s, client)


async def test_binary_frame_is_refused(room):
    r, s = room
    client = await r.socket(s["pupils"][0])
    await client.send_raw(b"\x00\x01")
    error = await client.wait(lambda f: f["type"] == "error")
    assert error["fields"] == [{"field": "frame", "problem": "binary"}]
    await assert_unharmed(r, s, client)


async def test_oversized_frame_is_refused(room):
    r, s = room
    client = await r.socket(s["pupils"][0])
    await client.send_raw(json.dumps({"type": "ping", "id": "big", "pad": "x" * 300_000}))
    error = await client.wait(lambda f: f["type"] == "error")
    assert error["code"] == "payload_too_large"
    await assert_unharmed(r, s, client)


async def test_flooding_gets_rate_limited_without_dropping_the_connection(room):
    r, s = room
    sid = s["space"]["id"]
    flooder = await r.socket(s["pupils"][0])
    listener = await r.socket(s["teacher"])
    await listener.ok("subscribe", space_id=sid)
    for n in range(100):
        await flooder.send_raw(json.dumps({"type": "ping", "id": f"f{n}"}))
    await flooder.wait(lambda _f: sum(f["type"] in ("ack", "error") for f in flooder.frames) >= 100)
    limited = [f for f in flooder.frames if f["type"] == "error"]
    # Refused by the frame bucket (a server that answers as fast as they come), or
    # not even kept while 30 others wait (a slower one): typed either way.
    assert len(limited) >= 100 - 2 * BURST_FRAMES  # a burst, then a trickle
    assert {f["code"] for f in limited} <= {"rate_limited", "busy"}
    await asyncio.sleep(1.5)  # the bucket refills
    await assert_unharmed(r, s, flooder)


async def test_flooding_with_bad_frames_is_rate_limited_too(room):
    r, s = room
    flooder = await r.socket(s["pupils"][0])
    for n in range(100):
        await flooder.send_raw(json.dumps({"type": "fly", "id": f"bad{n}"}))
    await flooder.wait(lambda _f: sum(f["type"] == "error" for f in flooder.frames) >= 100)
    codes = [f["code"] for f in flooder.frames if f["type"] == "error"]
    assert "invalid" in codes
    limited = [code for code in codes if code != "invalid"]
    assert len(limited) >= 100 - 2 * BURST_FRAMES  # a burst, then a trickle
    assert set(limited) <= {"rate_limited", "busy"}


async def test_chat_rate_limit_answers_rate_limited(room, app):
    r, s = room
    sid = s["space"]["id"]
    app.state.runtime.settings = app.state.runtime.settings.with_(
        content_limits={
            "chat.send": app.state.runtime.settings.content_limits["chat.send"].__class__(3, 60)
        }
    )
    client = await r.socket(s["pupils"][0])
    for n in range(3):
        await client.ok("chat.send", space_id=sid, text=f"{n}")
    error = await client.command("chat.send", space_id=sid, text="one too many")
    assert error["code"] == "rate_limited"
    assert error["retry_after"] > 0


async def open_stalled_socket(url: str, token: str, space_id: int) -> asyncio.StreamWriter:
    """A WebSocket client that subscribes and then never reads again: a stalled tablet.

    Spoken by hand (handshake and one masked frame) because client libraries
    keep reading into their own buffers.
    """
    port = int(url.rsplit(":", 1)[1])
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    key = base64.b64encode(os.urandom(16)).decode()
    writer.write(
        f"GET /ws HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
        f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
        f"Cookie: ts_session={token}\r\n\r\n".encode()
    )
    assert b" 101 " in await reader.readuntil(b"\r\n\r\n")
    payload = json.dumps({"type": "subscribe", "id": "s", "space_id": space_id}).encode()
    mask = os.urandom(4)
    masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    writer.write(bytes([0x81, 0x80 | len(payload)]) + mask + masked)
    await writer.drain()
    return writer


@pytest.mark.parametrize("live", [32 * 1024], indirect=True, ids=["thin-uplink"])
async def test_socket_that_stops_reading_is_dropped_and_others_keep_receiving(room, app):
    r, s = room
    sid = s["space"]["id"]
    healthy = await r.socket(s["pupils"][1])
    await healthy.ok("subscribe", space_id=sid)
    stalled = await open_stalled_socket(r.url, s["pupils"][0].http.cookies.get("ts_session"), sid)
    stream = app.state.runtime.hub.streams[sid]
    while len(stream.live) < 2:
        await asyncio.sleep(0.01)
    text = "a long line about the river " * 70
    sent = 0
    while len(stream.live) == 2 and sent < 2000:
        await s["teacher"].ok("POST", f"/api/spaces/{sid}/chat/general", 201, json={"text": text})
        sent += 1
    assert len(stream.live) == 1, "the stalled socket was never dropped"
    for _ in range(5):
        await s["teacher"].ok("POST", f"/api/spaces/{sid}/chat/general", 201, json={"text": "on"})
    await healthy.wait_events("chat.message", sent + 5, timeout=30)
    assert len(healthy.chat_texts()) == sent + 5
    stalled.close()
