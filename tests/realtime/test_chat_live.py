"""Live chat over the WebSocket gateway against a real server on SQLite."""

from __future__ import annotations

import asyncio
import json

import websockets

from tests.wsclient import WsClient


async def test_message_from_teacher_reaches_pupil_live(room):
    r, s = room
    sid = s["space"]["id"]
    teacher, pupil = await r.subscribed(sid, s["teacher"], s["pupils"][0])
    sent = await teacher.ok("chat.send", space_id=sid, text="Buongiorno!")
    assert sent["author"]["display_name"] == "Maria"
    [event] = await pupil.wait_events("chat.message", 1)
    assert event["data"]["text"] == "Buongiorno!"
    assert event["seq"] >= 1


async def test_chat_text_is_plain_text_never_html(room):
    r, s = room
    sid = s["space"]["id"]
    pupil = await r.socket(s["pupils"][0])
    await pupil.ok("subscribe", space_id=sid)
    await pupil.ok("chat.send", space_id=sid, text="<b>hi</b>\u202e\u200b there\r\n")
    [event] = await pupil.wait_events("chat.message", 1)
    assert event["data"]["text"] == "<b>hi</b> there"


async def test_history_page_and_seq_let_a_client_join_without_gap(room):
    r, s = room
    sid = s["space"]["id"]
    teacher = s["teacher"]
    for n in range(3):
        await teacher.ok("POST", f"/api/spaces/{sid}/chat/general", 201, json={"text": f"m{n}"})
    page = await s["pupils"][0].ok("GET", f"/api/spaces/{sid}/chat/general?limit=2")
    assert [m["text"] for m in page["messages"]] == ["m1", "m2"]
    older = await s["pupils"][0].ok(
        "GET", f"/api/spaces/{sid}/chat/general?before={page['messages'][0]['id']}"
    )
    assert [m["text"] for m in older["messages"]] == ["m0"]
    pupil = await r.socket(s["pupils"][0])
    await pupil.ok("subscribe", space_id=sid, last_seq=page["seq"])
    await teacher.ok("POST", f"/api/spaces/{sid}/chat/general", 201, json={"text": "m3"})
    await pupil.wait_events("chat.message", 1)
    assert pupil.chat_texts() == ["m3"]


async def test_killed_socket_resumes_with_every_message_exactly_once(room):
    r, s = room
    sid = s["space"]["id"]
    teacher, pupil = await r.subscribed(sid, s["teacher"], s["pupils"][0])
    for n in range(5):
        await teacher.ok("chat.send", space_id=sid, text=f"before {n}")
    await pupil.wait_events("chat.message", 5)
    last = pupil.last_seq(sid)
    pupil.connection.transport.abort()  # the network drops, no close handshake
    for n in range(5):
        await teacher.ok("chat.send", space_id=sid, text=f"while away {n}")
    again = await r.socket(s["pupils"][0])
    await again.ok("subscribe", space_id=sid, last_seq=last)
    for n in range(5):
        await teacher.ok("chat.send", space_id=sid, text=f"after {n}")
    await again.wait_events("chat.message", 10)
    await asyncio.sleep(0.2)  # anything duplicated would arrive by now
    received = pupil.chat_texts()[:5] + again.chat_texts()
    assert received == [f"before {n}" for n in range(5)] + [f"while away {n}" for n in range(5)] + [
        f"after {n}" for n in range(5)
    ]


async def test_events_written_during_replay_arrive_once_in_order(room):
    r, s = room
    sid = s["space"]["id"]
    teacher, pupil_api = s["teacher"], s["pupils"][0]
    for n in range(30):
        await teacher.ok("POST", f"/api/spaces/{sid}/chat/general", 201, json={"text": f"{n}"})

    async def keep_writing() -> None:
        for n in range(30, 60):
            await teacher.ok("POST", f"/api/spaces/{sid}/chat/general", 201, json={"text": f"{n}"})

    writer = asyncio.create_task(keep_writing())
    pupil = await r.socket(pupil_api)
    await pupil.ok("subscribe", space_id=sid, last_seq=0)
    await writer
    await pupil.wait_events("chat.message", 60)
    await asyncio.sleep(0.2)
    seqs = [f["seq"] for f in pupil.events()]
    assert seqs == sorted(set(seqs))
    assert pupil.chat_texts() == [str(n) for n in range(60)]


