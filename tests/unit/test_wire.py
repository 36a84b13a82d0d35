"""The frames the gateway writes straight to a socket are the frames a WebSocket
library makes: a client reads them as any other."""

import pytest
from websockets.frames import Frame, Opcode
from websockets.streams import StreamReader

from twinspace.realtime.wire import text_frame


def _read(data: bytes) -> Frame:
    reader = StreamReader()
    reader.feed_data(data)
    parser = Frame.parse(reader.read_exact, mask=False)
    try:
        next(parser)
    except StopIteration as done:
        return done.value
    raise AssertionError("the frame is incomplete")


@pytest.mark.parametrize("size", [0, 1, 125, 126, 65535, 65536, 70000])
@pytest.mark.parametrize("letter", ["a", "é"])
def test_a_text_frame_of_any_length_reads_back_whole(size, letter):
    # Lengths (in bytes) on either side of where the header changes its form.
    text = letter * (size // len(letter.encode()))
    data = text_frame(text)
    assert data == Frame(Opcode.TEXT, text.encode()).serialize(mask=False)
    frame = _read(data)
    assert frame.fin and frame.opcode == Opcode.TEXT
    assert bytes(frame.data).decode() == text
