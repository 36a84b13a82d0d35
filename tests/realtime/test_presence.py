"""Who is online: told when it changes, not when a user opens or closes another tab;
sockets arriving together each get their own user and seat."""

from __future__ import annotations

import asyncio

from tests.wsclient import WsClient


def presence_after(socket: WsClient, seen: int) -> list[list[str]]:
    """The names of each presence list the socket received after its first ``seen`` frames."""
    return [
        sorted(person["display_name"] for person in frame["online"])
        for frame in socket.frames[seen:]
        if frame["type"] == "presence"
    ]


async def test_a_second_tab_learns_who_is_online_and_the_others_hear_nothing(room):
    r, s = room
    sid = s["space"]["id"]
    teacher, _first_tab = await r.subscribed(sid, s["teacher"], s["pupils"][0])
    await teacher.wait(lambda f: f["type"] == "presence" and len(f["online"]) == 2)
    seen = len(teacher.frames)
    second_tab = (await r.subscribed(sid, s["pupils"][0]))[0]
    listed = await second_tab.wait(lambda f: f["type"] == "presence")
    assert sorted(p["display_name"] for p in listed["online"]) == ["Giulia X.", "Maria"]
    await r.subscribed(sid, s["pupils"][1])  # someone new: the teacher's next list
    await teacher.wait(lambda f: f["type"] == "presence" and len(f["online"]) == 3, after=seen)
    assert presence_after(teacher, seen) == [["Giulia X.", "Luca X.", "Maria"]]


async def test_closing_one_of_two_tabs_keeps_the_pupil_online(room):
    r, s = room
    sid = s["space"]["id"]
    teacher, first_tab, second_tab = await r.subscribed(
        sid, s["teacher"], s["pupils"][0], s["pupils"][0]
    )
    await teacher.wait(lambda f: f["type"] == "presence" and len(f["online"]) == 2)
    seen = len(teacher.frames)
    await first_tab.close()
    await asyncio.sleep(1.5)  # longer than a presence list takes to follow a change
    assert presence_after(teacher, seen) == []
    await second_tab.close()
    await teacher.wait(lambda f: f["type"] == "presence" and len(f["online"]) == 1, after=seen)
    assert presence_after(teacher, seen) == [["Maria"]]


async def test_sockets_arriving_together_each_get_their_own_user_and_seat(room):
    r, s = room
    sid = s["space"]["id"]
    outsider = await r.world.teacher("Outsider")
    clients = [s["teacher"], *s["pupils"], outsider] * 3
    sockets = await asyncio.gather(*(r.socket(client) for client in clients))
    answers = await asyncio.gather(
        *(socket.command("subscribe", space_id=sid) for socket in sockets)
    )
    for client, socket, answer in zip(clients, sockets, answers, strict=True):
        hello = await socket.wait(lambda f: f["type"] == "hello")
        assert hello["user"]["id"] == client.user["id"]
        if client is outsider:
            assert answer["type"] == "error" and answer["code"] == "not_found"
        else:
            expected = "teacher_admin" if client is s["teacher"] else "pupil"
            assert answer["type"] == "ack" and answer["result"]["role"] == expected