async def test_client_away_too_long_is_told_to_resync(room, settings):
    r, s = room
    sid = s["space"]["id"]
    for n in range(settings.replay_limit + 1):
        await s["teacher"].ok("POST", f"/api/spaces/{sid}/chat/general", 201, json={"text": f"{n}"})
    pupil = await r.socket(s["pupils"][0])
    result = await pupil.ok("subscribe", space_id=sid, last_seq=0)
    assert result["resync"] is True
    assert pupil.events() == []


async def test_retried_command_is_applied_once_with_the_same_ack(room):
    r, s = room
    sid = s["space"]["id"]
    pupil = await r.socket(s["pupils"][0])
    await pupil.ok("subscribe", space_id=sid)
    first = await pupil.command("chat.send", id_="retry-1", space_id=sid, text="once")
    again = await r.socket(s["pupils"][0])  # the retry comes after a reconnect
    second = await again.command("chat.send", id_="retry-1", space_id=sid, text="once")
    assert second is not first
    assert first["result"] == second["result"]
    history = await s["teacher"].ok("GET", f"/api/spaces/{sid}/chat/general")
    assert [m["text"] for m in history["messages"]] == ["once"]


async def test_retried_delete_gets_the_first_ack_not_not_found(room):
    r, s = room
    sid = s["space"]["id"]
    pupil = await r.socket(s["pupils"][0])
    sent = await pupil.ok("chat.send", space_id=sid, text="oops")
    first = await pupil.command("chat.delete", id_="del-1", message_id=sent["id"])
    second = await pupil.command("chat.delete", id_="del-1", message_id=sent["id"])
    assert first["type"] == second["type"] == "ack"
    assert first["result"] == second["result"]


async def test_an_id_reused_for_another_command_is_a_new_command(room):
    r, s = room
    sid = s["space"]["id"]
    pupil = await r.socket(s["pupils"][0])
    sent = await pupil.command("chat.send", id_="same", space_id=sid, text="hello")
    deleted = await pupil.command("chat.delete", id_="same", message_id=sent["result"]["id"])
    assert deleted["result"] == {"id": sent["result"]["id"], "space_id": sid, "room": "general"}


async def test_timestamps_carry_their_time_zone(room):
    r, s = room
    sid = s["space"]["id"]
    pupil = await r.socket(s["pupils"][0])
    sent = await pupil.ok("chat.send", space_id=sid, text="when?")
    edited = await pupil.ok("chat.edit", message_id=sent["id"], text="when!")
    history = await s["teacher"].ok("GET", f"/api/spaces/{sid}/chat/general")
    for stamp in (sent["created_at"], edited["edited_at"], history["messages"][0]["created_at"]):
        assert stamp.endswith("+00:00"), stamp


async def test_edit_and_delete_reach_everyone(room):
    r, s = room
    sid = s["space"]["id"]
    teacher, pupil = await r.subscribed(sid, s["teacher"], s["pupils"][0])
    sent = await pupil.ok("chat.send", space_id=sid, text="helo")
    await pupil.ok("chat.edit", message_id=sent["id"], text="hello")
    [edited] = await teacher.wait_events("chat.edited", 1)
    assert edited["data"]["text"] == "hello"
    assert edited["data"]["edited_at"]
    await pupil.ok("chat.delete", message_id=sent["id"])
    [deleted] = await teacher.wait_events("chat.deleted", 1)
    assert deleted["data"]["id"] == sent["id"]
    history = await s["teacher"].ok("GET", f"/api/spaces/{sid}/chat/general")
    assert history["messages"] == []


async def test_pupil_cannot_edit_or_delete_anothers_message_but_teacher_deletes_any(room):
    r, s = room
    sid = s["space"]["id"]
    giulia = await r.socket(s["pupils"][0])
    luca = await r.socket(s["pupils"][1])
    teacher = await r.socket(s["teacher"])
    sent = await giulia.ok("chat.send", space_id=sid, text="mine")
    for command, fields in (("chat.edit", {"text": "yours"}), ("chat.delete", {})):
        error = await luca.command(command, message_id=sent["id"], **fields)
        assert error["code"] == "forbidden"
    await teacher.ok("chat.delete", message_id=sent["id"])


