"""The load generator's marker and frame reading, and how it plans and counts, without sockets."""

from __future__ import annotations

import json

import pytest

from bench import frames
from bench.baseline_server import chat_view, post_view
from bench.marker import DIGITS, LONGEST, SEPARATOR, WORD, Stamp, marker, read
from bench.plan import anonymous_spaces, socket_plans
from bench.report import ratios
from bench.seed import SeededSpace, SeedLogin
from bench.tally import Tally
from bench.traffic import CHAT, POST, Composer, Content, Traffic
from twinspace.moderation.sanitize import rich_text
from twinspace.moderation.screening import Level, Screener, Verdict, wordlists
from twinspace.moderation.screening.online import PLATFORMS
from twinspace.realtime.protocol import encode, event_frame
from twinspace.storage.events import StoredEvent
from twinspace.storage.models import Audience

SENT_NS = 9_120_787_425_103_456


def server_frame(seq: int, kind: str, view: dict) -> str:
    """An event frame as the server sends it."""
    stored = StoredEvent(view["space_id"], seq, kind, Audience.everyone, None, None, encode(view))
    return event_frame(stored)


def sent_text(content: Content, sender: int = 12, number: int = 3) -> str:
    composer = Composer(content, sender, 7, 70)
    return composer.text().stamped(marker(SENT_NS, sender, number))


