"""What the load generator reads of the server's frames, cheaply: it looks at every one.

Frames are recognised by their first bytes (the server encodes ``type`` first,
and an event's ``space_id``, ``seq`` and ``kind`` before its data), and only
errors are decoded in full. An event of a kind we send carries our marker at
the start of its text: a chat line's ``text``, or the first paragraph of a
post's ``body``, so it is found near the front of even a 20,000-character post.
A shared page's update has no marker (see ``bench.pages``): those events, a
hundred bytes or two, are decoded.
"""

from __future__ import annotations

import json
from typing import NamedTuple

from bench import marker
from bench.traffic import CHAT, POST

EVENT_PREFIX = '{"type":"event",'
ACK_PREFIX = '{"type":"ack","ref":"'
ERROR_PREFIX = '{"type":"error",'
SEQ_MARK = '"seq":'
KIND_MARK = '"kind":"'
PAGE_UPDATE_MARK = KIND_MARK + 'page.update"'
# For each kind of event that delivers what we send: its flow, and what stands
# just before the marker in its frame.
OURS = {
    "chat.message": (CHAT, '"text":"' + marker.WORD),
    "forum.post": (POST, '"body":"<p>' + marker.WORD),
}


class Delivery(NamedTuple):
    seq: int
    flow: str  # traffic.CHAT or traffic.POST
    stamp: marker.Stamp


def split(message: str) -> list[str]:
    """The frames of one message: itself, or the lines of an array of frames."""
    if not message.startswith("["):
        return [message]
    return [line.removesuffix(",") for line in message[1:-1].split("\n")]


def delivery(frame: str) -> Delivery | None:
    """What an event frame delivers of ours; None for any other event."""
    at = frame.index(SEQ_MARK, len(EVENT_PREFIX)) + len(SEQ_MARK)
    end = frame.index(",", at)
    kind_at = frame.index(KIND_MARK, end) + len(KIND_MARK)
    ours = OURS.get(frame[kind_at : frame.index('"', kind_at)])
    if ours is None:
        return None
    flow, before = ours
    found = frame.find(before, kind_at)
    if found < 0:
        return None
    return Delivery(int(frame[at:end]), flow, marker.read(frame, found + len(before)))


class PageUpdate(NamedTuple):
    seq: int
    author: int  # the user id of who typed it
    update: str  # base64, as the server relays it


def page_update(frame: str) -> PageUpdate | None:
    """A shared page's update an event brings; None for any other frame."""
    if PAGE_UPDATE_MARK not in frame[:160]:
        return None
    event = json.loads(frame)
    data = event["data"]
    return PageUpdate(event["seq"], data["user_id"], data["update"])


def ack_ref(frame: str) -> str:
    """The command id an ack frame answers."""
    return frame[len(ACK_PREFIX) : frame.index('"', len(ACK_PREFIX))]
