"""Live sessions over real sockets: whom a room's events reach, the teachers' controls
held against a client that ignores them, held lines, and a room resumed by seq."""

from __future__ import annotations

import asyncio

import pytest

from tests.conftest import World
from tests.live_partners import Partners, partners
from tests.realtime.conftest import Room

PHONE = "Call me on 347 123 4567 after school"
OPTIONS = ["Arno", "Vistula", "Danube"]
# How often each pupil votes in the room that votes at once: within a socket's
# burst of frames, and all the votes within what a resuming socket is replayed.
TAPS = 15


@pytest.fixture
async def rooms(app, live):
    world = World(app, base_url=live.url)
    room = Room(world, live.url)
    yield room, await partners(world)
    await room.close()


def _texts(socket):
    return [f["data"]["text"] for f in socket.events("live.item")]


async def _opened_for(p: Partners, *classes: str):
    session = await p.schedule(class_ids=[p.classes[c] for c in classes])
    return await p.maria.ok("POST", "/api/live/openings", json={"session_id": session["id"]})


async def test_a_rooms_events_reach_its_classes_and_those_who_follow_it(rooms):
    r, p = rooms
    sid = p.space["id"]
    session = await _opened_for(p, "6B")  # Maria teaches no class of this session
    zofia, piotr, maria, giulia = await r.subscribed(sid, p.zofia, p.piotr, p.maria, p.giulia)
    await zofia.ok("live.say", session_id=session["id"], text="Cześć!")
    await piotr.wait_events("live.item", 1)
    assert _texts(zofia) == _texts(piotr) == ["Cześć!"]
    joined = await maria.ok("live.join", space_id=sid, session_id=session["id"])
    assert joined["follow"] == f"live:{session['id']}"
    await zofia.ok("live.say", session_id=session["id"], text="Is anyone from Firenze here?")
    await maria.wait_events("live.item", 1)
    await maria.ok("live.leave", space_id=sid, session_id=session["id"])
    await piotr.ok("live.say", session_id=session["id"], text="Maria left")
    await zofia.wait_events("live.item", 3)
    await maria.ok("live.say", session_id=session["id"], text="Still teaching")
    await zofia.wait_events("live.item", 4)
    assert _texts(maria) == ["Is anyone from Firenze here?"]
    refused = await giulia.command("live.join", space_id=sid, session_id=session["id"])
    assert (refused["type"], refused["code"]) == ("error", "forbidden")
    assert giulia.events("live.item") == []


async def test_every_member_hears_a_session_open_and_end(rooms):
    r, p = rooms
    sid = p.space["id"]
    session = await p.schedule()
    marco = (await r.subscribed(sid, p.marco))[0]  # his class is not invited
    await p.maria.ok("POST", "/api/live/openings", json={"session_id": session["id"]})
    await p.maria.ok("POST", "/api/live/endings", json={"session_id": session["id"]})
    heard = await marco.wait_events("live.session", 2)
    assert [f["data"]["state"] for f in heard] == ["open", "ended"]
    assert heard[-1]["data"]["record_page_id"] is not None


async def test_slow_mode_and_pause_are_refused_to_a_client_that_ignores_them(rooms):
    r, p = rooms
    sid = p.space["id"]
    session = await p.opened()
    giulia, zofia = await r.subscribed(sid, p.giulia, p.zofia)
    ref = {"session_id": session["id"]}

    await p.maria.ok("POST", "/api/live/controls", json={**ref, "mode": "paused"})
    told = await giulia.wait_events("live.controls", 1)
    assert told[0]["data"]["mode"] == "paused"
    refused = await giulia.command("live.say", **ref, text="I did not see the pause")
    assert (refused["type"], refused["code"]) == ("error", "paused")
    reacting = await giulia.command("live.react", **ref, reaction="👍")
    assert reacting["code"] == "paused"

    slow = {**ref, "mode": "open", "slow_mode_seconds": 60}
    await p.maria.ok("POST", "/api/live/controls", json=slow)
    await giulia.wait_events("live.controls", 2)
    await giulia.ok("live.say", **ref, text="one line")
    again = await giulia.command("live.say", **ref, text="and another at once")
    assert (again["type"], again["code"]) == ("error", "slow_mode")
    assert 0 < again["retry_after"] <= 60
    await zofia.wait_events("live.item", 1)
    assert _texts(zofia) == ["one line"]