def test_a_marker_gives_back_its_send_time_to_the_microsecond_its_sender_and_number():
    text = marker(SENT_NS, 12, 3) + " Ciao a tutti"
    assert read(text, len(WORD)) == Stamp(SENT_NS // 1000 * 1000, 12, 3)


def test_the_longest_marker_fits_the_room_texts_leave_for_it():
    assert len(marker(10**18 - 1, 10**7 - 1, 10**7 - 1)) <= LONGEST


def test_no_word_list_entry_or_platform_is_made_of_the_markers_letters():
    """So the code word is never screened as a word, inside another or alone."""
    letters = set(DIGITS + SEPARATOR)
    lists = wordlists.load().words
    sections = ("abuse", "rude", "profanity", "contact")
    entries = [e.text for section in sections for e in lists[section]]
    for entry in [*entries, *PLATFORMS]:
        assert not set(entry.lower()) - set("* ") <= letters, entry


def test_screening_lets_every_kind_of_text_through_with_its_marker():
    screener = Screener()
    for content in (Content.short, Content.pupil):
        text = sent_text(content)
        assert screener.screen(text, Level.strict).verdict is Verdict.allow, text


@pytest.mark.parametrize("content", [Content.short, Content.pupil])
def test_a_chat_message_event_is_read_as_a_chat_delivery(content):
    frame = server_frame(
        41, "chat.message", chat_view(7, 5, {"id": 3}, {"text": sent_text(content)})
    )
    assert frames.delivery(frame) == frames.Delivery(41, CHAT, Stamp(SENT_NS // 1000 * 1000, 12, 3))


@pytest.mark.parametrize("content", [Content.reply, Content.long])
def test_a_forum_post_event_is_read_as_a_post_delivery_after_the_sanitiser(content):
    body = rich_text(sent_text(content))
    frame = server_frame(42, "forum.post", post_view(7, 5, {"id": 3}, {"body": body}))
    assert frames.delivery(frame) == frames.Delivery(42, POST, Stamp(SENT_NS // 1000 * 1000, 12, 3))


def test_events_that_deliver_nothing_of_ours_are_not_deliveries():
    thread = {"space_id": 7, "thread": {"id": 70}, "post": {"body": "<p>bench ccc</p>"}}
    assert frames.delivery(server_frame(3, "forum.thread", thread)) is None
    someone = chat_view(7, 5, {"id": 3}, {"text": "ciao a tutti"})
    assert frames.delivery(server_frame(4, "chat.message", someone)) is None


def test_frames_sent_together_are_split_and_answers_name_their_command():
    ack = '{"type":"ack","ref":"c17","result":{}}'
    event = server_frame(5, "chat.message", chat_view(7, 5, {"id": 3}, {"text": "x"}))
    assert frames.split("[" + ",\n".join([ack, event]) + "]") == [ack, event]
    assert frames.split(ack) == [ack]
    assert frames.ack_ref(ack) == "c17"


def test_the_commands_are_those_of_the_protocol():
    chat = json.loads(Composer(Content.pupil, 1, 7, None).frame("c0", "bench b Hi"))
    assert chat == {
        "type": "chat.send",
        "id": "c0",
        "space_id": 7,
        "room": "general",
        "text": "bench b Hi",
    }
    post = json.loads(Composer(Content.reply, 1, 7, 70).frame("p0", "<p>bench b Hi</p>"))
    assert post == {"type": "forum.reply", "id": "p0", "thread_id": 70, "body": "<p>bench b Hi</p>"}


def seeded(count: int) -> list[SeededSpace]:
    logins = tuple(SeedLogin(f"member{n}", "pw") for n in range(30))
    return [SeededSpace(n, logins, 100 + n) for n in range(1, count + 1)]


def test_each_traffic_gets_the_last_sockets_of_the_spaces_it_is_in():
    chat, posts = Traffic(Content.pupil, 1, 1.0), Traffic(Content.long, 1, 0.2, every=5)
    plans = socket_plans(seeded(10), 30, (chat, posts), ["http://a"])
    senders = [(p.space_id, p.number % 30, p.traffic) for p in plans if p.traffic]
    assert senders == [
        (1, 28, chat),
        (1, 29, posts),
        *((space, 29, chat) for space in (2, 3, 4, 5)),
        (6, 28, chat),
        (6, 29, posts),
        *((space, 29, chat) for space in (7, 8, 9, 10)),
    ]
    assert {p.thread_id for p in plans if p.space_id == 6} == {106}


def test_posts_need_a_thread_in_their_space():
    spaces = [SeededSpace(1, (SeedLogin("teacher", "pw"),))]
    with pytest.raises(ValueError, match="thread"):
        socket_plans(spaces, 3, (Traffic(Content.reply, 1, 1.0),), ["http://a"])


def test_the_baseline_takes_each_space_id_for_its_thread():
    assert [(s.id, s.thread_id) for s in anonymous_spaces(2)] == [(1, 1), (2, 2)]


def test_a_tally_keeps_flows_apart_through_the_parent():
    one, two = Tally(), Tally()
    one.flows[CHAT].delivered(2_000_000, 1_000_000)
    one.flows[CHAT].sent[7] += 1
    two.flows[POST].delivered(50_000_000, 10_000_000)
    two.flows[POST].errors["payload_too_large"] += 1
    merged = Tally.from_json(json.loads(json.dumps(one.to_json())))
    merged.merge(Tally.from_json(json.loads(json.dumps(two.to_json()))))
    assert merged.flows[CHAT].received == 1
    assert merged.flows[CHAT].sent == {7: 1}
    assert merged.flows[CHAT].latency.percentile_ms(0.99) == pytest.approx(1, rel=0.01)
    assert merged.flows[POST].latency.percentile_ms(0.99) == pytest.approx(40, rel=0.01)
    assert merged.flows[POST].errors == {"payload_too_large": 1}


def test_ratios_read_each_flows_latency():
    ours = {"flows": {CHAT: {"latency": {"p99_ms": 12.0}}, POST: {"latency": {"p99_ms": 90.0}}}}
    alone = {"flows": {CHAT: {"latency": {"p99_ms": 8.0}}}}
    paths = (("flows", CHAT, "latency", "p99_ms"), ("flows", POST, "latency", "p99_ms"))
    assert ratios(ours, alone, paths) == {
        "flows.chat.latency.p99_ms": 1.5,
        "flows.post.latency.p99_ms": None,
    }
