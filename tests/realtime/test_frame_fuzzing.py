"""Random WebSocket frames (hypothesis) on a real server and real sockets.

Every frame type the server knows (its own, every feature's command, every
signal) and some it does not, with the schema's fields and random ones, values
of every JSON type, huge and negative numbers, long and unicode text, lone
surrogates, deep nesting, and raw text that is not JSON at all. Each frame gets
exactly one answer, an ``ack`` or an ``error`` with a code of ``errors.Code``,
never ``internal``; the sockets still answer a ping afterwards.

hypothesis drives synchronous sockets from a thread of its own while the server
runs in the test's event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from twinspace import review
from twinspace.app import registry
from twinspace.errors import Code
from twinspace.realtime.gateway import (
    BUILTINS,
    BURST_FRAMES,
    FRAMES_PER_SECOND,
    MAX_FRAME_CHARS,
    MAX_FRAME_DEPTH,
)

COMMANDS = registry().commands(review.commands)
SIGNALS = registry().signals
SCHEMAS = {
    **{name: schema for name, (schema, _) in BUILTINS.items()},
    **{name: command.schema for name, command in COMMANDS.items()},
    **{name: signal.schema for name, signal in SIGNALS.items()},
}
CODES = {code.value for code in Code}
# Examples, each a few frames on one socket: about 600 frames, some seconds.
EXAMPLES = 150
# A frame's answer comes within milliseconds; this only catches one that never comes.
ANSWER_SECONDS = 10.0

_ids = itertools.count(1)


# Ids that exist and ids far past 64 bits, of both signs.
EDGES = [0, 1, -1, 2**31, 2**63 - 1, 2**63, -(2**63) - 1, 2**64, 10**30, -(10**30)]
INTEGERS = st.one_of(st.sampled_from(EDGES), st.integers(-5, 50), st.integers())
# Any character, half a UTF-16 pair too (the JSON encoder writes it as an escape).
CHARACTERS = st.one_of(st.characters(), st.characters(categories=["Cs"]))
# Values the schemas take, so that some frames get past validation.
KNOWN_WORDS = ["general", "staff", "approve", "reject", "escalate", "resolve",
               "chat.message", "forum.post", "👍", "🎉", "pupil_admin", "<p>hi</p>"]  # fmt: skip
TEXTS = st.one_of(
    st.sampled_from(KNOWN_WORDS),
    st.text(CHARACTERS, max_size=40),
    # Long runs: past a field's limit, and now and then past the frame's.
    st.builds(
        lambda c, n: c * n,
        CHARACTERS,
        st.one_of(st.integers(0, 3000), st.just(MAX_FRAME_CHARS + 1)),
    ),
)
VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), INTEGERS, st.floats(), TEXTS),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
BY_TYPE: dict[str, st.SearchStrategy[Any]] = {
    # Mostly ids that exist (the space, its first users and messages), or edges.
    "integer": st.one_of(st.integers(1, 3), st.integers(1, 3), st.integers(1, 12), INTEGERS),
    "string": TEXTS,
    "boolean": st.booleans(),
    "array": st.lists(st.integers(1, 12), max_size=4),
    "null": st.none(),
}
# Lists nested in a frame, written out by hand (the encoder would refuse the
# deepest): within the server's limit, just past it, and past any parser's stack.
DEPTHS = st.sampled_from([10, MAX_FRAME_DEPTH - 1, MAX_FRAME_DEPTH, 990, 100_000])


def _encode(frame: dict[str, Any], ascii_only: bool) -> str:
    """JSON as a client would send it: escaped or raw unicode (a lone surrogate
    can only be sent escaped), NaN and Infinity as Python writes them."""
    if not ascii_only:
        text = json.dumps(frame, ensure_ascii=False)
        if text.encode("utf-8", "replace").decode("utf-8") == text:
            return text
    return json.dumps(frame)


def _plausible(field: dict[str, Any], defs: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values of a field's own type (an id, a text, one of its choices)."""
    options = []
    for option in field.get("anyOf", [field]):
        option = defs.get(option.get("$ref", "").rsplit("/", 1)[-1], option)
        if "enum" in option or "const" in option:
            options.append(st.sampled_from(option.get("enum", [option.get("const")])))
        else:
            options.append(BY_TYPE.get(option.get("type"), VALUES))
    return st.one_of(options)


def _fields(schema: type[BaseModel]) -> dict[str, st.SearchStrategy[Any]]:
    described = schema.model_json_schema()
    defs = described.get("$defs", {})
    return {name: _plausible(f, defs) for name, f in described.get("properties", {}).items()}


FIELDS = {kind: _fields(schema) for kind, schema in SCHEMAS.items()}


def sometimes(draw: Callable[..., Any], one_in: int) -> bool:
    return bool(draw(st.integers(1, one_in)) == 1)