async def test_a_held_line_reaches_only_its_author(rooms):
    r, p = rooms
    sid = p.space["id"]
    session = await p.opened()
    giulia, zofia = await r.subscribed(sid, p.giulia, p.zofia)
    held = await giulia.ok("live.say", session_id=session["id"], text=PHONE)
    assert held["status"] == "held"
    await giulia.ok("live.say", session_id=session["id"], text="and a friendly one")
    await zofia.wait_events("live.item", 1)
    assert _texts(zofia) == ["and a friendly one"]
    assert [f["data"]["status"] for f in await giulia.wait_events("live.item", 2)] == [
        "held",
        "visible",
    ]


async def test_a_pupil_back_from_a_dropped_connection_misses_nothing_of_the_room(rooms):
    r, p = rooms
    sid = p.space["id"]
    session = await p.opened()
    (giulia,) = await r.subscribed(sid, p.giulia)
    await p.zofia.ok(
        "POST", "/api/live/questions", 201, json={"session_id": session["id"], "text": "Why?"}
    )
    await giulia.wait_events("live.item", 1)
    last = giulia.last_seq(sid)
    await giulia.close()
    poll = await p.maria.ok(
        "POST",
        "/api/live/polls",
        201,
        json={"session_id": session["id"], "question": "Sun?", "options": ["Yes", "No"]},
    )
    await p.zofia.ok("POST", "/api/live/votes", json={"poll_id": poll["id"], "option": 0})
    await p.zofia.ok("POST", "/api/live/hands", json={"session_id": session["id"], "up": True})
    back = await r.socket(p.giulia)
    await back.ok("subscribe", space_id=sid, last_seq=last)
    await back.wait_events("live.hands", 1)
    polls = back.events("live.poll")
    assert [f["data"]["counts"] for f in polls] == [[0, 0], [1, 0]]
    assert [h["display_name"] for h in back.events("live.hands")[0]["data"]["hands"]] == [
        "Zofia X."
    ]


async def test_a_room_voting_at_once_ends_on_the_true_totals_in_fewer_frames(rooms):
    r, p = rooms
    sid = p.space["id"]
    session = await p.opened()
    voters = [p.giulia, p.luca, p.zofia]
    sockets = await r.subscribed(sid, *voters, p.maria)
    (away,) = await r.subscribed(sid, p.piotr)  # his connection drops before the votes
    poll = await p.maria.ok(
        "POST",
        "/api/live/polls",
        201,
        json={"session_id": session["id"], "question": "Longest?", "options": OPTIONS},
    )
    await away.wait_events("live.poll", 1)
    last = away.last_seq(sid)
    await away.close()

    # Every pupil taps again and again at once, changing their mind each time.
    answers = await asyncio.gather(
        *(
            socket.command("live.vote", poll_id=poll["id"], option=tap % len(OPTIONS))
            for socket in sockets[: len(voters)]
            for tap in range(TAPS)
        )
    )
    assert [a["type"] for a in answers] == ["ack"] * len(voters) * TAPS
    assert [a["result"]["mine"] for a in answers] == [
        tap % len(OPTIONS) for _ in voters for tap in range(TAPS)
    ]
    room = await p.maria.ok("GET", f"/api/live/{session['id']}")
    [counted] = room["polls"]
    final_option = (TAPS - 1) % len(OPTIONS)
    assert counted["voters"] == len(voters)
    assert counted["counts"][final_option] == len(voters)

    back = await r.socket(p.piotr)
    resumed = await back.ok("subscribe", space_id=sid, last_seq=last)
    assert not resumed["resync"]  # every vote's event is replayed to it
    for socket in [*sockets, back]:
        await socket.wait(lambda _f, s=socket: s.last_seq(sid) >= room["seq"])
        shown = max(socket.events("live.poll"), key=lambda f: f["seq"])
        assert (shown["data"]["counts"], shown["data"]["voters"]) == (
            counted["counts"],
            counted["voters"],
        )
    # Each screen got the newest totals now and then, not every vote's.
    assert all(len(s.events("live.poll")) < len(voters) * TAPS for s in sockets)