async def test_teachers_room_is_hidden_from_pupils(room):
    r, s = room
    sid = s["space"]["id"]
    teacher, pupil = await r.subscribed(sid, s["teacher"], s["pupils"][0])
    await teacher.ok("chat.send", space_id=sid, room="staff", text="staff only")
    await teacher.ok("chat.send", space_id=sid, text="for all")
    await pupil.wait_events("chat.message", 1)
    await teacher.wait_events("chat.message", 2)
    assert pupil.chat_texts() == ["for all"]
    error = await pupil.command("chat.send", space_id=sid, room="staff", text="hi")
    assert error["code"] == "forbidden"
    response = await s["pupils"][0].get(f"/api/spaces/{sid}/chat/staff")
    assert response.json()["error"]["code"] == "forbidden"
    # A pupil resuming from 0 is not replayed the staff message either.
    again = await r.socket(s["pupils"][0])
    await again.ok("subscribe", space_id=sid, last_seq=0)
    await asyncio.sleep(0.1)
    assert again.chat_texts() == ["for all"]


async def test_presence_and_typing_reach_the_space(room):
    r, s = room
    sid = s["space"]["id"]
    before = (await s["teacher"].ok("GET", f"/api/spaces/{sid}/chat/general"))["seq"]
    teacher = await r.socket(s["teacher"])
    await teacher.ok("subscribe", space_id=sid)
    pupil = await r.socket(s["pupils"][0])
    await pupil.ok("subscribe", space_id=sid)
    both = await teacher.wait(lambda f: f["type"] == "presence" and len(f["online"]) == 2)
    assert {u["display_name"] for u in both["online"]} == {"Maria", "Giulia X."}
    await pupil.ok("typing", space_id=sid)
    typing = await teacher.wait(lambda f: f["type"] == "typing")
    assert typing["display_name"] == "Giulia X."
    await pupil.close()
    alone = await teacher.wait(lambda f: f["type"] == "presence" and len(f["online"]) == 1)
    assert alone["online"][0]["display_name"] == "Maria"
    history = await s["teacher"].ok("GET", f"/api/spaces/{sid}/chat/general")
    assert history["seq"] == before  # typing and presence are never stored


async def test_pupil_cannot_subscribe_to_a_space_outside_theirs(room, app):
    r, s = room
    other_teacher = await r.world.teacher("Other")
    other = await r.world.space(other_teacher, "Elsewhere")
    pupil = await r.socket(s["pupils"][0])
    error = await pupil.command("subscribe", space_id=other["id"])
    assert error["code"] == "not_found"


async def test_socket_without_session_is_closed_with_4001(live):
    socket = await WsClient.connect(live.url, None)
    await asyncio.wait_for(socket.connection.wait_closed(), 5)
    assert socket.connection.close_code == 4001


async def test_socket_from_a_foreign_origin_is_refused(room):
    r, s = room
    token = s["teacher"].http.cookies.get("ts_session")
    try:
        await WsClient.connect(r.url, token, origin="https://evil.example")
    except Exception as error:  # the handshake is refused with HTTP 403
        assert "403" in str(error)
    else:
        raise AssertionError("a foreign origin was accepted")


async def test_logging_out_closes_the_open_socket(room):
    r, s = room
    sid = s["space"]["id"]
    pupil = await r.socket(s["pupils"][0])
    await pupil.ok("subscribe", space_id=sid)
    await s["pupils"][0].ok("DELETE", "/api/session")
    await asyncio.wait_for(pupil.connection.wait_closed(), 5)
    assert pupil.connection.close_code == 4001


async def test_a_removed_member_stops_hearing_the_space_at_once_and_cannot_resubscribe(room):
    r, s = room
    sid = s["space"]["id"]
    pupil = await r.socket(s["pupils"][0])
    await pupil.ok("subscribe", space_id=sid)
    await s["teacher"].ok("DELETE", f"/api/spaces/{sid}/members/{s['pupils'][0].user['id']}")
    gone = await pupil.wait(lambda f: f["type"] == "unsubscribed")
    assert gone == {"type": "unsubscribed", "space_id": sid, "reason": "removed"}
    await s["teacher"].ok("POST", f"/api/spaces/{sid}/chat/general", 201, json={"text": "bye"})
    await asyncio.sleep(0.2)
    assert pupil.events("chat.message") == []
    assert (await pupil.command("subscribe", space_id=sid))["code"] == "not_found"
    assert (await pupil.ok("ping"))["pong"] is True  # the socket itself is unharmed