@st.composite
def frames(draw: Callable[..., Any]) -> tuple[str | bytes, str | None]:
    """One frame, and the id it is answered with (None: answered with ``ref: null``).

    Mostly frames of a known type with its schema's fields (random values), so
    that many get past validation; now and then another type, a bad id, extra
    fields, deep nesting, or raw text or bytes.
    """
    if sometimes(draw, 10):
        return draw(st.one_of(st.text(max_size=60), st.binary(max_size=20))), None
    kind = draw(st.sampled_from(sorted(SCHEMAS)) if not sometimes(draw, 8) else VALUES)
    known = FIELDS.get(kind, {}) if isinstance(kind, str) else {}
    fields = {
        name: draw(VALUES if sometimes(draw, 6) else values)
        for name, values in known.items()
        if not sometimes(draw, 8)
    }
    if sometimes(draw, 5):
        fields.update(draw(st.dictionaries(st.text(max_size=8), VALUES, max_size=3)))
    ref = f"fuzz-{next(_ids)}"
    frame_id = ref if not sometimes(draw, 10) else draw(VALUES)
    frame = {**fields, "type": kind, "id": frame_id}
    depth = draw(DEPTHS) if sometimes(draw, 10) else None
    if depth is not None:
        text = _encode(frame, True)[:-1] + ', "deep": ' + "[" * depth + "]" * depth + "}"
    else:
        text = _encode(frame, draw(st.booleans()))
    shallow = depth is None or 1 + depth <= MAX_FRAME_DEPTH  # the frame is a level
    answered_by_id = frame_id == ref and shallow and len(text) <= MAX_FRAME_CHARS
    return text, ref if answered_by_id else None


class Answers:
    """The ack and error frames one socket received, read by a thread of its own."""

    def __init__(self, connection: ClientConnection) -> None:
        self.connection = connection
        self.frames: list[dict[str, Any]] = []
        self.changed = threading.Condition()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        with contextlib.suppress(ConnectionClosed):  # the test's end closes it
            for message in self.connection:
                data = json.loads(message)
                with self.changed:
                    for received in data if isinstance(data, list) else [data]:
                        if received["type"] in ("ack", "error"):
                            self.frames.append(received)
                    self.changed.notify_all()

    def wait_for(self, count: int) -> list[dict[str, Any]]:
        with self.changed:
            got = self.changed.wait_for(lambda: len(self.frames) >= count, ANSWER_SECONDS)
            assert got, f"{count - len(self.frames)} frames got no answer"
            return list(self.frames)


def fuzz(url: str, tokens: list[str], space_id: int) -> None:
    """Send hypothesis' frames round the sockets and check every answer."""
    with contextlib.ExitStack() as opened:
        sockets = [opened.enter_context(_socket(url, token, space_id)) for token in tokens]
        _fuzz(sockets)


@contextlib.contextmanager
def _socket(url: str, token: str, space_id: int) -> Iterator[Answers]:
    """A socket of the user whose session ``token`` is, subscribed to the space."""
    with connect(
        url.replace("http", "ws", 1) + "/ws",
        additional_headers={"Cookie": f"ts_session={token}"},
        max_size=None,
    ) as connection:
        answers = Answers(connection)
        connection.send(json.dumps({"type": "subscribe", "id": "s", "space_id": space_id}))
        answers.wait_for(1)
        yield answers


def _fuzz(sockets: list[Answers]) -> None:
    turn = itertools.count()

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.lists(frames(), min_size=1, max_size=6))
    def each(sent: list[tuple[str | bytes, str | None]]) -> None:
        answers = sockets[next(turn) % len(sockets)]
        before = len(answers.frames)
        for text, _ in sent:
            answers.connection.send(text)
        got = answers.wait_for(before + len(sent))[before:]
        assert len(got) == len(sent), got
        for answer in got:
            assert answer["type"] == "ack" or answer["code"] in CODES, answer
            assert answer.get("code") != "internal", answer
        refs = [answer["ref"] for answer in got]
        for _, ref in sent:
            if ref is not None:
                assert refs.count(ref) == 1, (ref, got)

    each()
    time.sleep(BURST_FRAMES / FRAMES_PER_SECOND)  # every socket's frame budget refills
    for answers in sockets:
        before = len(answers.frames)
        answers.connection.send(json.dumps({"type": "ping", "id": "after"}))
        (pong,) = answers.wait_for(before + 1)[before:]
        assert pong == {"type": "ack", "ref": "after", "result": {"pong": True}}


async def test_every_frame_gets_one_ack_or_typed_error_and_sockets_still_answer(room):
    r, s = room
    clients = [s["teacher"], *s["pupils"]]
    # Two sockets each: each socket has its own frame-rate budget.
    tokens = [c.http.cookies.get("ts_session") for c in clients for _ in range(2)]
    await asyncio.to_thread(fuzz, r.url, tokens, s["space"]["id"])
