"""The load generator's shared-page typists, without sockets: what they send, how an
update event is read, how deliveries are matched to the keys they hold, and
how a page's typists stay in one process."""

from __future__ import annotations

import base64

from bench import frames
from bench.baseline_server import page_view
from bench.pages import Receipts, Typist, match
from bench.plan import socket_plans, split
from bench.seed import SeededSpace, SeedLogin
from bench.tally import Flow
from bench.traffic import Content, Traffic
from twinspace.realtime.protocol import encode, event_frame
from twinspace.storage.events import StoredEvent
from twinspace.storage.models import Audience


def test_a_page_update_event_as_the_server_sends_it_is_read_and_others_are_not():
    view = {"page_id": 3, "update": "AAA=", "size": 2, "user_id": 12}
    stored = StoredEvent(7, 41, "page.update", Audience.group, None, None, encode(view))
    assert frames.page_update(event_frame(stored)) == frames.PageUpdate(41, 12, "AAA=")
    chat = StoredEvent(7, 42, "chat.message", Audience.everyone, None, None, encode({"x": 1}))
    assert frames.page_update(event_frame(chat)) is None


def test_the_baseline_relays_an_update_in_the_servers_shape():
    view = page_view(5, 1, {"id": 9}, {"update": "AAA="})
    assert set(view) == {"page_id", "update", "size", "user_id"}


def test_keys_typed_while_an_update_is_on_its_way_go_together_in_the_next():
    typist = Typist(seed=1)
    typist.type_key(100)
    first = typist.next_update()
    typist.type_key(200)
    typist.type_key(300)
    assert first is not None and typist.next_update() is None  # one on its way at a time
    assert typist.answered(accepted=True) == [100]
    second = typist.next_update()
    assert second is not None and typist.answered(accepted=True) == [200, 300]
    reader = Typist(seed=2)
    for update in (first, second):
        reader.apply(update)
    assert str(reader.root) == str(typist.root)


def test_an_authors_nth_update_to_arrive_is_its_nth_accepted_one():
    typist = Typist(seed=1)
    for typed_ns, accepted in ((1_000, True), (2_000, False), (3_000, True)):
        typist.type_key(typed_ns)
        typist.next_update()
        typist.answered(accepted)
    socket = Receipts()
    socket.arrived(author=12, now_ns=11_000)
    socket.arrived(author=12, now_ns=15_000)
    flow = Flow()
    match([socket], {12: typist}, flow)
    assert (flow.received, flow.latency.count) == (2, 2)
    # The refused update's key never arrives: the second arrival holds the third
    # key, typed at 3 µs and there at 15 µs.
    assert flow.latency.max_us == 12.0


def test_a_pages_typists_stay_in_one_load_generator_process():
    logins = tuple(SeedLogin(f"pupil{n}", "pw") for n in range(4))
    spaces = [SeededSpace(n, logins, None, 10 + n) for n in range(1, 4)]
    plans = socket_plans(spaces, 4, (Traffic(Content.page, 4, 5.0),), ["http://x"])
    parts = split(plans, 2)
    for part in parts:
        for space_id in {plan.space_id for plan in part}:
            assert sum(plan.space_id == space_id for plan in part) == 4
    assert sorted(len(part) for part in parts) == [4, 8]


def test_a_typist_opens_the_page_as_it_is_and_types_after_it():
    typist = Typist(seed=3)
    page = Typist(seed=4)
    page.type_key(1)
    typist.open(base64.b64decode(page.next_update() or ""))
    typist.type_key(2)
    assert len(typist.root.children) == 2