async def test_a_role_change_reseats_the_socket_before_the_next_event(room):
    r, s = room
    sid = s["space"]["id"]
    pupil = await r.socket(s["pupils"][0])
    await pupil.ok("subscribe", space_id=sid)
    user_id = s["pupils"][0].user["id"]
    await s["teacher"].ok("PATCH", f"/api/spaces/{sid}/members/{user_id}", json={"role": "visitor"})
    seat = await pupil.wait(lambda f: f["type"] == "seat")
    assert seat == {"type": "seat", "space_id": sid, "role": "visitor"}
    assert (await pupil.command("chat.send", space_id=sid, text="hi"))["code"] == "forbidden"
    await s["teacher"].ok("POST", f"/api/spaces/{sid}/chat/general", 201, json={"text": "still"})
    [line] = await pupil.wait_events("chat.message", 1)
    assert line["data"]["text"] == "still"  # a visitor still reads the room


async def test_a_teacher_made_visitor_no_longer_hears_the_staff_room(room):
    r, s = room
    sid = s["space"]["id"]
    partner = await r.world.teacher("Anna")
    code = (await s["teacher"].ok("GET", f"/api/spaces/{sid}/invitation"))["code"]
    await partner.ok("POST", "/api/spaces/join", json={"code": code})
    socket = await r.socket(partner)
    await socket.ok("subscribe", space_id=sid)
    await s["teacher"].ok("POST", f"/api/spaces/{sid}/chat/staff", 201, json={"text": "plan"})
    await socket.wait_events("chat.message", 1)
    await s["teacher"].ok(
        "PATCH", f"/api/spaces/{sid}/members/{partner.user['id']}", json={"role": "visitor"}
    )
    await socket.wait(lambda f: f["type"] == "seat")
    await s["teacher"].ok("POST", f"/api/spaces/{sid}/chat/staff", 201, json={"text": "secret"})
    await s["teacher"].ok("POST", f"/api/spaces/{sid}/chat/general", 201, json={"text": "open"})
    await socket.wait(lambda f: f.get("kind") == "chat.message" and f["data"]["text"] == "open")
    assert [e["data"]["text"] for e in socket.events("chat.message")] == ["plan", "open"]


async def test_subscribing_while_the_last_member_leaves_never_hangs(room):
    r, s = room
    sid = s["space"]["id"]
    for n in range(20):
        await s["teacher"].ok("POST", f"/api/spaces/{sid}/chat/general", 201, json={"text": f"{n}"})
    leaving = await r.socket(s["teacher"])
    await leaving.ok("subscribe", space_id=sid)
    joining = await r.socket(s["pupils"][0])
    subscribe = asyncio.create_task(joining.command("subscribe", space_id=sid, last_seq=0))
    await leaving.close()
    assert (await asyncio.wait_for(subscribe, 5))["type"] == "ack"
    assert len(await joining.wait_events("chat.message", 20)) == 20
    assert (await joining.ok("ping"))["pong"] is True


async def test_a_replay_comes_as_one_batch_that_splits_at_its_line_breaks(room):
    """Frames that waited together arrive as one array, one frame per line, so a
    client may split the lines instead of parsing the array (docs/protocol.md)."""
    r, s = room
    sid = s["space"]["id"]
    texts = [f"line {n}, with a line break\nand a }},{{ and a [" for n in range(8)]
    for text in texts:
        await s["teacher"].ok("POST", f"/api/spaces/{sid}/chat/general", 201, json={"text": text})
    token = s["pupils"][0].http.cookies.get("ts_session")
    raw = await websockets.connect(
        r.url.replace("http", "ws", 1) + "/ws", additional_headers={"Cookie": f"ts_session={token}"}
    )
    try:
        await raw.recv()  # hello
        await raw.send(json.dumps({"type": "subscribe", "id": "s", "space_id": sid, "last_seq": 0}))
        message = str(await raw.recv())
    finally:
        await raw.close()
    assert message.startswith("[")
    lines = [line.removesuffix(",") for line in message[1:-1].split("\n")]
    assert [json.loads(line) for line in lines] == json.loads(message)
    assert [f["data"]["text"] for f in json.loads(message)] == texts
